from enum import StrEnum


class Action(StrEnum):
    """The audit trail's names for the decisions about tables and mandates."""

    ADD_ORGANISATION = "table.add_organisation"
    REMOVE_ORGANISATION = "table.remove_organisation"
    APPOINT = "table.appoint"
    END_MANDATE = "table.end_mandate"
