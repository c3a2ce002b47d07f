import pytest
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory, sign_in_with_second_factor
from pansocial.audit.context import origin
from pansocial.audit.domain import record
from pansocial.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_record_keeps_actor_object_and_changes():
    actor = UserFactory(full_name="Ana Pérez")
    subject = UserFactory(full_name="Persona evaluada")
    with origin(ip="203.0.113.9"):
        entry = record(
            actor=actor,
            action="account.example",
            obj=subject,
            before={"status": "pending"},
            after={"status": "member"},
            note="why",
        )
    entry.refresh_from_db()
    assert entry.actor == actor
    assert entry.actor_label == "Ana Pérez"
    assert entry.object_id == str(subject.pk)
    assert entry.object_repr == "Persona evaluada"
    assert entry.before == {"status": "pending"}
    assert entry.after == {"status": "member"}
    assert len(entry.ip_hash) == 32
    assert "203.0.113.9" not in entry.ip_hash


def test_record_without_actor_is_system():
    entry = record(actor=None, action="system.job")
    assert entry.actor is None
    assert entry.actor_label == "system"
    assert entry.content_type is None


def test_record_same_ip_same_hash_different_ip_different_hash():
    with origin(ip="198.51.100.1"):
        first = record(actor=None, action="a")
        second = record(actor=None, action="a")
    with origin(ip="198.51.100.2"):
        third = record(actor=None, action="a")
    assert first.ip_hash == second.ip_hash != third.ip_hash


def test_record_outside_a_request_has_no_address():
    assert record(actor=None, action="a").ip_hash == ""


def test_record_from_a_request_hashes_the_client_address(client, settings):
    settings.TRUSTED_PROXIES = ("10.0.0.5",)
    client.post(
        reverse("account:signup"),
        {
            "full_name": "Rosa Díaz",
            "email": "rosa@example.org",
            "password1": "una clave larga 2026",
            "password2": "una clave larga 2026",
            "preferred_language": "es",
            "privacy": "on",
        },
        REMOTE_ADDR="10.0.0.5",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    with origin(ip="203.0.113.7"):
        expected = record(actor=None, action="probe").ip_hash
    entry = AuditEntry.objects.get(action="account.sign_up")
    assert entry.ip_hash == expected != ""


def test_audit_admin_filters_by_action_for_administrators(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    record(actor=admin, action="membership.accept")
    record(actor=admin, action="election.open")
    sign_in_with_second_factor(client, admin)
    url = reverse("admin:audit_auditentry_changelist")
    response = client.get(url, {"action": "membership.accept"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_audit_admin_refused_to_non_staff(client):
    client.force_login(UserFactory())
    response = client.get(reverse("admin:audit_auditentry_changelist"))
    assert response.status_code == 302


def test_audit_entries_cannot_be_changed_in_admin(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    entry = record(actor=admin, action="x")
    sign_in_with_second_factor(client, admin)
    response = client.post(
        reverse("admin:audit_auditentry_delete", args=[entry.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_audit_entry_cannot_be_saved_again_or_deleted():
    from pansocial.audit.models import AuditEntryImmutable

    entry = record(actor=None, action="membership.accept", note="why")
    entry.note = "rewritten"
    with pytest.raises(AuditEntryImmutable):
        entry.save()
    with pytest.raises(AuditEntryImmutable):
        entry.delete()
    entry.refresh_from_db()
    assert entry.note == "why"


def test_audit_queryset_refuses_bulk_changes_but_allows_erasing_names():
    from pansocial.audit.models import AuditEntryImmutable

    actor = UserFactory(full_name="Ana Pérez")
    record(actor=actor, action="membership.accept", after={"status": "member"})
    with pytest.raises(AuditEntryImmutable):
        AuditEntry.objects.all().delete()
    with pytest.raises(AuditEntryImmutable):
        AuditEntry.objects.update(action="membership.decline")
    with pytest.raises(AuditEntryImmutable):
        AuditEntry.objects.update(after={})
    assert AuditEntry.objects.filter(actor=actor).update(actor_label="deleted account") == 1
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.after, entry.actor_label) == (
        "membership.accept",
        {"status": "member"},
        "deleted account",
    )


def test_audit_entry_survives_hard_deletion_of_its_actor():
    actor = UserFactory(full_name="Ana Pérez")
    entry = record(actor=actor, action="membership.accept")
    actor.delete()
    entry.refresh_from_db()
    assert (entry.actor, entry.actor_label, entry.action) == (
        None,
        "Ana Pérez",
        "membership.accept",
    )


def test_audit_entries_cannot_be_edited_in_admin(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    entry = record(actor=admin, action="x", note="original")
    sign_in_with_second_factor(client, admin)
    url = reverse("admin:audit_auditentry_change", args=[entry.pk])
    response = client.post(url, {"action": "y", "note": "changed"})
    assert response.status_code == 403
    entry.refresh_from_db()
    assert (entry.action, entry.note) == ("x", "original")
    changelist = client.post(
        reverse("admin:audit_auditentry_changelist"),
        {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"},
    )
    assert changelist.status_code in (200, 302)
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
