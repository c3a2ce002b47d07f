"""The public repository: results and facet counts of a ``Query`` (built from GET
parameters by ``practice.forms.catalogue_query``), read from the bitmaps of ``facets``."""

from django.db.models import Prefetch

from pansocial.practice.models import Practice, PracticeObjective
from pansocial.search import catalogue

from . import queries
from .facets import FACET_NAMES, PRACTICES, Query

FACETS = list(FACET_NAMES)

__all__ = ["FACETS", "Browse", "Query", "cards", "export_queryset", "result_ids", "results"]


class Browse(catalogue.Browse):
    """The results and facet counts of a query on the practice repository."""

    def __init__(self, query):
        super().__init__(PRACTICES, query)


def result_ids(query, limit=None):
    return Browse(query).ids(0, limit)


def export_queryset(query, limit=None):
    """The practices of ``query`` (at most ``limit``) as a queryset in the public order,
    for exports."""
    return queries.in_order(result_ids(query, limit))


def cards(ids):
    """The practices of ``ids`` with what their cards show (objectives, countries,
    implementers: three queries), in the order of ``ids``."""
    links = PracticeObjective.objects.select_related("objective").order_by("objective__number")
    found = (
        Practice.objects.filter(pk__in=ids)
        .prefetch_related(Prefetch("objective_links", queryset=links), "countries", "implementers")
        .in_bulk()
    )
    return [found[pk] for pk in ids if pk in found]


def results(query, limit=None):
    """The matching practices (at most ``limit``), in the query's order."""
    ids = result_ids(query, limit)
    found = Practice.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
