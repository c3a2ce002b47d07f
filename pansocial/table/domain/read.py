"""What the table pages read: a fixed number of queries whatever the number of rows."""

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce

from pansocial.table.models import Mandate, Table, TableKind, TableMembership

# The table page lists the first organisations only; the directory, filtered by the table,
# pages through all of them. (Listing all of mt1 took 0.7 s at 10,000 organisations.)
MEMBERS_SHOWN = 50


def working_tables():
    return Table.objects.filter(kind=TableKind.WORKING).order_by("order", "slug")


def live_memberships_count():
    """The number of organisations currently on the table ``OuterRef("pk")``.

    A correlated count answered from the index of live memberships: the table page and the
    index read it in the same query as the tables themselves.
    """
    live = (
        TableMembership.objects.filter(table=OuterRef("pk"), left_at__isnull=True)
        .order_by()
        .values("table")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(live, output_field=IntegerField()), 0)


def tables_with_counts():
    # (A join with GROUP BY would sort every membership row with the tables' long purpose
    # texts: 0.85 s on SQLite with 50,000 organisations; see docs/performance.md.)
    return (
        Table.objects.select_related("theme")
        .annotate(organisations=live_memberships_count())
        .order_by("order", "slug")
    )


def tables_with_seats():
    """The tables with their member counts and, in ``seats``, their current mandates and
    holders (two queries): working tables are shown by their member organisations, the
    others (liaison, technical, commissions, GT-SC) by their seats."""
    return tables_with_counts().prefetch_related(
        Prefetch(
            "mandates",
            queryset=Mandate.objects.current()
            .select_related("user", "organisation", "represents")
            .order_by("position", "starts_on", "pk"),
            to_attr="seats",
        )
    )


def table_page(slug):
    """The table of the public page with its count of organisations (a queryset, for
    ``get_object_or_404``)."""
    return (
        Table.objects.select_related("theme")
        .prefetch_related("theme__objectives")
        .annotate(organisations=live_memberships_count())
        .filter(slug=slug)
    )


def live_memberships(table):
    return TableMembership.objects.filter(table=table, left_at__isnull=True)


def first_members(table):
    return (
        live_memberships(table)
        .select_related("organisation__country")
        .order_by("organisation__name", "organisation_id")[:MEMBERS_SHOWN]
    )


def current_mandates_of(table):
    return (
        Mandate.objects.current()
        .filter(table=table)
        .select_related("user", "organisation", "represents")
        .order_by("position", "starts_on")
    )


def members_for_management(table):
    return live_memberships(table).select_related("organisation").order_by("organisation__name")


def mandate_history(table):
    return (
        Mandate.objects.filter(table=table)
        .select_related("user", "organisation", "represents")
        .order_by("-starts_on", "pk")
    )


def liaison_table():
    return Table.objects.filter(kind=TableKind.LIAISON).first()


def live_tables_of(organisation):
    """The organisation's current seats, with their tables."""
    return TableMembership.objects.filter(
        organisation=organisation, left_at__isnull=True
    ).select_related("table")
