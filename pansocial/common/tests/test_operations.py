"""Production refusals and file modes (docs/operations.md)."""

import os
import stat
import subprocess
import sys

from django.conf import settings

GOOD_KEY = "x" * 20 + "-production-secret-key-with-enough-entropy-0123456789"


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _production(tmp_path, **extra):
    return {
        "PANSOCIAL_PRODUCTION": "1",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "pansocial.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "PANSOCIAL_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **extra,
    }


def test_production_refuses_secret_key_shorter_than_fifty_characters(tmp_path):
    result = _manage(_production(tmp_path, SECRET_KEY="k" * 20 + "0123456789abcdefghi"), "check")
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_production_refuses_django_insecure_key(tmp_path):
    key = "django-insecure-" + "abcdefghij" * 5
    result = _manage(_production(tmp_path, SECRET_KEY=key), "check")
    assert "SECRET_KEY is too weak" in result.stderr


def test_production_accepts_a_long_random_key(tmp_path):
    result = _manage(_production(tmp_path), "check")
    assert result.returncode == 0, result.stderr


def test_embedded_mode_creates_var_and_database_private(tmp_path):
    var = tmp_path / "var"
    env = {"PANSOCIAL_VAR_DIR": str(var)}
    result = _manage(env, "migrate", "--no-input", "-v0")
    assert result.returncode == 0, result.stderr
    mode = {p.name: stat.S_IMODE(os.stat(p).st_mode) for p in var.iterdir()}
    assert stat.S_IMODE(os.stat(var).st_mode) == 0o700
    assert mode["pansocial.sqlite3"] == 0o600
    assert mode["secret_key"] == 0o600
    assert all(value & 0o077 == 0 for name, value in mode.items() if "sqlite3" in name), mode


def test_gunicorn_refuses_several_workers_without_shared_cache(tmp_path):
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    env = {"PATH": "/usr/bin:/bin", "PANSOCIAL_VAR_DIR": str(tmp_path), "WEB_CONCURRENCY": "3"}
    args = [gunicorn, "-c", "gunicorn.conf.py", "--check-config", "pansocial.wsgi"]
    refused = subprocess.run(
        args, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    assert refused.returncode != 0
    assert "needs a shared cache" in refused.stdout + refused.stderr
    with_redis = {**env, "REDIS_URL": "redis://127.0.0.1:6379/0"}
    accepted = subprocess.run(
        args, cwd=settings.BASE_DIR, env=with_redis, capture_output=True, text=True, timeout=60
    )
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
