from .composition import LIAISON_SEATS_PER_TABLE, UN_AGENCY_SEATS, liaison_composition
from .mandates import appoint, end_mandate
from .memberships import add_organisation, record_meeting, remove_organisation

__all__ = [
    "LIAISON_SEATS_PER_TABLE",
    "UN_AGENCY_SEATS",
    "add_organisation",
    "appoint",
    "end_mandate",
    "liaison_composition",
    "record_meeting",
    "remove_organisation",
]
