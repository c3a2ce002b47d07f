import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_explains_mechanism_tables_and_principles(client):
    html = client.get("/").content.decode()
    assert "<h1>Mecanismo de diálogo permanente de la sociedad civil" in html
    for number in (2, 5, 6, 12, 18):
        assert reverse("reference:objective", kwargs={"number": number}) in html
    assert html.count('class="card"') == 4


def test_home_in_portuguese_under_prefix(client):
    response = client.get("/pt/")
    assert response.status_code == 200
    assert response["Content-Language"] == "pt"
    assert '<html lang="pt">' in response.content.decode()


def test_home_cached_for_visitors(client):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
