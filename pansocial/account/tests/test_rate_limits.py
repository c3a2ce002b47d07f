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
