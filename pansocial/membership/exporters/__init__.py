"""The directory as CSV or XLSX: public fields only, in the reader's language. Cells go
through the shared guard of ``pansocial.common.exporters``."""

from django.utils.translation import gettext as _

from pansocial.common import exporters


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
            [group.name for group in org.stakeholder_groups.all()],
            org.get_scope_display(),
            yes if org.migrant_led else no,
            yes if org.women_led else no,
            yes if org.grassroots else no,
            yes if org.diaspora else no,
            org.website,
            [m.table.name for m in org.current_tables],
            org.member_since.date().isoformat() if org.member_since else "",
        ]


def as_csv(organisations, filename):
    return exporters.csv_response(_rows(organisations), filename, bom=True)


def as_xlsx(organisations, filename):
    return exporters.xlsx_response(_rows(organisations), filename, sheet=_("Members"))
