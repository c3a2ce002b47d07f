from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pansocial.account.models import Gender
from pansocial.common.cache import public_page
from pansocial.common.confirm import confirmation
from pansocial.common.namespaces import Content
from pansocial.common.permissions import permission_required
from pansocial.common.workflow import InvalidTransition
from pansocial.table import domain, forms
from pansocial.table.domain import read
from pansocial.table.models import Mandate, Table, TableKind, TableMembership


@public_page(Content.TABLE, Content.MEMBERSHIP, Content.REFERENCE)
def index(request):
    tables = read.tables_with_seats()
    groups = [(label, [t for t in tables if t.kind == kind]) for kind, label in TableKind.choices]
    return render(
        request,
        "table/index.html",
        {"groups": [(label, items) for label, items in groups if items]},
    )


@public_page(Content.TABLE, Content.MEMBERSHIP, Content.REFERENCE, Content.PEOPLE)
def detail(request, slug):
    table = get_object_or_404(read.table_page(slug))
    return render(
        request,
        "table/detail.html",
        {
            "table": table,
            "memberships": read.first_members(table),
            "more_members": table.organisations > read.MEMBERS_SHOWN,
            "officers": read.current_mandates_of(table),
            "overdue": table.meeting_overdue(),
            "can_manage": request.user.has_perm("table.manage_table", table),
        },
    )


def table_from_slug(request, slug, **kwargs):
    return get_object_or_404(Table, slug=slug)


@permission_required("table.manage_table", fn=table_from_slug)
def manage(request, slug, obj):
    table = obj
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
    return render(
        request,
        "table/manage.html",
        {
            "table": table,
            "memberships": read.members_for_management(table),
            "mandates": read.mandate_history(table),
            "today": timezone.localdate(),
            "add_form": add_form,
            "mandate_form": mandate_form,
        },
    )


@require_http_methods(["GET", "POST"])
@permission_required("table.manage_table", fn=table_from_slug)
def remove_organisation(request, slug, pk, obj):
    membership = get_object_or_404(TableMembership, pk=pk, table=obj)
    if request.method == "GET":
        if membership.left_at is not None:
            messages.error(request, _("The organisation is no longer on this table."))
            return redirect("table:manage", slug=obj.slug)
        names = {"organisation": membership.organisation.name, "table": obj.name}
        return confirmation(
            request,
            title=_("Remove %(organisation)s from %(table)s?") % names,
            consequences=[
                _("%(organisation)s stops being a member organisation of %(table)s.") % names,
                _(
                    "The change is recorded in the audit trail; the organisation can be "
                    "added again."
                ),
            ],
            confirm_label=_("Remove from the table"),
            cancel_url=reverse("table:manage", args=[obj.slug]),
        )
    try:
        domain.remove_organisation(membership=membership, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The organisation left the table."))
    return redirect("table:manage", slug=obj.slug)


@require_http_methods(["GET", "POST"])
@permission_required("table.manage_table", fn=table_from_slug)
def end_mandate(request, slug, pk, obj):
    mandate = get_object_or_404(Mandate, pk=pk, table=obj)
    if request.method == "GET":
        if mandate.state != Mandate.State.HELD:
            messages.error(request, _("This mandate has already ended."))
            return redirect("table:manage", slug=obj.slug)
        names = {
            "person": mandate.user.full_name,
            "position": mandate.get_position_display(),
            "table": obj.name,
        }
        return confirmation(
            request,
            title=_("End the mandate of %(person)s?") % names,
            consequences=[
                _("%(person)s stops being %(position)s of %(table)s today.") % names,
                _("The seat becomes free for a new mandate; the ended one stays in the history."),
                _("An ended mandate cannot be reopened: a new one is recorded instead."),
            ],
            confirm_label=_("End the mandate today"),
            cancel_url=reverse("table:manage", args=[obj.slug]),
        )
    try:
        domain.end_mandate(mandate=mandate, actor=request.user)
    except InvalidTransition:
        messages.error(request, _("This mandate has already ended."))
    else:
        messages.success(request, _("The mandate has ended."))
    return redirect("table:manage", slug=obj.slug)


@public_page(Content.TABLE, Content.MEMBERSHIP, Content.REFERENCE, Content.PEOPLE)
def representation(request):
    composition = domain.liaison_composition()
    labels = dict(Gender.choices)
    gender = [(labels.get(code, code), count) for code, count in composition.gender]
    return render(
        request,
        "table/representation.html",
        {
            "composition": composition,
            "gender": gender,
            "liaison": read.liaison_table(),
            "ending_days": domain.composition.ENDING_SOON_DAYS,
        },
    )
