import re

import pytest

from pansocial.account.models import User
from pansocial.audit.models import AuditEntry
from pansocial.mail.models import OutboundEmail

from .conftest import en, last_link

pytestmark = pytest.mark.django_db

GOOD = {
    "full_name": "Lucía Gómez",
    "email": "Lucia@Example.org",
    "password1": "a long pass phrase 42",
    "password2": "a long pass phrase 42",
    "preferred_language": "pt",
    "privacy": "on",
}


def test_signup_creates_unverified_account_and_mails_link_in_chosen_language(client):
    response = client.post(en("account:signup"), GOOD)
    assert response.status_code == 200
    assert "Confirm your e-mail address" in response.content.decode()
    user = User.objects.get()
    assert user.email == "lucia@example.org"
    assert user.email_verified_at is None
    assert user.preferred_language == "pt"
    email = OutboundEmail.objects.get(kind="account.verify")
    assert email.language == "pt"
    assert email.subject == "Confirme seu endereço de e-mail para o Pansocial"
    assert AuditEntry.objects.filter(action="account.sign_up", actor=user).count() == 1


def test_signup_bad_input_keeps_values_and_changes_nothing(client):
    data = {**GOOD, "password2": "something else entirely", "privacy": ""}
    response = client.post(en("account:signup"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The two passwords differ." in html
    assert "You need to agree to the data-protection notice." in html
    assert 'value="Lucía Gómez"' in html
    assert User.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


def test_signup_error_message_in_spanish_by_default(client):
    response = client.post("/account/signup/", {**GOOD, "password2": "x"})
    assert "Las dos contraseñas no coinciden." in response.content.decode()


def test_signup_existing_address_answers_as_for_a_new_one_and_mails_the_owner(client, person):
    new = client.post(en("account:signup"), GOOD)
    known = client.post(en("account:signup"), {**GOOD, "email": "ANA@example.org"})

    def text(response):
        html = response.content.decode()
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert known.status_code == new.status_code == 200
    assert text(known) == text(new)
    assert "An account with this address exists" not in text(known)
    assert User.objects.count() == 2
    person.refresh_from_db()
    assert person.check_password("correct horse battery")
    email = OutboundEmail.objects.get(kind="account.sign_up_existing")
    assert email.to_email == "ana@example.org"
    assert email.subject == "Alguien intentó crear una cuenta de Pansocial con su dirección"
    assert "/account/password/" in email.body and "/account/signin/" in email.body
    entry = AuditEntry.objects.get(action="account.sign_up_existing")
    assert entry.object_id == str(person.pk)


def test_signup_existing_address_creates_no_account_and_no_verification(client, person):
    client.post(en("account:signup"), {**GOOD, "email": "ana@example.org"})
    assert User.objects.count() == 1
    assert not OutboundEmail.objects.filter(kind="account.verify").exists()


def test_signup_weak_password_refused(client):
    data = {**GOOD, "password1": "12345678901", "password2": "12345678901"}
    response = client.post(en("account:signup"), data)
    assert "This password is entirely numeric." in response.content.decode()
    assert User.objects.count() == 0


def test_verification_link_confirms_then_password_login_works(client):
    client.post(en("account:signup"), GOOD)
    login = {"email": "lucia@example.org", "password": GOOD["password1"]}
    refused = client.post(en("account:login"), login)
    assert "Confirm your e-mail address first" in refused.content.decode()
    assert "_auth_user_id" not in client.session

    response = client.get(last_link("lucia@example.org"))
    assert response.status_code == 302
    assert User.objects.get().email_verified_at is not None

    signed_in = client.post(en("account:login"), login)
    assert signed_in.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get().pk)
    assert signed_in.cookies["pansocial_language"].value == "pt"


def test_verification_link_tampered_is_refused(client):
    client.post(en("account:signup"), GOOD)
    link = last_link("lucia@example.org")
    response = client.get(link[:-3] + "xyz/", follow=True)
    assert "This confirmation link is not valid or has expired." in response.content.decode()
    assert User.objects.get().email_verified_at is None


def test_resend_verification_sends_new_link_only_to_unverified(client, person):
    client.post(en("account:signup"), GOOD)
    client.post(en("account:resend_verification"), {"email": "lucia@example.org"})
    client.post(en("account:resend_verification"), {"email": "ana@example.org"})
    assert OutboundEmail.objects.filter(kind="account.verify").count() == 2
    assert not OutboundEmail.objects.filter(to_email="ana@example.org").exists()
