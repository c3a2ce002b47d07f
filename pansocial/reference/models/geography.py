from django.db import models
from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import Translated


class Subregion(models.Model):
    """South America, Central America and Mexico, the Caribbean, or outside the region."""

    OUTSIDE = "OUT"

    code = models.CharField(_("code"), max_length=8, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name_es = models.CharField(_("name (Spanish)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=100)
    name_fr = models.CharField(_("name (French)"), max_length=100)
    name = Translated("name")

    class Meta:
        ordering = ["order"]
        verbose_name = _("subregion")
        verbose_name_plural = _("subregions")

    def __str__(self):
        return self.name

    @property
    def in_region(self):
        return self.code != self.OUTSIDE


class Country(models.Model):
    """A country by ISO 3166-1 alpha-2 code. The 33 LAC states plus diaspora countries."""

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    subregion = models.ForeignKey(
        Subregion,
        verbose_name=_("subregion"),
        on_delete=models.PROTECT,
        related_name="countries",
    )
    name_es = models.CharField(_("name (Spanish)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=100)
    name_fr = models.CharField(_("name (French)"), max_length=100)
    name = Translated("name")

    class Meta:
        ordering = ["name_es"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def in_region(self):
        return self.subregion.code != Subregion.OUTSIDE
