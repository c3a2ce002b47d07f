from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Position(models.TextChoices):
    SECRETARY = "secretary", _("Secretary")
    PRINCIPAL_DELEGATE = "principal_delegate", _("Principal delegate")
    ALTERNATE_DELEGATE = "alternate_delegate", _("Alternate delegate")
    LIAISON_REPRESENTATIVE = "liaison_representative", _("Liaison representative")
    UN_AGENCY_SEAT = "un_agency_seat", _("UN agency seat")
    FACILITATOR = "facilitator", _("Facilitator")
    MEMBER = "member", _("Member")


OFFICER_POSITIONS = (
    Position.SECRETARY,
    Position.PRINCIPAL_DELEGATE,
    Position.ALTERNATE_DELEGATE,
)


class MandateQuerySet(models.QuerySet):
    def current(self, on=None):
        day = on or timezone.localdate()
        return self.filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day), starts_on__lte=day)


class Mandate(models.Model):
    """A person holding a position on a table, for an organisation, from start to end."""

    class State(models.TextChoices):
        """Held from ``starts_on`` to ``ends_on``; ended once a decision ended it (the
        record stays for the history). ``table.domain.mandates.set_mandate_state`` is the
        one place that moves it."""

        HELD = "held", _("Held")
        ENDED = "ended", _("Ended")

    table = models.ForeignKey(
        "table.Table", verbose_name=_("table"), on_delete=models.CASCADE, related_name="mandates"
    )
    position = models.CharField(_("position"), max_length=32, choices=Position.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="mandates",
    )
    organisation = models.ForeignKey(
        "membership.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mandates",
    )
    # For a liaison representative: the working table they represent.
    represents = models.ForeignKey(
        "table.Table",
        verbose_name=_("represents"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="representatives",
    )
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"), null=True, blank=True)
    state = models.CharField(
        _("state"), max_length=8, choices=State.choices, default=State.HELD, editable=False
    )

    objects = MandateQuerySet.as_manager()

    class Meta:
        ordering = ["table", "position", "starts_on"]
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")
        indexes = [models.Index(fields=["user", "ends_on"])]

    def __str__(self):
        return f"{self.get_position_display()} – {self.table}: {self.user}"
