from enum import StrEnum


class Action(StrEnum):
    """The audit trail's names for the decisions about organisations and their contacts."""

    APPLY = "membership.apply"
    ACCEPT = "membership.accept"
    DECLINE = "membership.decline"
    WITHDRAW = "membership.withdraw"
    JOIN_TABLE = "membership.join_table"
    LEAVE_TABLE = "membership.leave_table"
    INVITE_CONTACT = "membership.invite_contact"
    ADD_CONTACT = "membership.add_contact"
    REMOVE_CONTACT = "membership.remove_contact"
