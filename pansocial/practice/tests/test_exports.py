import csv
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from pansocial.practice import exporters
from pansocial.practice.models import Practice
from pansocial.practice.tests.factories import PublishedPracticeFactory, facilitator

pytestmark = pytest.mark.django_db

PRIVATE = ("Rosa Punto Focal", "rosa@example.org", "Carlos Contacto", "carlos@example.org")


@pytest.fixture
def practice(ref):
    return PublishedPracticeFactory(
        title="Casa del Migrante",
        objectives=[16, 7],
        principles=["human-rights", "gender-responsive"],
        countries=["MX", "GT"],
        submitted_on_behalf=True,
        focal_point_name="Rosa Punto Focal",
        focal_point_email="rosa@example.org",
        contact_name="Carlos Contacto",
        contact_email="carlos@example.org",
    )


def test_hub_record_fields_in_hub_order_with_term_ids(practice):
    record = exporters.hub_record(Practice.objects.get(pk=practice.pk))
    assert list(record) == exporters.HUB_COLUMNS
    assert record["primary_objective_hub_terms"] == [294]
    assert record["other_objective_hub_terms"] == [285]
    assert record["guiding_principle_hub_terms"] == [259, 258]
    assert record["countries"] == ["GT", "MX"]


def test_practice_hub_json_public_has_no_private_fields(client, practice):
    response = client.get(
        reverse("practice:export", kwargs={"pk": practice.pk, "kind": "hub", "fmt": "json"})
        + "?private=1"
    )
    body = response.content.decode()
    data = json.loads(body)["practices"][0]
    assert data["title"] == "Casa del Migrante"
    assert data["primary_objective_hub_terms"] == [294]
    assert "implementing_focal_point_name" not in data
    for private in PRIVATE:
        assert private not in body


def test_practice_hub_json_curator_may_include_focal_points(client, practice):
    client.force_login(facilitator())
    url = reverse("practice:export", kwargs={"pk": practice.pk, "kind": "hub", "fmt": "json"})
    data = json.loads(client.get(url + "?private=1").content)["practices"][0]
    assert data["implementing_focal_point_email"] == "rosa@example.org"
    assert data["contact_focal_point_name"] == "Carlos Contacto"
    assert "rosa@example.org" not in client.get(url).content.decode()


def test_list_hub_csv_filtered_header_and_rows(client, practice):
    PublishedPracticeFactory(title="Otra en Chile", countries=["CL"])
    url = reverse("practice:list-export", kwargs={"kind": "hub", "fmt": "csv"}) + "?country=MX"
    rows = list(csv.reader(io.StringIO(client.get(url).content.decode())))
    assert rows[0] == exporters.HUB_COLUMNS
    assert len(rows) == 2
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["title"] == "Casa del Migrante"
    assert record["primary_objective_hub_terms"] == "294"
    assert record["guiding_principle_hub_terms"] == "259; 258"


def test_list_csv_xlsx_json_public_have_no_private_fields(client, practice):
    for fmt in ("csv", "json"):
        body = client.get(
            reverse("practice:list-export", kwargs={"kind": "list", "fmt": fmt}) + "?private=1"
        ).content.decode()
        assert "Casa del Migrante" in body
        for private in PRIVATE:
            assert private not in body
    response = client.get(reverse("practice:list-export", kwargs={"kind": "list", "fmt": "xlsx"}))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == exporters.LIST_COLUMNS
    assert rows[1][1] == "Casa del Migrante"
    flat = " ".join(str(v) for row in rows for v in row)
    for private in PRIVATE:
        assert private not in flat


def test_list_export_never_includes_unpublished(client, practice):
    PublishedPracticeFactory(title="Borrador secreto", state="draft")
    body = client.get(reverse("practice:list-export", kwargs={"kind": "list", "fmt": "json"}))
    assert [p["title"] for p in json.loads(body.content)["practices"]] == ["Casa del Migrante"]


def test_csv_formula_cells_neutralised(client, ref):
    PublishedPracticeFactory(title='=HYPERLINK("http://evil")')
    body = client.get(reverse("practice:list-export", kwargs={"kind": "list", "fmt": "csv"}))
    assert "'=HYPERLINK" in body.content.decode()
