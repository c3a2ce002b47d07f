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


RETURN_LABELS = {
    "short_es": "Retorno y reintegración",
    "short_en": "Return and reintegration",
    "short_pt": "Retorno e reintegração",
    "short_fr": "Retour et réintégration",
}


def _return_objective():
    from pansocial.reference.models import Objective

    Objective.objects.filter(number=21).update(**RETURN_LABELS)
    return Objective.objects.get(number=21)


def _submission_data(**changes):
    import datetime

    from pansocial.practice.tests.factories import objective
    from pansocial.reference.models import Country

    return {
        "title": "Ventanilla única",
        "summary": "Atención integral.",
        "description": "Una ventanilla que reúne servicios.",
        "practice_type": "programme",
        "language": "es",
        "geographic_scope": "national",
        "start_date": datetime.date(2021, 5, 1),
        "ongoing": True,
        "countries": list(Country.objects.filter(code="CO")),
        "objectives": [objective(7)],
        "primary_objectives": [objective(7)],
        **changes,
    }


@pytest.mark.parametrize(
    "words", ["retorno", "return", "retour", "reintegração", "reintegracion", "trabajadoras"]
)
def test_search_finds_objective_labels_and_implementers_printed_on_the_page(ref, words):
    """Issue 10, item 14: the objective labels (in every language) and the implementers'
    names the practice page shows find the practice."""
    from pansocial.practice import domain
    from pansocial.practice.models import Practice
    from pansocial.search import engine

    user = PublishedPracticeFactory().submitter
    practice = domain.create_practice(
        submitter=user,
        data=_submission_data(objectives=[_return_objective()], primary_objectives=[]),
        implementers=[{"name": "Asociación de Trabajadoras del Hogar", "implementer_type": "cso"}],
    )
    assert engine.matches(Practice, words).ids == {practice.pk}


def test_search_follows_objectives_and_implementers_changed_by_an_edit(ref):
    from pansocial.practice import domain
    from pansocial.practice.models import Practice
    from pansocial.practice.tests.factories import objective
    from pansocial.search import engine

    practice = domain.create_practice(
        submitter=PublishedPracticeFactory().submitter,
        data=_submission_data(objectives=[_return_objective()]),
        implementers=[{"name": "Red Paraguaya", "implementer_type": "cso"}],
    )
    domain.update_practice(
        practice=practice,
        actor=practice.submitter,
        data=_submission_data(objectives=[objective(7)], primary_objectives=[]),
        implementers=[{"name": "Sindicato del Hogar", "implementer_type": "trade_union"}],
    )
    assert engine.matches(Practice, "retorno").ids == set()
    assert engine.matches(Practice, "paraguaya").ids == set()
    assert engine.matches(Practice, "sindicato").ids == {practice.pk}


def test_search_ranks_title_before_objective_label(ref):
    """A word in a title (class A) ranks before the same word in an objective label (D);
    with a search term the repository is in order of relevance without asking."""
    _return_objective()
    by_label = PublishedPracticeFactory(title="Huertos urbanos", objectives=[21])
    by_title = PublishedPracticeFactory(title="Retorno acompañado", objectives=[7])
    by_label.published_at = by_title.published_at.replace(year=2025)  # newer first by date
    by_label.save()
    index(by_title)
    query = catalogue_query(QueryDict("q=retorno"))
    assert query.sort == "relevance"
    assert [p.title for p in catalogue.results(query)] == [by_title.title, by_label.title]
