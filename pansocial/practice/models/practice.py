import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class PracticeType(models.TextChoices):
    POLICY = "policy", _("Policy")
    LEGISLATION = "legislation", _("Legislation")
    PROGRAMME = "programme", _("Project or programme")
    INSTITUTION = "institution", _("Institution")
    FUND = "fund", _("Fund")
    TOOL = "tool", _("Tool")
    OTHER = "other", _("Other")


class GeographicScope(models.TextChoices):
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Regional")
    GLOBAL = "global", _("Global")


class PracticeStatus(models.TextChoices):
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    NEEDS_INFO = "needs_info", _("Needs more information")
    ELIGIBLE = "eligible", _("Eligible (published)")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")


EDITABLE_STATES = (State.DRAFT, State.SUBMITTED, State.NEEDS_INFO)


class ImplementerType(models.TextChoices):
    NATIONAL_GOVERNMENT = "national_government", _("National government")
    LOCAL_GOVERNMENT = "local_government", _("Local government")
    CSO = "cso", _("Civil society organisation")
    MIGRANT_ORG = "migrant_org", _("Migrant or diaspora organisation")
    UN_AGENCY = "un_agency", _("UN agency")
    ACADEMIA = "academia", _("Academia")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    TRADE_UNION = "trade_union", _("Trade union")
    OTHER = "other", _("Other")


def validate_links(value):
    check = URLValidator(schemes=["http", "https"])
    for line in value.splitlines():
        line = line.strip()
        if line:
            try:
                check(line)
            except ValidationError as error:
                raise ValidationError(
                    _("Not a web address: %(line)s"), code="invalid_link", params={"line": line}
                ) from error


class PracticeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=State.ELIGIBLE)


class Practice(models.Model):
    """A good practice in implementing the GCM, from submission to publication."""

    LANGUAGES = [
        ("es", _("Spanish")),
        ("en", _("English")),
        ("pt", _("Portuguese")),
        ("fr", _("French")),
    ]

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), max_length=600)
    description = models.TextField(_("description"))
    practice_type = models.CharField(
        _("type of practice"), max_length=16, choices=PracticeType.choices, db_index=True
    )
    language = models.CharField(
        _("language of the text"), max_length=2, choices=LANGUAGES, default="es", db_index=True
    )
    geographic_scope = models.CharField(
        _("geographic scope"),
        max_length=10,
        choices=GeographicScope.choices,
        default=GeographicScope.NATIONAL,
    )
    countries = models.ManyToManyField(
        "reference.Country", verbose_name=_("countries"), blank=True, related_name="practices"
    )
    objectives = models.ManyToManyField(
        "reference.Objective",
        verbose_name=_("GCM objectives"),
        through="PracticeObjective",
        related_name="practices",
    )
    principles = models.ManyToManyField(
        "reference.Principle",
        verbose_name=_("guiding principles it particularly exemplifies"),
        blank=True,
        related_name="practices",
    )
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True)
    ongoing = models.BooleanField(_("ongoing"), default=False)
    # Derived from the dates on save; stored so the facets count with plain GROUP BY.
    status = models.CharField(
        _("status"), max_length=10, choices=PracticeStatus.choices, editable=False, db_index=True
    )
    start_year = models.PositiveSmallIntegerField(_("year"), editable=False, db_index=True)
    results = models.TextField(_("results and evidence"), blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    replicability = models.TextField(_("what makes it replicable"), blank=True)
    partners = models.TextField(_("partners"), blank=True)
    links = models.TextField(
        _("links"), blank=True, validators=[validate_links], help_text=_("One address per line.")
    )
    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.PROTECT,
        related_name="practices",
    )
    submitted_on_behalf = models.BooleanField(
        _("submitted on behalf of the implementer"), default=False
    )
    # Private: never on public pages or public exports.
    focal_point_name = models.CharField(
        _("implementing focal point: name"), max_length=150, blank=True
    )
    focal_point_email = models.EmailField(_("implementing focal point: e-mail"), blank=True)
    contact_name = models.CharField(_("contact focal point: name"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact focal point: e-mail"), blank=True)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.DRAFT, db_index=True
    )
    review_score = models.DecimalField(
        _("review score"), max_digits=4, decimal_places=2, null=True, blank=True
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PracticeQuerySet.as_manager()

    PRIVATE_FIELDS = ("focal_point_name", "focal_point_email", "contact_name", "contact_email")

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        indexes = [
            models.Index(fields=["state", "published_at"]),
            # Lets "published and in this set of ids" be answered from the index alone.
            models.Index(
                fields=["id"], condition=models.Q(state="eligible"), name="practice_published_id"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.status = PracticeStatus.ONGOING if self.ongoing else PracticeStatus.COMPLETED
        if self.start_date:
            self.start_year = self.start_date.year
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "status", "start_year"}
        super().save(*args, **kwargs)  # post_save sees the state as it was stored before
        self._published_when_loaded = self.state == State.ELIGIBLE

    def get_absolute_url(self):
        return reverse("practice:detail", kwargs={"pk": self.pk})

    def clean(self):
        errors = {}
        if self.ongoing and self.end_date:
            errors["end_date"] = _("An ongoing practice has no end date.")
        if not self.ongoing and not self.end_date:
            errors["end_date"] = _("Give the end date, or mark the practice as ongoing.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end comes before the start.")
        if self.submitted_on_behalf and not (self.focal_point_name and self.focal_point_email):
            errors["focal_point_name"] = _(
                "A practice submitted on someone else's behalf names the implementing focal point."
            )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        instance._published_when_loaded = instance.__dict__.get("state") == State.ELIGIBLE
        return instance

    @property
    def is_or_was_published(self):
        """Published now or as last read from or written to the database: a change to it
        changes the public repository (see ``practice.integration``)."""
        return self.state == State.ELIGIBLE or getattr(self, "_published_when_loaded", False)

    @property
    def is_published(self):
        return self.state == State.ELIGIBLE

    @property
    def is_editable(self):
        return self.state in EDITABLE_STATES

    @property
    def link_list(self):
        return [line.strip() for line in self.links.splitlines() if line.strip()]


class PracticeObjective(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="objective_links")
    objective = models.ForeignKey(
        "reference.Objective", on_delete=models.PROTECT, related_name="practice_links"
    )
    primary = models.BooleanField(_("primary objective"), default=False)

    class Meta:
        verbose_name = _("objective of a practice")
        verbose_name_plural = _("objectives of practices")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "objective"], name="practice_objective_once"
            )
        ]
        # Covering index for "practices with objective N" (facet filters and counts).
        indexes = [
            models.Index(fields=["objective", "practice"], name="practice_objective_reverse")
        ]

    def __str__(self):
        return f"{self.practice_id}: {self.objective_id}"


class Implementer(models.Model):
    practice = models.ForeignKey(
        Practice, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="implementers"
    )
    name = models.CharField(_("name"), max_length=200)
    implementer_type = models.CharField(
        _("type of implementer"), max_length=24, choices=ImplementerType.choices, db_index=True
    )
    organisation = models.ForeignKey(
        "membership.Organisation",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="implemented_practices",
    )

    class Meta:
        ordering = ["id"]
        verbose_name = _("implementer")
        verbose_name_plural = _("implementers")

    def __str__(self):
        return self.name


def attachment_path(instance, filename):
    """An unguessable storage name: nothing in it comes from the practice or the file's
    own name (kept in ``original_name``), so files cannot be found by trying URLs. Files
    are only served through ``practice:file``, which checks who may see the practice."""
    return f"practice-files/{secrets.token_hex(16)}"


class Attachment(models.Model):
    practice = models.ForeignKey(
        Practice, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255)
    mime_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name
