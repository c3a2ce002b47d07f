"""``next`` survives the way in: apply → sign up → confirm the e-mail → sign in → apply."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from pansocial.account.views import safe_path
from pansocial.mail.models import OutboundEmail

pytestmark = pytest.mark.django_db


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


SIGN_UP = {
    "full_name": "Rosa Quispe",
    "email": "rosa@example.org",
    "password1": "una frase larga 2026",
    "password2": "una frase larga 2026",
    "preferred_language": "en",
    "privacy": "on",
}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/members/apply/", "/members/apply/"),
        ("/en/members/apply/?x=1", "/en/members/apply/?x=1"),
        ("https://evil.example/", ""),
        ("//evil.example/", ""),
        ("/\\evil.example/", ""),
        ("javascript:alert(1)", ""),
        ("members/apply/", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_safe_path_only_same_site_paths(value, expected):
    assert safe_path(value) == expected


def test_apply_for_visitor_explains_account_first(client):
    response = client.get(en("membership:apply"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "a personal account comes first" in html
    apply_url = en("membership:apply")
    assert f'href="{en("account:signup")}?next={apply_url}"' in html
    assert f'href="{en("account:login")}?next={apply_url}"' in html


def test_next_kept_across_sign_up_verification_and_sign_in(client):
    apply_url = en("membership:apply")
    response = client.post(f"{en('account:signup')}?next={apply_url}", SIGN_UP)
    assert response.status_code == 200
    body = OutboundEmail.objects.get(kind="account.verify").body
    link = re.search(r"https?://[^/\s]+(/\S+)", body).group(1)
    assert link.endswith(f"?next={apply_url.replace('/', '%2F')}")
    response = client.get(link)
    assert response["Location"] == f"{en('account:login')}?next={apply_url.replace('/', '%2F')}"
    response = client.post(
        response["Location"], {"email": "rosa@example.org", "password": "una frase larga 2026"}
    )
    assert response["Location"] == apply_url
    assert client.get(apply_url).status_code == 200


def test_sign_up_keeps_next_in_form_after_an_error(client):
    data = {**SIGN_UP, "password2": "otra cosa distinta 1"}
    html = client.post(f"{en('account:signup')}?next=/members/apply/", data).content.decode()
    assert '<input type="hidden" name="next" value="/members/apply/">' in html
    assert f'href="{en("account:login")}?next=/members/apply/"' in html


def test_foreign_next_dropped_from_verification_link(client):
    client.post(f"{en('account:signup')}?next=https://evil.example/", SIGN_UP)
    body = OutboundEmail.objects.get(kind="account.verify").body
    assert "next=" not in body
    assert "evil" not in body


@pytest.mark.parametrize(
    ("asked", "lands"),
    [("/en/members/apply/", "/en/members/apply/"), ("https://evil.example/", "/en/my/")],
)
def test_next_kept_through_the_emailed_sign_in_link(client, user_factory, asked, lands):
    user_factory(email="ana@example.org", preferred_language="en")
    client.post(en("account:login_link_request"), {"email": "ana@example.org", "next": asked})
    body = OutboundEmail.objects.get(kind="account.login_link").body
    path = re.search(r"https?://[^/\s]+(/\S+)", body).group(1)
    assert ("next=" in path) is (asked == lands)
    response = client.post(path)
    assert response.status_code == 302
    assert response["Location"] == lands
