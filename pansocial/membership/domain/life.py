"""What a member organisation does over time: its tables and its contacts. (Withdrawal is
a move of its status: ``status.withdraw``.)"""

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.common.workflow import InvalidTransition, Workflow, locked
from pansocial.mail.domain import queue_email
from pansocial.membership.models import Contact, ContactInvitation, Organisation
from pansocial.table import domain as tables

from .actions import Action

INVITATION_VALID_DAYS = 30


def _require_member(organisation):
    if organisation.status != Organisation.Status.MEMBER:
        raise ValidationError(_("Only member organisations can do this."), code="not_member")


@transaction.atomic
def join_table(*, organisation, table, actor):
    organisation = locked(organisation)
    _require_member(organisation)
    membership, created = tables.enter(table=table, organisation=organisation)
    if not created:
        raise ValidationError(_("The organisation is already on this table."), code="present")
    record(
        actor=actor,
        action=Action.JOIN_TABLE,
        obj=organisation,
        after={"table": table.slug},
    )
    return membership


@transaction.atomic
def leave_table(*, organisation, table, actor):
    organisation = locked(organisation)
    if not tables.leave(table=table, organisation=organisation):
        raise ValidationError(_("The organisation is not on this table."), code="absent")
    record(
        actor=actor,
        action=Action.LEAVE_TABLE,
        obj=organisation,
        before={"table": table.slug},
    )
    return True


def _token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invite_contact(*, organisation, email, actor):
    """A contact asks another person to act for the organisation too. The person becomes a
    contact only by accepting the invitation sent to ``email`` (through the outbox, in
    their language). The answer is the same whether or not an account uses the address;
    the same invitation sent twice is stored and mailed once."""
    organisation = locked(organisation)
    email = email.strip().lower()
    person = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if (
        person is not None
        and organisation.contacts.filter(user=person, left_at__isnull=True).exists()
    ):
        raise ValidationError(_("This person is already a contact."), code="already_contact")
    pending = ContactInvitation.objects.filter(
        organisation=organisation, email=email, status=ContactInvitation.Status.PENDING
    ).first()
    if pending is not None and not pending.expired:
        return pending
    if pending is not None:
        pending.status = ContactInvitation.Status.EXPIRED
        pending.save(update_fields=["status"])
    token = secrets.token_urlsafe(32)
    invitation = ContactInvitation.objects.create(
        organisation=organisation,
        email=email,
        token_hash=_token_hash(token),
        invited_by=actor,
        expires_at=timezone.now() + timedelta(days=INVITATION_VALID_DAYS),
    )
    record(
        actor=actor,
        action=Action.INVITE_CONTACT,
        obj=organisation,
        after={"invitation": invitation.pk},
    )
    language = (
        getattr(person, "preferred_language", None)
        or getattr(actor, "preferred_language", None)
        or translation.get_language()
    )
    with translation.override(language):
        path = reverse("membership:invitation", kwargs={"token": token})
    queue_email(
        kind="membership.invitation",
        to_email=email,
        to_user=person,
        language=language,
        template="mail/membership/invitation",
        context={
            "organisation": organisation,
            "inviter": actor,
            "path": path,
            "days": INVITATION_VALID_DAYS,
        },
    )
    return invitation


def invitation_for(token):
    """The pending invitation behind ``token``, or None (unknown, used or expired)."""
    invitation = (
        ContactInvitation.objects.select_related("organisation")
        .filter(token_hash=_token_hash(token or ""), status=ContactInvitation.Status.PENDING)
        .first()
    )
    if invitation is None or invitation.expired:
        return None
    return invitation


INVITATION_WORKFLOW = Workflow(
    {ContactInvitation.Status.PENDING: {ContactInvitation.Status.ACCEPTED}},
)


@transaction.atomic
def accept_invitation(*, invitation, user):
    """``user`` accepts: they become a contact. Only the account that uses the invited
    address may accept; an invitation is used once."""
    organisation = Organisation.objects.select_for_update().get(pk=invitation.organisation_id)
    invitation = locked(invitation)
    INVITATION_WORKFLOW.check(invitation.status, ContactInvitation.Status.ACCEPTED)
    if invitation.expired:
        raise InvalidTransition(invitation.status, ContactInvitation.Status.ACCEPTED)
    if user.email.strip().lower() != invitation.email:
        raise ValidationError(
            _(
                "This invitation was sent to another address. Sign in with the account "
                "that uses it (or create one with it) to accept."
            ),
            code="other_address",
        )
    if organisation.status not in (Organisation.Status.MEMBER, Organisation.Status.PENDING):
        raise ValidationError(_("This organisation is not a member."), code="not_member")
    invitation.status = ContactInvitation.Status.ACCEPTED
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["status", "accepted_at", "accepted_by"])
    contact, created = Contact.objects.get_or_create(
        organisation=organisation, user=user, left_at__isnull=True
    )
    if created:
        record(
            actor=user,
            action=Action.ADD_CONTACT,
            obj=organisation,
            after={"contact": user.pk, "invitation": invitation.pk},
        )
    return contact


@transaction.atomic
def remove_contact(*, contact, actor):
    """The person stops acting for the organisation; the organisation stays."""
    # Lock order everywhere: the organisation first, then its contact links.
    organisation = Organisation.objects.select_for_update().get(pk=contact.organisation_id)
    contact = locked(contact)
    if contact.left_at is not None:
        raise ValidationError(_("This person is no longer a contact."), code="already_left")
    others = Contact.objects.filter(organisation=organisation, left_at__isnull=True).exclude(
        pk=contact.pk
    )
    if organisation.status == Organisation.Status.MEMBER and not others.exists():
        raise ValidationError(
            _("An organisation needs at least one contact. Add another contact first."),
            code="last_contact",
        )
    contact.left_at = timezone.now()
    contact.save(update_fields=["left_at"])
    if contact.is_primary:
        successor = others.order_by("since").first()
        if successor is not None:
            successor.is_primary = True
            successor.save(update_fields=["is_primary"])
    record(
        actor=actor,
        action=Action.REMOVE_CONTACT,
        obj=organisation,
        before={"contact": contact.user_id},
    )
    return contact
