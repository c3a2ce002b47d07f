"""CSV, XLSX and JSON exports for every app: one guard against spreadsheet formulas and
one cleaning of what XML (XLSX) cannot carry, so an export never fails on stored text.

Rows are lists of cells; a cell is text, a number, a date, ``None`` or a list (joined with
"; "). ``safe_cell`` is the one CSV-injection guard: a text cell that a spreadsheet would
run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, their full-width forms, a tab,
a carriage return or a line feed, leading spaces aside) gets a leading apostrophe.
Numbers stay numbers.
"""

import csv
import datetime
import io
import json

from django.http import HttpResponse
from django.utils.functional import Promise

from pansocial.common.text import clean

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSON_TYPE = "application/json; charset=utf-8"

FORMULA_START = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_UNSAFE_FIRST = ("\t", "\r", "\n")


def flat(value):
    """A list as one text ("a; b"); ``None`` as empty text; anything else unchanged."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value)
    return "" if value is None else value


def safe_cell(value):
    """``value`` ready for a spreadsheet cell: flattened, without control characters, and
    neutralised when it would start a formula."""
    value = flat(value)
    if isinstance(value, Promise):
        value = str(value)
    if not isinstance(value, str):
        return value
    value = clean(value)
    if value.startswith(_UNSAFE_FIRST) or value.lstrip(" ").startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(row):
    return [safe_cell(value) for value in row]


def to_csv(rows, bom=False):
    """The rows as CSV text (with a byte-order mark for spreadsheets when ``bom``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(safe_row(row))
    return ("\ufeff" if bom else "") + buffer.getvalue()


def to_xlsx(rows, sheet="Sheet"):
    """The rows as the bytes of an XLSX workbook of one sheet."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(_sheet_title(sheet))
    for row in rows:
        worksheet.append([_xlsx_value(value) for value in safe_row(row)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(title):
    # Excel: at most 31 characters, none of []:*?/\
    title = clean(str(title), multiline=False)
    return "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Sheet"


def _xlsx_value(value):
    if isinstance(value, (str, int, float, datetime.date, datetime.datetime)):
        return value
    return str(value)


def _json_default(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def to_json(data, indent=1):
    """``data`` as JSON text (non-ASCII kept; JSON escapes control characters itself)."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=_json_default)


def attachment(body, content_type, filename):
    """A download response named ``filename``."""
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(rows, filename, bom=True):
    return attachment(to_csv(rows, bom=bom), CSV_TYPE, f"{filename}.csv")


def xlsx_response(rows, filename, sheet="Sheet"):
    return attachment(to_xlsx(rows, sheet), XLSX_TYPE, f"{filename}.xlsx")
