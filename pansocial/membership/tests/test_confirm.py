"""Leaving a table, removing a contact and withdrawing first show a confirmation page
(issue 10, item 8): the page changes nothing; its form performs the action."""

import pytest

from pansocial.audit.models import AuditEntry
from pansocial.membership.models import Contact, Organisation
from pansocial.table.models import TableMembership

from .conftest import en

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(organisation_factory, contact_factory, user_factory, mt1):
    org = organisation_factory(name="Red Sin Fronteras")
    TableMembership.objects.create(table=mt1, organisation=org)
    contact = contact_factory(
        organisation=org, user=user_factory(email="red@example.org", full_name="Rosa Red")
    )
    return org, contact.user


def _url(org, action):
    return en("membership:manage_action", pk=org.pk, action=action)


def test_manage_page_links_each_destructive_action_to_its_confirmation(client, member, mt1):
    org, person = member
    client.force_login(person)
    html = client.get(en("membership:manage", pk=org.pk)).content.decode()
    contact = Contact.objects.get(user=person)
    assert f'href="{_url(org, "leave")}?table={mt1.pk}"' in html
    assert f'href="{_url(org, "remove_contact")}?contact={contact.pk}"' in html
    assert f'href="{_url(org, "withdraw")}"' in html
    assert f'action="{_url(org, "leave")}"' not in html


def test_leave_confirmation_page_changes_nothing(client, member, mt1):
    org, person = member
    client.force_login(person)
    response = client.get(_url(org, "leave"), {"table": mt1.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>Leave {mt1.name}?</h1>" in html
    assert f"Red Sin Fronteras stops being a member organisation of {mt1.name}." in html
    assert f'<input type="hidden" name="table" value="{mt1.pk}">' in html
    assert f'href="{en("membership:manage", pk=org.pk)}">Cancel, go back</a>' in html
    assert TableMembership.objects.filter(organisation=org, left_at__isnull=True).count() == 1
    assert not AuditEntry.objects.exists()


def test_leave_confirmed_leaves_the_table(client, member, mt1):
    org, person = member
    client.force_login(person)
    client.post(_url(org, "leave"), {"table": mt1.pk})
    assert not TableMembership.objects.filter(organisation=org, left_at__isnull=True).exists()
    assert list(AuditEntry.objects.values_list("action", flat=True)) == ["membership.leave_table"]


def test_leave_confirmation_of_unknown_table_not_found(client, member):
    org, person = member
    client.force_login(person)
    assert client.get(_url(org, "leave"), {"table": "x"}).status_code == 404


def test_remove_contact_confirmation_says_it_is_you(client, member):
    org, person = member
    client.force_login(person)
    contact = Contact.objects.get(user=person)
    response = client.get(_url(org, "remove_contact"), {"contact": contact.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Remove Rosa Red as a contact?</h1>" in html
    assert "This is you: you lose access to this page." in html
    assert f'<input type="hidden" name="contact" value="{contact.pk}">' in html
    contact.refresh_from_db()
    assert contact.left_at is None


def test_withdraw_confirmation_without_the_box_keeps_the_reason(client, member):
    org, person = member
    client.force_login(person)
    page = client.get(_url(org, "withdraw")).content.decode()
    assert "The organisation leaves every working table and the public directory." in page
    assert "A pending application is closed" not in page
    response = client.post(_url(org, "withdraw"), {"reason": "Cerramos"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert "Tick the box to confirm." in html
    assert ">\nCerramos</textarea>" in html
    org.refresh_from_db()
    assert org.status == Organisation.Status.MEMBER
    assert not AuditEntry.objects.exists()


def test_actions_without_confirmation_page_refuse_get(client, member):
    org, person = member
    client.force_login(person)
    assert client.get(_url(org, "join")).status_code == 405


def test_stranger_cannot_see_confirmation_page(client, member, mt1, user_factory):
    org, _person = member
    client.force_login(user_factory())
    assert client.get(_url(org, "leave"), {"table": mt1.pk}).status_code == 403
