import io

import pytest
from django.core.management import call_command

from pansocial.reference.domain.load import load_reference, read_data
from pansocial.reference.models import Country, Objective, Principle

pytestmark = pytest.mark.django_db


def test_load_reference_twice_changes_nothing():
    before = list(Objective.objects.values())
    first = load_reference()
    second = load_reference()
    assert not any(outcome.changed for outcome in first.values())
    assert not any(outcome.changed for outcome in second.values())
    assert list(Objective.objects.values()) == before
    assert Objective.objects.count() == 23


def test_load_reference_keeps_an_administrators_edited_label():
    Objective.objects.filter(number=7).update(short_es="Vulnerabilidades (editado)")
    outcomes = load_reference()
    assert outcomes["objectives"].updated == 0
    assert Objective.objects.get(number=7).short_es == "Vulnerabilidades (editado)"


def test_load_reference_update_restores_the_published_label():
    Objective.objects.filter(number=7).update(short_es="Vulnerabilidades (editado)")
    outcomes = load_reference(update=True)
    assert outcomes["objectives"].updated == 1
    assert Objective.objects.get(number=7).short_es == "Reducir vulnerabilidades"


def test_load_reference_recreates_missing_rows_and_fills_empty_labels():
    Country.objects.filter(code="UY").delete()
    Principle.objects.filter(slug="human-rights").update(description_pt="")
    outcomes = load_reference()
    assert outcomes["countries"].created == 1
    assert outcomes["principles"].updated == 1
    uruguay = Country.objects.select_related("subregion").get(code="UY")
    assert (uruguay.name_es, uruguay.subregion.code) == ("Uruguay", "SA")
    assert Principle.objects.get(slug="human-rights").description_pt


def test_load_reference_on_empty_tables_creates_everything():
    Objective.objects.all().delete()
    outcomes = load_reference()
    assert outcomes["objectives"].created == 23
    assert Objective.objects.get(number=23).hub_term == 301


def test_read_data_lists_every_kind():
    data = read_data()
    counts = {kind: len(rows) for kind, rows in data.items() if not kind.startswith("_")}
    assert counts == {
        "subregions": 4,
        "countries": 47,
        "themes": 4,
        "clusters": 9,
        "objectives": 23,
        "principles": 10,
        "stakeholder_groups": 13,
    }


def test_load_reference_command_update_restores_label():
    Objective.objects.filter(number=1).update(title_fr="Titre modifié")
    out = io.StringIO()
    call_command("load_reference", stdout=out)
    assert Objective.objects.get(number=1).title_fr == "Titre modifié"
    assert "objectives: 0 created, 0 updated" in out.getvalue()
    call_command("load_reference", "--update", stdout=out)
    assert Objective.objects.get(number=1).title_fr.startswith("Collecter et utiliser")
    assert "objectives: 0 created, 1 updated" in out.getvalue()
