from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page: the top of the dependency tree, it may read any app's data."""

    name = "pansocial.home"
    verbose_name = _("Home")
