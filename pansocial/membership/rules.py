"""Who may do what with organisations. Each predicate has a queryset function beside it so
list pages and detail pages agree. Views check them by name with
``pansocial.common.permissions.permission_required``."""

import rules

from pansocial.common.rules import is_administrator
from pansocial.membership.models import Contact, Organisation
from pansocial.table.rules import (
    is_facilitator,
    is_liaison_member,
    is_table_officer,
    manageable_tables,
)


def active_contacts(user):
    """Queryset paired with the contact predicates: the person's live organisation links."""
    if not user or not user.is_authenticated:
        return Contact.objects.none()
    return Contact.objects.filter(user=user, left_at__isnull=True)


def organisations_of(user):
    return Organisation.objects.filter(pk__in=active_contacts(user).values("organisation_id"))


@rules.predicate
def is_member_contact(user):
    """Acts for at least one organisation that is a member of the mechanism."""
    return active_contacts(user).filter(organisation__status=Organisation.Status.MEMBER).exists()


@rules.predicate
def is_contact_of(user, organisation):
    if organisation is None:
        return False
    return active_contacts(user).filter(organisation=organisation).exists()


@rules.predicate
def is_member_organisation(user, organisation):
    return organisation is not None and organisation.is_member


def applications_for(user):
    """Applications (any status) naming a table the person manages (its officers, the
    liaison representatives); all for administrators. A UN agency seat reviews none."""
    if not user or not user.is_authenticated:
        return Organisation.objects.none()
    if is_administrator(user):
        return Organisation.objects.all()
    tables = manageable_tables(user).values("pk")
    return Organisation.objects.filter(
        pk__in=Organisation.tables_applied_for.through.objects.filter(table_id__in=tables).values(
            "organisation_id"
        )
    )


def reviewable_applications(user):
    """The pending ones: the review queue."""
    return applications_for(user).filter(status=Organisation.Status.PENDING)


@rules.predicate
def can_review_application(user, organisation):
    if organisation is None:
        return False
    return applications_for(user).filter(pk=organisation.pk).exists()


@rules.predicate
def reviews_applications(user):
    """Manages at least one table, so applications to it reach this person's queue."""
    return is_administrator(user) or manageable_tables(user).exists()


can_manage_organisation = is_contact_of | is_administrator
can_view_organisation = is_member_organisation | can_manage_organisation
can_export_directory = is_table_officer | is_liaison_member | is_facilitator | is_administrator

rules.add_perm("membership.view_organisation", can_view_organisation)
rules.add_perm("membership.change_organisation", can_manage_organisation)
rules.add_perm("membership.review_application", can_review_application)
rules.add_perm("membership.view_review_queue", reviews_applications)
rules.add_perm("membership.export_directory", can_export_directory)
