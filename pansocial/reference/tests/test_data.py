import pytest

from pansocial.common.i18n import LANGUAGE_CODES
from pansocial.reference.models import (
    Cluster,
    Country,
    Objective,
    Principle,
    StakeholderGroup,
    Subregion,
    TableTheme,
)

from .seeds import CLUSTERS, DIASPORA, STAKEHOLDER_GROUPS_ES, SUBREGIONS, THEMES

pytestmark = pytest.mark.django_db

LABELS = {
    Subregion: ["name"],
    Country: ["name"],
    TableTheme: ["name"],
    Cluster: ["name"],
    Objective: ["short", "title"],
    Principle: ["name", "description"],
    StakeholderGroup: ["name"],
}


def test_objectives_exactly_23_numbered_1_to_23():
    assert list(Objective.objects.values_list("number", flat=True)) == list(range(1, 24))


def test_objectives_hub_term_is_278_plus_number():
    for number, hub_term in Objective.objects.values_list("number", "hub_term"):
        assert hub_term == Objective.HUB_TERM_OFFSET + number == 278 + number


def test_objectives_each_in_the_working_table_theme_of_seed_000():
    themes = {
        theme.number: [o.number for o in theme.objectives.order_by("number")]
        for theme in TableTheme.objects.all()
    }
    assert themes == THEMES


def test_objectives_each_in_exactly_one_cluster_of_seed_003():
    clusters = {
        cluster.slug: (cluster.session, [o.number for o in cluster.objectives.order_by("number")])
        for cluster in Cluster.objects.all()
    }
    assert clusters == CLUSTERS
    numbers = sorted(n for _session, objectives in clusters.values() for n in objectives)
    assert numbers == list(range(1, 24))


def test_themes_exactly_four_with_seed_names():
    names = dict(TableTheme.objects.values_list("number", "name_es"))
    assert names == {
        1: "Factores de la migración y rutas regulares",
        2: "Gobernanza migratoria, salvar vidas y reintegración sostenible",
        3: "Inclusión de las personas migrantes",
        4: "Datos, información y políticas basadas en evidencia",
    }


def test_objective_titles_follow_the_resolution_wording():
    seven = Objective.objects.get(number=7)
    assert seven.title_en == "Address and reduce vulnerabilities in migration"
    assert seven.title_es == "Abordar y reducir las vulnerabilidades en la migración"
    assert seven.short_es == "Reducir vulnerabilidades"
    assert seven.title_fr.startswith("S’attaquer aux facteurs de vulnérabilité")


def test_principles_exactly_10_with_hub_terms():
    principles = dict(Principle.objects.values_list("slug", "hub_term"))
    assert principles == {
        "people-centred": 738,
        "international-cooperation": 739,
        "national-sovereignty": 742,
        "rule-of-law": 741,
        "sustainable-development": 740,
        "human-rights": 259,
        "gender-responsive": 258,
        "child-sensitive": 257,
        "whole-of-government": 737,
        "whole-of-society": 736,
    }
    assert list(Principle.objects.values_list("order", flat=True)) == list(range(1, 11))


def test_stakeholder_groups_exactly_the_13_of_seed_000():
    names = list(StakeholderGroup.objects.values_list("name_es", flat=True))
    assert names == STAKEHOLDER_GROUPS_ES


def test_countries_33_in_region_in_three_subregions():
    in_region = Country.objects.exclude(subregion__code=Subregion.OUTSIDE)
    assert in_region.count() == 33
    by_subregion = {}
    for code, subregion in in_region.values_list("code", "subregion__code"):
        by_subregion.setdefault(subregion, set()).add(code)
    assert by_subregion == SUBREGIONS


def test_countries_diaspora_outside_the_region():
    outside = Country.objects.filter(subregion__code=Subregion.OUTSIDE)
    assert set(outside.values_list("code", flat=True)) == DIASPORA
    assert all(not country.in_region for country in outside.select_related("subregion"))


def test_subregions_four_with_outside_last():
    assert list(Subregion.objects.values_list("code", flat=True)) == ["SA", "CAM", "CAR", "OUT"]
    assert Subregion.objects.get(code="OUT").in_region is False


@pytest.mark.parametrize("model", list(LABELS), ids=lambda m: m.__name__)
def test_labels_non_empty_in_all_four_languages(model):
    missing = [
        (str(obj.pk), f"{base}_{code}")
        for obj in model.objects.all()
        for base in LABELS[model]
        for code in LANGUAGE_CODES
        if not getattr(obj, f"{base}_{code}").strip()
    ]
    assert model.objects.exists()
    assert missing == []
    assert LANGUAGE_CODES == ["es", "en", "pt", "fr"]
