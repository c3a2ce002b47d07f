import re

import pytest
from django.urls import reverse

from pansocial.reference.models import Country, Objective, Principle, Subregion

from .seeds import THEMES

pytestmark = pytest.mark.django_db

PREFIXES = {"es": "", "en": "/en", "pt": "/pt", "fr": "/fr"}


def _assert_no_inline_code(html):
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html
    assert "<style" not in html


def _headings(html):
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]


def _assert_headings_in_order(html):
    levels = _headings(html)
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels


@pytest.mark.parametrize("language", list(PREFIXES))
def test_objective_page_shows_label_in_language(client, language):
    objective = Objective.objects.get(number=7)
    response = client.get(PREFIXES[language] + reverse("reference:objective", args=[7]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert getattr(objective, f"short_{language}") in html
    assert getattr(objective, f"title_{language}") in html
    assert objective.theme.__class__.objects.get(number=4).__dict__[f"name_{language}"] in html


@pytest.mark.parametrize("language", list(PREFIXES))
def test_principle_page_shows_name_in_language(client, language):
    principle = Principle.objects.get(slug="whole-of-society")
    url = PREFIXES[language] + reverse("reference:principle", args=["whole-of-society"])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert getattr(principle, f"name_{language}") in html
    assert getattr(principle, f"description_{language}") in html


@pytest.mark.parametrize("language", list(PREFIXES))
def test_index_page_shows_labels_in_language(client, language):
    response = client.get(PREFIXES[language] + reverse("reference:index"))
    assert response.status_code == 200
    html = response.content.decode()
    for objective in Objective.objects.all():
        assert getattr(objective, f"short_{language}") in html
    assert Country.objects.get(code="BR").__dict__[f"name_{language}"] in html


def test_objective_page_unknown_number_404(client):
    assert client.get(reverse("reference:objective", args=[24])).status_code == 404
    assert client.get("/pt/gcm/objectives/0/").status_code == 404


def test_principle_page_unknown_slug_404(client):
    assert client.get(reverse("reference:principle", args=["no-such-principle"])).status_code == 404


def test_urls_under_gcm():
    assert reverse("reference:index") == "/gcm/"
    assert reverse("reference:objective", kwargs={"number": 7}) == "/gcm/objectives/7/"
    assert reverse("reference:principle", kwargs={"slug": "human-rights"}) == (
        "/gcm/principles/human-rights/"
    )


def test_index_groups_objectives_by_working_table(client):
    response = client.get(reverse("reference:index"))
    grouped = {
        theme.number: [o.number for o in theme.objectives.all()]
        for theme in response.context["themes"]
    }
    assert grouped == THEMES
    html = response.content.decode()
    for number in range(1, 24):
        assert f'href="/gcm/objectives/{number}/"' in html
    for principle in Principle.objects.all():
        assert f'href="{principle.get_absolute_url()}"' in html


def test_index_lists_13_groups_and_countries_by_subregion(client):
    response = client.get(reverse("reference:index"))
    assert len(response.context["groups"]) == 13
    subregions = {
        s.code: [c.code for c in s.countries.all()] for s in response.context["subregions"]
    }
    assert [len(subregions[code]) for code in ("SA", "CAM", "CAR")] == [12, 8, 13]
    # Countries sorted by their name in the reader's language.
    names = [c.name_es for c in response.context["subregions"][0].countries.all()]
    assert names == sorted(names)


def test_index_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    url = reverse("reference:index")
    # The page-cache versions + 6 for the page.
    with django_assert_num_queries(7):
        client.get(url)
    Country.objects.create(
        code="MA",
        subregion=Subregion.objects.get(code=Subregion.OUTSIDE),
        name_es="Marruecos",
        name_en="Morocco",
        name_pt="Marrocos",
        name_fr="Maroc",
    )
    with django_assert_num_queries(7):
        response = client.get(url)
    assert "Marruecos" in response.content.decode()
    # Served from the page cache until the reference data changes again.
    with django_assert_num_queries(1):
        assert "Marruecos" in client.get(url).content.decode()


def test_objective_page_shows_theme_cluster_and_siblings(client):
    response = client.get(reverse("reference:objective", args=[7]))
    html = response.content.decode()
    objective = response.context["objective"]
    assert (objective.theme.number, objective.cluster.slug) == (4, "vulnerabilities")
    assert [o.number for o in response.context["same_theme"]] == [1, 3, 17, 23]
    assert [o.number for o in response.context["same_cluster"]] == [17]
    assert 'href="/gcm/objectives/17/"' in html
    assert 'href="/gcm/objectives/7/"' not in html
    assert "Vulnerabilidades" in html  # the cluster


def test_objective_page_alone_in_its_cluster(client):
    response = client.get(reverse("reference:objective", args=[21]))
    assert list(response.context["same_cluster"]) == []
    assert response.status_code == 200


@pytest.mark.parametrize(
    "url", ["/gcm/", "/gcm/objectives/1/", "/gcm/principles/people-centred/", "/fr/gcm/"]
)
def test_reference_pages_have_no_inline_code_and_ordered_headings(client, url):
    html = client.get(url).content.decode()
    _assert_no_inline_code(html)
    _assert_headings_in_order(html)


def test_home_links_objectives_of_working_table_1(client):
    html = client.get("/").content.decode()
    for number in (2, 5, 6, 12, 18):
        assert f'href="/gcm/objectives/{number}/"' in html


def test_objective_page_links_its_working_table(client):
    html = client.get(reverse("reference:objective", args=[7])).content.decode()
    assert 'href="/tables/mt4/"' in html
    assert 'href="/gcm/#theme-4"' not in html
