from datetime import timedelta

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import Translated


class TableKind(models.TextChoices):
    WORKING = "working", _("Working table")
    LIAISON = "liaison", _("Liaison table")
    TECHNICAL = "technical", _("Technical table")
    COMMISSION = "commission", _("Commission")
    FACILITATION = "facilitation", _("Facilitation group")


class Table(models.Model):
    """A body of the mechanism: working, liaison or technical table, commission, GT-SC."""

    slug = models.SlugField(_("key"), unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=TableKind.choices, db_index=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    theme = models.ForeignKey(
        "reference.TableTheme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tables",
    )
    name_es = models.CharField(_("name (Spanish)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200)
    purpose_es = models.TextField(_("purpose (Spanish)"), blank=True)
    purpose_en = models.TextField(_("purpose (English)"), blank=True)
    purpose_pt = models.TextField(_("purpose (Portuguese)"), blank=True)
    purpose_fr = models.TextField(_("purpose (French)"), blank=True)
    # Filled by the meetings capability; drives the quarterly cadence flag.
    last_meeting_at = models.DateTimeField(_("last meeting"), null=True, blank=True)
    name = Translated("name")
    purpose = Translated("purpose")

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("table")
        verbose_name_plural = _("tables")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("table:detail", kwargs={"slug": self.slug})

    # Seed 000: tables meet every quarter.
    CADENCE = timedelta(days=92)

    def meeting_overdue(self, now=None):
        """True when the last meeting is more than a quarter ago; None when none is known."""
        if self.last_meeting_at is None:
            return None
        return (now or timezone.now()) - self.last_meeting_at > self.CADENCE


class TableMembership(models.Model):
    """An organisation taking part in a table."""

    table = models.ForeignKey(
        Table, verbose_name=_("table"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        "membership.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="table_memberships",
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    class Meta:
        verbose_name = _("table membership")
        verbose_name_plural = _("table memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["table", "organisation"],
                condition=models.Q(left_at__isnull=True),
                name="table_membership_one_active",
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.table}"
