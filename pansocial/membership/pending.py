"""What membership adds to a person's pending actions (``common.workspace``): the
applications waiting for the officers of their tables, and invitations to act for an
organisation."""

from django.db.models import Exists, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pansocial.common.rules import is_administrator
from pansocial.common.workspace import PendingItem, register_pending_actions
from pansocial.membership.models import ContactInvitation, Organisation
from pansocial.membership.rules import reviewable_applications
from pansocial.table.models import Position, TableKind
from pansocial.table.rules import current_mandates, officer_tables

SHOWN = 20


def applications(user):
    pending = reviewable_applications(user).select_related("country").order_by("created_at", "pk")
    return [
        PendingItem(
            title=organisation.name,
            url=reverse("membership:review", kwargs={"pk": organisation.pk}),
            detail=_("%(country)s · applied on %(date)s")
            % {
                "country": organisation.country.name,
                "date": formats.date_format(
                    timezone.localtime(organisation.created_at), "SHORT_DATE_FORMAT"
                ),
            },
        )
        for organisation in pending[:SHOWN]
    ]


def waiting_applications(user):
    """The rows of ``reviewable_applications`` as one query (the navigation's count):
    the liaison-representative check is a subquery rather than a query of its own."""
    pending = Organisation.objects.filter(status=Organisation.Status.PENDING)
    if is_administrator(user):
        return pending
    for_officer = Organisation.tables_applied_for.through.objects.filter(
        table_id__in=officer_tables(user).values("pk")
    ).values("organisation_id")
    representative = Exists(
        current_mandates(user).filter(
            table__kind=TableKind.LIAISON, position=Position.LIAISON_REPRESENTATIVE
        )
    )
    return pending.filter(Q(pk__in=for_officer) | Q(representative))


def open_invitations(user):
    return ContactInvitation.objects.filter(
        email__iexact=user.email,
        status=ContactInvitation.Status.PENDING,
        expires_at__gt=timezone.now(),
    )


def invitations(user):
    return [
        PendingItem(
            title=invitation.organisation.name,
            detail=_("Open the link in the e-mail sent to %(email)s to act for this organisation.")
            % {"email": user.email},
        )
        for invitation in open_invitations(user).select_related("organisation").order_by("pk")
    ]


def register():
    register_pending_actions(
        "membership.applications",
        title=gettext_lazy("Applications waiting for your decision"),
        items=applications,
        pending=waiting_applications,
        url=lambda user: reverse("membership:review_queue"),
    )
    register_pending_actions(
        "membership.invitations",
        title=gettext_lazy("Invitations to act for an organisation"),
        items=invitations,
        pending=open_invitations,
    )
