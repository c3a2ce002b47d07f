"""What the practice pages, exports and (later) the API read: one function per question,
so they cannot disagree. Writes live in the other domain modules."""

from pansocial.practice.models import (
    Practice,
    Review,
    ReviewerAssignment,
    State,
)

QUEUE_STATES = (State.SUBMITTED, State.IN_REVIEW, State.NEEDS_INFO)


def review_queue():
    """Practices waiting for the curators, oldest submission first."""
    return Practice.objects.filter(state__in=QUEUE_STATES).order_by("submitted_at", "id")


def submitted_by(user):
    """The person's own practices, last changed first."""
    return Practice.objects.filter(submitter=user).order_by("-updated_at")


def decisions(practice):
    """The practice's decisions, newest first, with their rounds."""
    return practice.decisions.select_related("round")


def objective_links(practice):
    """The practice's objectives (with the primary flag), in objective order."""
    return practice.objective_links.select_related("objective").order_by("objective__number")


def round_questions(review_round):
    """The reviewers' questions for the submitter in ``review_round`` (non-empty ones)."""
    return [
        review.questions
        for review in Review.objects.filter(assignment__round=review_round).exclude(questions="")
    ]


def questions_for_submitter(practice):
    """For a practice sent back for information: the reason of the last decision and the
    reviewers' questions of its round; None otherwise."""
    if practice.state != State.NEEDS_INFO:
        return None
    decision = practice.decisions.select_related("round").first()
    if decision is None:
        return None
    return {"reason": decision.reason, "questions": round_questions(decision.round)}


def open_assignments(reviewer):
    """The reviewer's assignments in rounds still open, newest first."""
    return (
        ReviewerAssignment.objects.filter(reviewer=reviewer, round__closed_at__isnull=True)
        .select_related("round__practice", "review")
        .order_by("-assigned_at")
    )


def open_assignment(practice, reviewer):
    """The reviewer's assignment in the practice's open round, or None."""
    if not getattr(reviewer, "is_authenticated", False):
        return None
    return (
        ReviewerAssignment.objects.filter(
            round__practice=practice, round__closed_at__isnull=True, reviewer=reviewer
        )
        .select_related("round")
        .first()
    )


def round_assignments(review_round):
    """The assignments of a round with their reviews and scores (three queries)."""
    return review_round.assignments.select_related("reviewer", "review").prefetch_related(
        "review__scores__criterion"
    )


def in_order(ids):
    """The practices of ``ids`` as a queryset in the public order (newest published
    first): what a list export of a repository query contains."""
    return Practice.objects.filter(pk__in=ids).order_by("-published_at", "-id")
