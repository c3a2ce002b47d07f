"""Simultaneous submissions: exactly the expected rows, no 500, a clear answer for losers.

These run on the file-backed SQLite test database (settings: DATABASES TEST NAME), which
locks like the production file, and on PostgreSQL."""

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.test import Client

from pansocial.account.domain import first_admin_link
from pansocial.account.models import User
from pansocial.audit.models import AuditEntry
from pansocial.common.testing.concurrency import in_parallel, post_in_parallel

concurrent = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class SlowHasher(PBKDF2PasswordHasher):
    """The real PBKDF2 at 600,000 iterations (~0.4 s here): slow enough that hashing
    inside the write transaction would keep the other sign-ups waiting past the lock
    timeout, as the production hasher (1.5 million iterations) did."""

    iterations = 600_000


@concurrent
def test_twenty_simultaneous_signups_all_succeed(settings, monkeypatch):
    settings.PASSWORD_HASHERS = [f"{__name__}.SlowHasher"]
    if connection.vendor == "sqlite":
        # 5 s of waiting for the write lock: 20 sign-ups hashing inside the transaction
        # (20 x 0.4 s) would exceed it; transactions without the hashing take milliseconds.
        monkeypatch.setitem(connection.settings_dict["OPTIONS"], "timeout", 5)
    clients = [Client(raise_request_exception=False) for _ in range(20)]

    def sign_up(i):
        return clients[i].post(
            "/en/account/signup/",
            {
                "full_name": f"Persona {i}",
                "email": f"persona{i}@example.org",
                "password1": "a long pass phrase 42",
                "password2": "a long pass phrase 42",
                "preferred_language": "es",
                "privacy": "on",
            },
            REMOTE_ADDR=f"198.51.100.{i}",
        )

    responses = in_parallel(sign_up, times=20)
    assert [getattr(r, "status_code", r) for r in responses] == [200] * 20
    assert User.objects.count() == 20
    assert AuditEntry.objects.filter(action="account.sign_up").count() == 20
    assert User.objects.get(email="persona7@example.org").password.startswith(
        "pbkdf2_sha256$600000$"
    )


@concurrent
def test_ten_simultaneous_first_administrator_setups_make_one(settings):
    link = first_admin_link()
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    form = {
        "full_name": "Admin",
        "email": "admin@example.org",
        "password1": "a long pass phrase 42",
        "password2": "a long pass phrase 42",
    }
    responses = post_in_parallel(path, form, times=10)
    codes = sorted(r.status_code for r in responses)
    assert codes.count(302) == 1
    assert set(codes) <= {302, 410, 200}  # 200: the form says the address now has an account
    assert User.objects.filter(is_superuser=True).count() == 1
    assert AuditEntry.objects.filter(action="account.first_administrator").count() == 1
    for response in responses:
        if response.status_code != 302:
            html = response.content.decode()
            assert (
                "Este enlace de configuración ya se usó" in html
                or "Ya existe una cuenta con este correo." in html
            ), html[:300]


@concurrent
def test_ten_simultaneous_setups_with_different_addresses_make_one():
    link = first_admin_link()
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    clients = [Client(raise_request_exception=False) for _ in range(10)]

    def setup(i):
        return clients[i].post(
            path,
            {
                "full_name": f"Admin {i}",
                "email": f"admin{i}@example.org",
                "password1": "a long pass phrase 42",
                "password2": "a long pass phrase 42",
            },
        )

    responses = in_parallel(setup, times=10)
    codes = sorted(r.status_code for r in responses)
    assert codes == [302] + [410] * 9
    assert User.objects.filter(is_superuser=True).count() == 1
