from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_totp.models import TOTPDevice

from pansocial.account.domain.actions import Action
from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email

from .tokens import login_link_token, user_from_login_token


def _active_user(email):
    return get_user_model().objects.filter(email__iexact=email.strip(), is_active=True).first()


@transaction.atomic
def send_login_link(*, email, next_path=""):
    """E-mail a sign-in link valid for 15 minutes and one use; signing in with it leads to
    ``next_path`` (a same-site path the caller checked) when given. Says nothing about
    whether the address has an account (the caller shows the same message either way)."""
    user = _active_user(email)
    if user is None:
        return None
    path = reverse("account:login_link", kwargs={"token": login_link_token(user)})
    if next_path:
        path += "?" + urlencode({"next": next_path})
    queue_email(
        kind="account.login_link",
        to_email=user.email,
        to_user=user,
        template="mail/account/login_link",
        context={"user": user, "path": path},
    )
    return user


def user_from_login_link(token):
    return user_from_login_token(token)


@transaction.atomic
def send_password_reset(*, email):
    user = _active_user(email)
    if user is None:
        return None
    path = reverse(
        "account:reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    queue_email(
        kind="account.password_reset",
        to_email=user.email,
        to_user=user,
        template="mail/account/password_reset",
        context={"user": user, "path": path},
    )
    return user


@transaction.atomic
def set_new_password(*, user, password):
    user.set_password(password)
    fields = ["password"]
    if user.email_verified_at is None:
        # Following a link sent to the address proves the address.
        from django.utils import timezone

        user.email_verified_at = timezone.now()
        fields.append("email_verified_at")
    user.save(update_fields=fields)
    record(actor=user, action=Action.PASSWORD_RESET, obj=user)
    return user


@transaction.atomic
def start_totp_device(*, user):
    """An unconfirmed authenticator for ``user``; replaces any unconfirmed one."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


@transaction.atomic
def confirm_totp_device(*, user, device, token):
    if device.user_id != user.pk or not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    record(actor=user, action=Action.TWO_FACTOR_ON, obj=user)
    return True


@transaction.atomic
def disable_totp_device(*, user):
    deleted, _types = TOTPDevice.objects.filter(user=user).delete()
    if deleted:
        record(actor=user, action=Action.TWO_FACTOR_OFF, obj=user)
    return bool(deleted)


def _account_or_none(email):
    return get_user_model().objects.filter(email__iexact=email.strip()).first()


@transaction.atomic
def record_sign_in(*, user, method, failures=0):
    """Audit a sign-in: how (password, link, second factor) and how many failed password
    checks for the account came before it. Never the password."""
    after = {"method": method, "staff": user.is_staff, "failed_before": failures}
    return record(actor=user, action=Action.SIGN_IN, obj=user, after=after)


@transaction.atomic
def record_failed_sign_in(*, email, failures):
    """Audit a wrong password: the account when one uses the address (the address typed is
    not kept otherwise) and the failures in a row so far."""
    user = _account_or_none(email)
    return record(actor=None, action=Action.SIGN_IN_FAILED, obj=user, after={"failures": failures})


@transaction.atomic
def record_failed_second_factor(*, user):
    return record(actor=None, action=Action.SECOND_FACTOR_FAILED, obj=user)
