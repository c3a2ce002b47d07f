from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import Translated


class TableTheme(models.Model):
    """One of the four IMRF round tables, mirrored by the mechanism's working tables."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200)
    name = Translated("name")

    class Meta:
        ordering = ["number"]
        verbose_name = _("working-table theme")
        verbose_name_plural = _("working-table themes")

    def __str__(self):
        return f"{self.number}. {self.name}"


class Cluster(models.Model):
    """A thematic cluster of the good-practice exchange sessions (seed 003)."""

    slug = models.SlugField(_("key"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    session = models.PositiveSmallIntegerField(_("exchange session"))
    name_es = models.CharField(_("name (Spanish)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200)
    name = Translated("name")

    class Meta:
        ordering = ["order"]
        verbose_name = _("thematic cluster")
        verbose_name_plural = _("thematic clusters")

    def __str__(self):
        return self.name


class Objective(models.Model):
    """One of the 23 GCM objectives (A/RES/73/195)."""

    HUB_TERM_OFFSET = 278

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    short_es = models.CharField(_("short label (Spanish)"), max_length=120)
    short_en = models.CharField(_("short label (English)"), max_length=120)
    short_pt = models.CharField(_("short label (Portuguese)"), max_length=120)
    short_fr = models.CharField(_("short label (French)"), max_length=120)
    title_es = models.TextField(_("title (Spanish)"))
    title_en = models.TextField(_("title (English)"))
    title_pt = models.TextField(_("title (Portuguese)"))
    title_fr = models.TextField(_("title (French)"))
    hub_term = models.PositiveIntegerField(_("Hub taxonomy id"), unique=True)
    theme = models.ForeignKey(
        TableTheme,
        verbose_name=_("working-table theme"),
        on_delete=models.PROTECT,
        related_name="objectives",
    )
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("thematic cluster"),
        on_delete=models.PROTECT,
        related_name="objectives",
    )
    short = Translated("short")
    title = Translated("title")

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")

    def __str__(self):
        return f"{self.number}. {self.short}"

    def get_absolute_url(self):
        return reverse("reference:objective", kwargs={"number": self.number})


class Principle(models.Model):
    """One of the ten cross-cutting guiding principles (para 15)."""

    slug = models.SlugField(_("key"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name_es = models.CharField(_("name (Spanish)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    description_es = models.TextField(_("description (Spanish)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_pt = models.TextField(_("description (Portuguese)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    hub_term = models.PositiveIntegerField(_("Hub taxonomy id"), unique=True)
    name = Translated("name")
    description = Translated("description")

    class Meta:
        ordering = ["order"]
        verbose_name = _("guiding principle")
        verbose_name_plural = _("guiding principles")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("reference:principle", kwargs={"slug": self.slug})


class StakeholderGroup(models.Model):
    """One of the 13 stakeholder groups of GCM para 44 (as listed in seed 000)."""

    slug = models.SlugField(_("key"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name_es = models.CharField(_("name (Spanish)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=150)
    name_fr = models.CharField(_("name (French)"), max_length=150)
    name = Translated("name")

    class Meta:
        ordering = ["order"]
        verbose_name = _("stakeholder group")
        verbose_name_plural = _("stakeholder groups")

    def __str__(self):
        return self.name
