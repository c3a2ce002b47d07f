"""Issue 8.5: the same form sent many times at once stores one change, answers every
request (never a 500) and tells the losers clearly why nothing happened."""

from datetime import timedelta

import pytest
from django.db import connections
from django.test import Client
from django.utils import timezone

from pansocial.audit.models import AuditEntry
from pansocial.common.testing.concurrency import in_parallel, post_in_parallel
from pansocial.mail.models import OutboundEmail
from pansocial.membership.models import Contact, ContactInvitation, Organisation
from pansocial.table.models import Mandate, Position, Table, TableMembership

from .conftest import en
from .factories import ContactFactory, OrganisationFactory
from .test_application import form_data
from .test_life import invitation_path

concurrent = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TIMES = 20


def statuses(responses):
    return sorted(response.status_code for response in responses)


def pages(responses):
    return [response.content.decode() for response in responses]


@pytest.fixture
def mt1(transactional_db):
    return Table.objects.get(slug="mt1")


@pytest.fixture
def mt2(transactional_db):
    return Table.objects.get(slug="mt2")


@pytest.fixture
def member(user_factory, mt1):
    org = OrganisationFactory(name="Red Sin Fronteras")
    TableMembership.objects.create(table=mt1, organisation=org)
    contact = ContactFactory(organisation=org, user=user_factory(email="red@example.org"))
    return org, contact.user


@concurrent
def test_identical_applications_at_once_store_one(user_factory, mt1, mt2):
    applicant = user_factory(email="lider@example.org")
    responses = post_in_parallel(
        en("membership:apply"), form_data(mt1, mt2, not_duplicate="on"), user=applicant
    )
    assert statuses(responses) == [200] * (TIMES - 1) + [302]
    assert Organisation.objects.count() == 1
    assert Contact.objects.count() == 1
    assert AuditEntry.objects.filter(action="membership.apply").count() == 1
    assert OutboundEmail.objects.filter(kind="membership.received").count() == 1
    refused = [page for page in pages(responses) if page]
    assert len(refused) == TIMES - 1
    assert all("You have already applied for this organisation" in page for page in refused)


@pytest.fixture
def application(user_factory, mt1):
    org = OrganisationFactory(
        name="Casa del Migrante", status=Organisation.Status.PENDING, member_since=None
    )
    org.tables_applied_for.set([mt1])
    ContactFactory(organisation=org, user=user_factory(email="casa@example.org"))
    return org


@pytest.fixture
def officer(user_factory, mt1):
    user = user_factory()
    Mandate.objects.create(
        table=mt1, user=user, position=Position.SECRETARY, starts_on=timezone.localdate()
    )
    return user


@concurrent
def test_accepting_at_once_decides_once_and_losers_are_told(application, officer):
    responses = post_in_parallel(
        en("membership:review", pk=application.pk), {"decision": "accept"}, user=officer
    )
    assert statuses(responses) == [200] * (TIMES - 1) + [302]
    application.refresh_from_db()
    assert application.status == Organisation.Status.MEMBER
    assert AuditEntry.objects.filter(action="membership.accept").count() == 1
    assert TableMembership.objects.filter(organisation=application).count() == 1
    assert OutboundEmail.objects.filter(kind="membership.accepted").count() == 1
    losers = [
        page
        for response, page in zip(responses, pages(responses), strict=True)
        if response.status_code == 200
    ]
    assert all("This application has already been decided." in page for page in losers)


def manage_in_parallel(org, action, data, user):
    return post_in_parallel(
        en("membership:manage_action", pk=org.pk, action=action), data, user=user, follow=True
    )


@concurrent
def test_joining_a_table_at_once_takes_one_seat(member, mt2):
    org, person = member
    responses = manage_in_parallel(org, "join", {"table": mt2.pk}, person)
    assert statuses(responses) == [200] * TIMES
    assert TableMembership.objects.filter(organisation=org, table=mt2).count() == 1
    assert AuditEntry.objects.filter(action="membership.join_table").count() == 1
    said = pages(responses)
    assert sum("The organisation joined the table." in page for page in said) == 1
    assert sum("The organisation is already on this table." in page for page in said) == 19


@concurrent
def test_leaving_a_table_at_once_leaves_once(member, mt1):
    org, person = member
    responses = manage_in_parallel(org, "leave", {"table": mt1.pk}, person)
    assert statuses(responses) == [200] * TIMES
    assert AuditEntry.objects.filter(action="membership.leave_table").count() == 1
    said = pages(responses)
    assert sum("The organisation is not on this table." in page for page in said) == 19


@concurrent
def test_inviting_a_contact_at_once_sends_one_invitation(member):
    org, person = member
    responses = manage_in_parallel(org, "add_contact", {"email": "colega@example.org"}, person)
    assert statuses(responses) == [200] * TIMES
    assert ContactInvitation.objects.count() == 1
    assert OutboundEmail.objects.filter(kind="membership.invitation").count() == 1
    assert AuditEntry.objects.filter(action="membership.invite_contact").count() == 1


@concurrent
def test_accepting_an_invitation_at_once_adds_one_contact(member, user_factory, client):
    org, person = member
    colleague = user_factory(email="colega@example.org")
    client.force_login(person)
    client.post(
        en("membership:manage_action", pk=org.pk, action="add_contact"),
        {"email": "colega@example.org"},
    )
    responses = post_in_parallel(invitation_path("colega@example.org"), {}, user=colleague)
    assert 500 not in statuses(responses)
    assert Contact.objects.filter(organisation=org, user=colleague).count() == 1
    assert AuditEntry.objects.filter(action="membership.add_contact").count() == 1
    assert sum(response.status_code == 302 for response in responses) == 1


@concurrent
def test_removing_a_contact_at_once_removes_once(member, user_factory):
    org, person = member
    colleague = ContactFactory(organisation=org, user=user_factory(), is_primary=False)
    responses = manage_in_parallel(org, "remove_contact", {"contact": colleague.pk}, person)
    assert statuses(responses) == [200] * TIMES
    assert AuditEntry.objects.filter(action="membership.remove_contact").count() == 1
    said = pages(responses)
    assert sum("The person is no longer a contact." in page for page in said) == 1
    assert sum("This person is no longer a contact." in page for page in said) == TIMES - 1


@concurrent
def test_two_contacts_removing_each_other_at_once_leave_one(member, user_factory):
    org, person = member
    colleague = ContactFactory(organisation=org, user=user_factory(), is_primary=False)
    mine = Contact.objects.get(user=person)
    clients = []
    for user in (person, colleague.user):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        clients.append(client)
    connections.close_all()
    url = en("membership:manage_action", pk=org.pk, action="remove_contact")
    targets = [colleague.pk, mine.pk]
    responses = in_parallel(
        lambda i: clients[i % 2].post(url, {"contact": targets[i % 2]}), times=TIMES
    )
    assert 500 not in statuses(responses)
    assert Contact.objects.filter(organisation=org, left_at__isnull=True).count() == 1
    assert AuditEntry.objects.filter(action="membership.remove_contact").count() == 1


@concurrent
def test_withdrawing_at_once_withdraws_once(member):
    org, person = member
    responses = manage_in_parallel(org, "withdraw", {"confirm": "on"}, person)
    assert 500 not in statuses(responses)
    assert AuditEntry.objects.filter(action="membership.withdraw").count() == 1
    org.refresh_from_db()
    assert org.status == Organisation.Status.WITHDRAWN
    assert org.withdrawn_at <= timezone.now() + timedelta(seconds=1)
