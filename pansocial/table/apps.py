from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from pansocial.common.namespaces import Content


class TableConfig(AppConfig):
    name = "pansocial.table"
    verbose_name = _("Tables and mandates")

    def ready(self):
        from pansocial.common.cache import bump_on_change

        from . import rules  # noqa: F401 - registers the permissions
        from .models import Mandate, Table, TableMembership

        for model in (Table, TableMembership, Mandate):
            bump_on_change(model, Content.TABLE)
