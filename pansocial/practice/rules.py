"""Who may do what with practices. Each predicate is paired with a queryset function so
list pages and detail pages agree; views check the named permissions below through
``pansocial.common.permissions.permission_required``."""

import rules
from django.db.models import Q

from pansocial.common.rules import is_administrator, is_signed_in
from pansocial.practice.models import (
    Attachment,
    ExchangeCycle,
    Practice,
    ReviewerAssignment,
    State,
)
from pansocial.table.rules import is_facilitator, is_liaison_member

# Facilitators, the liaison table and administrators run the review and the curation.
is_curator = is_facilitator | is_liaison_member | is_administrator


@rules.predicate
def is_submitter(user, practice):
    return bool(practice and user and user.is_authenticated and practice.submitter_id == user.pk)


@rules.predicate
def is_published(user, practice):
    return bool(practice and practice.state == State.ELIGIBLE)


@rules.predicate
def is_assigned_reviewer(user, practice):
    if not practice or not user or not user.is_authenticated:
        return False
    return ReviewerAssignment.objects.filter(round__practice=practice, reviewer=user).exists()


can_view = is_published | is_submitter | is_assigned_reviewer | is_curator


def visible_practices(user):
    """Published practices for everyone; own ones for submitters; all for curators;
    assigned ones for reviewers (the queryset of ``practice.view``)."""
    if is_curator(user):
        return Practice.objects.all()
    published = Q(state=State.ELIGIBLE)
    if not user or not user.is_authenticated:
        return Practice.objects.filter(published)
    assigned = ReviewerAssignment.objects.filter(reviewer=user).values("round__practice_id")
    return Practice.objects.filter(published | Q(submitter=user) | Q(pk__in=assigned))


def own_practices(user):
    """The queryset of ``practice.edit``."""
    if not user or not user.is_authenticated:
        return Practice.objects.none()
    return Practice.objects.filter(submitter=user)


@rules.predicate
def can_view_attachment(user, attachment):
    """A practice's files go with the practice: whoever may see it may download them."""
    return bool(attachment) and can_view(user, attachment.practice)


def visible_attachments(user):
    """The files of the practices the person may see (the queryset of
    ``practice.download``)."""
    return Attachment.objects.select_related("practice").filter(
        practice__in=visible_practices(user)
    )


@rules.predicate
def is_published_cycle(user, cycle):
    return bool(cycle and cycle.published_at is not None)


def visible_cycles(user):
    """Published exchange cycles for everyone, every cycle for curators (the queryset of
    ``practice.view_cycle``)."""
    if is_curator(user):
        return ExchangeCycle.objects.all()
    return ExchangeCycle.objects.filter(published_at__isnull=False)


rules.add_perm("practice.submit", is_signed_in)
rules.add_perm("practice.view", can_view)
rules.add_perm("practice.download", can_view_attachment)
rules.add_perm("practice.view_private", is_curator | is_submitter)
rules.add_perm("practice.edit", is_submitter)
rules.add_perm("practice.review", is_assigned_reviewer)
rules.add_perm("practice.manage_review", is_curator)
rules.add_perm("practice.curate", is_curator)
rules.add_perm("practice.view_cycle", is_published_cycle | is_curator)
