import re

import pytest

from pansocial.audit.models import AuditEntry
from pansocial.mail.models import OutboundEmail
from pansocial.membership.models import Contact, Organisation
from pansocial.table.models import TableMembership

from .conftest import en

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(organisation_factory, contact_factory, user_factory, mt1):
    org = organisation_factory(name="Red Sin Fronteras")
    TableMembership.objects.create(table=mt1, organisation=org)
    contact = contact_factory(organisation=org, user=user_factory(email="red@example.org"))
    return org, contact.user


def test_contact_joins_and_leaves_tables(client, member, mt1, mt2):
    org, person = member
    client.force_login(person)
    client.post(en("membership:manage_action", pk=org.pk, action="join"), {"table": mt2.pk})
    client.post(en("membership:manage_action", pk=org.pk, action="leave"), {"table": mt1.pk})
    current = TableMembership.objects.filter(organisation=org, left_at__isnull=True)
    assert list(current.values_list("table__slug", flat=True)) == ["mt2"]
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["membership.join_table", "membership.leave_table"]


def test_stranger_cannot_manage_organisation(client, member, user_factory, mt2):
    org, _person = member
    client.force_login(user_factory())
    response = client.post(
        en("membership:manage_action", pk=org.pk, action="join"), {"table": mt2.pk}
    )
    assert response.status_code == 403
    assert TableMembership.objects.filter(organisation=org).count() == 1


def invitation_path(email):
    """The invitation link mailed to ``email``, opened in English."""
    body = OutboundEmail.objects.get(kind="membership.invitation", to_email=email).body
    token = re.search(r"https?://\S+/invitation/([^/\s]+)/", body).group(1)
    return en("membership:invitation", token=token)


def test_contact_leaves_organisation_stays(client, member, user_factory):
    org, person = member
    colleague = user_factory(email="colega@example.org")
    client.force_login(person)
    client.post(
        en("membership:manage_action", pk=org.pk, action="add_contact"),
        {"email": "COLEGA@example.org"},
    )
    client.force_login(colleague)
    client.post(invitation_path("colega@example.org"))
    client.force_login(person)
    mine = Contact.objects.get(user=person)
    client.post(
        en("membership:manage_action", pk=org.pk, action="remove_contact"),
        {"contact": mine.pk},
    )
    mine.refresh_from_db()
    assert mine.left_at is not None
    org.refresh_from_db()
    assert org.status == Organisation.Status.MEMBER
    successor = Contact.objects.get(user=colleague, left_at__isnull=True)
    assert successor.is_primary is True


def test_last_contact_cannot_leave(client, member):
    org, person = member
    client.force_login(person)
    contact = Contact.objects.get(user=person)
    response = client.post(
        en("membership:manage_action", pk=org.pk, action="remove_contact"),
        {"contact": contact.pk},
        follow=True,
    )
    assert "An organisation needs at least one contact." in response.content.decode()
    contact.refresh_from_db()
    assert contact.left_at is None


def test_withdraw_leaves_every_table_and_directory(client, member):
    org, person = member
    client.force_login(person)
    client.post(
        en("membership:manage_action", pk=org.pk, action="withdraw"),
        {"confirm": "on", "reason": "Closing down"},
    )
    org.refresh_from_db()
    assert org.status == Organisation.Status.WITHDRAWN
    assert not TableMembership.objects.filter(organisation=org, left_at__isnull=True).exists()
    assert "Red Sin Fronteras" not in client.get(en("membership:directory")).content.decode()
    assert AuditEntry.objects.get(action="membership.withdraw").note == "Closing down"


def test_deleting_account_ends_contact_links(member):
    from pansocial.account.domain import delete_account

    org, person = member
    delete_account(user=person)
    assert not Contact.objects.filter(user=person, left_at__isnull=True).exists()
