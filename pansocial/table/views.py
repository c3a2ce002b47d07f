from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pansocial.account.models import Gender
from pansocial.common.cache import public_page
from pansocial.table import domain, forms
from pansocial.table.models import Mandate, Table, TableKind, TableMembership
from pansocial.table.rules import can_manage_table


def _live_memberships_count():
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


@public_page("table", "membership", "reference")
def index(request):
    # (A join with GROUP BY would sort every membership row with the tables' long purpose
    # texts: 0.85 s on SQLite with 50,000 organisations; see docs/performance.md.)
    tables = (
        Table.objects.select_related("theme")
        .annotate(organisations=_live_memberships_count())
        .order_by("order", "slug")
    )
    groups = [(label, [t for t in tables if t.kind == kind]) for kind, label in TableKind.choices]
    return render(
        request,
        "table/index.html",
        {"groups": [(label, items) for label, items in groups if items]},
    )


# The table page lists the first organisations only; the directory, filtered by the table,
# pages through all of them. (Listing all of mt1 took 0.7 s at 10,000 organisations.)
MEMBERS_SHOWN = 50


@public_page("table", "membership", "reference", "people")
def detail(request, slug):
    table = get_object_or_404(
        Table.objects.select_related("theme")
        .prefetch_related("theme__objectives")
        .annotate(organisations=_live_memberships_count()),
        slug=slug,
    )
    memberships = (
        TableMembership.objects.filter(table=table, left_at__isnull=True)
        .select_related("organisation__country")
        .order_by("organisation__name", "organisation_id")[:MEMBERS_SHOWN]
    )
    officers = (
        Mandate.objects.current()
        .filter(table=table)
        .select_related("user", "organisation", "represents")
        .order_by("position", "starts_on")
    )
    return render(
        request,
        "table/detail.html",
        {
            "table": table,
            "memberships": memberships,
            "more_members": table.organisations > MEMBERS_SHOWN,
            "officers": officers,
            "overdue": table.meeting_overdue(),
            "can_manage": can_manage_table(request.user, table),
        },
    )


def _managed(request, slug):
    table = get_object_or_404(Table, slug=slug)
    if not can_manage_table(request.user, table):
        raise PermissionDenied
    return table


@login_required
def manage(request, slug):
    table = _managed(request, slug)
    add_form = forms.AddOrganisationForm(table=table, actor=request.user)
    mandate_form = forms.MandateForm(table=table, actor=request.user)
    if request.method == "POST":
        if request.POST.get("form") == "organisation":
            add_form = forms.AddOrganisationForm(request.POST, table=table, actor=request.user)
            if add_form.is_valid():
                try:
                    add_form.save()
                except ValidationError as error:
                    add_form.add_error(None, error)
                else:
                    messages.success(request, _("The organisation joined the table."))
                    return redirect("table:manage", slug=table.slug)
        else:
            mandate_form = forms.MandateForm(request.POST, table=table, actor=request.user)
            if mandate_form.is_valid() and mandate_form.save():
                messages.success(request, _("The mandate is recorded."))
                return redirect("table:manage", slug=table.slug)
    memberships = (
        TableMembership.objects.filter(table=table, left_at__isnull=True)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    mandates = (
        Mandate.objects.filter(table=table)
        .select_related("user", "organisation", "represents")
        .order_by("-starts_on", "pk")
    )
    return render(
        request,
        "table/manage.html",
        {
            "table": table,
            "memberships": memberships,
            "mandates": mandates,
            "add_form": add_form,
            "mandate_form": mandate_form,
        },
    )


@login_required
@require_POST
def remove_organisation(request, slug, pk):
    table = _managed(request, slug)
    membership = get_object_or_404(TableMembership, pk=pk, table=table, left_at__isnull=True)
    domain.remove_organisation(membership=membership, actor=request.user)
    messages.success(request, _("The organisation left the table."))
    return redirect("table:manage", slug=table.slug)


@login_required
@require_POST
def end_mandate(request, slug, pk):
    table = _managed(request, slug)
    mandate = get_object_or_404(Mandate, pk=pk, table=table)
    domain.end_mandate(mandate=mandate, actor=request.user)
    messages.success(request, _("The mandate has ended."))
    return redirect("table:manage", slug=table.slug)


@public_page("table", "membership", "reference", "people")
def representation(request):
    composition = domain.liaison_composition()
    labels = dict(Gender.choices)
    gender = [(labels.get(code, code), count) for code, count in composition.gender]
    liaison = Table.objects.filter(kind=TableKind.LIAISON).first()
    return render(
        request,
        "table/representation.html",
        {
            "composition": composition,
            "gender": gender,
            "liaison": liaison,
            "ending_days": domain.composition.ENDING_SOON_DAYS,
        },
    )
