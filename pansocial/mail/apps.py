from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailConfig(AppConfig):
    name = "pansocial.mail"
    verbose_name = _("Outbox")

    def ready(self):
        from . import rules  # noqa: F401 - registers the permissions
