from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import Translated

SCALE = [
    (0, _("0 – Not met")),
    (1, _("1 – Weak")),
    (2, _("2 – Adequate")),
    (3, _("3 – Good")),
    (4, _("4 – Excellent")),
]
SCALE_MAX = 4


class Criterion(models.Model):
    """One of the six eligibility criteria of seed 003, with its weight."""

    slug = models.SlugField(_("key"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name_es = models.CharField(_("name (Spanish)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=150)
    name_fr = models.CharField(_("name (French)"), max_length=150)
    weight = models.DecimalField(_("weight"), max_digits=4, decimal_places=2, default=1)
    required = models.BooleanField(_("required"), default=True)
    active = models.BooleanField(_("active"), default=True)
    name = Translated("name")

    class Meta:
        ordering = ["order"]
        verbose_name = _("eligibility criterion")
        verbose_name_plural = _("eligibility criteria")

    def __str__(self):
        return self.name


class ReviewRound(models.Model):
    practice = models.ForeignKey(
        "practice.Practice",
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="rounds",
    )
    number = models.PositiveSmallIntegerField(_("round"))
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    opened_at = models.DateTimeField(_("opened"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["practice", "number"]
        verbose_name = _("review round")
        verbose_name_plural = _("review rounds")
        constraints = [
            models.UniqueConstraint(fields=["practice", "number"], name="practice_round_number")
        ]

    def __str__(self):
        return f"{self.practice} – {self.number}"

    @property
    def is_open(self):
        return self.closed_at is None


class ReviewerAssignment(models.Model):
    round = models.ForeignKey(
        ReviewRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="assignments"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        related_name="practice_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    assigned_at = models.DateTimeField(_("assigned"), auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("reviewer assignment")
        verbose_name_plural = _("reviewer assignments")
        constraints = [
            models.UniqueConstraint(fields=["round", "reviewer"], name="practice_reviewer_once")
        ]

    def __str__(self):
        return f"{self.round}: {self.reviewer}"


class Review(models.Model):
    assignment = models.OneToOneField(
        ReviewerAssignment,
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="review",
    )
    weighted_score = models.DecimalField(
        _("weighted score"), max_digits=4, decimal_places=2, null=True
    )
    questions = models.TextField(_("questions for the submitter"), blank=True)
    comment = models.TextField(_("general comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self):
        return str(self.assignment)


class CriterionScore(models.Model):
    review = models.ForeignKey(
        Review, verbose_name=_("review"), on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.PROTECT, related_name="scores"
    )
    score = models.PositiveSmallIntegerField(
        _("score"), choices=SCALE, validators=[MinValueValidator(0), MaxValueValidator(SCALE_MAX)]
    )
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["criterion__order"]
        verbose_name = _("criterion score")
        verbose_name_plural = _("criterion scores")
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="practice_score_once")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score}"


class Decision(models.Model):
    class Outcome(models.TextChoices):
        ELIGIBLE = "eligible", _("Eligible")
        NEEDS_INFO = "needs_info", _("Needs more information")
        NOT_ELIGIBLE = "not_eligible", _("Not eligible")

    practice = models.ForeignKey(
        "practice.Practice",
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    round = models.ForeignKey(
        ReviewRound, verbose_name=_("round"), on_delete=models.PROTECT, related_name="decisions"
    )
    outcome = models.CharField(_("decision"), max_length=12, choices=Outcome.choices)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        ordering = ["-decided_at"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return f"{self.practice}: {self.get_outcome_display()}"
