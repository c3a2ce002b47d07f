"""Exports of practices: Hub-ready (fields in the order of the UN Migration Network Hub's
practice record, with its taxonomy ids) and plain CSV, XLSX and JSON of a list.

Public exports never contain the private focal points; officers may include them. Cells
go through the shared guard of ``pansocial.common.exporters``."""

from django.conf import settings
from django.db.models import Prefetch

from pansocial.common import exporters
from pansocial.practice.models import PracticeObjective

HUB_COLUMNS = [
    "title",
    "primary_objectives",
    "primary_objective_hub_terms",
    "other_objectives",
    "other_objective_hub_terms",
    "guiding_principles",
    "guiding_principle_hub_terms",
    "start_date",
    "end_date",
    "status",
    "type_of_practice",
    "geographic_scope",
    "countries",
    "summary",
    "description",
    "implementers",
    "implementer_types",
    "partners",
    "results",
    "lessons_learned",
    "replicability",
    "links",
    "language",
    "url",
]
PRIVATE_COLUMNS = [
    "implementing_focal_point_name",
    "implementing_focal_point_email",
    "contact_focal_point_name",
    "contact_focal_point_email",
]
LIST_COLUMNS = [
    "id",
    "title",
    "summary",
    "type_of_practice",
    "language",
    "status",
    "start_date",
    "end_date",
    "geographic_scope",
    "countries",
    "primary_objectives",
    "other_objectives",
    "guiding_principles",
    "implementers",
    "implementer_types",
    "published_at",
    "url",
]


def prefetched(queryset):
    links = PracticeObjective.objects.select_related("objective").order_by("objective__number")
    return queryset.prefetch_related(
        Prefetch("objective_links", queryset=links),
        "principles",
        "countries",
        "implementers",
    )


def _objectives(practice, primary):
    return [link.objective for link in practice.objective_links.all() if link.primary == primary]


def hub_record(practice, include_private=False):
    """One practice as an ordered dict of the Hub's fields; lists stay lists."""
    primary = _objectives(practice, True) or _objectives(practice, False)
    others = [o for o in _objectives(practice, False) if o not in primary]
    principles = sorted(practice.principles.all(), key=lambda p: p.order)
    implementers = list(practice.implementers.all())
    record = {
        "title": practice.title,
        "primary_objectives": [f"{o.number}. {o.short_en}" for o in primary],
        "primary_objective_hub_terms": [o.hub_term for o in primary],
        "other_objectives": [f"{o.number}. {o.short_en}" for o in others],
        "other_objective_hub_terms": [o.hub_term for o in others],
        "guiding_principles": [p.name_en for p in principles],
        "guiding_principle_hub_terms": [p.hub_term for p in principles],
        "start_date": practice.start_date.isoformat(),
        "end_date": practice.end_date.isoformat() if practice.end_date else "",
        "status": practice.status,
        "type_of_practice": practice.practice_type,
        "geographic_scope": practice.geographic_scope,
        "countries": sorted(c.code for c in practice.countries.all()),
        "summary": practice.summary,
        "description": practice.description,
        "implementers": [i.name for i in implementers],
        "implementer_types": [i.implementer_type for i in implementers],
        "partners": practice.partners,
        "results": practice.results,
        "lessons_learned": practice.lessons,
        "replicability": practice.replicability,
        "links": practice.link_list,
        "language": practice.language,
        "url": settings.SITE_URL + practice.get_absolute_url(),
    }
    if include_private:
        record["implementing_focal_point_name"] = practice.focal_point_name
        record["implementing_focal_point_email"] = practice.focal_point_email
        record["contact_focal_point_name"] = practice.contact_name
        record["contact_focal_point_email"] = practice.contact_email
    return record


def list_record(practice, include_private=False):
    hub = hub_record(practice, include_private)
    row = {"id": practice.pk, **{key: hub[key] for key in LIST_COLUMNS if key in hub}}
    row["published_at"] = practice.published_at.isoformat() if practice.published_at else ""
    if include_private:
        row.update({key: hub[key] for key in PRIVATE_COLUMNS})
    return {key: row[key] for key in [*LIST_COLUMNS, *(PRIVATE_COLUMNS if include_private else [])]}


def _columns(kind, include_private):
    base = HUB_COLUMNS if kind == "hub" else LIST_COLUMNS
    return [*base, *(PRIVATE_COLUMNS if include_private else [])]


def records(practices, kind="hub", include_private=False):
    build = hub_record if kind == "hub" else list_record
    return [build(p, include_private) for p in prefetched(practices)]


def to_json(practices, kind="hub", include_private=False):
    data = records(practices, kind, include_private)
    return exporters.to_json({"format": f"pansocial-{kind}-1", "practices": data})


def _rows(practices, kind, include_private):
    columns = _columns(kind, include_private)
    yield columns
    for row in records(practices, kind, include_private):
        yield [row[c] for c in columns]


def to_csv(practices, kind="hub", include_private=False):
    return exporters.to_csv(_rows(practices, kind, include_private))


def to_xlsx(practices, kind="list", include_private=False):
    return exporters.to_xlsx(_rows(practices, kind, include_private), "practices")
