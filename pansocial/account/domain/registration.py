from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from pansocial.account.domain.actions import Action
from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email

from .tokens import first_admin_token_valid, user_from_verification_token, verification_token


def send_verification(*, user, next_path=""):
    """E-mail the confirmation link. ``next_path`` (a path on this site the view already
    checked, e.g. the application form) rides along in the link, so confirming leads back
    to it."""
    link = reverse("account:verify", kwargs={"token": verification_token(user)})
    if next_path:
        link = f"{link}?{urlencode({'next': next_path})}"
    queue_email(
        kind="account.verify",
        to_email=user.email,
        to_user=user,
        template="mail/account/verify",
        context={"user": user, "path": link},
    )


def _create_user(*, email, password_hash, **extra):
    """A new person whose password was hashed before the transaction opened: hashing takes
    most of a second, and on SQLite every writer waits while a write transaction is open."""
    user_model = get_user_model()
    user = user_model(email=user_model.objects.normalize_email(email).lower(), **extra)
    user.password = password_hash
    user.save()
    return user


def sign_up(*, email, full_name, password, preferred_language, country=None, next_path=""):
    """Create an account with an unverified address and e-mail the confirmation link.

    When the address already has an account nothing is created and its owner gets an
    e-mail instead (sign in, or reset the password): the page that follows is the same
    either way, so sign-up does not tell anyone which addresses have accounts. Returns the
    new person, or None for a known address."""
    password_hash = make_password(password)  # the same work either way, outside the lock
    with transaction.atomic():
        existing = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if existing is not None:
            _tell_owner(existing)
            return None
        user = _create_user(
            email=email,
            password_hash=password_hash,
            full_name=full_name.strip(),
            preferred_language=preferred_language,
            country=country,
        )
        record(actor=user, action=Action.SIGN_UP, obj=user)
        send_verification(user=user, next_path=next_path)
    return user


def _tell_owner(user):
    record(actor=None, action=Action.SIGN_UP_EXISTING, obj=user)
    if not user.is_active:
        return
    queue_email(
        kind="account.sign_up_existing",
        to_email=user.email,
        to_user=user,
        template="mail/account/sign_up_existing",
        context={
            "user": user,
            "login_path": reverse("account:login"),
            "reset_path": reverse("account:password_reset"),
        },
    )


@transaction.atomic
def verify_email(*, token):
    """Mark the address as confirmed. Returns the person, or None for a bad or old link."""
    user = user_from_verification_token(token)
    if user is None:
        return None
    if user.email_verified_at is None:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
        record(actor=user, action=Action.VERIFY_EMAIL, obj=user)
    return user


# Any fixed number: the PostgreSQL advisory lock that serialises first-administrator setups.
_SETUP_LOCK = 0x7061_6E73


def _serialise_setup():
    """Make concurrent setups take turns. PostgreSQL: a transaction-scoped advisory lock
    (locking the superuser rows would lock nothing while there are none). SQLite: the
    transaction began with BEGIN IMMEDIATE (``transaction_mode``), which already holds
    the database's write lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_SETUP_LOCK])


def create_first_administrator(*, token, email, full_name, password):
    """Create the first administrator from the one-time setup link; None if it is spent
    (also when another setup won a moment earlier: exactly one administrator results)."""
    password_hash = make_password(password)
    with transaction.atomic():
        _serialise_setup()
        if not first_admin_token_valid(token):
            return None
        if get_user_model().objects.filter(email__iexact=email.strip()).exists():
            return None
        user = _create_user(
            email=email,
            password_hash=password_hash,
            full_name=full_name.strip(),
            is_staff=True,
            is_superuser=True,
            email_verified_at=timezone.now(),
        )
        record(actor=user, action=Action.FIRST_ADMINISTRATOR, obj=user)
    return user
