from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pansocial.common import feeds
from pansocial.common.cache import public_page
from pansocial.common.namespaces import Content
from pansocial.practice import domain, exporters
from pansocial.practice import rules as practice_rules
from pansocial.practice.domain import catalogue
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
    implementer_rows,
)
from pansocial.practice.models import (
    ExchangeCycle,
    Practice,
    Review,
    ReviewerAssignment,
    State,
)

PAGE_SIZE = 20


@public_page(
    Content.PRACTICE,
    Content.REFERENCE,
    Content.TABLE,
    params=(*catalogue.FACETS, "sort", "page"),
)
def index(request):
    query = catalogue.Query.from_get(request.GET)
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
            "can_curate": practice_rules.is_curator(request.user),
        },
    )


class PracticeFeed(Feed):
    feed_type = feeds.Rss201rev2Feed
    description = gettext_lazy("Good practices in implementing the Global Compact for Migration")

    def get_object(self, request):
        self.query = catalogue.Query.from_get(request.GET)
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


def _practice_for(request, pk, perm="practice.view"):
    practice = get_object_or_404(Practice, pk=pk)
    if not request.user.has_perm(perm, practice):
        raise Http404
    return practice


def detail(request, pk):
    practice = _practice_for(request, pk)
    links = practice.objective_links.select_related("objective").order_by("objective__number")
    return render(
        request,
        "practice/detail.html",
        {
            "practice": practice,
            "objective_links": links,
            "show_private": request.user.has_perm("practice.view_private", practice),
            "can_edit": request.user.has_perm("practice.change", practice),
            "can_manage": request.user.has_perm("practice.manage_review", practice),
            "requests": _information_requests(request, practice),
        },
    )


def _information_requests(request, practice):
    """For the submitter of a practice sent back: the reason and the reviewers' questions."""
    if practice.state != State.NEEDS_INFO or not practice_rules.is_submitter(
        request.user, practice
    ):
        return None
    decision = practice.decisions.select_related("round").first()
    if decision is None:
        return None
    questions = [
        review.questions
        for review in Review.objects.filter(assignment__round=decision.round).exclude(questions="")
    ]
    return {"reason": decision.reason, "questions": questions}


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


def practice_export(request, pk, kind, fmt):
    practice = _practice_for(request, pk)
    if kind not in ("hub", "list") or fmt not in ("json", "csv"):
        raise Http404
    private = request.GET.get("private") == "1" and practice_rules.is_curator(request.user)
    return _export_response(
        Practice.objects.filter(pk=practice.pk), kind, fmt, private, f"practice-{practice.pk}"
    )


def list_export(request, kind, fmt):
    if kind not in ("hub", "list") or fmt not in EXPORT_TYPES:
        raise Http404
    query = catalogue.Query.from_get(request.GET)
    ids = catalogue.result_ids(query, 5000)
    ordered = Practice.objects.filter(pk__in=ids).order_by("-published_at", "-id")
    private = request.GET.get("private") == "1" and practice_rules.is_curator(request.user)
    return _export_response(ordered, kind, fmt, private, f"practices-{kind}")


@login_required
def mine(request):
    own = practice_rules.own_practices(request.user).order_by("-updated_at")
    assignments = (
        ReviewerAssignment.objects.filter(reviewer=request.user, round__closed_at__isnull=True)
        .select_related("round__practice", "review")
        .order_by("-assigned_at")
    )
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
    except (ValidationError, PermissionDenied) as error:
        for message in getattr(error, "messages", [str(error)]):
            messages.error(request, message)
        return redirect("practice:edit", pk=practice.pk)
    messages.success(request, _("Thank you: the practice is submitted for review."))
    return redirect(practice)


@login_required
def create(request):
    return _edit(request)


@login_required
def edit(request, pk):
    practice = get_object_or_404(Practice, pk=pk)
    if not practice_rules.is_submitter(request.user, practice):
        raise Http404
    return _edit(request, practice)


@login_required
@require_POST
def submit(request, pk):
    practice = get_object_or_404(Practice, pk=pk, submitter=request.user)
    return _submit(request, practice)


@login_required
@require_POST
def attach(request, pk):
    practice = get_object_or_404(Practice, pk=pk, submitter=request.user)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            domain.add_attachment(
                practice=practice,
                actor=request.user,
                uploaded=form.cleaned_data["file"],
            )
        except (ValidationError, PermissionDenied) as error:
            for message in getattr(error, "messages", [str(error)]):
                messages.error(request, message)
        else:
            messages.success(request, _("File added."))
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("practice:edit", pk=practice.pk)


@login_required
@require_POST
def detach(request, pk, attachment_pk):
    practice = get_object_or_404(Practice, pk=pk, submitter=request.user)
    attachment = get_object_or_404(practice.attachments, pk=attachment_pk)
    try:
        domain.remove_attachment(attachment=attachment, actor=request.user)
    except PermissionDenied as error:
        messages.error(request, str(error))
    return redirect("practice:edit", pk=practice.pk)


def _require_curator(request):
    if not practice_rules.is_curator(request.user):
        raise PermissionDenied


@login_required
def queue(request):
    _require_curator(request)
    practices = Practice.objects.filter(
        state__in=[State.SUBMITTED, State.IN_REVIEW, State.NEEDS_INFO]
    ).order_by("submitted_at", "id")
    return render(request, "practice/queue.html", {"practices": practices})


@login_required
def manage(request, pk):
    _require_curator(request)
    practice = get_object_or_404(Practice, pk=pk)
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
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
    assignments = []
    totals = None
    if review_round:
        assignments = review_round.assignments.select_related(
            "reviewer", "review"
        ).prefetch_related("review__scores__criterion")
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
            "decisions": practice.decisions.select_related("round"),
        },
    )


@login_required
def review(request, pk):
    practice = get_object_or_404(Practice, pk=pk)
    assignment = (
        ReviewerAssignment.objects.filter(
            round__practice=practice, round__closed_at__isnull=True, reviewer=request.user
        )
        .select_related("round")
        .first()
    )
    if assignment is None:
        raise Http404
    existing = getattr(assignment, "review", None) if hasattr(assignment, "review") else None
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
    queryset = ExchangeCycle.objects.all()
    if not practice_rules.is_curator(request.user):
        queryset = queryset.filter(published_at__isnull=False)
    form = None
    if practice_rules.is_curator(request.user):
        form = CycleForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            cycle = exchange_domain.create_cycle(
                actor=request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
            )
            return redirect("practice:curate", pk=cycle.pk)
    return render(request, "practice/cycles.html", {"cycles": queryset, "form": form})


def cycle(request, pk):
    cycle = get_object_or_404(ExchangeCycle, pk=pk)
    if cycle.published_at is None and not practice_rules.is_curator(request.user):
        raise Http404
    return render(
        request,
        "practice/cycle.html",
        {"cycle": cycle, "sessions": exchange_domain.published_sessions(cycle)},
    )


@login_required
def curate(request, pk):
    _require_curator(request)
    cycle = get_object_or_404(ExchangeCycle, pk=pk)
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
                for message in error.messages:
                    messages.error(request, message)
        return redirect("practice:curate", pk=pk)
    return render(
        request,
        "practice/curate.html",
        {"cycle": cycle, "proposals": exchange_domain.proposals(cycle)},
    )
