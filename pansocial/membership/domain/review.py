from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email
from pansocial.membership.models import Contact, Organisation


def _locked_pending(organisation):
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if organisation.status != Organisation.Status.PENDING:
        raise ValidationError(_("This application has already been decided."), code="decided")
    return organisation


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
def accept(*, organisation, actor, note=""):
    """The organisation becomes a member and joins the tables it asked for."""
    from pansocial.table.models import TableMembership

    organisation = _locked_pending(organisation)
    now = timezone.now()
    organisation.status = Organisation.Status.MEMBER
    organisation.member_since = now
    organisation.decided_at = now
    organisation.decided_by = actor
    organisation.decision_reason = note.strip()
    organisation.save()
    tables = list(organisation.requested_tables.all())
    for table in tables:
        TableMembership.objects.get_or_create(
            table=table, organisation=organisation, left_at__isnull=True
        )
    record(
        actor=actor,
        action="membership.accept",
        obj=organisation,
        before={"status": "pending"},
        after={"status": "member", "tables": sorted(t.slug for t in tables)},
        note=note,
    )
    _tell_contacts(organisation, "mail/membership/accepted", "membership.accepted")
    return organisation


@transaction.atomic
def decline(*, organisation, actor, reason):
    if not reason or not reason.strip():
        raise ValidationError(_("Give the applicant a reason."), code="reason")
    organisation = _locked_pending(organisation)
    organisation.status = Organisation.Status.DECLINED
    organisation.decided_at = timezone.now()
    organisation.decided_by = actor
    organisation.decision_reason = reason.strip()
    organisation.save()
    record(
        actor=actor,
        action="membership.decline",
        obj=organisation,
        before={"status": "pending"},
        after={"status": "declined"},
        note=reason,
    )
    _tell_contacts(organisation, "mail/membership/declined", "membership.declined")
    return organisation
