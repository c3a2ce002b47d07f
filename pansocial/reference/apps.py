from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from pansocial.common.namespaces import Content


class ReferenceConfig(AppConfig):
    name = "pansocial.reference"
    verbose_name = _("Reference data")

    def ready(self):
        from pansocial.common.cache import bump_on_change

        from . import models

        for model in (
            models.Subregion,
            models.Country,
            models.TableTheme,
            models.Cluster,
            models.Objective,
            models.Principle,
            models.StakeholderGroup,
        ):
            bump_on_change(model, Content.REFERENCE)
