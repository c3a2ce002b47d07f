from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from pansocial.reference.models import Principle, TableTheme


def home(request):
    themes = TableTheme.objects.prefetch_related("objectives").order_by("number")
    return render(
        request,
        "common/home.html",
        {"themes": themes, "principles": Principle.objects.all()},
    )


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
