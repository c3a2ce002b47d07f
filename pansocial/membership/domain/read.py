"""What the membership pages read (the forms and views only bind and render)."""

from django.core.cache import cache
from django.db.models import Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pansocial.common.cache import content_versions
from pansocial.common.i18n import translated_order
from pansocial.common.namespaces import Content, Key
from pansocial.membership.models import Contact, ContactInvitation, Organisation
from pansocial.reference.models import Country, StakeholderGroup, Subregion
from pansocial.table.domain import read as tables
from pansocial.table.models import Table, TableMembership

from .application import possible_duplicates

working_tables = tables.working_tables


def with_public_relations(queryset):
    live = TableMembership.objects.filter(left_at__isnull=True).select_related("table")
    return queryset.select_related("country__subregion", "primary_group").prefetch_related(
        "stakeholder_groups",
        Prefetch("table_memberships", queryset=live, to_attr="current_tables"),
    )


def organisation_page(pk):
    return with_public_relations(Organisation.objects.filter(pk=pk))


def members():
    return Organisation.objects.members()


def filter_directory(queryset, data):
    """Narrow ``queryset`` by the directory's cleaned filter values."""
    if data["country"]:
        queryset = queryset.filter(country_id=data["country"])
    if data["subregion"]:
        queryset = queryset.filter(country__subregion_id=data["subregion"])
    if data["group"]:
        through = Organisation.stakeholder_groups.through.objects
        queryset = queryset.filter(
            pk__in=through.filter(stakeholdergroup_id=data["group"]).values("organisation_id")
        )
    if data["table"]:
        queryset = queryset.filter(
            pk__in=TableMembership.objects.filter(
                table__slug=data["table"], left_at__isnull=True
            ).values("organisation_id")
        )
    if data["scope"]:
        queryset = queryset.filter(scope=data["scope"])
    for marker in ("migrant_led", "women_led", "grassroots", "diaspora"):
        if data[marker]:
            queryset = queryset.filter(**{marker: True})
    return queryset


def directory_choices():
    """The choices of the directory's filters in the reader's language: four queries,
    then kept in the cache until the reference data or the tables change."""
    versions = content_versions(Content.REFERENCE, Content.TABLE)
    key = "{}:{}:{}:{}".format(Key.DIRECTORY_CHOICES, get_language(), *versions)
    choices = cache.get(key)
    if choices is None:
        any_ = [("", _("Any"))]
        countries = Country.objects.select_related("subregion").order_by(translated_order("name"))
        choices = {
            "country": any_ + [(c.pk, c.name) for c in countries],
            "subregion": any_ + [(s.pk, s.name) for s in Subregion.objects.all()],
            "group": any_ + [(g.pk, g.name) for g in StakeholderGroup.objects.all()],
            "table": any_ + [(t.slug, t.name) for t in Table.objects.all()],
        }
        choices = {name: [(k, str(label)) for k, label in rows] for name, rows in choices.items()}
        cache.set(key, choices, None)
    return choices


def live_contacts(organisation):
    return Contact.objects.filter(organisation=organisation, left_at__isnull=True).select_related(
        "user"
    )


def contact_link(organisation, pk):
    """A contact link (live or ended) of ``organisation``; None for anything else."""
    if not str(pk or "").isdigit():
        return None
    return Contact.objects.filter(pk=pk, organisation=organisation).first()


def pending_invitations(organisation):
    return ContactInvitation.objects.filter(
        organisation=organisation, status=ContactInvitation.Status.PENDING
    ).order_by("created_at")


def current_tables(organisation):
    return tables.live_tables_of(organisation)


def joinable_tables(organisation):
    present = TableMembership.objects.filter(organisation=organisation, left_at__isnull=True)
    return working_tables().exclude(pk__in=present.values("table_id"))


def review_queue(pending):
    return (
        pending.select_related("country", "primary_group")
        .prefetch_related("tables_applied_for")
        .order_by("created_at")
    )


def application_page():
    return Organisation.objects.select_related("country", "primary_group").prefetch_related(
        "stakeholder_groups", "tables_applied_for", "countries_of_work"
    )


def other_duplicates(organisation):
    return [
        other
        for other in possible_duplicates(
            name=organisation.name, country=organisation.country, acronym=organisation.acronym
        )
        if other.pk != organisation.pk
    ]
