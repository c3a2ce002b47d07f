from django.db import transaction

from pansocial.account.domain.actions import Action
from pansocial.audit.domain import changes, record

PROFILE_FIELDS = [
    "full_name",
    "preferred_language",
    "gender",
    "gender_description",
    "country",
    "timezone",
    "show_name_publicly",
]


@transaction.atomic
def update_profile(*, user, **values):
    """Change the person's own profile fields; records what changed."""
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"not profile fields: {sorted(unknown)}")
    if values.get("gender") != "self_described":
        values["gender_description"] = ""
    before = changes(user, values)
    for name, value in values.items():
        setattr(user, name, value)
    user.save(update_fields=list(values))
    after = changes(user, values)
    changed = {name for name in values if before[name] != after[name]}
    if changed:
        # Gender is sensitive: the trail says it changed, not what it is.
        redact = {"gender", "gender_description"}
        record(
            actor=user,
            action=Action.UPDATE_PROFILE,
            obj=user,
            before={k: ("…" if k in redact else before[k]) for k in changed},
            after={k: ("…" if k in redact else after[k]) for k in changed},
        )
    return user
