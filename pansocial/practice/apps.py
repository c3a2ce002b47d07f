from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "pansocial.practice"
    verbose_name = _("Good practices")

    def ready(self):
        from pansocial.mail import kinds

        from . import pending, rules  # noqa: F401 - registers the permissions
        from .integration import connect

        connect()
        pending.register()
        kinds.register(
            {
                "practice.submitted": _("Practice received"),
                "practice.review_assigned": _("Practice assigned for review"),
                "practice.eligible": _("Practice published"),
                "practice.needs_info": _("Practice: more information needed"),
                "practice.not_eligible": _("Practice not eligible"),
            }
        )
