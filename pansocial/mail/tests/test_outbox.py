import pytest
from django.core import mail

from pansocial.account.tests.factories import UserFactory, sign_in_with_second_factor
from pansocial.audit.models import AuditEntry
from pansocial.mail.domain import approve_draft, queue_email
from pansocial.mail.models import OutboundEmail


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_queue_email_sent_after_commit_in_recipient_language():
    person = UserFactory(preferred_language="pt")
    email = queue_email(
        kind="test",
        to_email=person.email,
        to_user=person,
        template="mail/tests/hello",
        context={"name": "Ana"},
    )
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert email.language == "pt"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [person.email]
    assert mail.outbox[0].subject == email.subject


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_queue_email_rolled_back_transaction_sends_nothing():
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        queue_email(kind="test", to_email="a@example.org", template="mail/tests/hello")
        raise RuntimeError("boom")
    assert mail.outbox == []
    assert OutboundEmail.objects.count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_draft_waits_until_an_officer_approves_it():
    officer = UserFactory()
    email = queue_email(
        kind="announcement", to_email="b@example.org", template="mail/tests/hello", draft=True
    )
    assert mail.outbox == []
    approve_draft(email=email, actor=officer)
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert len(mail.outbox) == 1
    entry = AuditEntry.objects.get(action="mail.approve")
    assert entry.actor == officer
    assert entry.after == {"status": "queued"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_admin_action_approves_drafts_and_sends_them(client):
    from django.urls import reverse

    admin_user = UserFactory(is_superuser=True, is_staff=True)
    draft = queue_email(
        kind="test", to_email="b@example.org", template="mail/tests/hello", draft=True
    )
    sign_in_with_second_factor(client, admin_user)
    response = client.post(
        reverse("admin:mail_outboundemail_changelist"),
        {"action": "approve_drafts", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == OutboundEmail.Status.SENT
    assert [m.to for m in mail.outbox] == [["b@example.org"]]
    assert AuditEntry.objects.filter(action="mail.approve", actor=admin_user).count() == 1


@pytest.mark.django_db
def test_staff_without_the_permission_cannot_approve_drafts(client):
    from django.contrib.auth.models import Permission
    from django.urls import reverse

    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_outboundemail", "change_outboundemail"])
    )
    draft = queue_email(
        kind="test", to_email="b@example.org", template="mail/tests/hello", draft=True
    )
    sign_in_with_second_factor(client, staff)
    response = client.post(
        reverse("admin:mail_outboundemail_changelist"),
        {"action": "approve_drafts", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.status == OutboundEmail.Status.DRAFT
    assert not AuditEntry.objects.filter(action="mail.approve").exists()
