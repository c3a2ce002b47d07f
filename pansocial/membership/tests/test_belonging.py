"""The one query module for who belongs to what at a date (issue 9.1)."""

import datetime

import pytest
from django.utils import timezone

from pansocial.membership import belonging
from pansocial.membership.models import Contact, Organisation
from pansocial.table.models import Mandate, Position, TableMembership

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 6, 15)


def at(day, hour=12):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def seat(table, organisation, joined, left=None):
    membership = TableMembership.objects.create(table=table, organisation=organisation)
    TableMembership.objects.filter(pk=membership.pk).update(joined_at=joined, left_at=left)


def test_organisations_of_table_on_a_date(mt1, mt2, organisation_factory):
    before = organisation_factory(name="Antes")
    seat(mt1, before, at(DAY - datetime.timedelta(days=30)))
    same_day = organisation_factory(name="El mismo día")
    seat(mt1, same_day, at(DAY, hour=18))
    after = organisation_factory(name="Después")
    seat(mt1, after, at(DAY + datetime.timedelta(days=1)))
    left = organisation_factory(name="Se fue")
    seat(mt1, left, at(DAY - datetime.timedelta(days=90)), at(DAY - datetime.timedelta(days=1)))
    other_table = organisation_factory(name="Otra mesa")
    seat(mt2, other_table, at(DAY - datetime.timedelta(days=30)))
    names = sorted(belonging.organisations_of_table(mt1, DAY).values_list("name", flat=True))
    assert names == ["Antes", "El mismo día"]
    assert list(belonging.tables_of_organisation(left, DAY - datetime.timedelta(days=2))) == [mt1]
    assert list(belonging.tables_of_organisation(left, DAY)) == []


def test_withdrawn_organisation_is_not_in_the_electorate(mt1, organisation_factory):
    gone = organisation_factory(name="Retirada", status=Organisation.Status.WITHDRAWN)
    seat(mt1, gone, at(DAY - datetime.timedelta(days=30)))
    assert belonging.organisations_of_table(mt1, DAY).count() == 0


def test_contacts_of_organisation_and_of_table_on_a_date(
    mt1, organisation_factory, contact_factory, user_factory
):
    org = organisation_factory()
    seat(mt1, org, at(DAY - datetime.timedelta(days=30)))
    current = contact_factory(organisation=org, user=user_factory(email="hoy@example.org"))
    former = contact_factory(organisation=org, user=user_factory(email="antes@example.org"))
    Contact.objects.filter(pk__in=[current.pk, former.pk]).update(
        since=at(DAY - datetime.timedelta(days=60))
    )
    Contact.objects.filter(pk=former.pk).update(left_at=at(DAY - datetime.timedelta(days=5)))
    contact_factory(organisation=organisation_factory())  # another organisation
    assert list(belonging.contacts_of(org, DAY)) == [current]
    emails = belonging.contacts_of(org, DAY - datetime.timedelta(days=10)).values_list(
        "user__email", flat=True
    )
    assert sorted(emails) == ["antes@example.org", "hoy@example.org"]
    assert list(belonging.contacts_of_table(mt1, DAY)) == [current]


def test_officers_of_table_on_a_date(mt1, mt2, user_factory):
    secretary = Mandate.objects.create(
        table=mt1,
        user=user_factory(),
        position=Position.SECRETARY,
        starts_on=DAY - datetime.timedelta(days=100),
        ends_on=DAY,
    )
    Mandate.objects.create(table=mt1, user=user_factory(), position=Position.MEMBER, starts_on=DAY)
    Mandate.objects.create(
        table=mt2, user=user_factory(), position=Position.SECRETARY, starts_on=DAY
    )
    later = Mandate.objects.create(
        table=mt1,
        user=user_factory(),
        position=Position.SECRETARY,
        starts_on=DAY + datetime.timedelta(days=1),
    )
    assert list(belonging.officers_of_table(mt1, DAY)) == [secretary]
    assert list(belonging.officers_of_table(mt1, DAY + datetime.timedelta(days=1))) == [later]
