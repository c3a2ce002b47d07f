from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ExchangeCycle(models.Model):
    """A cycle of exchange sessions on good practices, grouped by thematic cluster."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("exchange cycle")
        verbose_name_plural = _("exchange cycles")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practice:cycle", kwargs={"pk": self.pk})


class ExchangeSession(models.Model):
    cycle = models.ForeignKey(
        ExchangeCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="sessions"
    )
    number = models.PositiveSmallIntegerField(_("session"))
    title = models.CharField(_("title"), max_length=200)
    clusters = models.ManyToManyField(
        "reference.Cluster", verbose_name=_("thematic clusters"), related_name="sessions"
    )
    date = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        ordering = ["cycle", "number"]
        verbose_name = _("exchange session")
        verbose_name_plural = _("exchange sessions")

    def __str__(self):
        return f"{self.number}. {self.title}"


class SessionSelection(models.Model):
    session = models.ForeignKey(
        ExchangeSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="selections",
    )
    practice = models.ForeignKey(
        "practice.Practice",
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="selections",
    )
    cluster = models.ForeignKey(
        "reference.Cluster", verbose_name=_("cluster"), on_delete=models.PROTECT, related_name="+"
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["session", "cluster__order", "id"]
        verbose_name = _("selected practice")
        verbose_name_plural = _("selected practices")
        constraints = [
            models.UniqueConstraint(fields=["session", "practice"], name="session_practice_once")
        ]

    def __str__(self):
        return f"{self.session}: {self.practice}"
