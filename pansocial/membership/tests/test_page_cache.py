import pytest
from django.test import Client

from .conftest import en
from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_public_page_cached_for_visitors_until_data_changes(client, django_assert_num_queries):
    OrganisationFactory(name="Primera Red")
    first = client.get(en("membership:directory"))
    assert "X-Page-Cache" not in first
    with django_assert_num_queries(1):  # the content versions only
        second = client.get(en("membership:directory"))
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    OrganisationFactory(name="Segunda Red")
    third = client.get(en("membership:directory"))
    assert "X-Page-Cache" not in third
    assert "Segunda Red" in third.content.decode()


def test_public_page_cache_separates_languages(client):
    OrganisationFactory()
    spanish = client.get("/members/").content.decode()
    english = client.get("/en/members/").content.decode()
    assert '<html lang="es">' in spanish
    assert '<html lang="en">' in english


def test_public_page_not_cached_for_signed_in_people(client, user_factory):
    client.force_login(user_factory())
    client.get(en("membership:directory"))
    assert "X-Page-Cache" not in client.get(en("membership:directory"))


def test_public_page_has_no_per_visitor_token():
    html = Client().get("/members/").content.decode()
    assert "csrfmiddlewaretoken" not in html


def test_language_switch_works_without_csrf_token(client):
    response = Client(enforce_csrf_checks=True).post(
        "/i18n/setlang/", {"language": "fr", "next": "/members/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/members/"


def test_person_last_login_does_not_invalidate_pages(client, user_factory):
    from pansocial.common.models import ContentVersion

    person = user_factory()
    before = ContentVersion.objects.get(namespace="people").version
    client.force_login(person)  # updates last_login only
    assert ContentVersion.objects.get(namespace="people").version == before
    person.show_name_publicly = True
    person.save()
    assert ContentVersion.objects.get(namespace="people").version == before + 1
