"""The administration is reached only through the site's sign-in and a second factor."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from pansocial.account.tests.factories import sign_in_with_second_factor
from pansocial.audit.models import AuditEntry

from .conftest import en

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


@pytest.fixture
def staff(user_factory):
    return user_factory(email="staff@example.org", is_staff=True, is_superuser=True)


def test_admin_login_redirects_to_site_sign_in(client):
    response = client.get("/admin/login/?next=/admin/audit/")
    assert response.status_code == 302
    assert response["Location"] == "/account/signin/?next=/admin/audit/"


def test_admin_login_post_with_password_never_signs_in(client, staff):
    TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    response = client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/signin/")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_admin_login_thirty_wrong_passwords_never_reach_a_password_check(client, staff):
    data = {"username": staff.email, "password": "wrong"}
    codes = {client.post("/admin/login/", data).status_code for _ in range(30)}
    assert codes == {302}
    assert not AuditEntry.objects.filter(action="account.sign_in_failed").exists()


def test_admin_refuses_staff_signed_in_without_second_factor(client, staff):
    TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    client.force_login(staff)  # a session that did not pass the code
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/account/signin/code/"
    assert client.session["account_next"] == "/admin/"


def test_admin_sends_staff_without_device_to_set_one_up(client, staff):
    client.post(en("account:login"), {"email": staff.email, "password": PASSWORD})
    assert client.session["_auth_user_id"] == str(staff.pk)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/account/two-factor/?next=/admin/"
    assert (
        "La administración requiere el inicio de sesión en dos pasos" in response.content.decode()
    )
    device = TOTPDevice.objects.get(user=staff)
    confirmed = client.post(
        "/account/two-factor/?next=/admin/", {"token": f"{totp(device.bin_key):06d}"}
    )
    assert confirmed["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_admin_open_after_password_and_code_and_both_audited(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    first = client.post(
        en("account:login") + "?next=/admin/", {"email": staff.email, "password": PASSWORD}
    )
    assert first["Location"] == en("account:login_otp")
    assert client.get("/admin/").status_code == 302  # not yet
    second = client.post(en("account:login_otp"), {"token": f"{totp(device.bin_key):06d}"})
    assert second["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    entry = AuditEntry.objects.get(action="account.sign_in")
    assert entry.actor == staff
    assert entry.after == {"method": "password+code", "staff": True, "failed_before": 0}


def test_admin_refuses_people_who_are_not_staff(client, user_factory):
    person = user_factory()
    sign_in_with_second_factor(client, person)
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/login/").status_code == 403


def test_admin_wrong_code_is_audited_and_keeps_admin_closed(client, staff):
    TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    client.post(en("account:login"), {"email": staff.email, "password": PASSWORD})
    client.post(en("account:login_otp"), {"token": "000000"})
    assert AuditEntry.objects.filter(action="account.second_factor_failed").count() == 1
    assert client.get("/admin/").status_code == 302


def test_admin_code_step_rate_limited_per_account(client, staff, settings):
    TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    client.post(en("account:login"), {"email": staff.email, "password": PASSWORD})
    codes = []
    for n in range(21):
        # A new address each time: the per-account limit holds anyway.
        codes.append(
            client.post(
                en("account:login_otp"), {"token": "000000"}, REMOTE_ADDR=f"198.51.100.{n}"
            ).status_code
        )
    assert codes == [200] * 20 + [429]


def test_staff_cannot_turn_second_factor_off(client, staff):
    sign_in_with_second_factor(client, staff)
    response = client.post(
        en("account:two_factor"), {"action": "disable", "password": PASSWORD}, follow=True
    )
    assert "Staff accounts need two-step sign-in: it stays on." in response.content.decode()
    assert TOTPDevice.objects.filter(user=staff, confirmed=True).count() == 1
