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
    assert organisation.sort_key
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


@pytest.mark.django_db
def test_load_pools_read_the_server_pages(load_module, client):
    from pansocial.reference.models import Country, StakeholderGroup

    class PageContext(load_module["Context"]):
        """Reads the directory as the application renders it (through the test client)."""

        def get(self, path):
            if "page=" in path:
                return 200, '<li aria-current="page">Página 12 de 12</li>'
            response = client.get(path)
            return response.status_code, response.content.decode()

    import random

    ctx = PageContext(0, random.Random(1))
    countries = {str(pk) for pk in Country.objects.values_list("pk", flat=True)}
    groups = {str(pk) for pk in StakeholderGroup.objects.values_list("pk", flat=True)}
    assert set(ctx.options("country")) == countries
    assert set(ctx.options("group")) == groups
    url = next(load_module["directory_filtered"](ctx))
    assert url.startswith("/members/?country=")
    assert client.get(url).status_code == 200
    pages = load_module["directory_deep"](ctx)
    assert {next(pages) for _ in range(20)} == {f"/members/?page={n}" for n in range(6, 13)}
