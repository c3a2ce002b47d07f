from .review import (
    ConflictOfInterest,
    aggregate,
    assign_reviewer,
    current_round,
    decide,
    open_round,
    submit_review,
)
from .submission import (
    NotEditable,
    add_attachment,
    create_practice,
    remove_attachment,
    submit_practice,
    update_practice,
)

__all__ = [
    "ConflictOfInterest",
    "NotEditable",
    "add_attachment",
    "aggregate",
    "assign_reviewer",
    "create_practice",
    "current_round",
    "decide",
    "open_round",
    "remove_attachment",
    "submit_practice",
    "submit_review",
    "update_practice",
]
