import pytest

from pansocial.table.models import Table, TableKind

pytestmark = pytest.mark.django_db


def test_structure_migration_four_working_tables_with_their_themes():
    working = Table.objects.filter(kind=TableKind.WORKING).select_related("theme")
    assert {t.slug: t.theme.number for t in working} == {"mt1": 1, "mt2": 2, "mt3": 3, "mt4": 4}


def test_structure_migration_one_liaison_table():
    liaison = Table.objects.filter(kind=TableKind.LIAISON)
    assert list(liaison.values_list("slug", "theme")) == [("liaison", None)]


def test_structure_migration_left_exactly_the_mechanisms_bodies():
    assert list(Table.objects.values_list("slug", "kind")) == [
        ("mt1", "working"),
        ("mt2", "working"),
        ("mt3", "working"),
        ("mt4", "working"),
        ("liaison", "liaison"),
        ("technical", "technical"),
        ("indicators", "commission"),
        ("gt-sc", "facilitation"),
    ]


def test_structure_names_and_purposes_in_four_languages():
    for table in Table.objects.all():
        for code in ("es", "en", "pt", "fr"):
            assert getattr(table, f"name_{code}").strip()
            assert getattr(table, f"purpose_{code}").strip()
    mt2 = Table.objects.get(slug="mt2")
    assert (
        mt2.name_es
        == "Mesa de trabajo 2: Gobernanza migratoria, salvar vidas y reintegración sostenible"
    )
