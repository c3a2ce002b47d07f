"""The benchmark scripts stay runnable: the generator fills a tiny database coherently and
the load harness builds its scenarios. Their numbers are measured by hand (docs/performance.md)."""

import runpy
from pathlib import Path

import pytest

from pansocial.membership.models import Contact, Organisation
from pansocial.practice.models import Practice
from pansocial.search import engine
from pansocial.table.models import Mandate, TableMembership

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def generate_module():
    return runpy.run_path(str(BENCH / "generate.py"))


@pytest.fixture(scope="module")
def load_module():
    return runpy.run_path(str(BENCH / "load.py"))


@pytest.mark.django_db
def test_generator_fills_and_tops_up_a_tiny_database(generate_module):
    generate_module["generate"](60, 40, seed=3)
    assert Organisation.objects.count() == 60
    members = Organisation.objects.members()
    assert members.count() > 40
    assert Organisation.objects.filter(status=Organisation.Status.PENDING).exists()
    assert not members.filter(member_since=None).exists()
    # Dates are the generator's, not "now": the coverage trend has history.
    assert members.order_by("member_since").first().member_since.year <= 2024
    organisation = members.first()
    assert organisation.name_key
    assert organisation.stakeholder_groups.filter(pk=organisation.primary_group_id).exists()
    assert Contact.objects.filter(organisation=organisation, is_primary=True).count() == 1
    assert TableMembership.objects.filter(table__slug__in=["mt1", "mt2", "mt3", "mt4"]).exists()
    assert Mandate.objects.filter(table__slug="liaison", position="un_agency_seat").count() == 2
    liaison = Mandate.objects.filter(table__slug="liaison").count()
    assert liaison > 2
    assert Practice.objects.published().count() == 40
    # The search index was rebuilt: accents and case ignored.
    word = max(organisation.name.split(), key=len)
    found = engine.search(Organisation.objects.all(), word.upper())
    assert organisation in found

    generate_module["generate"](80, 40, seed=3, reindex=False)
    assert Organisation.objects.count() == 80
    assert Practice.objects.count() == 40
    assert Mandate.objects.filter(table__slug="liaison").count() == liaison  # once per database


def test_load_scenarios_and_sets(load_module):
    chosen = load_module["chosen"]
    assert chosen("members")[0] == "trivial"
    assert "directory_search" in chosen("members")
    assert chosen("tables,objective") == [
        "trivial",
        "tables",
        "table_mt1",
        "representation",
        "objective",
    ]
    assert set(chosen("all")) == set(load_module["SCENARIOS"])
    with pytest.raises(SystemExit):
        chosen("nonsense")
    assert load_module["percentile"]([5, 1, 3, 2, 4], 0.5) == 3


def test_load_pools_read_the_server_pages(load_module):
    class FakeContext(load_module["Context"]):
        def get(self, path):
            if "page=" in path:
                return 200, '<li aria-current="page">Página 12 de 12</li>'
            return 200, (
                '<select name="country" id="id_country"><option value="">Todos</option>'
                '<option value="3">Perú</option><option value="7">Chile</option></select>'
                '<select name="group"><option value="" selected>Todos</option>'
                '<option value="1">Migrantes</option></select>'
            )

    import random

    ctx = FakeContext(0, random.Random(1))
    urls = {next(load_module["directory_filtered"](ctx)) for _ in range(10)}
    assert urls <= {"/members/?country=3&group=1", "/members/?country=7&group=1"}
    pages = load_module["directory_deep"](ctx)
    assert {next(pages) for _ in range(20)} == {f"/members/?page={n}" for n in range(6, 13)}
