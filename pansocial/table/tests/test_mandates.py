from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pansocial.audit.models import AuditEntry
from pansocial.membership.tests.conftest import en
from pansocial.table.domain import appoint, end_mandate, liaison_composition
from pansocial.table.models import Mandate, Position, Table, TableMembership

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 25)


def test_officer_appoints_and_audit_records_it(client, mt1, officer_of, user_factory):
    officer = officer_of(mt1)
    delegate = user_factory(email="delegada@example.org")
    client.force_login(officer)
    response = client.post(
        en("table:manage", slug="mt1"),
        {
            "form": "mandate",
            "email": "delegada@example.org",
            "position": Position.PRINCIPAL_DELEGATE,
            "starts_on": "2026-11-01",
            "ends_on": "2027-10-31",
        },
    )
    assert response.status_code == 302
    mandate = Mandate.objects.get(user=delegate)
    assert (mandate.position, mandate.ends_on) == (Position.PRINCIPAL_DELEGATE, date(2027, 10, 31))
    entry = AuditEntry.objects.get(action="table.appoint")
    assert entry.actor == officer


def test_second_secretary_refused_with_message_and_nothing_saved(
    client, mt1, officer_of, user_factory
):
    client.force_login(officer_of(mt1))
    user_factory(email="otra@example.org")
    response = client.post(
        en("table:manage", slug="mt1"),
        {
            "form": "mandate",
            "email": "otra@example.org",
            "position": Position.SECRETARY,
            "starts_on": timezone.localdate().isoformat(),
        },
    )
    html = response.content.decode()
    assert "Someone already holds this position for these dates." in html
    assert 'value="otra@example.org"' in html
    assert Mandate.objects.filter(position=Position.SECRETARY).count() == 1
    assert not AuditEntry.objects.filter(action="table.appoint").exists()


def test_officer_of_other_table_cannot_manage(client, mt1, mt2, officer_of):
    client.force_login(officer_of(mt2))
    assert client.get(en("table:manage", slug="mt1")).status_code == 403


def test_liaison_representative_and_administrator_manage_every_table(
    client, liaison, mt1, mt2, user_factory
):
    member = user_factory()
    Mandate.objects.create(
        table=liaison,
        user=member,
        position=Position.LIAISON_REPRESENTATIVE,
        represents=mt2,
        starts_on=TODAY,
    )
    client.force_login(member)
    assert client.get(en("table:manage", slug="mt1")).status_code == 200
    client.force_login(user_factory(is_superuser=True))
    assert client.get(en("table:manage", slug="mt4")).status_code == 200


def test_un_agency_seat_cannot_manage_a_working_table(client, liaison, mt1, user_factory):
    agency = user_factory()
    Mandate.objects.create(
        table=liaison, user=agency, position=Position.UN_AGENCY_SEAT, starts_on=TODAY
    )
    client.force_login(agency)
    assert client.get(en("table:manage", slug="mt1")).status_code == 403
    response = client.post(
        en("table:manage", slug="mt1"), {"form": "organisation", "organisation": "1"}
    )
    assert response.status_code == 403


def test_visitor_is_sent_to_sign_in_from_table_management(client, mt1):
    response = client.get(en("table:manage", slug="mt1"))
    assert response.status_code == 302
    assert response["Location"].startswith(en("account:login") + "?next=")


def test_officer_adds_and_removes_member_organisation(
    client, mt1, officer_of, organisation_factory
):
    org = organisation_factory(name="Red Caribe")
    client.force_login(officer_of(mt1))
    client.post(en("table:manage", slug="mt1"), {"form": "organisation", "organisation": org.pk})
    membership = TableMembership.objects.get(table=mt1, organisation=org)
    client.post(en("table:remove_organisation", slug="mt1", pk=membership.pk))
    membership.refresh_from_db()
    assert membership.left_at is not None
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "table.add_organisation",
        "table.remove_organisation",
    ]


def test_liaison_two_representatives_per_working_table(liaison, mt1, user_factory):
    admin = user_factory(is_superuser=True)
    for _ in range(2):
        appoint(
            table=liaison,
            user=user_factory(),
            position=Position.LIAISON_REPRESENTATIVE,
            represents=mt1,
            starts_on=TODAY,
            actor=admin,
        )
    with pytest.raises(ValidationError) as error:
        appoint(
            table=liaison,
            user=user_factory(),
            position=Position.LIAISON_REPRESENTATIVE,
            represents=mt1,
            starts_on=TODAY,
            actor=admin,
        )
    assert "ya tiene sus 2 representantes en esas fechas." in error.value.messages[0]


def test_liaison_representative_must_name_a_working_table(liaison, user_factory):
    with pytest.raises(ValidationError):
        appoint(
            table=liaison,
            user=user_factory(),
            position=Position.LIAISON_REPRESENTATIVE,
            starts_on=TODAY,
            actor=None,
        )


def test_two_un_agency_seats_at_most(liaison, user_factory):
    for _ in range(2):
        appoint(
            table=liaison,
            user=user_factory(),
            position=Position.UN_AGENCY_SEAT,
            starts_on=TODAY,
            actor=None,
        )
    with pytest.raises(ValidationError):
        appoint(
            table=liaison,
            user=user_factory(),
            position=Position.UN_AGENCY_SEAT,
            starts_on=TODAY,
            actor=None,
        )


def test_mandate_end_before_start_refused(mt1, user_factory):
    with pytest.raises(ValidationError):
        appoint(
            table=mt1,
            user=user_factory(),
            position=Position.MEMBER,
            starts_on=TODAY,
            ends_on=TODAY - timedelta(days=1),
            actor=None,
        )


def test_end_mandate_frees_the_seat(mt1, user_factory):
    first = appoint(
        table=mt1, user=user_factory(), position=Position.SECRETARY, starts_on=TODAY, actor=None
    )
    end_mandate(mandate=first, actor=None, ends_on=TODAY)
    appoint(
        table=mt1,
        user=user_factory(),
        position=Position.SECRETARY,
        starts_on=TODAY + timedelta(days=1),
        actor=None,
    )
    assert Mandate.objects.filter(position=Position.SECRETARY).count() == 2


def test_composition_counts_vacancies_ending_soon_and_gender(liaison, user_factory):
    working = list(Table.objects.filter(kind="working").order_by("order"))
    woman = user_factory(gender="woman")
    man = user_factory(gender="man")
    appoint(
        table=liaison,
        user=woman,
        position=Position.LIAISON_REPRESENTATIVE,
        represents=working[0],
        starts_on=TODAY,
        ends_on=TODAY + timedelta(days=30),
        actor=None,
    )
    appoint(
        table=liaison,
        user=man,
        position=Position.LIAISON_REPRESENTATIVE,
        represents=working[1],
        starts_on=TODAY,
        actor=None,
    )
    appoint(
        table=liaison,
        user=user_factory(),
        position=Position.UN_AGENCY_SEAT,
        starts_on=TODAY,
        actor=None,
    )
    composition = liaison_composition(today=TODAY)
    assert (composition.expected, composition.filled, composition.vacant) == (10, 3, 7)
    assert [m.user for m in composition.ending_soon] == [woman]
    assert composition.gender == [("man", 1), ("woman", 1)]


def test_representation_page_shows_gaps(client, liaison):
    html = client.get(en("table:representation")).content.decode()
    assert "0 of 10 seats filled; 10 vacant." in html
    assert html.count("<strong>Vacant</strong>") == 10


def test_mandate_ends_once_through_its_state_machine(mt1, user_factory):
    from pansocial.common.workflow import InvalidTransition

    mandate = appoint(
        table=mt1, user=user_factory(), position=Position.MEMBER, starts_on=TODAY, actor=None
    )
    assert mandate.state == Mandate.State.HELD
    end_mandate(mandate=mandate, actor=None, ends_on=TODAY)
    mandate.refresh_from_db()
    assert (mandate.state, mandate.ends_on) == (Mandate.State.ENDED, TODAY)
    with pytest.raises(InvalidTransition):
        end_mandate(mandate=mandate, actor=None)
    assert AuditEntry.objects.filter(action="table.end_mandate").count() == 1


def test_same_person_same_position_twice_refused(mt1, user_factory):
    person = user_factory()
    appoint(table=mt1, user=person, position=Position.MEMBER, starts_on=TODAY, actor=None)
    with pytest.raises(ValidationError) as refused:
        appoint(table=mt1, user=person, position=Position.MEMBER, starts_on=TODAY, actor=None)
    assert refused.value.code == "same"
    assert Mandate.objects.filter(user=person).count() == 1
