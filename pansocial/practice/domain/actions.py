"""The audit actions of the practice app (the strings stored in ``AuditEntry.action``)."""

from enum import StrEnum


class Action(StrEnum):
    CREATE = "practice.create"
    UPDATE = "practice.update"
    SUBMIT = "practice.submit"
    ATTACH = "practice.attach"
    DETACH = "practice.detach"
    REVIEW_OPEN = "practice.review.open"
    REVIEW_ASSIGN = "practice.review.assign"
    REVIEW_SCORE = "practice.review.score"
    DECIDE_ELIGIBLE = "practice.decide.eligible"
    DECIDE_NEEDS_INFO = "practice.decide.needs_info"
    DECIDE_NOT_ELIGIBLE = "practice.decide.not_eligible"
    CYCLE_CREATE = "practice.cycle.create"
    CYCLE_SELECT = "practice.cycle.select"
    CYCLE_UNSELECT = "practice.cycle.unselect"
    CYCLE_PUBLISH = "practice.cycle.publish"
