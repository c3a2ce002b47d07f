"""Issue 8, item 4: the directory exports render control characters stored before input
was cleaned, and neutralise formulas with the shared guard."""

import io

import pytest
from openpyxl import load_workbook

from pansocial.membership.tests.conftest import en
from pansocial.membership.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_directory_xlsx_export_renders_stored_control_characters(client, user_factory):
    OrganisationFactory(name="Red\x01 Andina\x1b", acronym="@RA")
    client.force_login(user_factory(is_superuser=True, is_staff=True))
    response = client.get(en("membership:export", fmt="xlsx"))
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert ("Red Andina", "'@RA") in {(row[0], row[1]) for row in rows[1:]}
