from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pansocial.common.cache import public_page
from pansocial.common.confirm import confirmation
from pansocial.common.namespaces import Content
from pansocial.common.permissions import permission_required
from pansocial.common.workflow import InvalidTransition
from pansocial.membership import coverage, domain, exporters, forms
from pansocial.membership.domain import read
from pansocial.membership.models import Organisation
from pansocial.membership.rules import organisations_of, reviewable_applications
from pansocial.search import engine

PAGE_SIZE = 25
DIRECTORY_DEFERRED = (
    "description",
    "decision_reason",
    "languages",
    "website",
    "name_key",
    "sort_key",
)


# The directory's filters (not the free-text search "q": searches are not cached).
DIRECTORY_PARAMS = (
    "country",
    "subregion",
    "group",
    "table",
    "scope",
    "migrant_led",
    "women_led",
    "grassroots",
    "diaspora",
    "page",
)


def _directory_queryset(request):
    form = forms.DirectoryFilterForm(request.GET or None)
    queryset = form.filter(read.members())
    query = form.cleaned_data.get("q", "") if form.is_valid() else ""
    if query.strip():
        queryset = engine.search(queryset, query).order_by("-search_rank", "sort_key", "pk")
    else:
        queryset = queryset.alphabetical()
    return form, read.with_public_relations(queryset)


@public_page(Content.MEMBERSHIP, Content.TABLE, Content.REFERENCE, params=DIRECTORY_PARAMS)
def directory(request):
    form, queryset = _directory_queryset(request)
    # The list shows none of the long texts: leaving them out of the rows makes the sort
    # behind a deep page three times cheaper on SQLite (docs/performance.md).
    queryset = queryset.defer(*DIRECTORY_DEFERRED)
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "membership/directory.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "can_export": request.user.has_perm("membership.export_directory"),
        },
    )


@permission_required("membership.export_directory")
def export(request, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    _form, queryset = _directory_queryset(request)
    writer = exporters.as_csv if fmt == "csv" else exporters.as_xlsx
    return writer(queryset, "pansocial-members")


def organisation_with_relations(request, pk, **kwargs):
    return get_object_or_404(read.organisation_page(pk))


@permission_required("membership.view_organisation", fn=organisation_with_relations)
def organisation(request, pk, obj):
    return render(
        request,
        "membership/organisation.html",
        {
            "organisation": obj,
            "can_manage": request.user.has_perm("membership.change_organisation", obj),
        },
    )


def apply(request):
    if not request.user.is_authenticated:
        # A visitor first needs an account: the page says so, and sign-up, the e-mail
        # confirmation and sign-in all lead back here (``next``).
        return render(request, "membership/apply_account.html", {"next": request.get_full_path()})
    if not request.user.is_verified_email:
        messages.error(request, _("Confirm your e-mail address before applying."))
        return redirect("account:profile")
    form = forms.ApplicationForm(request.POST or None, applicant=request.user)
    if request.method == "POST" and form.is_valid():
        organisation = form.save()
        if organisation is not None:
            messages.success(
                request,
                _("Thank you. The application of %(name)s is with the table officers.")
                % {"name": organisation.name},
            )
            return redirect("membership:mine")
    return render(request, "membership/apply.html", {"form": form})


@login_required
def apply_duplicates(request):
    """The live hint of the application form (htmx): possible duplicates while typing."""
    form = forms.DuplicateCheckForm(request.GET)
    duplicates = form.duplicates() if form.is_valid() else domain.DuplicateHint()
    return render(request, "membership/_duplicates.html", {"duplicates": duplicates})


@login_required
def mine(request):
    organisations = organisations_of(request.user).select_related("country").alphabetical()
    return render(request, "membership/mine.html", {"organisations": organisations})


def organisation_from_pk(request, pk, **kwargs):
    return get_object_or_404(Organisation, pk=pk)


@permission_required("membership.change_organisation", fn=organisation_from_pk)
def manage(request, pk, obj):
    return render(
        request,
        "membership/manage.html",
        {
            "organisation": obj,
            "current": read.current_tables(obj),
            "join_form": forms.TableChoiceForm(queryset=read.joinable_tables(obj)),
            "contacts": read.live_contacts(obj),
            "invitations": read.pending_invitations(obj),
            "contact_form": forms.InviteContactForm(organisation=obj, actor=request.user),
        },
    )


def _show_errors(request, form):
    for errors in form.errors.values():
        for message in errors:
            messages.error(request, message)


def _join(request, org):
    form = forms.TableChoiceForm(request.POST, queryset=read.working_tables())
    if not form.is_valid():
        return _show_errors(request, form)
    domain.join_table(organisation=org, table=form.cleaned_data["table"], actor=request.user)
    messages.success(request, _("The organisation joined the table."))


def _leave(request, org):
    form = forms.TableChoiceForm(request.POST, queryset=read.working_tables())
    if not form.is_valid():
        return _show_errors(request, form)
    domain.leave_table(organisation=org, table=form.cleaned_data["table"], actor=request.user)
    messages.success(request, _("The organisation left the table."))


def _invite(request, org):
    form = forms.InviteContactForm(request.POST, organisation=org, actor=request.user)
    if not form.is_valid():
        return _show_errors(request, form)
    form.save()
    messages.success(
        request,
        _(
            "An invitation is on its way to %(email)s. The person becomes a contact once "
            "they accept it."
        )
        % {"email": form.cleaned_data["email"]},
    )


def _remove_contact(request, org):
    contact = read.contact_link(org, request.POST.get("contact"))
    if contact is None:
        raise Http404
    domain.remove_contact(contact=contact, actor=request.user)
    messages.success(request, _("The person is no longer a contact."))
    if contact.user_id == request.user.pk:
        return redirect("membership:mine")


def _withdraw(request, org):
    form = forms.WithdrawForm(request.POST, organisation=org, actor=request.user)
    if not form.is_valid():
        # Back to the confirmation page, with what was typed and the error summary.
        return _confirm_withdraw(request, org, form=form)
    form.save()
    messages.success(request, _("The organisation has withdrawn."))


# Destructive actions first show a confirmation page (GET) that posts back to the action.
def _confirm_leave(request, org):
    form = forms.TableChoiceForm(request.GET, queryset=read.working_tables())
    if not form.is_valid():
        raise Http404
    table = form.cleaned_data["table"]
    return confirmation(
        request,
        title=_("Leave %(table)s?") % {"table": table.name},
        consequences=[
            _("%(organisation)s stops being a member organisation of %(table)s.")
            % {"organisation": org.name, "table": table.name},
            _("The table no longer lists it; the change is recorded in the audit trail."),
            _("To come back, the organisation joins the table again."),
        ],
        confirm_label=_("Leave the table"),
        cancel_url=reverse("membership:manage", args=[org.pk]),
        hidden={"table": table.pk},
    )


def _confirm_remove_contact(request, org):
    contact = read.contact_link(org, request.GET.get("contact"))
    if contact is None:
        raise Http404
    name = contact.user.full_name or contact.user.email
    consequences = [
        _("%(name)s no longer acts for %(organisation)s and cannot manage it.")
        % {"name": name, "organisation": org.name},
        _("The person keeps their account; only a new invitation makes them a contact again."),
    ]
    if contact.user_id == request.user.pk:
        consequences.append(_("This is you: you lose access to this page."))
    return confirmation(
        request,
        title=_("Remove %(name)s as a contact?") % {"name": name},
        consequences=consequences,
        confirm_label=_("Remove the contact"),
        cancel_url=reverse("membership:manage", args=[org.pk]),
        hidden={"contact": contact.pk},
    )


def _confirm_withdraw(request, org, form=None):
    return confirmation(
        request,
        title=_("Withdraw %(organisation)s from the mechanism?") % {"organisation": org.name},
        consequences=[
            _("A pending application is closed and will not be reviewed.")
            if org.status == Organisation.Status.PENDING
            else _("The organisation leaves every working table and the public directory."),
            _("This cannot be undone here: to return, the organisation applies again."),
        ],
        confirm_label=_("Withdraw"),
        cancel_url=reverse("membership:manage", args=[org.pk]),
        form=form or forms.WithdrawForm(organisation=org, actor=request.user),
    )


MANAGE_ACTIONS = {
    "join": _join,
    "leave": _leave,
    "add_contact": _invite,
    "remove_contact": _remove_contact,
    "withdraw": _withdraw,
}
CONFIRM_PAGES = {
    "leave": _confirm_leave,
    "remove_contact": _confirm_remove_contact,
    "withdraw": _confirm_withdraw,
}


@require_http_methods(["GET", "POST"])
@permission_required("membership.change_organisation", fn=organisation_from_pk)
def manage_action(request, pk, action, obj):
    handler = MANAGE_ACTIONS.get(action)
    if handler is None:
        raise PermissionDenied
    if request.method == "GET":
        if action not in CONFIRM_PAGES:
            return HttpResponseNotAllowed(["POST"])
        return CONFIRM_PAGES[action](request, obj)
    try:
        response = handler(request, obj)
    except InvalidTransition as error:
        messages.error(request, error.message)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if response is not None:
            return response
    return redirect("membership:manage", pk=obj.pk)


@permission_required("membership.view_review_queue")
def review_queue(request):
    pending = read.review_queue(reviewable_applications(request.user))
    return render(request, "membership/review_queue.html", {"pending": pending})


def application_from_pk(request, pk, **kwargs):
    return get_object_or_404(read.application_page(), pk=pk)


@permission_required("membership.review_application", fn=application_from_pk)
def review(request, pk, obj):
    form = forms.DecisionForm(request.POST or None, organisation=obj, actor=request.user)
    if request.method == "POST" and form.is_valid() and form.save() is not None:
        messages.success(request, _("The decision is recorded and the applicant informed."))
        return redirect("membership:review_queue")
    return render(
        request,
        "membership/review.html",
        {"organisation": obj, "form": form, "duplicates": read.other_duplicates(obj)},
    )


@login_required
def invitation(request, token):
    """The link of a contact invitation: the invited person accepts it here."""
    found = domain.invitation_for(token)
    if request.method == "POST" and found is not None:
        try:
            domain.accept_invitation(invitation=found, user=request.user)
        except InvalidTransition:
            found = None
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("You now act for %(name)s.") % {"name": found.organisation.name},
            )
            return redirect("membership:mine")
    return render(request, "membership/invitation.html", {"invitation": found})


@public_page(Content.MEMBERSHIP, Content.REFERENCE)
def coverage_dashboard(request):
    data = coverage.summary()
    return render(
        request,
        "membership/coverage.html",
        {
            "countries": coverage.bars(data["countries"]),
            "subregions": coverage.bars(data["subregions"]),
            "groups": coverage.bars(data["groups"]),
            "trend": coverage.columns(data["trend"]),
            "trend_rows": data["trend"],
            "under_countries": data["under_countries"],
            "under_groups": data["under_groups"],
            "country_average": data["country_average"],
            "group_average": data["group_average"],
            "total": sum(row.value for row in data["subregions"]),
        },
    )
