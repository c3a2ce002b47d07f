import csv
import io

import pytest
from django.core.cache import caches
from openpyxl import load_workbook

from pansocial.membership.models import Organisation
from pansocial.reference.models import Country, StakeholderGroup, Subregion
from pansocial.table.models import TableMembership

from .conftest import en

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(organisation_factory, contact_factory, user_factory, mt1):
    a = organisation_factory(name="Asociación de Migrantes Haitianos", migrant_led=True)
    b = organisation_factory(
        name="Mujeres Unidas", country=Country.objects.get(code="MX"), women_led=True
    )
    c = organisation_factory(
        name="Pastoral de Movilidad",
        country=Country.objects.get(code="BR"),
        primary_group=StakeholderGroup.objects.get(slug="faith-based-organisations"),
    )
    TableMembership.objects.create(table=mt1, organisation=b)
    contact_factory(organisation=a, user=user_factory(email="secret@example.org"))
    organisation_factory(name="Pendiente", status=Organisation.Status.PENDING)
    return a, b, c


def names(response):
    return [org.name for org in response.context["page"]]


def test_directory_lists_members_only_never_emails(client, three):
    response = client.get(en("membership:directory"))
    assert names(response) == [
        "Asociación de Migrantes Haitianos",
        "Mujeres Unidas",
        "Pastoral de Movilidad",
    ]
    html = response.content.decode()
    assert "secret@example.org" not in html
    assert "Pendiente" not in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "MX"}, ["Mujeres Unidas"]),
        ({"subregion": "SA"}, ["Asociación de Migrantes Haitianos", "Pastoral de Movilidad"]),
        ({"group": "faith-based-organisations"}, ["Pastoral de Movilidad"]),
        ({"table": "mt1"}, ["Mujeres Unidas"]),
        ({"women_led": "on"}, ["Mujeres Unidas"]),
        ({"migrant_led": "on"}, ["Asociación de Migrantes Haitianos"]),
    ],
)
def test_directory_filters(client, three, params, expected):
    query = dict(params)
    if "country" in query:
        query["country"] = Country.objects.get(code=query["country"]).pk
    if "subregion" in query:
        query["subregion"] = Subregion.objects.get(code=query["subregion"]).pk
    if "group" in query:
        query["group"] = StakeholderGroup.objects.get(slug=query["group"]).pk
    assert names(client.get(en("membership:directory"), query)) == expected


def test_directory_search_ignores_accents_and_case(client, three):
    response = client.get(en("membership:directory"), {"q": "asociacion MIGRANTES"})
    assert names(response) == ["Asociación de Migrantes Haitianos"]


def test_directory_search_matches_stems(client, three):
    response = client.get(en("membership:directory"), {"q": "mujer"})
    assert names(response) == ["Mujeres Unidas"]


def test_directory_paginates_25_a_page(client, organisation_factory):
    for n in range(27):
        organisation_factory(name=f"Org {n:02d}")
    first = client.get(en("membership:directory"))
    second = client.get(en("membership:directory"), {"page": 2})
    assert len(names(first)) == 25
    assert names(second) == ["Org 25", "Org 26"]


@pytest.mark.parametrize("rows", [1, 3])
def test_directory_query_count_fixed(
    client, organisation_factory, mt1, rows, django_assert_num_queries
):
    for n in range(rows):
        org = organisation_factory(name=f"Org {n}")
        TableMembership.objects.create(table=mt1, organisation=org)
    client.get(en("membership:directory"))  # warm the content-type cache
    for cache in caches.all():  # measure the page itself, not the page cache
        cache.clear()
    # Page-cache versions, choice versions, 4 filter choices, count, page, 2 prefetches.
    with django_assert_num_queries(10):
        response = client.get(en("membership:directory"))
    assert len(names(response)) == rows
    # The choices are kept until the reference data or the tables change.
    with django_assert_num_queries(6):
        response = client.get(en("membership:directory"), {"table": "mt1"})
    assert len(names(response)) == rows


def test_export_forbidden_to_visitors_and_members(client, three, user_factory):
    assert client.get(en("membership:export", fmt="csv")).status_code == 302
    client.force_login(user_factory())
    assert client.get(en("membership:export", fmt="csv")).status_code == 403


def test_export_csv_follows_filters_for_officers(client, three, officer_of, mt1):
    client.force_login(officer_of(mt1))
    response = client.get(en("membership:export", fmt="csv"), {"table": "mt1"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Name", "Acronym", "Country"]
    assert [row[0] for row in rows[1:]] == ["Mujeres Unidas"]
    assert "secret@example.org" not in response.content.decode("utf-8-sig")


def test_export_xlsx_has_all_members(client, three, officer_of, mt1):
    client.force_login(officer_of(mt1))
    response = client.get(en("membership:export", fmt="xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Asociación de Migrantes Haitianos",
        "Mujeres Unidas",
        "Pastoral de Movilidad",
    ]


def test_export_neutralises_spreadsheet_formulas(client, organisation_factory, officer_of, mt1):
    organisation_factory(name="=HYPERLINK(1)")
    client.force_login(officer_of(mt1))
    response = client.get(en("membership:export", fmt="csv"))
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


# In the order a reader expects (issue 10, item 15): accents and case ignored, a space
# before any letter. Binary order (SQLite's, PostgreSQL's "C") put "Asociación Puente"
# before "Asociación de …" (capital P before small d) and "Zonas" before "ágora".
ALPHABETICAL = [
    "Ágora Migrante",
    "Asociación de Migrantes Haitianos",
    "asociación del Sur",
    "Asociación Puente",
    "Asociaciones Unidas",
    "Casa del Migrante",
    "Colectivo Ñandutí",
    "Éxodo y Retorno",
    "Red Migrante",
    "Red-Sur",
    "Redes de Apoyo",
    "Zonas Francas",
]


def test_directory_alphabetical_ignoring_accents_and_case(client, organisation_factory):
    for name in reversed(ALPHABETICAL):
        organisation_factory(name=name)
    response = client.get(en("membership:directory"))
    assert names(response) == ALPHABETICAL


def test_alphabetical_order_kept_when_renamed(organisation_factory):
    from pansocial.membership.models import sort_key

    first = organisation_factory(name="Asociación Puente")
    second = organisation_factory(name="Asociación de Migrantes")
    first.name = "Albergue Puente"
    first.save(update_fields=["name"])
    first.refresh_from_db()
    assert first.sort_key == sort_key("Albergue Puente")
    assert list(Organisation.objects.alphabetical()) == [first, second]


def test_sort_key_same_order_as_folded_names():
    from pansocial.membership.models import sort_key

    keys = [sort_key(name) for name in ALPHABETICAL]
    assert keys == sorted(keys)
    assert bytes.fromhex(sort_key("  Asociación  de, Migrantes ")).decode() == (
        "asociacion de migrantes"
    )
    assert set("".join(keys)) <= set("0123456789abcdef")
