"""Password guessing is slowed per account and per source; the owner is not locked out."""

import pytest
from django.test import Client

from pansocial.account.domain import throttle
from pansocial.audit.models import AuditEntry
from pansocial.common.testing.concurrency import in_parallel

from .conftest import en, last_link

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"
THROTTLED = "Too many failed attempts for this account."


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, moved by the test."""
    moment = {"now": 1_900_000_000.0}
    monkeypatch.setattr(throttle, "now", lambda: moment["now"])
    return moment


def _try(client, email, password, ip):
    return client.post(en("account:login"), {"email": email, "password": password}, REMOTE_ADDR=ip)


def test_signin_case_variant_shares_the_limited_account(client, person):
    for _ in range(5):
        _try(client, "ana@example.org", "wrong", "203.0.113.1")
    response = _try(client, "ANA@Example.ORG", PASSWORD, "203.0.113.1")
    assert THROTTLED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signin_owner_not_locked_out_by_ten_bad_passwords(client, person):
    attacker = Client()
    for _ in range(10):
        _try(attacker, "ANA@example.org", "wrong", "203.0.113.1")
    response = _try(client, "ana@example.org", PASSWORD, "198.51.100.20")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_signin_pair_pause_allows_five_checks_per_address(client, person):
    texts = [
        _try(client, "ana@example.org", "wrong", "203.0.113.1").content.decode() for _ in range(6)
    ]
    assert [THROTTLED in text for text in texts] == [False] * 5 + [True]
    assert AuditEntry.objects.filter(action="account.sign_in_failed").count() == 5


def test_signin_distributed_guessing_waits_progressively(client, person, clock):
    attacker = Client()
    for n in range(10):
        _try(attacker, "ana@example.org", "wrong", f"203.0.113.{n}")
    # Failure 10: one second before the next check, from anywhere unknown.
    response = _try(attacker, "ana@example.org", PASSWORD, "203.0.113.50")
    assert THROTTLED in response.content.decode()
    clock["now"] += 1.5
    _try(attacker, "ana@example.org", "wrong", "203.0.113.51")  # failure 11: two seconds
    clock["now"] += 1.5
    assert THROTTLED in _try(attacker, "ana@example.org", "x", "203.0.113.52").content.decode()
    clock["now"] += 1
    signed_in = _try(client, "ana@example.org", PASSWORD, "203.0.113.53")
    assert signed_in.status_code == 302
    entry = AuditEntry.objects.get(action="account.sign_in")
    assert entry.after == {"method": "password", "staff": False, "failed_before": 11}


def test_signin_known_browser_not_slowed_by_guessing_elsewhere(client, person, clock):
    _try(client, "ana@example.org", PASSWORD, "198.51.100.20")
    client.post(en("account:logout"))
    attacker = Client()
    for n in range(30):
        _try(attacker, "ana@example.org", "wrong", f"203.0.113.{n}")
    assert THROTTLED in _try(attacker, "ana@example.org", PASSWORD, "203.0.113.99").content.decode()
    response = _try(client, "ana@example.org", PASSWORD, "198.51.100.21")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_signin_delay_doubles_and_stops_at_fifteen_minutes(clock):
    email = "someone@example.org"
    for _ in range(throttle.ACCOUNT_FREE):
        throttle.failed(email=email)
    waits = []
    for n in range(14):
        waits.append(throttle.wait_before_check(email=email, source=f"ip:{n}"))
        clock["now"] += 10_000
        throttle.wait_before_check(email=email, source=f"ip:{n}")
        throttle.failed(email=email)
    assert waits[:5] == [2, 3, 5, 9, 17]  # 1, 2, 4, 8, 16 s, rounded up
    assert waits[-1] == throttle.ACCOUNT_MAX_DELAY + 1


def test_signin_one_check_per_step_when_many_arrive_at_once(clock):
    email = "someone@example.org"
    for _ in range(throttle.ACCOUNT_FREE):
        throttle.failed(email=email)
    clock["now"] += 5
    results = in_parallel(
        lambda i: throttle.wait_before_check(email=email, source=f"ip:{i}"), times=10
    )
    assert sorted(results) == [0] + [1] * 9


def test_signin_login_link_lets_owner_in_and_clears_failures(client, person, clock):
    attacker = Client()
    for n in range(20):
        _try(attacker, "ana@example.org", "wrong", f"203.0.113.{n}")
    client.post(en("account:login_link_request"), {"email": "ana@example.org"})
    response = client.post(last_link("ana@example.org"))
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)
    entry = AuditEntry.objects.get(action="account.sign_in")
    assert entry.after["method"] == "link"
    assert entry.after["failed_before"] == 10  # the other ten had to wait: not checked
    assert throttle.wait_before_check(email="ana@example.org", source="ip:x") == 0


def test_signin_failures_audited_without_password(client, person):
    _try(client, "ana@example.org", "hunter2-secret", "203.0.113.1")
    _try(client, "nobody@example.org", "hunter2-secret", "203.0.113.1")
    entries = list(AuditEntry.objects.filter(action="account.sign_in_failed").order_by("id"))
    assert [(e.object_id, e.after) for e in entries] == [
        (str(person.pk), {"failures": 1}),
        ("", {"failures": 1}),
    ]
    assert not AuditEntry.objects.filter(after__icontains="hunter2").exists()
    assert "nobody" not in str([(e.object_repr, e.note) for e in entries])
