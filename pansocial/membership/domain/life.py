"""What a member organisation does over time: tables, contacts, withdrawal."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.membership.models import Contact, Organisation


def _require_member(organisation):
    if organisation.status != Organisation.Status.MEMBER:
        raise ValidationError(_("Only member organisations can do this."), code="not_member")


@transaction.atomic
def join_table(*, organisation, table, actor):
    from pansocial.table.models import TableMembership

    _require_member(organisation)
    membership, created = TableMembership.objects.get_or_create(
        table=table, organisation=organisation, left_at__isnull=True
    )
    if created:
        record(
            actor=actor,
            action="membership.join_table",
            obj=organisation,
            after={"table": table.slug},
        )
    return membership


@transaction.atomic
def leave_table(*, organisation, table, actor):
    from pansocial.table.models import TableMembership

    updated = TableMembership.objects.filter(
        table=table, organisation=organisation, left_at__isnull=True
    ).update(left_at=timezone.now())
    if updated:
        record(
            actor=actor,
            action="membership.leave_table",
            obj=organisation,
            before={"table": table.slug},
        )
    return bool(updated)


@transaction.atomic
def add_contact(*, organisation, user, actor):
    contact, created = Contact.objects.get_or_create(
        organisation=organisation, user=user, left_at__isnull=True
    )
    if created:
        record(
            actor=actor,
            action="membership.add_contact",
            obj=organisation,
            after={"contact": user.pk},
        )
    return contact


@transaction.atomic
def remove_contact(*, contact, actor):
    """The person stops acting for the organisation; the organisation stays."""
    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    if contact.left_at is not None:
        return contact
    others = Contact.objects.filter(
        organisation_id=contact.organisation_id, left_at__isnull=True
    ).exclude(pk=contact.pk)
    if contact.organisation.status == Organisation.Status.MEMBER and not others.exists():
        raise ValidationError(
            _("An organisation needs at least one contact. Add another contact first."),
            code="last_contact",
        )
    contact.left_at = timezone.now()
    contact.save(update_fields=["left_at"])
    if contact.is_primary:
        successor = others.order_by("since").first()
        if successor is not None:
            successor.is_primary = True
            successor.save(update_fields=["is_primary"])
    record(
        actor=actor,
        action="membership.remove_contact",
        obj=contact.organisation,
        before={"contact": contact.user_id},
    )
    return contact


@transaction.atomic
def withdraw(*, organisation, actor, reason=""):
    """The organisation leaves the mechanism and every table."""
    from pansocial.table.models import TableMembership

    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if organisation.status not in (Organisation.Status.MEMBER, Organisation.Status.PENDING):
        raise ValidationError(_("This organisation is not a member."), code="not_member")
    before = organisation.status
    now = timezone.now()
    organisation.status = Organisation.Status.WITHDRAWN
    organisation.withdrawn_at = now
    organisation.save(update_fields=["status", "withdrawn_at"])
    TableMembership.objects.filter(organisation=organisation, left_at__isnull=True).update(
        left_at=now
    )
    record(
        actor=actor,
        action="membership.withdraw",
        obj=organisation,
        before={"status": before},
        after={"status": "withdrawn"},
        note=reason,
    )
    return organisation
