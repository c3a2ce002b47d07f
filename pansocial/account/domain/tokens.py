"""Signed, expiring tokens for e-mail links. Each embeds state that the action changes, so
a link works once: verification embeds the verified flag, a login link the last login, the
first-administrator link the fact that no administrator exists yet."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

VERIFY_SALT = "pansocial.account.verify"
LOGIN_SALT = "pansocial.account.login-link"
SETUP_SALT = "pansocial.account.first-admin"

VERIFY_MAX_AGE = 60 * 60 * 24 * 3
LOGIN_MAX_AGE = 60 * 15
SETUP_MAX_AGE = 60 * 60 * 24


def _stamp(value):
    return value.isoformat() if value else "-"


def verification_token(user):
    return signing.dumps({"u": user.pk, "e": user.email}, salt=VERIFY_SALT, compress=True)


def user_from_verification_token(token):
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=data["u"], email=data["e"], is_active=True).first()


def login_link_token(user):
    return signing.dumps({"u": user.pk, "l": _stamp(user.last_login)}, salt=LOGIN_SALT)


def user_from_login_token(token):
    try:
        data = signing.loads(token, salt=LOGIN_SALT, max_age=LOGIN_MAX_AGE)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data["u"], is_active=True).first()
    if user is None or _stamp(user.last_login) != data["l"]:
        return None  # already used: signing in changed the last login
    return user


def first_admin_token():
    return signing.dumps("setup", salt=SETUP_SALT)


def first_admin_token_valid(token):
    if get_user_model().objects.filter(is_superuser=True).exists():
        return False
    try:
        return signing.loads(token, salt=SETUP_SALT, max_age=SETUP_MAX_AGE) == "setup"
    except signing.BadSignature:
        return False


def first_admin_link():
    """The setup address, or None once an administrator exists."""
    if get_user_model().objects.filter(is_superuser=True).exists():
        return None
    path = reverse("account:setup", kwargs={"token": first_admin_token()})
    return f"{settings.SITE_URL}{path}"
