from .exchange import ExchangeCycle, ExchangeSession, SessionSelection
from .practice import (
    Attachment,
    GeographicScope,
    Implementer,
    ImplementerType,
    Practice,
    PracticeObjective,
    PracticeStatus,
    PracticeType,
    State,
)
from .review import Criterion, CriterionScore, Decision, Review, ReviewerAssignment, ReviewRound

__all__ = [
    "Attachment",
    "Criterion",
    "CriterionScore",
    "Decision",
    "ExchangeCycle",
    "ExchangeSession",
    "GeographicScope",
    "Implementer",
    "ImplementerType",
    "Practice",
    "PracticeObjective",
    "PracticeStatus",
    "PracticeType",
    "Review",
    "ReviewRound",
    "ReviewerAssignment",
    "SessionSelection",
    "State",
]
