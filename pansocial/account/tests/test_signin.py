import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from pansocial.account.domain import login_link_token
from pansocial.mail.models import OutboundEmail

from .conftest import en, last_link

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


def test_login_wrong_password_keeps_email_and_says_why(client, person):
    response = client.post(en("account:login"), {"email": "ana@example.org", "password": "no"})
    html = response.content.decode()
    assert "The e-mail address or the password is not right." in html
    assert 'value="ana@example.org"' in html
    assert "_auth_user_id" not in client.session


def test_login_email_case_insensitive(client, person):
    response = client.post(en("account:login"), {"email": "ANA@Example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_login_next_parameter_kept_and_foreign_next_ignored(client, person):
    data = {"email": "ana@example.org", "password": PASSWORD}
    response = client.post(en("account:login") + "?next=/gcm/", data)
    assert response["Location"] == "/gcm/"
    client.logout()
    response = client.post(en("account:login") + "?next=https://evil.example/", data)
    assert response["Location"] == en("home:my_space")


def test_login_link_signs_in_once(client, person):
    client.post(en("account:login_link_request"), {"email": "ana@example.org"})
    link = last_link("ana@example.org")
    assert client.get(link).status_code == 200  # a confirmation page, not yet signed in
    assert "_auth_user_id" not in client.session
    response = client.post(link)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)
    client.logout()
    again = client.post(link, follow=True)
    assert "This sign-in link has expired or was already used." in again.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_link_expired_after_15_minutes(client, person, monkeypatch):
    token = login_link_token(person)
    later = timezone.now() + timedelta(minutes=16)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = client.post(en("account:login_link", token=token))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_login_link_request_unknown_address_sends_nothing_and_says_the_same(client, person):
    known = client.post(en("account:login_link_request"), {"email": "ana@example.org"})
    unknown = client.post(en("account:login_link_request"), {"email": "nobody@example.org"})

    def text(response):
        html = response.content.decode()
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert text(known) == text(unknown)
    assert OutboundEmail.objects.count() == 1


def test_password_reset_sets_new_password_and_link_then_dies(client, person):
    client.post(en("account:password_reset"), {"email": "ana@example.org"})
    link = last_link("ana@example.org")
    new = {"password1": "another pass phrase 7", "password2": "another pass phrase 7"}
    response = client.post(link, new)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password("another pass phrase 7")
    reused = client.post(link, new, follow=True)
    assert "This link is not valid or has expired." in reused.content.decode()


def test_logout_requires_post(client, person):
    client.force_login(person)
    assert client.get(en("account:logout")).status_code == 405
    client.post(en("account:logout"))
    assert "_auth_user_id" not in client.session


def _enable_totp(user):
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def test_two_factor_login_asks_for_code(client, user_factory):
    staff = user_factory(email="staff@example.org", is_staff=True)
    device = _enable_totp(staff)
    response = client.post(en("account:login"), {"email": staff.email, "password": PASSWORD})
    assert response["Location"] == en("account:login_otp")
    assert "_auth_user_id" not in client.session
    code = f"{totp(device.bin_key):06d}"
    ok = client.post(en("account:login_otp"), {"token": code})
    assert ok.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_two_factor_wrong_code_keeps_person_signed_out(client, user_factory):
    staff = user_factory(email="staff@example.org", is_staff=True)
    _enable_totp(staff)
    client.post(en("account:login"), {"email": staff.email, "password": PASSWORD})
    wrong = client.post(en("account:login_otp"), {"token": "000000"})
    assert "This code is not right or has expired." in wrong.content.decode()
    assert "_auth_user_id" not in client.session


def test_two_factor_setup_confirms_device_for_staff(client, user_factory):
    staff = user_factory(email="staff@example.org", is_staff=True)
    client.force_login(staff)
    page = client.get(en("account:two_factor"))
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=staff)
    assert device.confirmed is False
    client.post(en("account:two_factor"), {"token": f"{totp(device.bin_key):06d}"})
    device.refresh_from_db()
    assert device.confirmed is True


def test_two_factor_page_not_offered_to_non_staff(client, person):
    client.force_login(person)
    assert client.get(en("account:two_factor")).status_code == 404


def test_signin_post_without_csrf_token_refused(person):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(en("account:login"), {"email": "ana@example.org", "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_signin_marks_the_browser_as_known_http_only(client, person):
    response = client.post(en("account:login"), {"email": "ana@example.org", "password": PASSWORD})
    cookie = response.cookies["pansocial_known"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 60 * 60 * 24 * 365


def test_sign_in_page_has_no_duplicate_ids(client):
    import collections
    import re

    html = client.get(en("account:login")).content.decode()
    ids = collections.Counter(re.findall(r'\bid="([^"]+)"', html))
    assert [name for name, count in ids.items() if count > 1] == []
    assert 'id="signin-email"' in html
    assert 'id="link-email"' in html
