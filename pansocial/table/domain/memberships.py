from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.membership.models import Organisation
from pansocial.table.models import TableMembership


@transaction.atomic
def add_organisation(*, table, organisation, actor):
    """An officer adds a member organisation to the table."""
    if organisation.status != Organisation.Status.MEMBER:
        raise ValidationError(_("Only member organisations can join a table."), code="member")
    membership, created = TableMembership.objects.get_or_create(
        table=table, organisation=organisation, left_at__isnull=True
    )
    if created:
        record(
            actor=actor,
            action="table.add_organisation",
            obj=table,
            after={"organisation": organisation.pk, "name": organisation.name},
        )
    return membership


@transaction.atomic
def remove_organisation(*, membership, actor):
    membership = TableMembership.objects.select_for_update().get(pk=membership.pk)
    if membership.left_at is not None:
        return membership
    membership.left_at = timezone.now()
    membership.save(update_fields=["left_at"])
    record(
        actor=actor,
        action="table.remove_organisation",
        obj=membership.table,
        before={"organisation": membership.organisation_id, "name": membership.organisation.name},
    )
    return membership


@transaction.atomic
def record_meeting(*, table, held_at):
    """The meetings capability calls this when a meeting of ``table`` has taken place."""
    from pansocial.table.models import Table

    Table.objects.filter(pk=table.pk).filter(
        Q(last_meeting_at__isnull=True) | Q(last_meeting_at__lt=held_at)
    ).update(last_meeting_at=held_at)
    table.refresh_from_db(fields=["last_meeting_at"])
    return table
