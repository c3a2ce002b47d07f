"""Issue 8, item 10: the public page cache keeps one page per combination of the
parameters a page reads, refuses the rest, and lives apart from the rate-limit counters."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

from pansocial.common.cache import MAX_PAGE, page_cache, public_page
from pansocial.common.namespaces import Cache

pytestmark = pytest.mark.django_db

calls = []


@public_page("reference", params=("country", "group", "page"))
def _view(request):
    calls.append(request.get_full_path())
    return HttpResponse(f"page {len(calls)}")


def _get(query=""):
    return _view(RequestFactory().get("/somewhere/" + query))


def _page_keys():
    return len(page_cache()._cache)


@pytest.fixture(autouse=True)
def _fresh():
    calls.clear()


def test_page_cache_is_its_own_store_apart_from_counters():
    assert page_cache() is caches[Cache.PAGES]
    assert page_cache() is not caches[Cache.DEFAULT]
    _get()
    assert _page_keys() == 1
    assert len(caches[Cache.DEFAULT]._cache) == 0


def test_junk_parameters_add_no_cache_entry():
    _get()
    for index in range(300):
        assert _get(f"?junk={index}").status_code == 200
    assert _page_keys() == 1
    assert len(calls) == 301  # answered, just not cached


def test_declared_parameters_share_one_entry_whatever_their_order():
    first = _get("?country=CO&group=2&group=1")
    again = _get("?group=1&country=CO&group=2&page=1")
    also = _get("?group=1&country=CO&group=2&group=1&page=")
    assert "X-Page-Cache" not in first
    assert again["X-Page-Cache"] == "hit" and also["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert _page_keys() == 1


def test_empty_values_and_first_page_use_the_plain_page():
    _get()
    assert _get("?country=&group=&page=1")["X-Page-Cache"] == "hit"


@pytest.mark.parametrize(
    "query",
    [
        "?q=salud",  # free text is not declared
        "?country=a%20b",  # not a token
        "?country=%01",
        "?country=" + "x" * 41,
        f"?page={MAX_PAGE + 1}",
        "?page=0",
        "?page=2&page=3",
        "?page=99999999999999999999",
        "?" + "&".join(f"country={i}" for i in range(31)),
    ],
)
def test_odd_queries_answered_without_the_cache(query):
    assert _get(query).status_code == 200
    assert _get(query).status_code == 200
    assert "X-Page-Cache" not in _get(query)
    assert _page_keys() == 0


def test_pages_and_time_zones_kept_apart(settings):
    _get("?page=2")
    assert _get("?page=2")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in _get("?page=3")
    assert _page_keys() == 2


def test_invalid_time_zone_cookie_does_not_add_entries(client):
    for index in range(20):
        client.cookies["tz"] = f"Junk/{index}"
        client.get("/en/gcm/")
    assert _page_keys() == 1
