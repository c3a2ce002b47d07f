"""The directory as CSV or XLSX: public fields only, in the reader's language."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook


def _rows(organisations):
    yield [
        _("Name"),
        _("Acronym"),
        _("Country"),
        _("Subregion"),
        _("Main stakeholder group"),
        _("Stakeholder groups"),
        _("Scope"),
        _("Led by migrants"),
        _("Led by women"),
        _("Grassroots"),
        _("Diaspora"),
        _("Website"),
        _("Working tables"),
        _("Member since"),
    ]
    yes, no = _("yes"), _("no")
    for org in organisations:
        yield [
            org.name,
            org.acronym,
            org.country.name,
            org.country.subregion.name,
            org.primary_group.name if org.primary_group else "",
            "; ".join(group.name for group in org.stakeholder_groups.all()),
            org.get_scope_display(),
            yes if org.migrant_led else no,
            yes if org.women_led else no,
            yes if org.grassroots else no,
            yes if org.diaspora else no,
            org.website,
            "; ".join(m.table.name for m in org.current_tables),
            org.member_since.date().isoformat() if org.member_since else "",
        ]


def _safe(value):
    # Spreadsheets run cells that start like a formula: neutralise them.
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(organisations, filename):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _rows(organisations):
        writer.writerow([_safe(value) for value in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def as_xlsx(organisations, filename):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Members"))
    for row in _rows(organisations):
        sheet.append([_safe(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
