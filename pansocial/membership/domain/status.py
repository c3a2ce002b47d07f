"""The life of an application: one state (``Organisation.Status``), one transition function.

pending ──accept──▶ member ──withdraw──▶ withdrawn
   │ └──decline──▶ declined
   └────withdraw───────────────────────▶ withdrawn
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pansocial.audit.domain import record
from pansocial.common.workflow import InvalidTransition, Workflow, locked
from pansocial.mail.domain import queue_email
from pansocial.membership.models import Contact, Organisation
from pansocial.table import domain as tables

from .actions import Action

Status = Organisation.Status

APPLICATION_WORKFLOW = Workflow(
    {
        Status.PENDING: {Status.MEMBER, Status.DECLINED, Status.WITHDRAWN},
        Status.MEMBER: {Status.WITHDRAWN},
    }
)


class AlreadyDecided(InvalidTransition):
    message = gettext_lazy("This application has already been decided.")


class NotMember(InvalidTransition):
    message = gettext_lazy("This organisation is not a member.")


# What entering a status records, and what it tells the organisation's contacts.
ACTIONS = {
    Status.MEMBER: Action.ACCEPT,
    Status.DECLINED: Action.DECLINE,
    Status.WITHDRAWN: Action.WITHDRAW,
}
DECISION_EMAILS = {
    Status.MEMBER: ("mail/membership/accepted", "membership.accepted"),
    Status.DECLINED: ("mail/membership/declined", "membership.declined"),
}


def _check(current, target):
    if APPLICATION_WORKFLOW.can(current, target):
        return
    if target == Status.WITHDRAWN:
        raise NotMember(current, target)
    raise AlreadyDecided(current, target)


def _tell_contacts(organisation, template, kind):
    contacts = Contact.objects.filter(organisation=organisation, left_at__isnull=True)
    for contact in contacts.select_related("user"):
        queue_email(
            kind=kind,
            to_email=contact.user.email,
            to_user=contact.user,
            template=template,
            context={"organisation": organisation, "user": contact.user},
        )


@transaction.atomic
def set_organisation_status(*, organisation, status, actor, reason=""):
    """Move ``organisation`` to ``status``: lock the row, check the move, write it with its
    audit entry, its table seats and its e-mails in one transaction. Raises
    ``InvalidTransition`` (``AlreadyDecided``, ``NotMember``) when the move is not allowed,
    e.g. when someone else decided first; ``ValidationError`` for a decline without reason.
    """
    reason = (reason or "").strip()
    if status == Status.DECLINED and not reason:
        raise ValidationError(_("Give the applicant a reason."), code="reason")
    organisation = locked(organisation)
    before = organisation.status
    _check(before, status)
    now = timezone.now()
    organisation.status = status
    after = {"status": status}
    if status == Status.WITHDRAWN:  # the organisation leaves the mechanism and every table
        organisation.withdrawn_at = now
        organisation.save(update_fields=["status", "withdrawn_at"])
        tables.leave_all(organisation=organisation, at=now)
    else:  # a decision on the application
        organisation.decided_at = now
        organisation.decided_by = actor
        organisation.decision_reason = reason
        if status == Status.MEMBER:
            organisation.member_since = now
        organisation.save()
    if status == Status.MEMBER:
        applied_for = list(organisation.tables_applied_for.all())
        for table in applied_for:
            tables.enter(table=table, organisation=organisation)
        after["tables"] = sorted(t.slug for t in applied_for)
    record(
        actor=actor,
        action=ACTIONS[status],
        obj=organisation,
        before={"status": before},
        after=after,
        note=reason,
    )
    if status in DECISION_EMAILS:
        _tell_contacts(organisation, *DECISION_EMAILS[status])
    return organisation


def accept(*, organisation, actor, note=""):
    """The organisation becomes a member and joins the tables it applied for."""
    return set_organisation_status(
        organisation=organisation, status=Status.MEMBER, actor=actor, reason=note
    )


def decline(*, organisation, actor, reason):
    return set_organisation_status(
        organisation=organisation, status=Status.DECLINED, actor=actor, reason=reason
    )


def withdraw(*, organisation, actor, reason=""):
    """The organisation (a member, or an applicant still pending) leaves the mechanism."""
    return set_organisation_status(
        organisation=organisation, status=Status.WITHDRAWN, actor=actor, reason=reason
    )
