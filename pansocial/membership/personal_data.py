from django.utils import timezone

from pansocial.membership.models import Contact, ContactInvitation


def export(user):
    invitations = ContactInvitation.objects.filter(email__iexact=user.email).select_related(
        "organisation"
    )
    return [
        {
            "organisation": contact.organisation.name,
            "primary_contact": contact.is_primary,
            "since": contact.since,
            "left": contact.left_at,
        }
        for contact in Contact.objects.filter(user=user).select_related("organisation")
    ] + [
        {
            "organisation": invitation.organisation.name,
            "invited": invitation.created_at,
            "invitation": invitation.status,
        }
        for invitation in invitations
    ]


def erase(user):
    """A deleted person stops acting for every organisation; the organisations stay."""
    Contact.objects.filter(user=user, left_at__isnull=True).update(
        left_at=timezone.now(), is_primary=False
    )
    # Invitations to the person's address can no longer be accepted.
    ContactInvitation.objects.filter(
        email__iexact=user.email, status=ContactInvitation.Status.PENDING
    ).update(status=ContactInvitation.Status.EXPIRED)
