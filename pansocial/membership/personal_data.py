from django.utils import timezone

from pansocial.membership.models import Contact


def export(user):
    return [
        {
            "organisation": contact.organisation.name,
            "primary_contact": contact.is_primary,
            "since": contact.since,
            "left": contact.left_at,
        }
        for contact in Contact.objects.filter(user=user).select_related("organisation")
    ]


def erase(user):
    """A deleted person stops acting for every organisation; the organisations stay."""
    Contact.objects.filter(user=user, left_at__isnull=True).update(
        left_at=timezone.now(), is_primary=False
    )
