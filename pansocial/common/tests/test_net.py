import pytest

from pansocial.common.net import client_ip


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "expected"),
    [
        ((), "203.0.113.5", "", "203.0.113.5"),
        # Not behind a trusted proxy: a forged header is ignored.
        ((), "203.0.113.5", "198.51.100.1", "203.0.113.5"),
        (("10.0.0.5",), "10.0.0.5", "203.0.113.1", "203.0.113.1"),
        # The client's own forgery stands left of what the proxy appended.
        (("10.0.0.5",), "10.0.0.5", "198.51.100.66, 203.0.113.1", "203.0.113.1"),
        # Two trusted hops (a network), the client behind them.
        (("10.0.0.0/8",), "10.0.0.5", "203.0.113.1, 10.1.2.3", "203.0.113.1"),
        # Garbage in the chain: the last vouched-for address.
        (("10.0.0.5",), "10.0.0.5", "not-an-ip", "10.0.0.5"),
        (("10.0.0.5",), "10.0.0.5", "", "10.0.0.5"),
        (("::1",), "::1", "2001:db8::7", "2001:db8::7"),
        ((), "", "", ""),
        # A proxy on a Unix socket leaves REMOTE_ADDR empty: trusted only when listed.
        (("unix",), "", "203.0.113.1", "203.0.113.1"),
        ((), "", "203.0.113.1", ""),
        (("unix",), "", "", ""),
    ],
)
def test_client_ip_trusts_forwarded_only_from_configured_proxies(
    rf, settings, trusted, remote, forwarded, expected
):
    settings.TRUSTED_PROXIES = trusted
    request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.django_db
def test_rate_limited_page_with_empty_remote_addr_answers_not_500(client):
    response = client.post("/account/signin/link/", {"email": "nadie@example.org"}, REMOTE_ADDR="")
    assert response.status_code == 200
