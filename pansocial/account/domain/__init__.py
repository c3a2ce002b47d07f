from .personal_data import delete_account, export_personal_data, register_personal_data
from .privileges import (
    group_permissions_of,
    privileges_of,
    record_group_change,
    record_privilege_change,
)
from .profile import update_profile
from .registration import create_first_administrator, sign_up, verify_email
from .signin import (
    confirm_totp_device,
    disable_totp_device,
    record_failed_second_factor,
    record_failed_sign_in,
    record_sign_in,
    send_login_link,
    send_password_reset,
    set_new_password,
    start_totp_device,
    user_from_login_link,
)
from .tokens import (
    first_admin_link,
    first_admin_token_valid,
    login_link_token,
    verification_token,
)

__all__ = [
    "confirm_totp_device",
    "create_first_administrator",
    "delete_account",
    "disable_totp_device",
    "export_personal_data",
    "first_admin_link",
    "first_admin_token_valid",
    "login_link_token",
    "group_permissions_of",
    "privileges_of",
    "record_group_change",
    "record_failed_second_factor",
    "record_failed_sign_in",
    "record_privilege_change",
    "record_sign_in",
    "register_personal_data",
    "send_login_link",
    "send_password_reset",
    "set_new_password",
    "sign_up",
    "start_totp_device",
    "update_profile",
    "user_from_login_link",
    "verification_token",
    "verify_email",
]
