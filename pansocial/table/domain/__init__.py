from .actions import Action
from .composition import LIAISON_SEATS_PER_TABLE, UN_AGENCY_SEATS, liaison_composition
from .mandates import appoint, end_mandate, set_mandate_state
from .memberships import (
    add_organisation,
    enter,
    leave,
    leave_all,
    record_meeting,
    remove_organisation,
)

__all__ = [
    "LIAISON_SEATS_PER_TABLE",
    "UN_AGENCY_SEATS",
    "Action",
    "add_organisation",
    "appoint",
    "end_mandate",
    "enter",
    "leave",
    "leave_all",
    "liaison_composition",
    "record_meeting",
    "remove_organisation",
    "set_mandate_state",
]
