"""Who belongs to what, at a given date: the one place the electorate of an election, the
invitees of a table meeting and the respondents of a consultation are read from.

Every function takes ``on`` (a date, today by default) and returns a queryset, so callers
can filter, count or fix it at a cut-off date. A table seat or a contact link counts on
``on`` when it was live at the end of that day (in the current time zone).
"""

import datetime

from django.db.models import Q
from django.utils import timezone

from pansocial.membership.models import Contact, Organisation
from pansocial.table.models import Mandate, Table, TableMembership
from pansocial.table.models.mandate import OFFICER_POSITIONS


def _end_of(on):
    """The first instant after the day ``on`` in the current time zone."""
    day = on or timezone.localdate()
    midnight = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(midnight)


def _live_at(moment, start, end):
    return Q(**{f"{start}__lt": moment}) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": moment})
    )


def table_memberships(table, on=None):
    """The seats of ``table`` live at the end of the day ``on``."""
    return TableMembership.objects.filter(
        _live_at(_end_of(on), "joined_at", "left_at"), table=table
    )


def organisations_of_table(table, on=None):
    """Member organisations sitting on ``table`` at the end of the day ``on`` (one vote
    each in the table's elections)."""
    return Organisation.objects.filter(
        status=Organisation.Status.MEMBER,
        pk__in=table_memberships(table, on).values("organisation_id"),
    )


def tables_of_organisation(organisation, on=None):
    seats = TableMembership.objects.filter(
        _live_at(_end_of(on), "joined_at", "left_at"), organisation=organisation
    )
    return Table.objects.filter(pk__in=seats.values("table_id"))


def contacts_of(organisation, on=None):
    """The live contact links of ``organisation`` at the end of the day ``on``."""
    return Contact.objects.filter(
        _live_at(_end_of(on), "since", "left_at"), organisation=organisation
    )


def contacts_of_table(table, on=None):
    """The people acting for the member organisations of ``table`` on ``on`` (who is
    invited to its meetings and asked in its consultations)."""
    return Contact.objects.filter(
        _live_at(_end_of(on), "since", "left_at"),
        organisation__in=organisations_of_table(table, on),
    )


def officers_of_table(table, on=None):
    """Current secretary, principal and alternate delegate mandates of ``table`` on ``on``."""
    day = on or timezone.localdate()
    return Mandate.objects.current(day).filter(table=table, position__in=OFFICER_POSITIONS)
