"""Review rounds, reviewers, scores and decisions."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email
from pansocial.membership.rules import organisations_of
from pansocial.practice.models import (
    Criterion,
    CriterionScore,
    Decision,
    Review,
    ReviewerAssignment,
    ReviewRound,
    State,
)

from .actions import Action
from .queries import round_questions
from .workflow import Outcome, set_practice_state

# Spread (max − min of the reviewers' weighted scores, scale 0–4) above which the practice
# needs another reviewer. Settable as PRACTICE_DISAGREEMENT_THRESHOLD.
DEFAULT_DISAGREEMENT_THRESHOLD = Decimal("1.5")
TWO_PLACES = Decimal("0.01")


def disagreement_threshold():
    return Decimal(
        str(getattr(settings, "PRACTICE_DISAGREEMENT_THRESHOLD", DEFAULT_DISAGREEMENT_THRESHOLD))
    )


class ConflictOfInterest(ValidationError):
    pass


def require_curator(actor):
    """Review and curation decisions belong to the curators (``practice.curate``)."""
    if not actor.has_perm("practice.curate"):
        raise PermissionDenied(
            _("Only facilitators, the liaison table or administrators may do this.")
        )


def current_round(practice):
    return practice.rounds.filter(closed_at__isnull=True).order_by("-number").first()


def open_round(*, practice, actor):
    """A submitted practice goes to review in a new round. ``InvalidTransition`` when it
    is no longer submitted (another curator opened the round first)."""
    require_curator(actor)

    def prepare(practice):
        number = practice.rounds.count() + 1
        review_round = ReviewRound.objects.create(practice=practice, number=number, opened_by=actor)
        return Outcome(after={"round": number}, result=review_round)

    _practice, outcome = set_practice_state(
        practice=practice, actor=actor, to=State.IN_REVIEW, prepare=prepare
    )
    return outcome.result


def conflict_of_interest(*, practice, reviewer):
    """The implementing organisations the reviewer acts for (empty: no conflict)."""
    implementing = practice.implementers.exclude(organisation=None).values("organisation_id")
    return list(organisations_of(reviewer).filter(pk__in=implementing))


@transaction.atomic
def assign_reviewer(*, review_round, reviewer, actor):
    require_curator(actor)
    practice = review_round.practice
    if not review_round.is_open:
        raise ValidationError(_("This review round is closed."))
    if reviewer.pk == practice.submitter_id:
        raise ConflictOfInterest(
            _("%(name)s submitted this practice and cannot review it.")
            % {"name": reviewer.get_full_name()},
            code="conflict",
        )
    conflicts = conflict_of_interest(practice=practice, reviewer=reviewer)
    if conflicts:
        raise ConflictOfInterest(
            _(
                "Conflict of interest: %(name)s acts for %(organisation)s, which implements this "
                "practice."
            )
            % {"name": reviewer.get_full_name(), "organisation": conflicts[0].name},
            code="conflict",
        )
    if review_round.assignments.filter(reviewer=reviewer).exists():
        raise ValidationError(_("This person is already a reviewer in this round."))
    assignment = ReviewerAssignment.objects.create(
        round=review_round, reviewer=reviewer, assigned_by=actor
    )
    record(
        actor=actor,
        action=Action.REVIEW_ASSIGN,
        obj=practice,
        after={"reviewer": reviewer.pk, "round": review_round.number},
    )
    queue_email(
        kind="practice.review_assigned",
        to_email=reviewer.email,
        to_user=reviewer,
        template="practice/email/assigned",
        context={"practice": practice},
    )
    return assignment


def weighted_score(pairs):
    """Weighted mean of (weight, score) pairs, two decimals."""
    total = sum((weight for weight, _score in pairs), Decimal(0))
    if not total:
        return None
    value = sum((weight * score for weight, score in pairs), Decimal(0)) / total
    return value.quantize(TWO_PLACES, ROUND_HALF_UP)


@transaction.atomic
def submit_review(*, assignment, actor, scores, questions="", comment=""):
    """``scores``: {criterion: (score or None, comment)}. Required criteria must be scored."""
    if assignment.reviewer_id != actor.pk:
        raise PermissionDenied(_("Only the assigned reviewer can score."))
    if not assignment.round.is_open:
        raise ValidationError(_("This review round is closed."))
    criteria = list(Criterion.objects.filter(active=True))
    given = {criterion.pk: value for criterion, value in scores.items()}
    missing = [
        c.name for c in criteria if c.required and (given.get(c.pk) or (None, ""))[0] is None
    ]
    if missing:
        raise ValidationError(
            _("Score every required criterion: %(names)s.") % {"names": ", ".join(missing)},
            code="required",
        )
    review, _created = Review.objects.update_or_create(
        assignment=assignment, defaults={"questions": questions, "comment": comment}
    )
    review.scores.all().delete()
    rows = []
    for criterion in criteria:
        score, note = given.get(criterion.pk) or (None, "")
        if score is None:
            continue
        if not 0 <= int(score) <= 4:
            raise ValidationError(_("Scores go from 0 to 4."))
        rows.append(
            CriterionScore(review=review, criterion=criterion, score=int(score), comment=note)
        )
    CriterionScore.objects.bulk_create(rows)
    weights = {c.pk: c.weight for c in criteria}
    review.weighted_score = weighted_score([(weights[r.criterion_id], r.score) for r in rows])
    review.save(update_fields=["weighted_score"])
    record(
        actor=actor,
        action=Action.REVIEW_SCORE,
        obj=assignment.round.practice,
        after={
            "round": assignment.round.number,
            "weighted": review.weighted_score,
            "scores": {r.criterion.slug: r.score for r in rows},
        },
    )
    return review


@dataclass
class Aggregate:
    reviews: int
    mean: Decimal | None
    spread: Decimal | None
    per_criterion: dict
    needs_another_reviewer: bool


def aggregate(review_round):
    reviews = list(
        Review.objects.filter(
            assignment__round=review_round, weighted_score__isnull=False
        ).prefetch_related("scores")
    )
    values = [review.weighted_score for review in reviews]
    per_criterion = {}
    for review in reviews:
        for score in review.scores.all():
            per_criterion.setdefault(score.criterion_id, []).append(score.score)
    per_criterion = {
        key: (Decimal(sum(v)) / len(v)).quantize(TWO_PLACES, ROUND_HALF_UP)
        for key, v in per_criterion.items()
    }
    if not values:
        return Aggregate(0, None, None, per_criterion, False)
    mean = (sum(values, Decimal(0)) / len(values)).quantize(TWO_PLACES, ROUND_HALF_UP)
    spread = max(values) - min(values)
    return Aggregate(
        reviews=len(values),
        mean=mean,
        spread=spread,
        per_criterion=per_criterion,
        needs_another_reviewer=len(values) >= 2 and spread > disagreement_threshold(),
    )


OUTCOME_STATES = {
    Decision.Outcome.ELIGIBLE: State.ELIGIBLE,
    Decision.Outcome.NEEDS_INFO: State.NEEDS_INFO,
    Decision.Outcome.NOT_ELIGIBLE: State.NOT_ELIGIBLE,
}


def decide(*, practice, actor, outcome, reason=""):
    """Decide a practice in review: publish it, send it back for information or refuse it,
    closing its round. ``InvalidTransition`` when it is no longer in review (another
    curator decided first)."""
    require_curator(actor)
    outcome = Decision.Outcome(outcome)

    def prepare(practice):
        review_round = current_round(practice)
        if review_round is None:
            raise ValidationError(_("Only a practice in review can be decided."))
        if outcome == Decision.Outcome.NOT_ELIGIBLE and not reason.strip():
            raise ValidationError(
                _("Give the reason why the practice is not eligible."), code="reason"
            )
        totals = aggregate(review_round)
        if outcome == Decision.Outcome.ELIGIBLE and totals.reviews == 0:
            raise ValidationError(_("A practice is published only after at least one review."))
        questions = round_questions(review_round)
        if outcome == Decision.Outcome.NEEDS_INFO and not (questions or reason.strip()):
            raise ValidationError(_("Write the questions for the submitter."), code="reason")
        decision = Decision.objects.create(
            practice=practice, round=review_round, outcome=outcome, reason=reason, decided_by=actor
        )
        review_round.closed_at = timezone.now()
        review_round.save(update_fields=["closed_at"])
        practice.review_score = totals.mean
        return Outcome(
            after={"score": totals.mean, "spread": totals.spread},
            context={"reason": reason, "questions": questions},
            fields=("review_score",),
            note=reason,
            result=decision,
        )

    _practice, result = set_practice_state(
        practice=practice, actor=actor, to=OUTCOME_STATES[outcome], prepare=prepare
    )
    return result.result
