from enum import StrEnum


class Action(StrEnum):
    """What the outbox writes to the audit trail."""

    APPROVE = "mail.approve"
