from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from pansocial.common.namespaces import Content


class MembershipConfig(AppConfig):
    name = "pansocial.membership"
    verbose_name = _("Membership")

    def ready(self):
        from pansocial.account.domain import register_personal_data
        from pansocial.common.cache import bump_on_change
        from pansocial.mail import kinds
        from pansocial.search import engine
        from pansocial.table import organisations as table_organisations

        from . import pending, personal_data, rules  # noqa: F401 - registers the permissions
        from .models import Organisation

        # The table app sits below this one: it learns which organisations it can hold here.
        table_organisations.register(
            members=Organisation.objects.members,
            is_member=lambda organisation: organisation.is_member,
            acts_for=rules.is_contact_of,
        )

        engine.register(
            Organisation,
            fields=["name", "acronym", "description"],
            weights={"name": "A", "acronym": "A", "description": "C"},
        )
        kinds.register(
            {
                "membership.received": _("Application received"),
                "membership.application_for_table": _("New application for your table"),
                "membership.accepted": _("Application accepted"),
                "membership.declined": _("Application declined"),
                "membership.invitation": _("Invitation to act for an organisation"),
            }
        )
        bump_on_change(Organisation, Content.MEMBERSHIP)
        bump_on_change(Organisation.stakeholder_groups.through, Content.MEMBERSHIP)
        register_personal_data(
            "organisations", export=personal_data.export, erase=personal_data.erase
        )
        pending.register()
