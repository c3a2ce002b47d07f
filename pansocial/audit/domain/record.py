from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder

from pansocial.audit import context
from pansocial.audit.models import AuditEntry


def _jsonable(values):
    import json

    return json.loads(json.dumps(values or {}, cls=DjangoJSONEncoder, default=str))


def changes(instance, fields):
    """Snapshot of ``fields`` on ``instance`` for the before/after of an entry."""
    return {name: getattr(instance, name) for name in fields}


def record(*, actor, action, obj=None, before=None, after=None, note=""):
    """Write one audit entry. Call it inside the transaction that makes the change.

    Where the action came from (address hash) is read from ``audit.context``, set once
    per request by ``AuditContextMiddleware``."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_label=(user.get_full_name() or user.email) if user else "system",
        action=action,
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:300] if obj is not None else "",
        before=_jsonable(before),
        after=_jsonable(after),
        note=note,
        ip_hash=context.current().ip_hash,
    )
