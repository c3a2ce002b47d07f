from django.conf import settings
from django.contrib import messages
from django.contrib.syndication.views import Feed
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from pansocial.common import feeds
from pansocial.common.cache import public_page
from pansocial.common.confirm import confirmation
from pansocial.common.namespaces import Content
from pansocial.common.permissions import permission_required
from pansocial.common.workflow import InvalidTransition
from pansocial.practice import domain, exporters
from pansocial.practice import rules as practice_rules
from pansocial.practice.domain import catalogue, queries
from pansocial.practice.domain import exchange as exchange_domain
from pansocial.practice.forms import (
    AssignReviewerForm,
    AttachmentForm,
    CycleForm,
    DecisionForm,
    ImplementerFormSet,
    PracticeForm,
    ReviewForm,
    SelectionForm,
    catalogue_query,
    implementer_rows,
)
from pansocial.practice.models import ExchangeCycle, Practice

PAGE_SIZE = 20


@public_page(
    Content.PRACTICE,
    Content.REFERENCE,
    Content.TABLE,
    params=(*catalogue.FACETS, "sort", "page"),
)
def index(request):
    query = catalogue_query(request.GET)
    browse = catalogue.Browse(query)
    page = Paginator(browse.hits(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "practice/index.html",
        {
            "query": query,
            "page": page,
            "practices": catalogue.cards(page.object_list),
            "facets": browse.facets,
            "querystring": query.urlencode(),
            "can_curate": request.user.has_perm("practice.curate"),
        },
    )


class PracticeFeed(Feed):
    feed_type = feeds.Rss201rev2Feed
    description = gettext_lazy("Good practices in implementing the Global Compact for Migration")

    def get_object(self, request):
        self.query = catalogue_query(request.GET)
        return None

    def title(self):
        return _("Good practices") + (f" · {self.query.q}" if self.query.q else "")

    def link(self):
        qs = self.query.urlencode()
        return reverse("practice:index") + (f"?{qs}" if qs else "")

    def items(self):
        return catalogue.results(self.query, 50)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at


class AtomFeed(PracticeFeed):
    feed_type = feeds.Atom1Feed
    subtitle = PracticeFeed.description


def visible_practice(request, pk, **kwargs):
    """The practice ``pk`` if the reader may see it (``practice.view``'s queryset): 404
    otherwise, so drafts do not reveal that they exist."""
    return get_object_or_404(practice_rules.visible_practices(request.user), pk=pk)


def own_practice(request, pk, **kwargs):
    """The reader's own practice ``pk`` (404 for anyone else's; None for a visitor, who is
    sent to sign in)."""
    if not request.user.is_authenticated:
        return None
    return get_object_or_404(practice_rules.own_practices(request.user), pk=pk)


def practice_by_pk(request, pk, **kwargs):
    return get_object_or_404(Practice, pk=pk)


def visible_attachment(request, pk, attachment_pk, **kwargs):
    return get_object_or_404(
        practice_rules.visible_attachments(request.user), pk=attachment_pk, practice_id=pk
    )


def visible_cycle(request, pk, **kwargs):
    return get_object_or_404(practice_rules.visible_cycles(request.user), pk=pk)


def cycle_by_pk(request, pk, **kwargs):
    return get_object_or_404(ExchangeCycle, pk=pk)


def _show_errors(request, error):
    for message in getattr(error, "messages", [str(error)]):
        messages.error(request, message)


@permission_required("practice.view", fn=visible_practice)
def detail(request, pk, obj):
    practice = obj
    can_edit = request.user.has_perm("practice.edit", practice)
    return render(
        request,
        "practice/detail.html",
        {
            "practice": practice,
            "objective_links": queries.objective_links(practice),
            "show_private": request.user.has_perm("practice.view_private", practice),
            "can_edit": can_edit and practice.is_editable,
            "can_manage": request.user.has_perm("practice.manage_review", practice),
            # For the submitter of a practice sent back: the reason and the questions.
            "requests": queries.questions_for_submitter(practice) if can_edit else None,
        },
    )


@permission_required("practice.download", fn=visible_attachment)
def attachment_file(request, pk, attachment_pk, obj):
    """A practice's file, for whoever may see the practice. With
    ``PANSOCIAL_ACCEL_REDIRECT`` set (e.g. "/protected-media/") the proxy sends the bytes
    from an internal location (nginx ``X-Accel-Redirect``); otherwise Django streams them."""
    attachment = obj
    prefix = getattr(settings, "PANSOCIAL_ACCEL_REDIRECT", "")
    if prefix:
        response = HttpResponse(content_type=attachment.mime_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + attachment.file.name
        response["Content-Disposition"] = content_disposition_header(True, attachment.original_name)
    else:
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=attachment.original_name,
            content_type=attachment.mime_type,
        )
    response["X-Content-Type-Options"] = "nosniff"
    if not attachment.practice.is_published:
        response["Cache-Control"] = "private, no-store"
    return response


EXPORT_TYPES = {
    "json": "application/json; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _export_response(practices, kind, fmt, include_private, filename):
    if fmt == "json":
        body = exporters.to_json(practices, kind, include_private)
    elif fmt == "csv":
        body = exporters.to_csv(practices, kind, include_private)
    elif fmt == "xlsx":
        body = exporters.to_xlsx(practices, kind, include_private)
    else:
        raise Http404
    response = HttpResponse(body, content_type=EXPORT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


@permission_required("practice.view", fn=visible_practice)
def practice_export(request, pk, kind, fmt, obj):
    practice = obj
    if kind not in ("hub", "list") or fmt not in ("json", "csv"):
        raise Http404
    private = request.GET.get("private") == "1" and request.user.has_perm("practice.curate")
    return _export_response(
        queries.in_order([practice.pk]), kind, fmt, private, f"practice-{practice.pk}"
    )


def list_export(request, kind, fmt):
    if kind not in ("hub", "list") or fmt not in EXPORT_TYPES:
        raise Http404
    query = catalogue_query(request.GET)
    ordered = catalogue.export_queryset(query, 5000)
    private = request.GET.get("private") == "1" and request.user.has_perm("practice.curate")
    return _export_response(ordered, kind, fmt, private, f"practices-{kind}")


@permission_required("practice.submit")
def mine(request):
    own = queries.submitted_by(request.user)
    assignments = queries.open_assignments(request.user)
    return render(request, "practice/mine.html", {"own": own, "assignments": assignments})


def _edit(request, practice=None):
    if practice is not None and not practice.is_editable:
        messages.error(request, _("Review has started: this practice can no longer be edited."))
        return redirect(practice)
    initial_rows = []
    if practice is not None:
        initial_rows = [
            {"name": i.name, "implementer_type": i.implementer_type, "organisation": i.organisation}
            for i in practice.implementers.all()
        ]
    if request.method == "POST":
        form = PracticeForm(request.POST, instance=practice, user=request.user)
        formset = ImplementerFormSet(request.POST, prefix="impl")
        if form.is_valid() and formset.is_valid():
            rows = implementer_rows(formset)
            try:
                saved = form.save(implementers=rows)
            except domain.NotEditable as error:
                messages.error(request, str(error))
                return redirect(practice)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if "submit" in request.POST:
                    return _submit(request, saved)
                messages.success(request, _("Draft saved."))
                return redirect("practice:edit", pk=saved.pk)
    else:
        form = PracticeForm(instance=practice, user=request.user)
        formset = ImplementerFormSet(prefix="impl", initial=initial_rows)
    return render(
        request,
        "practice/form.html",
        {
            "form": form,
            "formset": formset,
            "practice": practice,
            "attachment_form": AttachmentForm() if practice else None,
        },
    )


def _submit(request, practice):
    try:
        domain.submit_practice(practice=practice, actor=request.user)
    except InvalidTransition as error:
        messages.error(request, error.message)
        return redirect(practice)
    except (ValidationError, PermissionDenied) as error:
        _show_errors(request, error)
        return redirect("practice:edit", pk=practice.pk)
    messages.success(request, _("Thank you: the practice is submitted for review."))
    return redirect(practice)


@permission_required("practice.submit")
def create(request):
    return _edit(request)


@permission_required("practice.edit", fn=own_practice)
def edit(request, pk, obj):
    return _edit(request, obj)


@require_POST
@permission_required("practice.edit", fn=own_practice)
def submit(request, pk, obj):
    return _submit(request, obj)


@require_POST
@permission_required("practice.edit", fn=own_practice)
def attach(request, pk, obj):
    practice = obj
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            domain.add_attachment(
                practice=practice,
                actor=request.user,
                uploaded=form.cleaned_data["file"],
            )
        except (ValidationError, PermissionDenied) as error:
            _show_errors(request, error)
        else:
            messages.success(request, _("File added."))
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("practice:edit", pk=practice.pk)


@require_http_methods(["GET", "POST"])
@permission_required("practice.edit", fn=own_practice)
def detach(request, pk, attachment_pk, obj):
    practice = obj
    attachment = get_object_or_404(practice.attachments, pk=attachment_pk)
    if request.method == "GET":
        names = {"file": attachment.original_name, "practice": practice.title}
        return confirmation(
            request,
            title=_("Delete the file %(file)s?") % names,
            consequences=[
                _("The file %(file)s is deleted from the practice «%(practice)s».") % names,
                _("It cannot be recovered: to have it again, upload it again."),
            ],
            confirm_label=_("Delete the file"),
            cancel_url=reverse("practice:edit", args=[practice.pk]),
        )
    try:
        domain.remove_attachment(attachment=attachment, actor=request.user)
    except PermissionDenied as error:
        messages.error(request, str(error))
    return redirect("practice:edit", pk=practice.pk)


@permission_required("practice.curate")
def queue(request):
    return render(request, "practice/queue.html", {"practices": queries.review_queue()})


@permission_required("practice.manage_review", fn=practice_by_pk)
def manage(request, pk, obj):
    practice = obj
    review_round = domain.current_round(practice)
    assign_form = AssignReviewerForm(prefix="assign")
    decision_form = DecisionForm(prefix="decide")
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "open":
                domain.open_round(practice=practice, actor=request.user)
                messages.success(request, _("Review round opened."))
                return redirect("practice:manage", pk=pk)
            if action == "assign" and review_round:
                assign_form = AssignReviewerForm(request.POST, prefix="assign")
                if assign_form.is_valid():
                    domain.assign_reviewer(
                        review_round=review_round,
                        reviewer=assign_form.reviewer,
                        actor=request.user,
                    )
                    messages.success(request, _("Reviewer assigned."))
                    return redirect("practice:manage", pk=pk)
            if action == "decide":
                decision_form = DecisionForm(request.POST, prefix="decide")
                if decision_form.is_valid():
                    domain.decide(
                        practice=practice,
                        actor=request.user,
                        outcome=decision_form.cleaned_data["outcome"],
                        reason=decision_form.cleaned_data["reason"],
                    )
                    messages.success(request, _("Decision recorded."))
                    return redirect("practice:manage", pk=pk)
        except InvalidTransition as error:
            # Someone else moved the practice first: show what it is now.
            messages.error(request, error.message)
            return redirect("practice:manage", pk=pk)
        except ValidationError as error:
            _show_errors(request, error)
    assignments = []
    totals = None
    if review_round:
        assignments = queries.round_assignments(review_round)
        totals = domain.aggregate(review_round)
    return render(
        request,
        "practice/manage.html",
        {
            "practice": practice,
            "round": review_round,
            "assignments": assignments,
            "totals": totals,
            "assign_form": assign_form,
            "decision_form": decision_form,
            "decisions": queries.decisions(practice),
        },
    )


@permission_required("practice.review", fn=visible_practice)
def review(request, pk, obj):
    practice = obj
    assignment = queries.open_assignment(practice, request.user)
    if assignment is None:
        raise Http404
    existing = getattr(assignment, "review", None)
    if request.method == "POST":
        form = ReviewForm(request.POST, review=existing)
        if form.is_valid():
            try:
                form.save(assignment, request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Thank you: your review is saved."))
                return redirect("practice:mine")
    else:
        form = ReviewForm(review=existing)
    return render(request, "practice/review.html", {"practice": practice, "form": form})


def cycles(request):
    form = None
    if request.user.has_perm("practice.curate"):
        form = CycleForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            cycle = exchange_domain.create_cycle(
                actor=request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
            )
            return redirect("practice:curate", pk=cycle.pk)
    return render(
        request,
        "practice/cycles.html",
        {"cycles": practice_rules.visible_cycles(request.user), "form": form},
    )


@permission_required("practice.view_cycle", fn=visible_cycle)
def cycle(request, pk, obj):
    return render(
        request,
        "practice/cycle.html",
        {"cycle": obj, "sessions": exchange_domain.published_sessions(obj)},
    )


@permission_required("practice.curate", fn=cycle_by_pk)
def curate(request, pk, obj):
    cycle = obj
    if request.method == "POST":
        if request.POST.get("action") == "publish":
            exchange_domain.publish_cycle(cycle=cycle, actor=request.user)
            messages.success(request, _("The selection is published."))
            return redirect(cycle)
        form = SelectionForm(request.POST)
        if form.is_valid():
            practice = form.cleaned_data["practice"]
            try:
                if form.cleaned_data["action"] == "add":
                    exchange_domain.select_practice(
                        cycle=cycle,
                        practice=practice,
                        cluster=form.cleaned_data["cluster"],
                        actor=request.user,
                    )
                else:
                    exchange_domain.unselect_practice(
                        cycle=cycle, practice=practice, actor=request.user
                    )
            except ValidationError as error:
                _show_errors(request, error)
        return redirect("practice:curate", pk=pk)
    return render(
        request,
        "practice/curate.html",
        {"cycle": cycle, "proposals": exchange_domain.proposals(cycle)},
    )
