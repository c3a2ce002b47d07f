"""Issue 8.8: adding a contact is an invitation the person accepts; the answer does not
reveal whether an account uses the address."""

import datetime

import pytest
from django.utils import timezone

from pansocial.audit.models import AuditEntry
from pansocial.mail.models import OutboundEmail
from pansocial.membership.models import Contact, ContactInvitation, Organisation

from .conftest import en
from .test_life import invitation_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def org_and_contact(organisation_factory, contact_factory, user_factory):
    org = organisation_factory(name="Red Sin Fronteras")
    contact = contact_factory(organisation=org, user=user_factory(email="red@example.org"))
    return org, contact.user


def invite(client, org, email):
    return client.post(
        en("membership:manage_action", pk=org.pk, action="add_contact"),
        {"email": email},
        follow=True,
    )


def message_of(response):
    return [str(m) for m in response.context["messages"]]


def test_inviting_does_not_make_a_contact_until_accepted(client, org_and_contact, user_factory):
    org, person = org_and_contact
    colleague = user_factory(email="colega@example.org", preferred_language="fr")
    client.force_login(person)
    invite(client, org, "Colega@Example.org")
    assert not Contact.objects.filter(user=colleague).exists()
    email = OutboundEmail.objects.get(kind="membership.invitation")
    assert (email.to_email, email.language, email.to_user) == (
        "colega@example.org",
        "fr",
        colleague,
    )
    assert "/fr/" in email.body
    client.force_login(colleague)
    page = client.get(invitation_path("colega@example.org"))
    assert "Red Sin Fronteras" in page.content.decode()
    response = client.post(invitation_path("colega@example.org"))
    assert response.status_code == 302
    contact = Contact.objects.get(user=colleague, organisation=org)
    assert contact.is_primary is False
    actions = list(
        AuditEntry.objects.filter(action__startswith="membership.")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["membership.invite_contact", "membership.add_contact"]
    assert ContactInvitation.objects.get().status == ContactInvitation.Status.ACCEPTED


def test_answer_is_the_same_with_or_without_an_account(client, org_and_contact, user_factory):
    org, person = org_and_contact
    user_factory(email="existe@example.org")
    client.force_login(person)
    known = message_of(invite(client, org, "existe@example.org"))
    unknown = message_of(invite(client, org, "nadie@example.org"))
    assert known == [m.replace("nadie@", "existe@") for m in unknown]
    assert len(known) == 1
    assert OutboundEmail.objects.filter(kind="membership.invitation").count() == 2


def test_person_without_account_accepts_after_signing_up(client, org_and_contact, user_factory):
    org, person = org_and_contact
    client.force_login(person)
    invite(client, org, "nueva@example.org")
    email = OutboundEmail.objects.get(kind="membership.invitation")
    assert email.to_user is None
    path = invitation_path("nueva@example.org")
    client.logout()
    assert client.get(path).status_code == 302  # sign in (or up) first
    newcomer = user_factory(email="nueva@example.org")
    client.force_login(newcomer)
    client.post(path)
    assert Contact.objects.filter(user=newcomer, organisation=org).exists()


def test_another_account_cannot_use_the_link(client, org_and_contact, user_factory):
    org, person = org_and_contact
    user_factory(email="colega@example.org")
    intruder = user_factory(email="intruso@example.org")
    client.force_login(person)
    invite(client, org, "colega@example.org")
    client.force_login(intruder)
    response = client.post(invitation_path("colega@example.org"), follow=True)
    assert "This invitation was sent to another address." in response.content.decode()
    assert not Contact.objects.filter(user=intruder).exists()
    assert ContactInvitation.objects.get().status == ContactInvitation.Status.PENDING


def test_used_expired_or_wrong_link_is_refused_clearly(client, org_and_contact, user_factory):
    org, person = org_and_contact
    colleague = user_factory(email="colega@example.org")
    client.force_login(person)
    invite(client, org, "colega@example.org")
    path = invitation_path("colega@example.org")
    client.force_login(colleague)
    client.post(path)
    again = client.post(path)
    assert again.status_code == 200
    assert "This invitation is no longer valid" in again.content.decode()
    wrong = client.get(en("membership:invitation", token="not-a-token"))
    assert "This invitation is no longer valid" in wrong.content.decode()
    assert Contact.objects.filter(user=colleague).count() == 1
    client.force_login(person)
    invite(client, org, "tarde@example.org")
    ContactInvitation.objects.filter(email="tarde@example.org").update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    late = user_factory(email="tarde@example.org")
    client.force_login(late)
    expired = client.post(invitation_path("tarde@example.org"))
    assert "This invitation is no longer valid" in expired.content.decode()
    assert not Contact.objects.filter(user=late).exists()


def test_existing_contact_is_not_invited_again(client, org_and_contact):
    org, person = org_and_contact
    client.force_login(person)
    response = invite(client, org, "red@example.org")
    assert message_of(response) == ["This person is already a contact."]
    assert not ContactInvitation.objects.exists()


def test_pending_applicant_invites_but_nobody_is_added_without_consent(
    client, organisation_factory, contact_factory, user_factory
):
    pending = organisation_factory(status=Organisation.Status.PENDING, member_since=None)
    applicant = contact_factory(organisation=pending).user
    victim = user_factory(email="victima@example.org")
    client.force_login(applicant)
    invite(client, pending, "victima@example.org")
    assert not Contact.objects.filter(user=victim).exists()


def test_deleting_the_account_voids_invitations_to_its_address(
    client, org_and_contact, user_factory
):
    from pansocial.account.domain import delete_account

    org, person = org_and_contact
    colleague = user_factory(email="colega@example.org")
    client.force_login(person)
    invite(client, org, "colega@example.org")
    delete_account(user=colleague)
    assert ContactInvitation.objects.get().status == ContactInvitation.Status.EXPIRED
