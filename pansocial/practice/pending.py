"""What the practice app adds to a person's pending actions (``common.workspace``):
practices assigned to them for review, practices the reviewers sent back to them for more
information, and, for the curators, submitted practices waiting for a review round."""

from django.db.models import Exists
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pansocial.common.rules import is_administrator
from pansocial.common.workspace import PendingItem, register_pending_actions
from pansocial.practice.models import Practice, ReviewerAssignment, State
from pansocial.practice.rules import own_practices
from pansocial.table.models import TableKind
from pansocial.table.rules import current_mandates

SHOWN = 20


def _date(moment):
    return formats.date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT")


def unreviewed_assignments(user):
    """Assignments in open rounds the reviewer has not scored yet."""
    return ReviewerAssignment.objects.filter(
        reviewer=user, round__closed_at__isnull=True, review__isnull=True
    )


def to_review(user):
    rows = (
        unreviewed_assignments(user)
        .select_related("round__practice")
        .order_by("assigned_at", "pk")[:SHOWN]
    )
    return [
        PendingItem(
            title=assignment.round.practice.title,
            url=reverse("practice:review", kwargs={"pk": assignment.round.practice_id}),
            detail=_("Assigned on %(date)s") % {"date": _date(assignment.assigned_at)},
        )
        for assignment in rows
    ]


def sent_back(user):
    return own_practices(user).filter(state=State.NEEDS_INFO)


def to_complete(user):
    return [
        PendingItem(
            title=practice.title,
            url=reverse("practice:detail", kwargs={"pk": practice.pk}),
            detail=_("The reviewers asked for more information."),
        )
        for practice in sent_back(user).order_by("updated_at", "pk")[:SHOWN]
    ]


def _waiting_for_round(user):
    """Submitted practices, for the curators (``practice.rules.is_curator``: a mandate on
    the facilitation group or the liaison table, or an administrator): the mandate check
    is a subquery, so the navigation counts it in the same query as the rest."""
    submitted = Practice.objects.filter(state=State.SUBMITTED)
    if is_administrator(user):
        return submitted
    curator = current_mandates(user).filter(
        table__kind__in=(TableKind.FACILITATION, TableKind.LIAISON)
    )
    return submitted.filter(Exists(curator))


def to_open(user):
    return [
        PendingItem(
            title=practice.title,
            url=reverse("practice:manage", kwargs={"pk": practice.pk}),
            detail=_("Submitted on %(date)s") % {"date": _date(practice.submitted_at)},
        )
        for practice in _waiting_for_round(user).order_by("submitted_at", "pk")[:SHOWN]
    ]


def register():
    register_pending_actions(
        "practice.reviews",
        title=gettext_lazy("Practices to review"),
        items=to_review,
        pending=unreviewed_assignments,
        url=lambda user: reverse("practice:mine"),
    )
    register_pending_actions(
        "practice.needs_info",
        title=gettext_lazy("Your practices the reviewers sent back"),
        items=to_complete,
        pending=sent_back,
        url=lambda user: reverse("practice:mine"),
    )
    register_pending_actions(
        "practice.submitted",
        title=gettext_lazy("Submitted practices waiting for a review round"),
        items=to_open,
        pending=_waiting_for_round,
        url=lambda user: reverse("practice:queue"),
    )
