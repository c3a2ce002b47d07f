"""Pansocial settings, read from environment variables.

Embedded mode (the default) runs on SQLite with safe local defaults. Production mode
(``PANSOCIAL_PRODUCTION=1``) demands a real ``SECRET_KEY`` and turns on every
``check --deploy`` protection. See docs/operations.md for the full list.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("PANSOCIAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PRODUCTION = env_bool("PANSOCIAL_PRODUCTION")
DEBUG = env_bool("DJANGO_DEBUG", default=False) and not PRODUCTION


def _private_var_dir():
    """var/ holds the database, the secret key and uploads: readable by the owner only."""
    VAR_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    VAR_DIR.chmod(0o700)


def _weak_secret_key(key):
    # The same test as Django's security.W009, refused outright in production.
    return len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-")


def _secret_key():
    key = os.environ.get("SECRET_KEY")
    if key:
        if PRODUCTION and _weak_secret_key(key):
            raise RuntimeError(
                "SECRET_KEY is too weak for PANSOCIAL_PRODUCTION=1: use 50 or more random "
                "characters (python -c 'import secrets; print(secrets.token_urlsafe(64))')"
            )
        return key
    if PRODUCTION:
        raise RuntimeError("SECRET_KEY must be set when PANSOCIAL_PRODUCTION=1")
    # Embedded mode: one random key per installation, kept beside the database.
    _private_var_dir()
    path = VAR_DIR / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as file:
            file.write(secrets.token_urlsafe(64))
    path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
BENCH = env_bool("PANSOCIAL_BENCH")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "pansocial.common",
    "pansocial.search",
    "pansocial.audit",
    "pansocial.account",
    "pansocial.reference",
    "pansocial.mail",
    "pansocial.membership",
    "pansocial.table",
    "pansocial.practice",
    "pansocial.demo",
    "pansocial.home",
    # The admin behind the site's sign-in and a verified second factor (account.admin_site).
    "pansocial.account.admin_config.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_htmx",
    "django_ratelimit",
    "django_tasks_db",
    "rules.apps.AutodiscoverRulesConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "pansocial.audit.middleware.AuditContextMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "pansocial.common.middleware.UserPreferencesMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "pansocial.urls"
WSGI_APPLICATION = "pansocial.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pansocial.common.context_processors.site",
                "pansocial.home.context_processors.workspace",
            ],
        },
    },
]

# Database: SQLite embedded by default, PostgreSQL (psycopg 3) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'pansocial.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        # Every write transaction takes the write lock when it begins (no deadlocking
        # upgrade from a read lock), and a writer waits up to 20 s for it instead of
        # failing with "database is locked". Slow work (password hashing) happens before
        # a transaction opens.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # Tests use a file, not the in-memory database: its shared cache answers "table is
    # locked" at once to concurrent requests instead of waiting (busy_timeout), so the
    # concurrency tests could not show what production (a WAL file) does. One file per
    # test process, so two runs side by side do not share it; the test runner removes it.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("PANSOCIAL_TEST_SQLITE")
        or str(VAR_DIR / f"test-{os.getpid()}.sqlite3")
    }
    _db_file = Path(DATABASES["default"]["NAME"])
    if _db_file.parent == VAR_DIR:
        _private_var_dir()
    if not _db_file.exists() and _db_file.parent.is_dir():
        # Created empty with 0600 before SQLite creates it with the umask's mode; SQLite
        # gives its -wal and -shm files the database file's mode.
        os.close(os.open(_db_file, os.O_WRONLY | os.O_CREAT, 0o600))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when several processes share state (rate limits), else local memory, which
# each process keeps for itself: without REDIS_URL, gunicorn.conf.py starts one worker.
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    # Pages for visitors, facet labels and search bitmaps: Django's default of 300 entries
    # would evict the directory's filter combinations before they are read again.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }
# The public page cache (decision 0004) apart from the rate-limit counters: its own
# local-memory store embedded; with Redis, PAGE_CACHE_URL (best another instance with
# maxmemory and allkeys-lru, so pages never evict counters), else REDIS_URL under the
# "pages" prefix. Aliases are listed in pansocial.common.namespaces.Cache.
PAGE_CACHE_URL = os.environ.get("PAGE_CACHE_URL", REDIS_URL)
CACHES["pages"] = (
    {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": PAGE_CACHE_URL,
        "KEY_PREFIX": "pages",
    }
    if PAGE_CACHE_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
)
# Reverse proxies whose X-Forwarded-For is believed (addresses or networks, comma
# separated). Empty: REMOTE_ADDR is the client. Rate limits and the audit trail's address
# hash read the client's address through pansocial.common.net.client_ip.
TRUSTED_PROXIES = tuple(env_list("TRUSTED_PROXIES"))
RATELIMIT_IP_META_KEY = "pansocial.common.net.ratelimit_ip"
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", default=True)
RATELIMIT_VIEW = "pansocial.common.views.rate_limited"
# django-ratelimit's checks run (the app is installed). Silenced, and why it is fine:
# - W001 "not officially supported" for Django's own RedisCache: its incr() is Redis INCR,
#   atomic across processes (test_rate_limits::test_redis_cache_counts_every_increment);
#   and for LocMemCache, whose incr() holds the cache's lock within the one process.
# - E003 "not a shared cache" for LocMemCache only: without REDIS_URL there is one process
#   (embedded runserver; gunicorn.conf.py refuses several workers), so it is shared.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

AUTH_USER_MODEL = "account.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "pansocial.account.backends.EmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account:login"
LOGIN_REDIRECT_URL = "home:my_space"
LOGOUT_REDIRECT_URL = "home:index"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3

# Languages: Spanish first; English, Portuguese and French complete.
LANGUAGE_CODE = "es"
LANGUAGES = [("es", "Español"), ("en", "English"), ("pt", "Português"), ("fr", "Français")]
CONTENT_LANGUAGES = [code for code, _name in LANGUAGES]
LOCALE_PATHS = []  # every app keeps its own locale/ directory
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "pansocial_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
# Practice files are served by practice:file after a permission check; in production the
# proxy sends the bytes from this internal location (nginx X-Accel-Redirect), e.g.
# "/protected-media/". Empty: Django streams them.
PANSOCIAL_ACCEL_REDIRECT = os.environ.get("PANSOCIAL_ACCEL_REDIRECT", "")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION or env_bool("PANSOCIAL_MANIFEST_STATIC")
            else "whitenoise.storage.CompressedStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# E-mail: every message goes through the outbox (pansocial.mail) and is sent after commit.
# Embedded mode prints e-mails on the console; production speaks SMTP (a local MTA on
# port 25 unless EMAIL_HOST names a relay, then 587 with TLS by default).
_EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
_SMTP = bool(_EMAIL_HOST) or PRODUCTION
MAILERS = {
    "default": {
        "BACKEND": os.environ.get(
            "EMAIL_BACKEND",
            "django.core.mail.backends.smtp.EmailBackend"
            if _SMTP
            else "django.core.mail.backends.console.EmailBackend",
        ),
        "OPTIONS": {
            "host": _EMAIL_HOST or "localhost",
            "port": int(os.environ.get("EMAIL_PORT", "587" if _EMAIL_HOST else "25")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", default=bool(_EMAIL_HOST)),
            "timeout": 20,
        }
        if _SMTP
        else {},
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Pansocial <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: Django's tasks framework. Embedded mode runs tasks at once;
# production uses the database backend and `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend"
            if PRODUCTION
            else "django.tasks.backends.immediate.ImmediateBackend",
        )
    }
}

# Security headers. CSP: only our own origin, no inline script or style at all.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Structured logging: one JSON object per line on stderr.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pansocial.common.logging.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django.server": {"level": os.environ.get("LOG_LEVEL_SERVER", "INFO")},
    },
}
