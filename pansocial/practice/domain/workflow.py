"""The life of a practice as a state machine, and the one function that moves it.

    draft ──────┐
                ├─→ submitted ─→ in_review ─┬─→ eligible (published)
    needs_info ─┘                           ├─→ needs_info
                                            └─→ not_eligible

A review round belongs to one ``in_review`` spell: it is opened by the move to
``in_review`` and closed by the decision that leaves it, inside the same transition, so it
has no states of its own (``closed_at`` records when its decision was taken).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from pansocial.audit.domain import record
from pansocial.common.workflow import Workflow, locked
from pansocial.mail.domain import queue_email
from pansocial.practice.models import State

from .actions import Action

PRACTICE_WORKFLOW = Workflow(
    {
        State.DRAFT: {State.SUBMITTED},
        State.NEEDS_INFO: {State.SUBMITTED},
        State.SUBMITTED: {State.IN_REVIEW},
        State.IN_REVIEW: {State.ELIGIBLE, State.NEEDS_INFO, State.NOT_ELIGIBLE},
    }
)

# What entering a state records and whom it tells (the submitter, in their language).
ACTIONS = {
    State.SUBMITTED: Action.SUBMIT,
    State.IN_REVIEW: Action.REVIEW_OPEN,
    State.ELIGIBLE: Action.DECIDE_ELIGIBLE,
    State.NEEDS_INFO: Action.DECIDE_NEEDS_INFO,
    State.NOT_ELIGIBLE: Action.DECIDE_NOT_ELIGIBLE,
}
EMAILS = {
    State.SUBMITTED: ("practice.submitted", "practice/email/submitted"),
    State.ELIGIBLE: ("practice.eligible", "practice/email/eligible"),
    State.NEEDS_INFO: ("practice.needs_info", "practice/email/needs_info"),
    State.NOT_ELIGIBLE: ("practice.not_eligible", "practice/email/not_eligible"),
}


@dataclass
class Outcome:
    """What a move's ``prepare`` adds: audit details, e-mail context, fields it set on the
    practice, and a result handed back to the caller (a round, a decision)."""

    after: dict = field(default_factory=dict)
    context: dict = field(default_factory=dict)
    fields: tuple = ()
    note: str = ""
    result: object = None


@transaction.atomic
def set_practice_state(*, practice, actor, to, prepare=None):
    """Move ``practice`` to the state ``to``: lock its row, check the move against
    ``PRACTICE_WORKFLOW`` (``InvalidTransition`` when someone else moved it first), run
    ``prepare(practice)`` (checks that raise ``ValidationError`` and the rows the move
    creates; returns an ``Outcome``), then write the state, the audit entry and queue the
    submitter's e-mail, all in one transaction. Returns ``(practice, outcome)``."""
    practice = locked(practice)
    before = practice.state
    PRACTICE_WORKFLOW.check(before, to)
    outcome = prepare(practice) if prepare is not None else Outcome()
    practice.state = to
    fields = {"state", "updated_at", *outcome.fields}
    if to == State.SUBMITTED:
        practice.submitted_at = timezone.now()
        fields.add("submitted_at")
    if to == State.ELIGIBLE:
        practice.published_at = timezone.now()
        fields.add("published_at")
    practice.save(update_fields=sorted(fields))
    record(
        actor=actor,
        action=ACTIONS[to],
        obj=practice,
        before={"state": before},
        after={"state": to, **outcome.after},
        note=outcome.note,
    )
    if to in EMAILS:
        kind, template = EMAILS[to]
        queue_email(
            kind=kind,
            to_email=practice.submitter.email,
            to_user=practice.submitter,
            template=template,
            context={"practice": practice, **outcome.context},
        )
    return practice, outcome
