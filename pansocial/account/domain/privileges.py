"""What a person may do in the administration: flags, groups and permissions. Changes
made in the admin are audited with before and after (``UserAdmin`` calls these)."""

from django.db import transaction

from pansocial.account.domain.actions import Action
from pansocial.audit.domain import record


def privileges_of(user):
    """A comparable snapshot of ``user``'s privileges (read from the database)."""
    if user is None or user.pk is None:
        return {
            "is_active": None,
            "is_staff": None,
            "is_superuser": None,
            "groups": [],
            "user_permissions": [],
        }
    return {
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "user_permissions": sorted(
            f"{app}.{codename}"
            for app, codename in user.user_permissions.values_list(
                "content_type__app_label", "codename"
            )
        ),
    }


@transaction.atomic
def record_privilege_change(*, actor, user, before):
    """Audit what changed in ``user``'s privileges since ``before``; nothing if nothing did."""
    after = privileges_of(user)
    changed = [name for name in after if before.get(name) != after[name]]
    if not changed:
        return None
    return record(
        actor=actor,
        action=Action.PRIVILEGES_CHANGE,
        obj=user,
        before={name: before.get(name) for name in changed},
        after={name: after[name] for name in changed},
    )


def group_permissions_of(group):
    if group is None or group.pk is None:
        return []
    return sorted(
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    )


@transaction.atomic
def record_group_change(*, actor, group, before):
    """Audit a change to a group's permissions (every member gains or loses them)."""
    after = group_permissions_of(group)
    if before == after:
        return None
    return record(
        actor=actor,
        action=Action.GROUP_PERMISSIONS_CHANGE,
        obj=group,
        before={"permissions": before},
        after={"permissions": after},
    )
