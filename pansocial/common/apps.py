from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "pansocial.common"
    verbose_name = _("Common")

    def ready(self):
        # Input hygiene for every app, present and future (see the two modules).
        from pansocial.common import db, dependencies, text

        text.install()
        db.install()
        dependencies.relabel()
