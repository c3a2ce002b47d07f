"""Privilege changes made in the admin are audited with before and after."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory, sign_in_with_second_factor
from pansocial.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def _form(person, **changes):
    data = {
        "email": person.email,
        "full_name": person.full_name,
        "preferred_language": person.preferred_language,
        "country": "",
        "timezone": "",
        "is_active": "on",
        "groups": [],
        "user_permissions": [],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_admin_making_someone_superuser_and_adding_a_group_is_audited(client):
    admin = UserFactory(full_name="Root", is_staff=True, is_superuser=True)
    person = UserFactory(email="ana@example.org", full_name="Ana Pérez")
    editors = Group.objects.create(name="editors")
    sign_in_with_second_factor(client, admin)
    url = reverse("admin:account_user_change", args=[person.pk])
    response = client.post(
        url, _form(person, is_staff="on", is_superuser="on", groups=[editors.pk])
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.get(action="account.privileges_change")
    assert entry.actor == admin
    assert entry.object_id == str(person.pk)
    assert entry.before == {"is_staff": False, "is_superuser": False, "groups": []}
    assert entry.after == {"is_staff": True, "is_superuser": True, "groups": ["editors"]}


def test_admin_saving_without_privilege_change_writes_no_privilege_entry(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    person = UserFactory(email="ana@example.org", full_name="Ana Pérez")
    sign_in_with_second_factor(client, admin)
    url = reverse("admin:account_user_change", args=[person.pk])
    response = client.post(url, _form(person, full_name="Ana P. Pérez"))
    assert response.status_code == 302
    assert not AuditEntry.objects.filter(action="account.privileges_change").exists()


def test_admin_group_permission_change_is_audited(client):
    from django.contrib.auth.models import Permission

    admin = UserFactory(is_staff=True, is_superuser=True)
    group = Group.objects.create(name="editors")
    permission = Permission.objects.get(codename="change_user")
    sign_in_with_second_factor(client, admin)
    url = reverse("admin:auth_group_change", args=[group.pk])
    response = client.post(url, {"name": "editors", "permissions": [permission.pk]})
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="account.group_permissions_change")
    assert entry.actor == admin
    assert entry.before == {"permissions": []}
    assert entry.after == {"permissions": ["account.change_user"]}
