"""A person's right to their data: download it all, or delete the account.

Apps that keep personal data register an exporter (returns JSON-able data about the
person) and an eraser (removes or anonymises it) with :func:`register_personal_data`."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from pansocial.account.domain.actions import Action
from pansocial.audit.domain import record
from pansocial.audit.models import AuditEntry

_REGISTRY = {}


def register_personal_data(key, *, export, erase=None):
    _REGISTRY[key] = (export, erase)


def _profile(user):
    return {
        "email": user.email,
        "full_name": user.full_name,
        "preferred_language": user.preferred_language,
        "gender": user.gender,
        "gender_description": user.gender_description,
        "country": user.country.code if user.country_id else None,
        "timezone": user.timezone,
        "show_name_publicly": user.show_name_publicly,
        "email_verified_at": user.email_verified_at,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _activity(user):
    entries = AuditEntry.objects.filter(actor=user).order_by("created_at", "id")
    return [{"time": e.created_at, "action": e.action, "object": e.object_repr} for e in entries]


register_personal_data("profile", export=_profile)
register_personal_data("activity", export=_activity)


@transaction.atomic
def export_personal_data(*, user):
    """Everything the apps hold about ``user`` (their own download); the export itself is
    audited, after the data is gathered."""
    data = {"exported_at": timezone.now()}
    for key, (export, _erase) in _REGISTRY.items():
        data[key] = export(user)
    record(actor=user, action=Action.EXPORT_PERSONAL_DATA, obj=user, after={"parts": list(data)})
    return data


@transaction.atomic
def delete_account(*, user):
    """Erase the person: other apps drop their links to them, the account is anonymised
    and deactivated. The audit trail keeps the actions, not the name."""
    user_model = get_user_model()
    for _export, erase in _REGISTRY.values():
        if erase is not None:
            erase(user)
    AuditEntry.objects.filter(actor=user).update(actor_label="deleted account")
    AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(user_model), object_id=str(user.pk)
    ).update(object_repr="deleted account")
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.filter(user=user).delete()
    user.email = f"deleted-{uuid.uuid4().hex}@invalid.example"
    user.full_name = ""
    user.gender = ""
    user.gender_description = ""
    user.country = None
    user.timezone = ""
    user.show_name_publicly = False
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user_model.objects.filter(pk=user.pk).update(last_login=None)
    record(actor=None, action=Action.DELETE, obj=user)
    return user
