from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email

from .tokens import first_admin_token_valid, user_from_verification_token, verification_token


def send_verification(*, user):
    link = reverse("account:verify", kwargs={"token": verification_token(user)})
    queue_email(
        kind="account.verify",
        to_email=user.email,
        to_user=user,
        template="mail/account/verify",
        context={"user": user, "path": link},
    )


@transaction.atomic
def sign_up(*, email, full_name, password, preferred_language, country=None):
    """Create an account with an unverified address and e-mail the confirmation link."""
    user = get_user_model().objects.create_user(
        email=email,
        password=password,
        full_name=full_name.strip(),
        preferred_language=preferred_language,
        country=country,
    )
    record(actor=user, action="account.sign_up", obj=user)
    send_verification(user=user)
    return user


@transaction.atomic
def verify_email(*, token):
    """Mark the address as confirmed. Returns the person, or None for a bad or old link."""
    user = user_from_verification_token(token)
    if user is None:
        return None
    if user.email_verified_at is None:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
        record(actor=user, action="account.verify_email", obj=user)
    return user


@transaction.atomic
def create_first_administrator(*, token, email, full_name, password):
    """Create the first administrator from the one-time setup link; None if it is spent."""
    user_model = get_user_model()
    # Serialise concurrent attempts: the second sees the first administrator.
    list(user_model.objects.select_for_update().filter(is_superuser=True))
    if not first_admin_token_valid(token):
        return None
    user = user_model.objects.create_superuser(
        email=email, password=password, full_name=full_name.strip()
    )
    record(actor=user, action="account.first_administrator", obj=user)
    return user
