import rules

from pansocial.account.rules import is_administrator
from pansocial.membership.models import Contact, Organisation


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


rules.add_perm("membership.change_organisation", is_contact_of | is_administrator)
