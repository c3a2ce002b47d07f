import pytest

from .conftest import en

pytestmark = pytest.mark.django_db


def test_login_rate_limited_after_ten_attempts_a_minute(client, person):
    data = {"email": "ana@example.org", "password": "wrong"}
    codes = [client.post(en("account:login"), data).status_code for _ in range(11)]
    assert codes == [200] * 10 + [429]
    blocked = client.post(en("account:login"), {**data, "password": "correct horse battery"})
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.content.decode()


def test_signup_rate_limited_after_five_an_hour(client):
    codes = [
        client.post(en("account:signup"), {"email": f"p{n}@example.org"}).status_code
        for n in range(6)
    ]
    assert codes == [200] * 5 + [429]


def test_password_reset_rate_limited_after_five_an_hour(client):
    codes = [
        client.post(en("account:password_reset"), {"email": "x@example.org"}).status_code
        for _ in range(6)
    ]
    assert codes == [200] * 5 + [429]


def test_rate_limit_does_not_touch_page_views(client):
    codes = {client.get(en("account:login")).status_code for _ in range(15)}
    assert codes == {200}


PROXY = "10.0.0.5"


def test_per_ip_limit_counts_each_client_behind_a_trusted_proxy(client, settings):
    # The probe: the proxy is REMOTE_ADDR for everybody; one client exhausting its limit
    # must not turn every other visitor away.
    settings.TRUSTED_PROXIES = (PROXY,)
    url = en("account:password_reset")

    sent = iter(range(100))

    def post(forwarded):
        data = {"email": f"x{next(sent)}@example.org"}
        return client.post(url, data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)

    codes = [post("203.0.113.1").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]
    assert post("203.0.113.2").status_code == 200
    assert post("198.51.100.77, 203.0.113.3").status_code == 200
    assert post("203.0.113.1").status_code == 429


def test_per_ip_limit_ignores_forged_forwarded_header_without_trusted_proxy(client, settings):
    settings.TRUSTED_PROXIES = ()
    url = en("account:password_reset")
    codes = [
        client.post(
            url,
            {"email": f"x{n}@example.org"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).status_code
        for n in range(6)
    ]
    assert codes == [200] * 5 + [429]


def test_login_link_limit_keys_on_normalised_address(client):
    variants = ["ana@example.org", "ANA@example.org", " Ana@Example.ORG", "aNa@example.org"]
    variants += ["ana@EXAMPLE.org", "ANA@EXAMPLE.ORG"]
    codes = [
        client.post(
            en("account:login_link_request"), {"email": email}, REMOTE_ADDR=f"198.51.100.{n}"
        ).status_code
        for n, email in enumerate(variants)
    ]
    assert codes == [200] * 5 + [429]


def test_login_link_ten_requests_send_at_most_five_links(client, person):
    for n in range(10):
        email = "ana@example.org" if n % 2 else "ANA@EXAMPLE.ORG"
        client.post(
            en("account:login_link_request"), {"email": email}, REMOTE_ADDR=f"198.51.100.{n}"
        )
    from pansocial.mail.models import OutboundEmail

    assert OutboundEmail.objects.filter(kind="account.login_link").count() == 5


def test_password_reset_limited_per_account_across_addresses(client):
    codes = [
        client.post(
            en("account:password_reset"),
            {"email": "Ana@Example.org" if n % 2 else "ana@example.org"},
            REMOTE_ADDR=f"198.51.100.{n}",
        ).status_code
        for n in range(6)
    ]
    assert codes == [200] * 5 + [429]


def test_rate_limit_checks_run_and_only_proven_ones_are_silenced(settings):
    from django.apps import apps
    from django.core import checks

    assert apps.is_installed("django_ratelimit")
    messages = checks.run_checks(include_deployment_checks=False)
    found = {message.id for message in messages}
    shown = {message.id for message in messages if not message.is_silenced()}
    # Locmem in tests: both are raised (the checks run) and both are silenced.
    assert {"django_ratelimit.W001", "django_ratelimit.E003"} <= found
    assert not {i for i in shown if i and i.startswith("django_ratelimit")}
    assert settings.SILENCED_SYSTEM_CHECKS == ["django_ratelimit.W001", "django_ratelimit.E003"]


def test_redis_cache_counts_every_increment(settings):
    """Why django_ratelimit.W001 is silenced for Django's own Redis backend: its incr is
    atomic across connections (20 threads, 50 increments each, none lost)."""
    import redis
    from django.core.cache.backends.redis import RedisCache

    from pansocial.common.testing.concurrency import in_parallel

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/15").ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    cache = RedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": "pansocial-test"})
    cache.delete("counter")
    cache.add("counter", 0, 60)

    def bump(_index):
        for _ in range(50):
            cache.incr("counter")

    results = in_parallel(bump, times=20)
    assert [r for r in results if r is not None] == []
    assert cache.get("counter") == 1000
    cache.delete("counter")
