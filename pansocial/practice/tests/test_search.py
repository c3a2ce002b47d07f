"""Full-text search through pansocial.search: same answers on SQLite and PostgreSQL.
The suite runs on both databases; the expected titles are written out."""

import pytest
from django.http import QueryDict
from django.urls import reverse

from pansocial.practice.domain import catalogue
from pansocial.practice.forms import catalogue_query
from pansocial.practice.tests.factories import PublishedPracticeFactory
from pansocial.search.engine import index

pytest.importorskip("pansocial.search.engine")

pytestmark = pytest.mark.django_db

PRACTICES = [
    (
        "es",
        "Regularización migratoria de trabajadores agrícolas",
        "Los trabajadores migrantes del campo obtienen permisos de residencia.",
    ),
    (
        "es",
        "Salud para niñas y niños migrantes",
        "Atención médica gratuita en escuelas fronterizas.",
    ),
    (
        "pt",
        "Acolhida humanitária de famílias venezuelanas",
        "Abrigos e interiorização voluntária para famílias migrantes.",
    ),
    (
        "en",
        "Remittance savings accounts for diaspora communities",
        "Migrants open low-cost accounts and send money home.",
    ),
    (
        "fr",
        "Intégration des travailleuses haïtiennes",
        "Les travailleuses migrantes reçoivent une formation professionnelle.",
    ),
]

QUERIES = [
    ("regularizacion", ["Regularización migratoria de trabajadores agrícolas"]),
    ("trabajador", ["Regularización migratoria de trabajadores agrícolas"]),
    ("nino salud", ["Salud para niñas y niños migrantes"]),
    ("familia", ["Acolhida humanitária de famílias venezuelanas"]),
    ("humanitaria", ["Acolhida humanitária de famílias venezuelanas"]),
    ("saving", ["Remittance savings accounts for diaspora communities"]),
    ("account", ["Remittance savings accounts for diaspora communities"]),
    ("integration", ["Intégration des travailleuses haïtiennes"]),
    ("haitienne", ["Intégration des travailleuses haïtiennes"]),
    ("zanahoria", []),
]


@pytest.fixture
def corpus(ref):
    practices = []
    for language, title, summary in PRACTICES:
        practice = PublishedPracticeFactory(language=language, title=title, summary=summary)
        index(practice)
        practices.append(practice)
    return practices


@pytest.mark.parametrize(("words", "titles"), QUERIES, ids=[q for q, _t in QUERIES])
def test_search_four_languages_expected_titles(corpus, words, titles):
    query = catalogue_query(QueryDict(f"q={words}"))
    assert sorted(p.title for p in catalogue.results(query)) == sorted(titles)


def test_search_combined_with_facet(corpus, client):
    response = client.get(reverse("practice:index") + "?q=migrantes&language=pt")
    content = response.content.decode()
    assert "Acolhida humanitária de famílias venezuelanas" in content
    assert "Los trabajadores migrantes" not in content


def test_search_never_returns_unpublished(ref):
    draft = PublishedPracticeFactory(state="draft", title="Familias en borrador")
    index(draft)
    query = catalogue_query(QueryDict("q=familias"))
    assert list(catalogue.results(query)) == []


def test_practice_index_kept_fresh_by_saves_alone(ref):
    from pansocial.practice import domain
    from pansocial.practice.models import Practice
    from pansocial.practice.tests.factories import PracticeFactory
    from pansocial.search import engine

    practice = PracticeFactory(title="Remesas solidarias")
    assert engine.matches(Practice, "remesas").ids == {practice.pk}
    domain.update_practice(practice=practice, actor=practice.submitter, data={"title": "Huertos"})
    assert engine.matches(Practice, "remesas").ids == set()
    assert engine.matches(Practice, "huertos").ids == {practice.pk}
    pk = practice.pk
    Practice.objects.filter(pk=pk).delete()
    assert engine.matches(Practice, "huertos").ids == set()
