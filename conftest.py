"""Fixtures shared by every app's tests and by the browser tests."""

import os

import pytest
from django.core import mail  # noqa: F401

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def _static_root():
    """WhiteNoise warns at every start when STATIC_ROOT is missing; tests use the finders."""
    from pathlib import Path

    from django.conf import settings

    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the snapshot that serialized_rollback restores reachable from every connection
    object: Playwright's sync API runs tests in a greenlet whose context gets fresh
    connection objects, and those would silently skip the restore."""
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    from django.core.cache import caches
    from django.utils import translation

    for cache in caches.all():
        cache.clear()
    from pansocial.practice.domain import facets

    facets.reset()
    # Requests activate the reader's language in the thread: start every test in Spanish.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def user_factory(db):
    from pansocial.account.tests.factories import UserFactory

    return UserFactory


def pytest_collection_modifyitems(items):
    """A transactional test flushes the database afterwards, which also empties what the
    data migrations loaded (the reference data, the tables). With serialized_rollback the
    flush keeps Django's content types and the next test gets the data back; without it a
    later serialized test fails on duplicate content types. Require it everywhere."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if (
            marker
            and marker.kwargs.get("transaction")
            and not marker.kwargs.get("serialized_rollback")
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: use django_db(transaction=True, serialized_rollback=True)"
            )
