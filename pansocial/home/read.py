"""What the front door and the personal home read (a fixed number of queries each).

The home app sits at the top of the dependency tree: it may read every app's data."""

from django.db.models import Prefetch

from pansocial.membership.models import Organisation
from pansocial.membership.rules import organisations_of
from pansocial.practice.models import Practice, State
from pansocial.practice.rules import own_practices
from pansocial.reference.models import Objective, Principle
from pansocial.table.domain import read as table_read
from pansocial.table.models import TableKind, TableMembership
from pansocial.table.rules import current_mandates

LATEST_PRACTICES = 3


def working_tables():
    """The working tables with their themes' objectives and their member counts."""
    return (
        table_read.tables_with_counts()
        .filter(kind=TableKind.WORKING)
        .prefetch_related(
            Prefetch("theme__objectives", queryset=Objective.objects.order_by("number"))
        )
    )


def latest_practices():
    return (
        Practice.objects.published()
        .only("id", "title", "summary", "published_at", "language")
        .order_by("-published_at", "-id")[:LATEST_PRACTICES]
    )


def front_door():
    return {
        "tables": working_tables(),
        "principles": Principle.objects.all(),
        "practices": latest_practices(),
        # Meetings and events come with their capability; until then the section says so.
        "events": [],
    }


def my_space(user):
    organisations = list(organisations_of(user).select_related("country").order_by("name"))
    members = [o.pk for o in organisations if o.status == Organisation.Status.MEMBER]
    seats = (
        TableMembership.objects.filter(organisation_id__in=members, left_at__isnull=True)
        .select_related("table", "organisation")
        .order_by("table__order", "table__slug", "organisation__name")
    )
    mandates = (
        current_mandates(user)
        .select_related("table", "organisation", "represents")
        .order_by("table__order", "table__slug", "position")
    )
    drafts = own_practices(user).filter(state=State.DRAFT).order_by("-updated_at", "-id")
    return {
        "organisations": organisations,
        "seats": list(seats),
        "mandates": list(mandates),
        "drafts": list(drafts.only("id", "title", "updated_at", "state")),
        "meetings": [],
    }
