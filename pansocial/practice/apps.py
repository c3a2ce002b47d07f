from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "pansocial.practice"
    verbose_name = _("Good practices")

    def ready(self):
        from . import pending, rules  # noqa: F401 - registers the permissions
        from .integration import connect

        connect()
        pending.register()
