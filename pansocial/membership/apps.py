from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    name = "pansocial.membership"
    verbose_name = _("Membership")

    def ready(self):
        from pansocial.account.domain import register_personal_data
        from pansocial.common.cache import bump_on_change
        from pansocial.search import engine

        from . import personal_data, rules  # noqa: F401 - registers the permissions
        from .models import Organisation

        engine.register(
            Organisation,
            fields=["name", "acronym", "description"],
            weights={"name": "A", "acronym": "A", "description": "C"},
        )
        bump_on_change(Organisation, "membership")
        bump_on_change(Organisation.stakeholder_groups.through, "membership")
        register_personal_data(
            "organisations", export=personal_data.export, erase=personal_data.erase
        )
