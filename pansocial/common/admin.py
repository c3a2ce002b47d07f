from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Pansocial administration")
admin.site.site_title = _("Pansocial administration")


# django_otp names the sections of its form and its search help in English only
# (pansocial.common.dependencies).
try:
    from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
    from django_otp.plugins.otp_totp.models import TOTPDevice
except ImportError:  # pragma: no cover - django_otp is a dependency
    TOTPDeviceAdmin = None
else:
    from pansocial.common.dependencies import OTP_FIELDSETS, OTP_SEARCH_HELP

    class TranslatedTOTPDeviceAdmin(TOTPDeviceAdmin):
        search_help_text = OTP_SEARCH_HELP

        def get_fieldsets(self, request, obj=None):
            return [
                (OTP_FIELDSETS.get(title, title), options)
                for title, options in super().get_fieldsets(request, obj)
            ]

    if admin.site.is_registered(TOTPDevice):
        admin.site.unregister(TOTPDevice)
    admin.site.register(TOTPDevice, TranslatedTOTPDeviceAdmin)
