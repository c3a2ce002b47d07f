"""The bitmaps behind the repository's list: order, paging, ranking, freshness."""

import datetime

import pytest
from django.http import QueryDict
from django.urls import reverse

from pansocial.practice.domain import catalogue
from pansocial.practice.forms import catalogue_query
from pansocial.practice.tests.factories import PublishedPracticeFactory
from pansocial.search.catalogue import bitmaps
from pansocial.search.engine import index

pytestmark = pytest.mark.django_db


def _published(title, day, **kwargs):
    practice = PublishedPracticeFactory(
        title=title,
        published_at=datetime.datetime(2024, 1, day, tzinfo=datetime.UTC),
        **kwargs,
    )
    index(practice)
    return practice


def _titles(params):
    query = catalogue_query(QueryDict(params))
    return [practice.title for practice in catalogue.results(query)]


def test_bitmap_positions_round_trip():
    positions = [0, 1, 7, 8, 9, 63, 64, 130, 999]
    bits = bitmaps.bitmap(positions, 1000)
    assert bits.bit_count() == len(positions)
    assert bitmaps.set_positions(bits, 1000) == positions
    assert bitmaps.set_positions(bits, 1000, skip=3, take=4) == [8, 9, 63, 64]
    assert bitmaps.set_positions(bits, 1000, skip=8, take=5) == [999]
    assert bitmaps.set_positions(bits, 1000, skip=9) == []
    assert bitmaps.set_positions(0, 1000) == []


def test_results_newest_published_first(ref):
    _published("Segunda", 2)
    _published("Tercera", 3)
    _published("Primera", 1)
    assert _titles("") == ["Tercera", "Segunda", "Primera"]


def test_results_sort_by_start_date(ref):
    _published("Empezó en 2019", 3, start_date=datetime.date(2019, 5, 1))
    _published("Empezó en 2022", 1, start_date=datetime.date(2022, 5, 1))
    _published("Empezó en 2021", 2, start_date=datetime.date(2021, 5, 1))
    assert _titles("sort=start") == ["Empezó en 2022", "Empezó en 2021", "Empezó en 2019"]


def test_results_relevance_title_then_summary_then_elsewhere(ref):
    _published("Remesas", 4, description="Apoyo a familias en el retorno.")
    _published("Familias migrantes", 1)
    _published("Acogida", 3, summary="Familias en tránsito.")
    _published("Salud", 2)
    _published("Familias de acogida", 2)
    # In the title first (the newest first), then the summary, then the description.
    assert _titles("q=familia") == [
        "Familias de acogida",
        "Familias migrantes",
        "Acogida",
        "Remesas",
    ]
    assert _titles("q=familia&sort=date") == [
        "Remesas",
        "Acogida",
        "Familias de acogida",
        "Familias migrantes",
    ]


def test_results_relevance_same_as_search_engine_ranks(ref):
    from pansocial.practice.models import Practice
    from pansocial.search import engine

    _published("Salud y familias", 1)
    _published("Salud", 2, summary="Familias migrantes")
    _published("Otra", 3, summary="Salud", description="familias")
    _published("Familias", 4, description="salud")
    ranked = engine.search(Practice.objects.published(), "salud familia").order_by(
        "-search_rank", "-published_at", "-id"
    )
    assert _titles("q=salud+familia") == [practice.title for practice in ranked]


def test_page_of_many_results_in_order(client, ref):
    for day in range(1, 26):
        _published(f"Práctica del día {day:02d}", day, countries=["BR"])
    response = client.get(reverse("practice:index") + "?country=BR&page=2")
    content = response.content.decode()
    shown = [f"Práctica del día {day:02d}" for day in range(1, 26) if f"día {day:02d}<" in content]
    # 20 a page, newest first: the second page holds the five oldest.
    assert shown == [f"Práctica del día {day:02d}" for day in range(1, 6)]


def test_list_shows_practice_published_after_index_built(client, ref):
    _published("Antes", 1)
    assert "Antes" in client.get(reverse("practice:index")).content.decode()
    _published("Después", 2)
    content = client.get(reverse("practice:index")).content.decode()
    assert "Antes" in content
    assert "Después" in content


def test_list_drops_practice_unpublished_after_index_built(client, ref):
    practice = _published("Retirada", 1)
    assert "Retirada" in client.get(reverse("practice:index")).content.decode()
    practice.state = "draft"
    practice.published_at = None
    practice.save()
    assert "Retirada" not in client.get(reverse("practice:index")).content.decode()


def test_unknown_facet_values_match_nothing(ref):
    _published("En Brasil", 1, countries=["BR"], objectives=[7])
    assert _titles("country=br") == ["En Brasil"]
    assert _titles("objective=07") == ["En Brasil"]
    assert _titles("country=XX") == []
    assert _titles("objective=abc") == []


def _version():
    from pansocial.common.models import ContentVersion

    return ContentVersion.objects.filter(namespace="practice").values_list("version", flat=True)[0]


def test_draft_changes_keep_repository_version(ref):
    _published("Publicada", 1)
    before = _version()
    draft = PublishedPracticeFactory(state="draft", title="Borrador", countries=["CL"])
    draft.title = "Borrador editado"
    draft.save()
    draft.countries.set([])
    assert _version() == before


def test_published_practice_countries_set_updates_counts(ref):
    practice = _published("En Brasil", 1, countries=["BR"])
    query = catalogue_query(QueryDict(""))
    assert catalogue.Browse(query).counts["country"] == {"BR": 1}
    practice.countries.set([])
    assert catalogue.Browse(query).counts["country"] == {}


def test_withdrawn_practice_leaves_repository(ref):
    practice = _published("Retirada", 1)
    assert _titles("") == ["Retirada"]
    from pansocial.practice.models import Practice

    practice = Practice.objects.get(pk=practice.pk)
    practice.state = "needs_info"
    practice.save(update_fields=["state"])
    assert _titles("") == []
