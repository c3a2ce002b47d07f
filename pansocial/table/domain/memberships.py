"""Who sits on a table. This module is the one writer of ``TableMembership``: the officer's
pages call ``add_organisation``/``remove_organisation``; membership (an organisation
joining, leaving, being accepted or withdrawing) calls ``enter``/``leave``/``leave_all``
inside its own transaction, next to its own audit entry."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.common.workflow import locked
from pansocial.table import organisations
from pansocial.table.models import Table, TableMembership

from .actions import Action


def enter(*, table, organisation):
    """Put ``organisation`` on ``table`` unless it already sits there; returns
    ``(membership, created)``. Call inside ``transaction.atomic``: the table's row is
    locked, so two people adding the same organisation at once create one row."""
    locked(table)
    current = TableMembership.objects.filter(
        table=table, organisation=organisation, left_at__isnull=True
    ).first()
    if current is not None:
        return current, False
    return TableMembership.objects.create(table=table, organisation=organisation), True


def leave(*, table, organisation, at=None):
    """End ``organisation``'s seat on ``table``; False when it had none. Call inside
    ``transaction.atomic``."""
    locked(table)
    updated = TableMembership.objects.filter(
        table=table, organisation=organisation, left_at__isnull=True
    ).update(left_at=at or timezone.now())
    return bool(updated)


def leave_all(*, organisation, at=None):
    """End every seat of ``organisation`` (it withdrew). Call inside ``transaction.atomic``."""
    return TableMembership.objects.filter(organisation=organisation, left_at__isnull=True).update(
        left_at=at or timezone.now()
    )


@transaction.atomic
def add_organisation(*, table, organisation, actor):
    """An officer adds a member organisation to the table."""
    if not organisations.is_member(organisation):
        raise ValidationError(_("Only member organisations can join a table."), code="member")
    membership, created = enter(table=table, organisation=organisation)
    if not created:
        raise ValidationError(_("The organisation is already on this table."), code="present")
    record(
        actor=actor,
        action=Action.ADD_ORGANISATION,
        obj=table,
        after={"organisation": organisation.pk, "name": organisation.name},
    )
    return membership


@transaction.atomic
def remove_organisation(*, membership, actor):
    membership = locked(membership)
    if membership.left_at is not None:
        raise ValidationError(
            _("The organisation is no longer on this table."), code="already_left"
        )
    membership.left_at = timezone.now()
    membership.save(update_fields=["left_at"])
    record(
        actor=actor,
        action=Action.REMOVE_ORGANISATION,
        obj=membership.table,
        before={"organisation": membership.organisation_id, "name": membership.organisation.name},
    )
    return membership


@transaction.atomic
def record_meeting(*, table, held_at):
    """The meetings capability calls this when a meeting of ``table`` has taken place."""
    Table.objects.filter(pk=table.pk).filter(
        Q(last_meeting_at__isnull=True) | Q(last_meeting_at__lt=held_at)
    ).update(last_meeting_at=held_at)
    table.refresh_from_db(fields=["last_meeting_at"])
    return table
