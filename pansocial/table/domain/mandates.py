from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.common.workflow import Workflow, locked
from pansocial.table import organisations
from pansocial.table.models import Mandate, Position, TableKind

from .actions import Action

# How many people may hold each position on one table at the same time.
SEATS = {
    Position.SECRETARY: 1,
    Position.PRINCIPAL_DELEGATE: 1,
    Position.ALTERNATE_DELEGATE: 1,
}


def _overlapping(table, position, starts_on, ends_on, represents=None):
    overlap = Q(ends_on__isnull=True) | Q(ends_on__gte=starts_on)
    mandates = Mandate.objects.filter(overlap, table=table, position=position)
    if ends_on is not None:
        mandates = mandates.filter(starts_on__lte=ends_on)
    if represents is not None:
        mandates = mandates.filter(represents=represents)
    return mandates


@transaction.atomic
def appoint(
    *,
    table,
    user,
    position,
    starts_on,
    actor,
    organisation=None,
    represents=None,
    ends_on=None,
):
    """Give ``user`` a mandate on ``table``. Enforces the seats of each position and the
    liaison table's composition (2 representatives per working table, 2 UN agency seats)."""
    from .composition import LIAISON_SEATS_PER_TABLE, UN_AGENCY_SEATS

    if ends_on is not None and ends_on < starts_on:
        raise ValidationError(_("The mandate cannot end before it starts."), code="dates")
    # One appointment at a time per table: the seats counted below cannot change under us.
    locked(table)
    if _overlapping(table, position, starts_on, ends_on).filter(user=user).exists():
        raise ValidationError(
            _("This person already holds this position for these dates."), code="same"
        )
    if position == Position.LIAISON_REPRESENTATIVE:
        if table.kind != TableKind.LIAISON:
            raise ValidationError(
                _("Liaison representatives sit on the liaison table."), code="kind"
            )
        if represents is None or represents.kind != TableKind.WORKING:
            raise ValidationError(
                _("Say which working table the representative represents."), code="represents"
            )
        taken = _overlapping(table, position, starts_on, ends_on, represents).count()
        if taken >= LIAISON_SEATS_PER_TABLE:
            raise ValidationError(
                _("%(table)s already has its %(seats)s representatives for these dates.")
                % {"table": represents.name, "seats": LIAISON_SEATS_PER_TABLE},
                code="full",
            )
    elif position == Position.UN_AGENCY_SEAT:
        if table.kind != TableKind.LIAISON:
            raise ValidationError(_("UN agency seats are on the liaison table."), code="kind")
        if _overlapping(table, position, starts_on, ends_on).count() >= UN_AGENCY_SEATS:
            raise ValidationError(_("Both UN agency seats are taken for these dates."), code="full")
    elif (
        position in SEATS
        and _overlapping(table, position, starts_on, ends_on).count() >= SEATS[position]
    ):
        raise ValidationError(
            _("Someone already holds this position for these dates."), code="full"
        )
    if (
        organisation is not None
        and position != Position.UN_AGENCY_SEAT
        and not organisations.acts_for(user, organisation)
    ):
        raise ValidationError(
            _("The person is not a contact of this organisation."), code="contact"
        )
    mandate = Mandate.objects.create(
        table=table,
        user=user,
        position=position,
        organisation=organisation,
        represents=represents,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    record(
        actor=actor,
        action=Action.APPOINT,
        obj=mandate,
        after={
            "table": table.slug,
            "position": position,
            "person": user.pk,
            "organisation": organisation.pk if organisation else None,
            "represents": represents.slug if represents else None,
            "starts_on": starts_on,
            "ends_on": ends_on,
        },
    )
    return mandate


MANDATE_WORKFLOW = Workflow({Mandate.State.HELD: {Mandate.State.ENDED}})


@transaction.atomic
def set_mandate_state(*, mandate, state, actor, ends_on=None):
    """The one transition of a mandate's state: lock it, check the move, write the state,
    the end date and the audit entry in one transaction. ``InvalidTransition`` when someone
    else ended it first."""
    mandate = locked(mandate)
    MANDATE_WORKFLOW.check(mandate.state, state)
    # Only one move exists today: held -> ended (on ``ends_on``, today by default).
    day = ends_on or timezone.localdate()
    if day < mandate.starts_on:
        day = mandate.starts_on
    before = mandate.ends_on
    mandate.ends_on = day
    mandate.state = state
    mandate.save(update_fields=["ends_on", "state"])
    record(
        actor=actor,
        action=Action.END_MANDATE,
        obj=mandate,
        before={"ends_on": before},
        after={"ends_on": day},
    )
    return mandate


def end_mandate(*, mandate, actor, ends_on=None):
    """End a mandate early (or on its date); the record stays for the history."""
    return set_mandate_state(
        mandate=mandate, state=Mandate.State.ENDED, actor=actor, ends_on=ends_on
    )
