import functools
import zoneinfo

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pansocial.account import domain
from pansocial.account.domain import throttle
from pansocial.account.models import Gender
from pansocial.common.i18n import translated_order
from pansocial.common.net import client_ip
from pansocial.reference.models import Country


def _country_field():
    return forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.select_related("subregion").order_by(translated_order("name")),
        required=False,
        empty_label=_("(not given)"),
    )


class NewPasswordMixin:
    """Two password fields checked against Django's validators."""

    def clean_password2(self):
        password1 = self.cleaned_data.get("password1")
        password2 = self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError(_("The two passwords differ."), code="mismatch")
        if password2:
            password_validation.validate_password(password2, self._password_user())
        return password2

    def _password_user(self):
        return None


def _password_fields(label=None):
    return (
        forms.CharField(
            label=label or _("Password"),
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
            help_text=_("At least 10 characters; not only digits, not a common password."),
        ),
        forms.CharField(
            label=_("Password again"),
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        ),
    )


class SignUpForm(NewPasswordMixin, forms.Form):
    full_name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("Used to sign in and for notices. Never shown publicly."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1, password2 = _password_fields()
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES
    )
    country = _country_field()
    privacy = forms.BooleanField(
        label=_("I have read the data-protection notice and agree to it."),
        error_messages={"required": _("You need to agree to the data-protection notice.")},
    )

    def __init__(self, *args, language=None, next_path="", **kwargs):
        super().__init__(*args, **kwargs)
        self.next_path = next_path
        if language:
            self.fields["preferred_language"].initial = language

    def _password_user(self):
        return get_user_model()(
            email=self.cleaned_data.get("email", ""),
            full_name=self.cleaned_data.get("full_name", ""),
        )

    def clean_email(self):
        # Whether the address has an account is not said here: sign_up e-mails its owner.
        return throttle.normalise(self.cleaned_data["email"])

    def save(self):
        data = self.cleaned_data
        return domain.sign_up(
            email=data["email"],
            full_name=data["full_name"],
            password=data["password1"],
            preferred_language=data["preferred_language"],
            country=data["country"],
            next_path=self.next_path,
        )


class LoginForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        self.request = request
        self.user = None
        self.failures = 0
        super().__init__(*args, **kwargs)

    def clean(self):
        email = self.cleaned_data.get("email")
        password = self.cleaned_data.get("password")
        if email and password:
            known = throttle.known_browser(
                cookie=self.request.COOKIES.get(throttle.KNOWN_BROWSER_COOKIE), email=email
            )
            source = known or f"ip:{client_ip(self.request)}"
            wait = throttle.wait_before_check(email=email, source=source, known=bool(known))
            if wait:
                minutes = -(-wait // 60)
                raise forms.ValidationError(
                    ngettext(
                        "Too many failed attempts for this account. Try again in %(minutes)d "
                        "minute, or ask for a sign-in link by e-mail.",
                        "Too many failed attempts for this account. Try again in %(minutes)d "
                        "minutes, or ask for a sign-in link by e-mail.",
                        minutes,
                    )
                    % {"minutes": minutes},
                    code="throttled",
                )
            self.user = authenticate(self.request, email=email, password=password)
            if self.user is None:
                failures = throttle.failed(email=email, known=bool(known))
                domain.record_failed_sign_in(email=email, failures=failures)
                raise forms.ValidationError(
                    _("The e-mail address or the password is not right."), code="invalid"
                )
            self.failures = throttle.succeeded(email=email, source=source)
            if not self.user.is_verified_email:
                raise forms.ValidationError(
                    _(
                        "Confirm your e-mail address first: follow the link we sent you. "
                        "You can ask for a new one below."
                    ),
                    code="unverified",
                )
        return self.cleaned_data


class EmailOnlyForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class LoginLinkForm(EmailOnlyForm):
    def save(self, next_path=""):
        return domain.send_login_link(email=self.cleaned_data["email"], next_path=next_path)


class PasswordResetRequestForm(EmailOnlyForm):
    def save(self):
        return domain.send_password_reset(email=self.cleaned_data["email"])


class ResendVerificationForm(EmailOnlyForm):
    def save(self):
        from pansocial.account.domain.registration import send_verification

        user = (
            get_user_model()
            .objects.filter(
                email__iexact=self.cleaned_data["email"],
                is_active=True,
                email_verified_at__isnull=True,
            )
            .first()
        )
        if user is not None:
            send_verification(user=user)
        return user


class SetPasswordForm(NewPasswordMixin, forms.Form):
    password1, password2 = _password_fields(_("New password"))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def _password_user(self):
        return self.user

    def save(self):
        return domain.set_new_password(user=self.user, password=self.cleaned_data["password1"])


class FirstAdministratorForm(NewPasswordMixin, forms.Form):
    full_name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password1, password2 = _password_fields()

    def __init__(self, *args, token, **kwargs):
        self.token = token
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this address exists."), code="taken")
        return email

    def save(self):
        data = self.cleaned_data
        return domain.create_first_administrator(
            token=self.token,
            email=data["email"],
            full_name=data["full_name"],
            password=data["password1"],
        )


@functools.cache
def _time_zones():
    """The zones people pick from; reading the system's zone list scans the disk, once."""
    return sorted(
        zone
        for zone in zoneinfo.available_timezones()
        if zone.startswith(("America/", "Europe/", "Atlantic/", "Pacific/", "Africa/", "Asia/"))
    )


def _timezone_choices():
    zones = _time_zones()
    return [("", _("Automatic (from my browser)")), ("UTC", "UTC")] + [(z, z) for z in zones]


class ProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Your name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("Pages and e-mails reach you in this language."),
    )
    country = _country_field()
    timezone = forms.ChoiceField(label=_("Time zone"), required=False)
    gender = forms.ChoiceField(
        label=_("Gender (optional)"),
        choices=[("", _("(not given)")), *Gender.choices],
        required=False,
        help_text=_("Used only, without names, to report the gender balance of representatives."),
    )
    gender_description = forms.CharField(
        label=_("Gender, in your own words"),
        max_length=100,
        required=False,
        help_text=_('Used when you choose "I describe myself".'),
    )
    show_name_publicly = forms.BooleanField(
        label=_("Show my name on public pages (for example as a table officer)"),
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        initial = {name: getattr(user, name) for name in domain.profile.PROFILE_FIELDS}
        initial["country"] = user.country_id
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.fields["timezone"].choices = _timezone_choices()

    def clean(self):
        data = super().clean()
        if data.get("gender") == Gender.SELF_DESCRIBED and not data.get("gender_description"):
            self.add_error(
                "gender_description", _("Describe your gender, or choose another option.")
            )
        return data

    def save(self):
        return domain.update_profile(user=self.user, **self.cleaned_data)


class TOTPConfirmForm(forms.Form):
    token = forms.RegexField(
        label=_("Six-digit code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Enter the six digits the app shows.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean_token(self):
        return self.cleaned_data["token"].strip()


class PasswordConfirmForm(forms.Form):
    """The person confirms a sensitive step with their password (if they have one)."""

    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        required=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data.get("password", "")
        if self.user.has_usable_password() and not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not right."), code="invalid")
        return password


class TwoFactorOffForm(PasswordConfirmForm):
    def save(self):
        return domain.disable_totp_device(user=self.user)


class DeleteAccountForm(PasswordConfirmForm):
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data will be deleted for good."),
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def save(self):
        return domain.delete_account(user=self.user)
