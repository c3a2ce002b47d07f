from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def rate_limited(request, exception=None):
    return render(
        request,
        "common/rate_limited.html",
        {"message": _("Too many attempts. Please wait a few minutes and try again.")},
        status=429,
    )


def trivial(request):
    """The benchmark's baseline: the cheapest response Django can give."""
    return HttpResponse("ok", content_type="text/plain")


@csrf_exempt
def set_language(request):
    """Django's set_language, resolving ``next`` in the language of its own prefix: the
    switcher posts to an unprefixed address, so from a /pt/ page Django alone would not
    recognise the page and would keep the reader in Portuguese.

    Exempt from CSRF so public pages carry no per-visitor token and can be cached: the
    worst a forged request can do is change the reader's language."""
    next_url = request.POST.get("next", request.GET.get("next")) or ""
    language = translation.get_language_from_path(urlsplit(next_url).path)
    with translation.override(language or settings.LANGUAGE_CODE):
        return i18n.set_language(request)
