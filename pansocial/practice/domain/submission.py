"""Submitting and editing practices."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.common.uploads import check_upload
from pansocial.practice.models import (
    Attachment,
    Implementer,
    Practice,
    PracticeObjective,
    State,
)
from pansocial.search import engine

from .actions import Action
from .workflow import Outcome, set_practice_state

SCALAR_FIELDS = [
    "title",
    "summary",
    "description",
    "practice_type",
    "language",
    "geographic_scope",
    "start_date",
    "end_date",
    "ongoing",
    "results",
    "lessons",
    "replicability",
    "partners",
    "links",
    "submitted_on_behalf",
    "focal_point_name",
    "focal_point_email",
    "contact_name",
    "contact_email",
]
AUDITED = ["title", "state", "practice_type", "language", "start_date", "end_date", "ongoing"]


class NotEditable(PermissionDenied):
    """Review has started: the submitter can no longer change the practice."""


def _snapshot(practice):
    return {name: getattr(practice, name) for name in AUDITED}


def _apply(practice, data, implementers):
    for name in SCALAR_FIELDS:
        if name in data:
            setattr(practice, name, data[name])
    if practice.ongoing:
        practice.end_date = None
    if not practice.submitted_on_behalf:
        practice.focal_point_name = practice.focal_point_name or ""
    practice.full_clean(exclude=["submitter", "status", "start_year"])
    practice.save()
    if "countries" in data:
        practice.countries.set(data["countries"])
    if "principles" in data:
        practice.principles.set(data["principles"])
    if "objectives" in data:
        primary = {objective.pk for objective in data.get("primary_objectives", [])}
        PracticeObjective.objects.filter(practice=practice).delete()
        PracticeObjective.objects.bulk_create(
            PracticeObjective(
                practice=practice, objective=objective, primary=objective.pk in primary
            )
            for objective in data["objectives"]
        )
    if implementers is not None:
        practice.implementers.all().delete()
        Implementer.objects.bulk_create(
            Implementer(
                practice=practice,
                name=row["name"],
                implementer_type=row["implementer_type"],
                organisation=row.get("organisation"),
            )
            for row in implementers
        )
    # The index holds the objectives, countries and implementers written above after the
    # practice's own save: rewrite its entry now that they are there.
    engine.index(practice)


@transaction.atomic
def create_practice(*, submitter, data, implementers=()):
    practice = Practice(submitter=submitter, state=State.DRAFT)
    _apply(practice, data, list(implementers))
    record(
        actor=submitter,
        action=Action.CREATE,
        obj=practice,
        after=_snapshot(practice),
    )
    return practice


@transaction.atomic
def update_practice(*, practice, actor, data, implementers=None):
    practice = Practice.objects.select_for_update().get(pk=practice.pk)
    if not practice.is_editable:
        raise NotEditable(_("Review has started: this practice can no longer be edited."))
    before = _snapshot(practice)
    _apply(practice, data, None if implementers is None else list(implementers))
    record(
        actor=actor,
        action=Action.UPDATE,
        obj=practice,
        before=before,
        after=_snapshot(practice),
    )
    return practice


def submit_practice(*, practice, actor):
    """Draft (or a practice sent back for information) goes to the review queue.
    ``InvalidTransition`` when it was already submitted (a double click, another tab)."""

    def prepare(practice):
        if not practice.objective_links.exists():
            raise ValidationError(_("Choose at least one GCM objective before submitting."))
        if not practice.implementers.exists():
            raise ValidationError(_("Name at least one implementer before submitting."))
        return Outcome()

    practice, _outcome = set_practice_state(
        practice=practice, actor=actor, to=State.SUBMITTED, prepare=prepare
    )
    return practice


@transaction.atomic
def add_attachment(*, practice, actor, uploaded):
    """Store a checked file. Refused files raise ValidationError and leave nothing."""
    practice = Practice.objects.select_for_update().get(pk=practice.pk)
    if not practice.is_editable:
        raise NotEditable(_("Review has started: this practice can no longer be edited."))
    mime = check_upload(uploaded)
    original = (uploaded.name or "file").rsplit("/", 1)[-1][:255]
    attachment = Attachment(
        practice=practice, original_name=original, mime_type=mime, size=uploaded.size
    )
    attachment.file.save(original, uploaded, save=False)
    try:
        attachment.save()
        record(
            actor=actor,
            action=Action.ATTACH,
            obj=practice,
            after={"file": original, "type": mime, "size": uploaded.size},
        )
    except Exception:
        attachment.file.delete(save=False)
        raise
    return attachment


@transaction.atomic
def remove_attachment(*, attachment, actor):
    practice = attachment.practice
    if not practice.is_editable:
        raise NotEditable(_("Review has started: this practice can no longer be edited."))
    name = attachment.original_name
    storage, path = attachment.file.storage, attachment.file.name
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(path))
    record(actor=actor, action=Action.DETACH, obj=practice, before={"file": name})
