from .actions import Action
from .application import DuplicateHint, apply, duplicate_hint, possible_duplicates
from .life import (
    accept_invitation,
    invitation_for,
    invite_contact,
    join_table,
    leave_table,
    remove_contact,
)
from .status import (
    AlreadyDecided,
    NotMember,
    accept,
    decline,
    set_organisation_status,
    withdraw,
)

__all__ = [
    "Action",
    "AlreadyDecided",
    "DuplicateHint",
    "NotMember",
    "accept",
    "accept_invitation",
    "apply",
    "decline",
    "duplicate_hint",
    "invitation_for",
    "invite_contact",
    "join_table",
    "leave_table",
    "possible_duplicates",
    "remove_contact",
    "set_organisation_status",
    "withdraw",
]
