"""Issue 9, item 6: one CSV-injection guard and one cleaning for every export."""

import csv
import datetime
import io
import json

import pytest
from openpyxl import load_workbook

from pansocial.common import exporters


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+34 600", "'+34 600"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =cmd", "'  =cmd"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("\tcell", "'\tcell"),
        ("\rcell", "'\rcell"),
        ("Casa\x01 del\x1b Migrante", "Casa del Migrante"),
        ("a = b", "a = b"),
        (["uno", "=dos"], "uno; =dos"),
        (None, ""),
        (-5, -5),
        (3.5, 3.5),
    ],
)
def test_safe_cell_neutralises_formulas_and_control_characters(value, expected):
    assert exporters.safe_cell(value) == expected


ROWS = [["name", "count", "day"], ["=Red\x01", 3, datetime.date(2024, 5, 1)]]


def test_to_csv_guards_every_cell_with_optional_bom():
    text = exporters.to_csv(ROWS, bom=True)
    assert text.startswith("\ufeff")
    assert list(csv.reader(io.StringIO(text[1:]))) == [
        ["name", "count", "day"],
        ["'=Red", "3", "2024-05-01"],
    ]


def test_to_xlsx_keeps_numbers_and_refuses_nothing():
    sheet = load_workbook(io.BytesIO(exporters.to_xlsx(ROWS, "Miembros: [x]"))).active
    assert sheet.title == "Miembros x"
    assert list(sheet.values)[1][:2] == ("'=Red", 3)


def test_to_json_keeps_text_and_escapes_controls():
    text = exporters.to_json({"title": "Ñandú\x01", "day": datetime.date(2024, 5, 1)})
    assert "\\u0001" in text
    assert json.loads(text) == {"title": "Ñandú\x01", "day": "2024-05-01"}


def test_csv_response_is_an_attachment():
    response = exporters.csv_response(ROWS, "members")
    assert response["Content-Type"] == exporters.CSV_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="members.csv"'
