from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from pansocial.common.namespaces import Content


class AccountConfig(AppConfig):
    name = "pansocial.account"
    verbose_name = _("Accounts")

    def ready(self):
        from pansocial.common.cache import bump_on_change
        from pansocial.mail import kinds

        from .models import User

        kinds.register(
            {
                "account.verify": _("Confirm your e-mail address"),
                "account.sign_up_existing": _("Sign-up with an address already registered"),
                "account.login_link": _("Sign-in link"),
                "account.password_reset": _("Password reset"),
            }
        )

        # Public pages show the names people chose to publish and count genders.
        bump_on_change(User, Content.PEOPLE, ignore_fields={"last_login", "password"})
