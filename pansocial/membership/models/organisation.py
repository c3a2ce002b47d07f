from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    LOCAL = "local", _("Local")
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Regional")


class Organisation(models.Model):
    """A member organisation of the mechanism, or one applying to be."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Application pending")
        MEMBER = "member", _("Member")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = models.ForeignKey(
        "reference.Country",
        verbose_name=_("country of headquarters"),
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices, blank=True)
    created_at = models.DateTimeField(_("applied"), auto_now_add=True)
    member_since = models.DateTimeField(_("member since"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Contact(models.Model):
    """A person acting for an organisation. Leaving ends the link, not the organisation."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    is_primary = models.BooleanField(_("primary contact"), default=False)
    since = models.DateTimeField(_("since"), auto_now_add=True)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=models.Q(left_at__isnull=True),
                name="membership_contact_one_active_link",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"
