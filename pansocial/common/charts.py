"""Small SVG charts drawn on the server (no JavaScript): the geometry here, the markup in
``common/charts/_bars.html`` and ``common/charts/_columns.html``.

Every number that ends up in an SVG attribute is formatted here, in Python, as text:
Django's templates localise numbers, and ``width="320,0"`` (Spanish, Portuguese, French)
is not a length. ``number()`` is the one formatting for SVG, CSS and JSON values.

Rows are any objects with ``label`` and ``value`` (and ``url`` for a table linking them).
"""


def number(value, places=1):
    """``value`` as a plain decimal text with at most ``places`` decimals, a point as the
    separator and no grouping, whatever the language: "320", "12.5", "-3"."""
    text = f"{round(float(value), places):.{places}f}" if places else str(round(value))
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def bars(rows, width=320, bar=14, gap=10, label_height=16, value_room=48):
    """A horizontal bar chart: per row its label on a line of its own, then a bar scaled
    to the largest value, then the value. The label above the bar keeps the chart narrow
    (``width + value_room`` units, drawn at that size in pixels and only shrunk to fit a
    phone), so its 12 px text stays readable; ``value_room`` keeps the largest value
    ("12345") inside the picture."""
    rows = list(rows)
    top = max((row.value for row in rows), default=0) or 1
    step = label_height + bar + gap
    height = len(rows) * step
    items = []
    for index, row in enumerate(rows):
        length = row.value / top * width
        y = index * step
        items.append(
            {
                "row": row,
                "label_y": number(y + label_height - 4),
                "y": number(y + label_height),
                "w": number(length),
                "h": number(bar),
                "ty": number(y + label_height + bar - 2),
                "x": "0",
                "value_x": number(length + 6),
            }
        )
    total = width + value_room
    return {
        "width": number(total),
        "height": number(height),
        "view_box": f"0 0 {number(total)} {number(height)}",
        "bars": items,
    }


def _quarter(label):
    """("2024", "T1") from "2024 T1"; ("", label) for a label without a space."""
    head, _space, tail = str(label).rpartition(" ")
    return head, tail


def columns(rows, height=120, col=28, gap=12, value_height=16, label_height=34):
    """A column chart (e.g. a count over time), columns scaled to the largest value, each
    with its value above it; under them the period ("T1"), and the year ("2024") under the
    first column of each year, so labels never overlap. Drawn at its own size: wider than
    a phone it scrolls sideways (``common/charts/_columns.html``) instead of shrinking."""
    rows = list(rows)
    top = max((row.value for row in rows), default=0) or 1
    usable = height - value_height
    width = len(rows) * (col + gap)
    items = []
    previous_year = None
    for index, row in enumerate(rows):
        length = row.value / top * usable
        year, period = _quarter(row.label)
        x = index * (col + gap)
        items.append(
            {
                "row": row,
                "x": number(x),
                "h": number(length),
                "y": number(height - length),
                "w": number(col),
                "mid": number(x + col / 2),
                "value_y": number(height - length - 4),
                "period": period,
                "year": year if year != previous_year else "",
            }
        )
        previous_year = year
    return {
        "width": number(width),
        "height": number(height + label_height),
        "view_box": f"0 0 {number(width)} {number(height + label_height)}",
        "label_y": number(height + 14),
        "year_y": number(height + 30),
        "cols": items,
    }
