from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pansocial.common.cache import public_page
from pansocial.common.namespaces import Content
from pansocial.membership import coverage, domain, exporters, forms
from pansocial.membership.models import Contact, Organisation
from pansocial.membership.rules import (
    can_export_directory,
    can_manage_organisation,
    organisations_of,
    reviewable_applications,
)
from pansocial.search import engine
from pansocial.table.models import TableMembership

PAGE_SIZE = 25
DIRECTORY_DEFERRED = ("description", "decision_reason", "languages", "website", "name_key")


def _with_public_relations(queryset):
    tables = TableMembership.objects.filter(left_at__isnull=True).select_related("table")
    return queryset.select_related("country__subregion", "primary_group").prefetch_related(
        "stakeholder_groups",
        Prefetch("table_memberships", queryset=tables, to_attr="current_tables"),
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
    queryset = form.filter(Organisation.objects.members())
    query = form.cleaned_data.get("q", "") if form.is_valid() else ""
    if query.strip():
        queryset = engine.search(queryset, query).order_by("-search_rank", "name")
    else:
        queryset = queryset.order_by("name")
    return form, _with_public_relations(queryset)


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
            "can_export": can_export_directory(request.user),
        },
    )


@login_required
def export(request, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    if not can_export_directory(request.user):
        raise PermissionDenied
    _form, queryset = _directory_queryset(request)
    writer = exporters.as_csv if fmt == "csv" else exporters.as_xlsx
    return writer(queryset, "pansocial-members")


def organisation(request, pk):
    org = get_object_or_404(_with_public_relations(Organisation.objects.all()), pk=pk)
    manager = can_manage_organisation(request.user, org)
    if not org.is_member and not manager:
        raise PermissionDenied
    return render(
        request,
        "membership/organisation.html",
        {"organisation": org, "can_manage": manager},
    )


@login_required
def apply(request):
    if not request.user.is_verified_email:
        messages.error(request, _("Confirm your e-mail address before applying."))
        return redirect("account:profile")
    form = forms.ApplicationForm(request.POST or None, applicant=request.user)
    if request.method == "POST" and form.is_valid():
        organisation = form.save()
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
    duplicates = form.duplicates() if form.is_valid() else []
    return render(request, "membership/_duplicates.html", {"duplicates": duplicates})


@login_required
def mine(request):
    organisations = organisations_of(request.user).select_related("country").order_by("name")
    return render(request, "membership/mine.html", {"organisations": organisations})


def _managed(request, pk):
    org = get_object_or_404(Organisation, pk=pk)
    if not can_manage_organisation(request.user, org):
        raise PermissionDenied
    return org


@login_required
def manage(request, pk):
    org = _managed(request, pk)
    current = TableMembership.objects.filter(organisation=org, left_at__isnull=True)
    joinable = forms.working_tables().exclude(pk__in=current.values("table_id"))
    contacts = Contact.objects.filter(organisation=org, left_at__isnull=True).select_related("user")
    return render(
        request,
        "membership/manage.html",
        {
            "organisation": org,
            "current": current.select_related("table"),
            "join_form": forms.TableChoiceForm(queryset=joinable),
            "contacts": contacts,
            "contact_form": forms.AddContactForm(organisation=org, actor=request.user),
            "withdraw_form": forms.WithdrawForm(organisation=org, actor=request.user),
        },
    )


def _manage_post(request, pk, action):
    org = _managed(request, pk)
    form = None
    try:
        if action == "join":
            form = forms.TableChoiceForm(request.POST, queryset=forms.working_tables())
            if form.is_valid():
                domain.join_table(
                    organisation=org,
                    table=form.cleaned_data["table"],
                    actor=request.user,
                )
                messages.success(request, _("The organisation joined the table."))
        elif action == "leave":
            form = forms.TableChoiceForm(request.POST, queryset=forms.working_tables())
            if form.is_valid():
                domain.leave_table(
                    organisation=org,
                    table=form.cleaned_data["table"],
                    actor=request.user,
                )
                messages.success(request, _("The organisation left the table."))
        elif action == "add_contact":
            form = forms.AddContactForm(request.POST, organisation=org, actor=request.user)
            if form.is_valid():
                form.save()
                messages.success(request, _("The person is now a contact."))
        elif action == "remove_contact":
            contact = get_object_or_404(
                Contact, pk=request.POST.get("contact"), organisation=org, left_at__isnull=True
            )
            domain.remove_contact(contact=contact, actor=request.user)
            messages.success(request, _("The person is no longer a contact."))
            if contact.user_id == request.user.pk:
                return redirect("membership:mine")
        elif action == "withdraw":
            form = forms.WithdrawForm(request.POST, organisation=org, actor=request.user)
            if form.is_valid():
                form.save()
                messages.success(request, _("The organisation has withdrawn."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("membership:manage", pk=org.pk)
    if form is not None and not form.is_valid():
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("membership:manage", pk=org.pk)


@login_required
@require_POST
def manage_action(request, pk, action):
    if action not in {"join", "leave", "add_contact", "remove_contact", "withdraw"}:
        raise PermissionDenied
    return _manage_post(request, pk, action)


@login_required
def review_queue(request):
    pending = (
        reviewable_applications(request.user)
        .select_related("country", "primary_group")
        .prefetch_related("requested_tables")
        .order_by("created_at")
    )
    if not request.user.has_perm("membership.review_any") and not pending.exists():
        raise PermissionDenied
    return render(request, "membership/review_queue.html", {"pending": pending})


@login_required
def review(request, pk):
    org = get_object_or_404(
        Organisation.objects.select_related("country", "primary_group").prefetch_related(
            "stakeholder_groups", "requested_tables", "countries_of_work"
        ),
        pk=pk,
    )
    if not request.user.has_perm("membership.review_application", org):
        raise PermissionDenied
    form = forms.DecisionForm(request.POST or None, organisation=org, actor=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The decision is recorded and the applicant informed."))
        return redirect("membership:review_queue")
    duplicates = [
        other
        for other in domain.possible_duplicates(
            name=org.name, country=org.country, acronym=org.acronym
        )
        if other.pk != org.pk
    ]
    return render(
        request,
        "membership/review.html",
        {"organisation": org, "form": form, "duplicates": duplicates},
    )


@public_page("membership", "reference")
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
