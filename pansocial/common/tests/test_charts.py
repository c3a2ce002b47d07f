"""Issue 9, item 6: chart numbers are formatted in Python, never localised by templates."""

from django.utils import translation

from pansocial.common import charts
from pansocial.common.charts import number


class Row:
    def __init__(self, label, value):
        self.label, self.value = label, value


def test_number_plain_decimal_text():
    assert [number(320.0), number(12.46), number(-0.01), number(7), number(2 / 3, 2)] == [
        "320",
        "12.5",
        "0",
        "7",
        "0.67",
    ]


def test_number_ignores_the_active_language():
    with translation.override("fr"):
        assert charts.bars([Row("a", 3)])["bars"][0]["w"] == "320"


def test_bars_scaled_to_largest_value_as_text():
    chart = charts.bars([Row("a", 4), Row("b", 1), Row("c", 0)])
    assert chart["view_box"] == "0 0 520 72"
    assert [(b["y"], b["w"], b["ty"], b["value_x"]) for b in chart["bars"]] == [
        ("0", "320", "14", "516"),
        ("24", "80", "38", "276"),
        ("48", "0", "62", "196"),
    ]


def test_columns_scaled_to_largest_value_as_text():
    chart = charts.columns([Row("2024 T1", 3), Row("2024 T2", 2)])
    assert chart["view_box"] == "0 0 64 140"
    assert [(c["x"], c["y"], c["h"]) for c in chart["cols"]] == [
        ("0", "16", "104"),
        ("32", "50.7", "69.3"),
    ]
