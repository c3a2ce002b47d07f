import pytest
from django.core.management import call_command

from pansocial.account.domain import first_admin_link
from pansocial.account.models import User
from pansocial.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

FORM = {
    "full_name": "Admin Uno",
    "email": "admin@example.org",
    "password1": "a long pass phrase 42",
    "password2": "a long pass phrase 42",
}


def _path(link):
    return link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_first_admin_link_works_once_then_refuses(client):
    path = _path(first_admin_link())
    assert client.get(path).status_code == 200
    response = client.post(path, FORM)
    assert response.status_code == 302
    admin = User.objects.get(email="admin@example.org")
    assert admin.is_superuser and admin.is_staff and admin.email_verified_at is not None
    assert AuditEntry.objects.filter(action="account.first_administrator").count() == 1
    client.logout()
    again = client.post(path, {**FORM, "email": "intruder@example.org"})
    assert again.status_code == 410
    assert not User.objects.filter(email="intruder@example.org").exists()
    assert first_admin_link() is None


def test_first_admin_link_bad_input_keeps_values(client):
    path = _path(first_admin_link())
    response = client.post(path, {**FORM, "password2": "different"})
    assert response.status_code == 200
    assert 'value="Admin Uno"' in response.content.decode()
    assert User.objects.count() == 0


def test_first_admin_link_forged_token_refused(client):
    response = client.get("/account/setup/forged-token/")
    assert response.status_code == 410


def test_first_admin_command_prints_link_only_without_administrator(capsys, user_factory):
    call_command("first_admin_link")
    assert "/account/setup/" in capsys.readouterr().out
    user_factory(email="root@example.org", is_superuser=True, is_staff=True)
    call_command("first_admin_link")
    out = capsys.readouterr().out
    assert "/account/setup/" not in out
    assert "An administrator exists" in out
