from datetime import timedelta

import pytest
from django.utils import timezone

from pansocial.membership.rules import is_contact_of, is_member_contact
from pansocial.table.models import Mandate, Position, Table
from pansocial.table.rules import (
    can_manage_table,
    is_facilitator,
    is_liaison_member,
    is_liaison_representative,
    is_officer_of,
    is_table_officer,
    manageable_tables,
)

pytestmark = pytest.mark.django_db


def test_table_officer_only_while_mandate_runs(mt1, user_factory):
    person = user_factory()
    today = timezone.localdate()
    mandate = Mandate.objects.create(
        table=mt1, user=person, position=Position.SECRETARY, starts_on=today
    )
    assert is_table_officer(person) is True
    assert is_officer_of(person, mt1) is True
    mandate.ends_on = today - timedelta(days=1)
    mandate.save()
    assert is_table_officer(person) is False
    assert can_manage_table(person, mt1) is False


def test_plain_member_position_is_not_officer(mt1, user_factory):
    person = user_factory()
    Mandate.objects.create(
        table=mt1, user=person, position=Position.MEMBER, starts_on=timezone.localdate()
    )
    assert is_table_officer(person) is False


def test_liaison_representative_manages_every_table(liaison, mt1, user_factory):
    person = user_factory()
    Mandate.objects.create(
        table=liaison,
        user=person,
        position=Position.LIAISON_REPRESENTATIVE,
        represents=mt1,
        starts_on=timezone.localdate(),
    )
    assert is_liaison_member(person) is True
    assert is_liaison_representative(person) is True
    assert manageable_tables(person).count() == Table.objects.count()
    assert all(can_manage_table(person, table) for table in Table.objects.all())


def test_un_agency_seat_supports_but_does_not_manage_tables(liaison, mt1, user_factory):
    person = user_factory()
    Mandate.objects.create(
        table=liaison,
        user=person,
        position=Position.UN_AGENCY_SEAT,
        starts_on=timezone.localdate(),
    )
    assert is_liaison_member(person) is True
    assert is_liaison_representative(person) is False
    assert manageable_tables(person).count() == 0
    assert person.has_perm("table.manage_table", mt1) is False
    assert person.has_perm("membership.view_review_queue") is False
    assert person.has_perm("membership.export_directory") is True


def test_facilitator_from_facilitation_group(user_factory):
    person = user_factory()
    group = Table.objects.get(kind="facilitation")
    Mandate.objects.create(
        table=group, user=person, position=Position.FACILITATOR, starts_on=timezone.localdate()
    )
    assert is_facilitator(person) is True
    assert is_liaison_member(person) is False


def test_member_contact_only_for_member_organisations(
    organisation_factory, contact_factory, user_factory
):
    person = user_factory()
    pending = organisation_factory(status="pending")
    contact_factory(organisation=pending, user=person)
    assert is_contact_of(person, pending) is True
    assert is_member_contact(person) is False
    contact_factory(organisation=organisation_factory(), user=person)
    assert is_member_contact(person) is True
