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


def bars(rows, width=320, bar=18, gap=6, label_width=190):
    """A horizontal bar chart: a label column, then a bar per row scaled to the largest
    value, then the value."""
    rows = list(rows)
    top = max((row.value for row in rows), default=0) or 1
    height = len(rows) * (bar + gap)
    items = []
    for index, row in enumerate(rows):
        length = row.value / top * width
        y = index * (bar + gap)
        items.append(
            {
                "row": row,
                "y": number(y),
                "w": number(length),
                "h": number(bar),
                "ty": number(y + bar - 4),
                "x": number(label_width),
                "value_x": number(label_width + length + 6),
            }
        )
    return {
        "width": number(width + label_width + 10),
        "height": number(height),
        "view_box": f"0 0 {number(width + label_width + 10)} {number(height)}",
        "bars": items,
    }


def columns(rows, height=120, col=24, gap=8, label_height=20):
    """A column chart (e.g. a count over time), columns scaled to the largest value."""
    rows = list(rows)
    top = max((row.value for row in rows), default=0) or 1
    usable = height - 16
    width = len(rows) * (col + gap)
    items = []
    for index, row in enumerate(rows):
        length = row.value / top * usable
        items.append(
            {
                "row": row,
                "x": number(index * (col + gap)),
                "h": number(length),
                "y": number(height - length),
                "w": number(col),
            }
        )
    return {
        "width": number(width),
        "height": number(height),
        "view_box": f"0 0 {number(width)} {number(height + label_height)}",
        "label_y": number(height + 14),
        "cols": items,
    }
