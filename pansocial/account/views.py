import base64
import json

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth import login as auth_login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode, urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.decorators import ratelimit

from pansocial.account import domain, forms, limits
from pansocial.account.domain import throttle

BACKEND = "pansocial.account.backends.EmailBackend"
PENDING_KEY = "account_pending_user"
NEXT_KEY = "account_next"
METHOD_KEY = "account_pending_method"
FAILURES_KEY = "account_pending_failures"


def safe_path(target):
    """``target`` if it is a path on this site ("/members/apply/"), else "": no scheme, no
    host, no "//" or "\\" that a browser would read as another site."""
    target = (target or "").strip()
    if not target.startswith("/") or target.startswith(("//", "/\\")):
        return ""
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None, require_https=False):
        return ""
    return target


def _safe_next(request, default=settings.LOGIN_REDIRECT_URL):
    """Where to go after signing in: the ``next`` path when it is on this site, else the
    personal home."""
    target = safe_path(request.POST.get("next") or request.GET.get("next"))
    return target or reverse(default)


def _sent(request, title, text):
    """The page after a request that sends an e-mail (it never says whether one was sent)."""
    return render(request, "account/sent.html", {"title": title, "text": text})


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def ask_for_code(request, user, next_url, *, method="session", failures=0):
    """Hand over to the second-factor step (for a sign-in, or a signed-in staff member
    whose session has not passed it yet)."""
    request.session[PENDING_KEY] = user.pk
    request.session[NEXT_KEY] = next_url
    request.session[METHOD_KEY] = method
    request.session[FAILURES_KEY] = failures
    return redirect("account:login_otp")


def _signed_in(request, user, next_url, *, method, failures=0):
    auth_login(request, user, backend=BACKEND)
    domain.record_sign_in(user=user, method=method, failures=failures)
    response = redirect(next_url)
    _remember_language(response, user)
    _remember_browser(response, user)
    return response


def _finish_login(request, user, next_url, *, method, failures=0):
    """Sign in, or hand over to the second factor when the person has enabled one."""
    if confirmed_device(user) is not None:
        return ask_for_code(request, user, next_url, method=method, failures=failures)
    return _signed_in(request, user, next_url, method=method, failures=failures)


def _remember_browser(response, user):
    """Mark this browser as one the person signs in from: guesses made elsewhere do not
    slow it down (``domain.throttle``)."""
    from django.conf import settings

    response.set_cookie(
        throttle.KNOWN_BROWSER_COOKIE,
        throttle.known_browser_value(user),
        max_age=throttle.KNOWN_BROWSER_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def _remember_language(response, user):
    from django.conf import settings

    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        user.preferred_language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )


@never_cache
@ratelimit(key="ip", rate=limits.SIGN_IN_PER_IP, method="POST")
@ratelimit(key="ip", rate=limits.SIGN_IN_PER_IP_HOUR, method="POST")
def login(request):
    next_url = _safe_next(request)
    # Two forms share the page: each gets its own id prefix so no two fields share an id
    # (the field names, which the other views read, stay the same).
    form = forms.LoginForm(request.POST or None, request=request, auto_id="signin-%s")
    if request.method == "POST" and form.is_valid():
        return _finish_login(
            request, form.user, next_url, method="password", failures=form.failures
        )
    link_form = forms.LoginLinkForm(
        initial={"email": request.POST.get("email", "")}, auto_id="link-%s"
    )
    return render(
        request,
        "account/login.html",
        {
            "form": form,
            "link_form": link_form,
            "next": next_url,
            "next_path": safe_path(request.POST.get("next") or request.GET.get("next")),
        },
    )


@never_cache
@ratelimit(key="ip", rate=limits.CODE_PER_IP, method="POST")
@ratelimit(key=limits.pending_account_key, rate=limits.CODE_PER_ACCOUNT, method="POST")
def login_otp(request):
    user_id = request.session.get(PENDING_KEY)
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return redirect("account:login")
    form = forms.TOTPConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = confirmed_device(user)
        if device is not None and device.verify_token(form.cleaned_data["token"]):
            next_url = request.session.pop(NEXT_KEY, None) or reverse(settings.LOGIN_REDIRECT_URL)
            method = request.session.pop(METHOD_KEY, "password")
            failures = request.session.pop(FAILURES_KEY, 0)
            request.session.pop(PENDING_KEY, None)
            response = _signed_in(
                request, user, next_url, method=f"{method}+code", failures=failures
            )
            otp_login(request, device)
            return response
        domain.record_failed_second_factor(user=user)
        form.add_error("token", _("This code is not right or has expired."))
    return render(request, "account/login_otp.html", {"form": form})


@never_cache
@ratelimit(key="ip", rate=limits.LINK_PER_IP, method="POST")
@ratelimit(key=limits.email_key, rate=limits.LINK_PER_ACCOUNT, method="POST")
def request_login_link(request):
    next_path = safe_path(request.POST.get("next") or request.GET.get("next"))
    form = forms.LoginLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save(next_path=next_path)
        return _sent(
            request,
            _("Check your e-mail"),
            _(
                "If an account uses this address, we have sent it a sign-in link. "
                "The link works once, for 15 minutes."
            ),
        )
    return render(request, "account/login_link.html", {"form": form, "next": next_path})


@never_cache
def login_link(request, token):
    user = domain.user_from_login_link(token)
    if user is None:
        messages.error(request, _("This sign-in link has expired or was already used."))
        return redirect("account:login_link_request")
    if request.method != "POST":
        # A page with a button, so mail scanners that open links do not spend it.
        return render(request, "account/login_link_confirm.html", {"user_to_sign_in": user})
    if user.email_verified_at is None:
        domain.verify_email(token=domain.verification_token(user))
    # The link proves the address: guesses at the password no longer slow the owner.
    failures = throttle.succeeded(email=user.email, source="link")
    return _finish_login(request, user, _safe_next(request), method="link", failures=failures)


@never_cache
@ratelimit(key="ip", rate=limits.SIGN_UP_PER_IP, method="POST")
@ratelimit(key=limits.email_key, rate=limits.SIGN_UP_PER_ACCOUNT, method="POST")
def signup(request):
    next_path = safe_path(request.POST.get("next") or request.GET.get("next"))
    if request.user.is_authenticated:
        return redirect(next_path or settings.LOGIN_REDIRECT_URL)
    from django.utils.translation import get_language

    form = forms.SignUpForm(request.POST or None, language=get_language(), next_path=next_path)
    if request.method == "POST" and form.is_valid():
        form.save()
        return _sent(
            request,
            _("Confirm your e-mail address"),
            _(
                "We have sent you an e-mail with a link. Follow it to confirm your "
                "address, then sign in."
            )
            + (" " + _("You will then come back to where you were.") if next_path else ""),
        )
    return render(request, "account/signup.html", {"form": form, "next": next_path})


@never_cache
def verify(request, token):
    user = domain.verify_email(token=token)
    if user is None:
        messages.error(request, _("This confirmation link is not valid or has expired."))
        return redirect("account:resend_verification")
    next_path = safe_path(request.GET.get("next"))
    if request.user.is_authenticated and request.user.pk == user.pk:
        messages.success(request, _("Your e-mail address is confirmed."))
        return redirect(next_path or settings.LOGIN_REDIRECT_URL)
    messages.success(request, _("Your e-mail address is confirmed. You can sign in now."))
    login_url = reverse("account:login")
    return redirect(f"{login_url}?{urlencode({'next': next_path})}" if next_path else login_url)


@never_cache
@ratelimit(key="ip", rate=limits.RESEND_PER_IP, method="POST")
@ratelimit(key=limits.email_key, rate=limits.RESEND_PER_ACCOUNT, method="POST")
def resend_verification(request):
    form = forms.ResendVerificationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return _sent(
            request,
            _("Check your e-mail"),
            _(
                "If an unconfirmed account uses this address, we have sent it a new "
                "confirmation link."
            ),
        )
    return render(request, "account/resend_verification.html", {"form": form})


@never_cache
@ratelimit(key="ip", rate=limits.RESET_PER_IP, method="POST")
@ratelimit(key=limits.email_key, rate=limits.RESET_PER_ACCOUNT, method="POST")
def password_reset(request):
    form = forms.PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return _sent(
            request,
            _("Check your e-mail"),
            _("If an account uses this address, we have sent it a link to choose a new password."),
        )
    return render(request, "account/password_reset.html", {"form": form})


@never_cache
def password_reset_confirm(request, uidb64, token):
    user_model = get_user_model()
    try:
        user = user_model.objects.get(pk=urlsafe_base64_decode(uidb64).decode(), is_active=True)
    except (ValueError, TypeError, OverflowError, user_model.DoesNotExist):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        messages.error(request, _("This link is not valid or has expired. Ask for a new one."))
        return redirect("account:password_reset")
    form = forms.SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your new password is set. You can sign in now."))
        return redirect("account:login")
    return render(request, "account/password_reset_confirm.html", {"form": form})


@require_POST
def logout_view(request):
    logout(request)
    messages.success(request, _("You have signed out."))
    return redirect("home:index")


@login_required
def profile(request):
    form = forms.ProfileForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile is saved."))
        response = redirect("account:profile")
        _remember_language(response, user)
        return response
    return render(
        request,
        "account/profile.html",
        {"form": form, "two_factor": confirmed_device(request.user) is not None},
    )


@login_required
def download_data(request):
    data = domain.export_personal_data(user=request.user)
    body = json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pansocial-my-data.json"'
    return response


@login_required
def delete_account(request):
    form = forms.DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        logout(request)
        messages.success(request, _("Your account and personal data are deleted."))
        return redirect("home:index")
    return render(request, "account/delete.html", {"form": form})


def _qr_svg(url):
    return segno.make(url, error="m").svg_inline(scale=4, dark="#000", light="#fff")


@login_required
def two_factor(request):
    user = request.user
    if not user.has_perm("account.use_two_factor"):
        raise Http404  # the page is not offered (rather than refused) to other people
    confirmed = confirmed_device(user)
    next_url = _safe_next(request)
    if request.method == "POST" and request.POST.get("action") == "disable":
        if user.is_staff:
            messages.error(request, _("Staff accounts need two-step sign-in: it stays on."))
            return redirect("account:two_factor")
        form = forms.TwoFactorOffForm(request.POST, user=user)
        if form.is_valid():
            form.save()
            messages.success(request, _("Two-step sign-in is off."))
            return redirect("account:profile")
        messages.error(request, _("The password is not right."))
        return redirect("account:two_factor")
    if confirmed is not None:
        return render(request, "account/two_factor.html", {"confirmed": True})
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = domain.start_totp_device(user=user)
    form = forms.TOTPConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if domain.confirm_totp_device(user=user, device=device, token=form.cleaned_data["token"]):
            otp_login(request, device)
            messages.success(request, _("Two-step sign-in is on."))
            return redirect(next_url)
        form.add_error("token", _("This code is not right or has expired."))
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "account/two_factor.html",
        {
            "form": form,
            "qr": _qr_svg(device.config_url),
            "secret": secret,
            "next": request.GET.get("next", ""),
        },
    )


@never_cache
def setup(request, token):
    """The one-time page where the first administrator creates their account."""
    if not domain.first_admin_token_valid(token):
        return render(request, "account/setup_spent.html", status=410)
    form = forms.FirstAdministratorForm(request.POST or None, token=token)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        if user is None:
            # Someone else used the link a moment earlier.
            return render(request, "account/setup_spent.html", status=410)
        auth_login(request, user, backend=BACKEND)
        domain.record_sign_in(user=user, method="setup")
        messages.success(
            request,
            _("Welcome. You are the first administrator. Set up two-step sign-in to continue."),
        )
        return redirect(f"{reverse('account:two_factor')}?next={reverse('admin:index')}")
    return render(request, "account/setup.html", {"form": form})
