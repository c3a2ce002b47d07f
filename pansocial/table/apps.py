from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TableConfig(AppConfig):
    name = "pansocial.table"
    verbose_name = _("Tables and mandates")
