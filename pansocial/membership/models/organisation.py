import re
import unicodedata

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    LOCAL = "local", _("Local")
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Regional")


def name_key(name):
    """The name reduced for duplicate detection: no accents, case, punctuation or spaces."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", text)


SORT_KEY_CHARACTERS = 100


def sort_key(name):
    """The name's place in alphabetical order, identical on SQLite and PostgreSQL whatever
    the database's collation: accents and case ignored ("Á" sorts as "a"), punctuation read
    as a space, a space before any letter ("Asociación de …" before "Asociación Puente",
    "Red Migrante" before "Redes"). Stored as lowercase hexadecimal of that folded text:
    digits and "a"-"f" compare alike in every collation, so the database's order of the
    keys is the order of the folded texts."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())[:SORT_KEY_CHARACTERS].encode().hex()


class OrganisationQuerySet(models.QuerySet):
    def alphabetical(self):
        """In alphabetical order of name (``sort_key``), the same on both databases."""
        return self.order_by("sort_key", "name", "pk")

    def members(self):
        return self.filter(status=Organisation.Status.MEMBER)


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
    name_key = models.CharField(max_length=200, db_index=True, editable=False, default="")
    # Kept by save() from the name: see sort_key().
    sort_key = models.CharField(max_length=4 * SORT_KEY_CHARACTERS, editable=False, default="")
    countries_of_work = models.ManyToManyField(
        "reference.Country",
        verbose_name=_("countries where it works"),
        blank=True,
        related_name="+",
    )
    primary_group = models.ForeignKey(
        "reference.StakeholderGroup",
        verbose_name=_("main stakeholder group"),
        null=True,
        on_delete=models.PROTECT,
        related_name="primary_organisations",
    )
    stakeholder_groups = models.ManyToManyField(
        "reference.StakeholderGroup",
        verbose_name=_("stakeholder groups"),
        blank=True,
        related_name="organisations",
    )
    diaspora = models.BooleanField(_("based outside the region (diaspora)"), default=False)
    migrant_led = models.BooleanField(_("led by migrants"), default=False)
    women_led = models.BooleanField(_("led by women"), default=False)
    grassroots = models.BooleanField(_("grassroots organisation"), default=False)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("short description"), blank=True, max_length=1500)
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    tables_applied_for = models.ManyToManyField(
        "table.Table",
        verbose_name=_("working tables applied for"),
        blank=True,
        related_name="applications",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_reason = models.TextField(_("reason"), blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["sort_key", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [
            models.Index(fields=["status", "country"]),
            # The directory: members in alphabetical order, read a page at a time.
            models.Index(fields=["status", "name"], name="membership_org_status_name_idx"),
            models.Index(fields=["status", "sort_key"], name="membership_org_status_sort_idx"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        self.sort_key = sort_key(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "name_key", "sort_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("membership:organisation", kwargs={"pk": self.pk})

    @property
    def is_member(self):
        return self.status == self.Status.MEMBER


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
