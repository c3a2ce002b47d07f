from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """``manage.py seed_demo``: a lived-in, clearly fictional demo mechanism (bin/run --demo)."""

    name = "pansocial.demo"
    verbose_name = _("Demo data")
