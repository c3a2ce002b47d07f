from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from pansocial.common import views as common_views
from pansocial.home import views as home_views

urlpatterns = [
    path("healthz", common_views.healthz, name="healthz"),
    path("i18n/setlang/", common_views.set_language, name="set_language"),
    # Spanish has no prefix: /es/... goes to the same page without it.
    re_path(r"^es(?:/(?P<rest>.*))?$", home_views.spanish_prefix, name="spanish_prefix"),
]

if settings.BENCH:
    # The benchmark's baseline (bench/load.py): the cheapest response Django can give.
    urlpatterns.append(path("bench/trivial", common_views.trivial, name="bench-trivial"))

urlpatterns += i18n_patterns(
    path("", include("pansocial.home.urls")),
    path("account/", include("pansocial.account.urls")),
    path("gcm/", include("pansocial.reference.urls")),
    path("members/", include("pansocial.membership.urls")),
    path("tables/", include("pansocial.table.urls")),
    path("practices/", include("pansocial.practice.urls")),
    path("outbox/", include("pansocial.mail.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
