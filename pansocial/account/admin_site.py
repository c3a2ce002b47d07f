"""The administration behind the site's own sign-in and a second factor.

``/admin/login/`` is not a second way in: it sends visitors to ``/account/signin/`` (rate
limited, throttled per account, audited, asks for the code). The admin opens only for
active staff whose session passed the second factor (``django_otp``'s ``is_verified``);
staff without an authenticator are sent to set one up, staff with one to enter its code.
"""

from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


def _verified(user):
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


class AdminSite(admin.AdminSite):
    def has_permission(self, request):
        user = request.user
        return bool(user.is_active and user.is_staff and _verified(user))

    def login(self, request, extra_context=None):
        from pansocial.account import views as account_views

        target = request.GET.get(REDIRECT_FIELD_NAME, "")
        if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
            target = reverse("admin:index", current_app=self.name)
        user = request.user
        if not user.is_authenticated:
            # GET or POST alike: no credentials are read here.
            return redirect_to_login(target, reverse("account:login"))
        if not (user.is_active and user.is_staff):
            raise PermissionDenied
        if self.has_permission(request):
            return redirect(target)
        if account_views.confirmed_device(user) is not None:
            return account_views.ask_for_code(request, user, target)
        messages.info(
            request, _("The administration needs two-step sign-in: set it up to continue.")
        )
        return redirect_to_login(target, reverse("account:two_factor"))
