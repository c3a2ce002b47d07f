import gzip
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connection
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_database_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_database_down_answers_503(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("database is gone")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}


def test_home_csp_header_forbids_inline_code(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


def test_home_html_has_no_inline_script_or_style(client):
    html = client.get("/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html
    assert "<style" not in html


def _page_weight(html):
    """Gzip size of the HTML plus every local stylesheet and script it references."""
    total = len(gzip.compress(html.encode(), compresslevel=6))
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    for asset in assets:
        path = finders.find(asset.removeprefix(settings.STATIC_URL))
        assert path, f"missing static file {asset}"
        total += len(gzip.compress(Path(path).read_bytes(), compresslevel=6))
    return total, assets


def test_home_page_weight_under_60_kb(client):
    response = client.get("/")
    total, assets = _page_weight(response.content.decode())
    assert "/static/pansocial/site.css" in assets
    assert total < 60 * 1024, f"home page weighs {total} bytes compressed"


def test_home_references_no_other_host(client):
    html = client.get("/").content.decode()
    urls = re.findall(r'(?:href|src|action)="([^"]+)"', html)
    foreign = [url for url in urls if urlsplit(url).netloc not in ("",)]
    assert foreign == []


def test_language_switch_keeps_current_page(client):
    objective_path = reverse("reference:objective", kwargs={"number": 7})
    response = client.post(
        "/i18n/setlang/", {"language": "pt", "next": objective_path}, follow=False
    )
    assert response.status_code == 302
    assert response["Location"] == "/pt" + objective_path
    back = client.post(
        "/i18n/setlang/", {"language": "es", "next": "/pt" + objective_path}, follow=False
    )
    assert back["Location"] == objective_path


def test_skip_link_and_landmarks_present(client):
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html


def _production_env(tmp_path):
    return {
        "PATH": "/usr/bin:/bin",
        "PANSOCIAL_PRODUCTION": "1",
        "SECRET_KEY": "x" * 20 + "-production-secret-key-with-enough-entropy-0123456789",
        "ALLOWED_HOSTS": "pansocial.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "PANSOCIAL_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_clean_in_production_mode(tmp_path):
    result = _manage(_production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    # One silenced: django_ratelimit.W001 for Django's own Redis cache (see settings).
    assert "System check identified no issues (1 silenced)." in result.stdout


def test_production_mode_refuses_to_start_without_secret_key(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PANSOCIAL_PRODUCTION": "1", "PANSOCIAL_VAR_DIR": str(tmp_path)}
    result = _manage(env, "check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_cache_client_installed(tmp_path):
    # REDIS_URL selects Django's Redis cache, whose client library the project installs
    # (no Redis server is needed to build the client).
    code = "from django.core.cache import cache; print(type(cache._cache.get_client()).__name__)"
    result = _manage(_production_env(tmp_path), "shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "Redis"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "first", "before", "after"),
    [("", "Alemania", "Alemania", "Brasil"), ("/en", "Antigua and Barbuda", "Brazil", "Germany")],
)
def test_country_choices_in_the_readers_language_order(client, prefix, first, before, after):
    """Country lists are sorted by the name the reader sees, not by the Spanish name."""
    import re

    from pansocial.account.tests.factories import UserFactory

    client.force_login(UserFactory())
    html = client.get(f"{prefix}/practices/new/").content.decode()
    select = html[html.index('name="countries"') :]
    names = re.findall(r"<option value=\"\d+\"[^>]*>([^<]+)</option>", select)
    assert names[0] == first
    assert names.index(before) < names.index(after)
