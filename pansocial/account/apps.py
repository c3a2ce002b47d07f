from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from pansocial.common.namespaces import Content


class AccountConfig(AppConfig):
    name = "pansocial.account"
    verbose_name = _("Accounts")

    def ready(self):
        from pansocial.common.cache import bump_on_change

        from .models import User

        # Public pages show the names people chose to publish and count genders.
        bump_on_change(User, Content.PEOPLE, ignore_fields={"last_login", "password"})
