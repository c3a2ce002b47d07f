"""Cached public pages for anonymous readers.

Most traffic is people reading the directory, the tables and the dashboard on slow phones.
``public_page("membership", "table", params=("country", "page"))`` caches a view's HTML for
visitors without a session, keyed by the path, the language, the time zone, the query
parameters the page reads (``params``) and the versions of the content kinds it shows.
A request with any other parameter, or with a value that is not a short token (an id, a
slug, a code, a page number up to ``MAX_PAGE``), is answered without the cache: junk in a
query string cannot fill the cache with copies of a page. Pages live in their own cache
(``namespaces.Cache.PAGES``), apart from the rate-limit counters.

``bump_on_change(Model, "membership")`` increments that kind's version after any committed
save or delete of the model, from a page, the admin or a command alike, so a
reader never sees a page older than the data behind it. One small query reads the versions,
so it works across processes and servers whatever the cache backend.
"""

import functools
import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from pansocial.common.models import ContentVersion
from pansocial.common.namespaces import Cache, Key

TIMEOUT = 60 * 10
# Query-string values a cached page may be keyed by: ids, slugs, codes, years, sorts.
TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,40}")
MAX_VALUES = 30
MAX_PAGE = 200


def page_cache():
    """The cache holding public pages (the default one when no ``pages`` alias exists)."""
    return caches[Cache.PAGES if Cache.PAGES in settings.CACHES else Cache.DEFAULT]


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


def normalised_query(request, params):
    """The query parameters of ``request`` that the page reads, as a canonical text
    (names and values sorted, empty values and ``page=1`` left out), or None when the
    request must not be cached: another parameter, too many values, or a value that is
    not a short token (free text, a page beyond ``MAX_PAGE``)."""
    parts = []
    count = 0
    for name in request.GET:
        values = [value for value in request.GET.getlist(name) if value != ""]
        if not values:
            continue
        if name not in params:
            return None
        count += len(values)
        if count > MAX_VALUES or not all(TOKEN.fullmatch(value) for value in values):
            return None
        if name == "page":
            if len(values) != 1 or not values[0].isdigit() or not 0 < int(values[0]) <= MAX_PAGE:
                return None
            if int(values[0]) == 1:
                continue
            values = [str(int(values[0]))]
        parts.append((name, sorted(set(values))))
    return "&".join(f"{name}={','.join(values)}" for name, values in sorted(parts))


def _key(request, namespaces, query):
    versions = content_versions(*namespaces)
    parts = [
        get_language() or "",
        timezone.get_current_timezone_name(),
        "htmx" if request.headers.get("HX-Request") else "",
        request.path,
        query,
        *(f"{name}={version}" for name, version in zip(namespaces, versions, strict=True)),
    ]
    return f"{Key.PAGE}:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _names(namespaces):
    names = []
    for item in namespaces:
        for name in item() if callable(item) else (item,):
            if name not in names:
                names.append(name)
    return names


def public_page(*namespaces, params=(), timeout=TIMEOUT):
    """Cache the view's page for visitors; ``namespaces`` are the content kinds it shows,
    or callables returning a list of them (read at each request: e.g. a registry);
    ``params`` the query parameters it reads whose values are tokens (filters, ``page``).
    Leave free-text parameters (a search) out: such requests are not cached."""
    params = frozenset(params)

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            query = normalised_query(request, params) if _cacheable(request) else None
            if query is None:
                return view(request, *args, **kwargs)
            cache = page_cache()
            key = _key(request, _names(namespaces), query)
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
