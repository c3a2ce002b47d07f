"""Cached public pages for anonymous readers.

Most traffic is people reading the directory, the tables and the dashboard on slow phones.
``public_page("membership", "table")`` caches a view's HTML for visitors without a session,
keyed by the path, the language, the time zone and the versions of the content kinds the
page shows. ``bump_on_change(Model, "membership")`` increments that kind's version after any
committed save or delete of the model, from a page, the admin or a command alike, so a
reader never sees a page older than the data behind it. One small query reads the versions,
so it works across processes and servers whatever the cache backend.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.translation import get_language

from pansocial.common.models import ContentVersion

TIMEOUT = 60 * 10


def bump(namespace):
    """Make every cached page that depends on ``namespace`` stale. The counter changes in
    the same transaction as the data, so both become visible together (or not at all)."""
    updated = ContentVersion.objects.filter(namespace=namespace).update(version=F("version") + 1)
    if not updated:
        ContentVersion.objects.get_or_create(namespace=namespace, defaults={"version": 1})


def bump_on_change(model, namespace, *, ignore_fields=(), when=None):
    """Bump ``namespace`` whenever ``model`` is saved or deleted. Saves that only touch
    ``ignore_fields`` (e.g. a person's last login) do not count, nor changes to instances
    for which ``when(instance)`` is false (e.g. a draft nobody else sees)."""
    ignored = set(ignore_fields)

    def saved(sender, instance, update_fields=None, raw=False, **kwargs):
        if raw or (update_fields and set(update_fields) <= ignored):
            return
        if when is None or when(instance):
            bump(namespace)

    def deleted(sender, instance, **kwargs):
        if when is None or when(instance):
            bump(namespace)

    uid = f"public-page-{model._meta.label}-{namespace}"
    post_save.connect(saved, sender=model, weak=False, dispatch_uid=uid)
    post_delete.connect(deleted, sender=model, weak=False, dispatch_uid=uid)


def _cacheable(request):
    # Without a session cookie nobody is signed in (sessions are the only way to sign in),
    # so the person is never loaded for a visitor.
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def content_versions(*namespaces):
    """The current version of each namespace, in order: one small query. Part of a cache
    key, it makes the entry stale as soon as the content changes, in every process.

    Plain SQL: it runs on every cached page, where building the ORM query cost a fifth of
    the answer."""
    if not namespaces:
        return ()
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    marks = ", ".join(["%s"] * len(namespaces))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT namespace, version FROM {table} WHERE namespace IN ({marks})",  # noqa: S608
            namespaces,
        )
        versions = dict(cursor.fetchall())
    return tuple(versions.get(name, 0) for name in namespaces)


def _key(request, namespaces):
    versions = content_versions(*namespaces)
    parts = [
        get_language() or "",
        request.COOKIES.get("tz", ""),
        "htmx" if request.headers.get("HX-Request") else "",
        request.get_full_path(),
        *(f"{name}={version}" for name, version in zip(namespaces, versions, strict=True)),
    ]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _names(namespaces):
    names = []
    for item in namespaces:
        for name in item() if callable(item) else (item,):
            if name not in names:
                names.append(name)
    return names


def public_page(*namespaces, timeout=TIMEOUT):
    """Cache the view's page for visitors; ``namespaces`` are the content kinds it shows,
    or callables returning a list of them (read at each request: e.g. a registry)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not _cacheable(request):
                return view(request, *args, **kwargs)
            key = _key(request, _names(namespaces))
            hit = cache.get(key)
            if hit is not None:
                content, content_type = hit
                response = HttpResponse(content, content_type=content_type)
                response["X-Page-Cache"] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if (
                response.status_code == 200
                and not response.cookies
                and not getattr(response, "streaming", False)
            ):
                if hasattr(response, "render") and callable(response.render):
                    response.render()
                cache.set(key, (response.content, response["Content-Type"]), timeout)
            return response

        return wrapper

    return decorator
