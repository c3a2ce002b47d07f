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


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/es/", "/"),
        ("/es", "/"),
        ("/es/members/?country=PE&page=2", "/members/?country=PE&page=2"),
        ("/es/tables/mt1/", "/tables/mt1/"),
        ("/es//evil.example/", "/evil.example/"),
        ("/es/\\evil.example/", "/evil.example/"),
    ],
)
def test_spanish_prefix_redirects_to_unprefixed_page(client, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == target


def test_front_door_links_tables_practices_calls_and_join_first(client):
    from pansocial.practice.tests.factories import PublishedPracticeFactory

    practice = PublishedPracticeFactory(title="Feria de empleo migrante")
    html = client.get("/").content.decode()
    for slug in ("mt1", "mt2", "mt3", "mt4"):
        assert f'<h3><a href="{reverse("table:detail", kwargs={"slug": slug})}">' in html
    assert f'href="{practice.get_absolute_url()}" lang="es">Feria de empleo migrante</a>' in html
    assert "Convocatorias abiertas" in html or "Open calls" in html
    apply_url = reverse("membership:apply")
    # The call to join comes before the tables, the practices and the events.
    assert html.index(f'href="{apply_url}"') < html.index('id="events"')
    assert html.index('id="events"') < html.index('id="tables"')


def test_front_door_empty_states_in_english(client):
    html = client.get("/en/").content.decode()
    assert "No meeting or event is announced yet." in html
    assert "No practice is published yet." in html
    assert "Membership applications" in html
