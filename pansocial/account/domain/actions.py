"""The account app's audit actions: every ``record(...)`` call names one of these."""

from enum import StrEnum


class Action(StrEnum):
    SIGN_UP = "account.sign_up"
    SIGN_UP_EXISTING = "account.sign_up_existing"
    VERIFY_EMAIL = "account.verify_email"
    FIRST_ADMINISTRATOR = "account.first_administrator"
    DELETE = "account.delete"
    PASSWORD_RESET = "account.password_reset"  # noqa: S105 - an action name
    TWO_FACTOR_ON = "account.two_factor_on"
    TWO_FACTOR_OFF = "account.two_factor_off"
    UPDATE_PROFILE = "account.update_profile"
    SIGN_IN = "account.sign_in"
    SIGN_IN_FAILED = "account.sign_in_failed"
    SECOND_FACTOR_FAILED = "account.second_factor_failed"
    PRIVILEGES_CHANGE = "account.privileges_change"
    GROUP_PERMISSIONS_CHANGE = "account.group_permissions_change"
    EXPORT_PERSONAL_DATA = "account.export_personal_data"
