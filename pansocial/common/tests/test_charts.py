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
    assert chart["view_box"] == "0 0 368 120"
    assert [(b["label_y"], b["y"], b["w"], b["ty"], b["value_x"]) for b in chart["bars"]] == [
        ("12", "16", "320", "28", "326"),
        ("52", "56", "80", "68", "86"),
        ("92", "96", "0", "108", "6"),
    ]


def test_bars_largest_value_fits_inside_the_picture():
    """Issue 10, item 1: "17" was drawn at x=516 of 520 and showed as "1"."""
    chart = charts.bars([Row("a", 12345), Row("b", 17)])
    widest = chart["bars"][0]
    assert float(widest["value_x"]) + len("12345") * 8 <= float(chart["width"])


def test_bars_narrow_enough_for_a_phone():
    """Drawn at its own size, shrunk only below 368 px: 12 px text stays over 11 px on a
    375 px phone (343 px of content)."""
    chart = charts.bars([Row("a", 1)])
    assert 12 * min(1, 343 / float(chart["width"])) > 11


def test_columns_scaled_to_largest_value_as_text():
    chart = charts.columns([Row("2024 T1", 3), Row("2024 T2", 2)])
    assert chart["view_box"] == "0 0 80 154"
    assert [(c["x"], c["y"], c["h"], c["value_y"]) for c in chart["cols"]] == [
        ("0", "16", "104", "12"),
        ("40", "50.7", "69.3", "46.7"),
    ]


def test_columns_labels_period_under_each_year_under_its_first_column():
    chart = charts.columns([Row("2024 T4", 1), Row("2025 T1", 2), Row("2025 T2", 3)])
    assert [(c["period"], c["year"]) for c in chart["cols"]] == [
        ("T4", "2024"),
        ("T1", "2025"),
        ("T2", ""),
    ]


def test_columns_labels_do_not_overlap():
    """Issue 10, item 1: "24 T1" labels 32 units apart overlapped; a period label ("T1",
    two characters of 12 px text) needs under 20 units, a year four characters under its
    own column and the next column's gap."""
    chart = charts.columns([Row(f"2024 T{n}", n) for n in range(1, 5)])
    mids = [float(c["mid"]) for c in chart["cols"]]
    assert min(b - a for a, b in zip(mids, mids[1:], strict=False)) >= 2 * 8 + 8
