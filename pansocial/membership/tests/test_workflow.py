"""Applications as one state machine (issue 9.5): every move goes through
``set_organisation_status``, which checks it, audits it and mails in one transaction."""

import pytest

from pansocial.audit.models import AuditEntry
from pansocial.common.workflow import InvalidTransition
from pansocial.mail.models import OutboundEmail
from pansocial.membership.domain import (
    Action,
    AlreadyDecided,
    NotMember,
    set_organisation_status,
)
from pansocial.membership.domain.status import APPLICATION_WORKFLOW
from pansocial.membership.models import Organisation
from pansocial.table.models import TableMembership

from .conftest import en

pytestmark = pytest.mark.django_db
Status = Organisation.Status


@pytest.fixture
def pending(organisation_factory, contact_factory, mt1):
    org = organisation_factory(name="Casa del Migrante", status=Status.PENDING, member_since=None)
    org.tables_applied_for.set([mt1])
    contact_factory(organisation=org)
    return org


def test_allowed_moves_are_exactly_the_documented_ones():
    moves = {
        (source, target)
        for source in Status
        for target in Status
        if APPLICATION_WORKFLOW.can(source, target)
    }
    assert moves == {
        (Status.PENDING, Status.MEMBER),
        (Status.PENDING, Status.DECLINED),
        (Status.PENDING, Status.WITHDRAWN),
        (Status.MEMBER, Status.WITHDRAWN),
    }


def test_applicant_withdraws_pending_application_then_officer_is_told(
    client, pending, officer_of, mt1
):
    client.force_login(pending.contacts.get().user)
    client.post(
        en("membership:manage_action", pk=pending.pk, action="withdraw"),
        {"confirm": "on", "reason": "Nos fusionamos"},
    )
    pending.refresh_from_db()
    assert pending.status == Status.WITHDRAWN
    entry = AuditEntry.objects.get(action=Action.WITHDRAW)
    assert (entry.before, entry.after, entry.note) == (
        {"status": "pending"},
        {"status": "withdrawn"},
        "Nos fusionamos",
    )
    client.force_login(officer_of(mt1))
    response = client.post(en("membership:review", pk=pending.pk), {"decision": "accept"})
    assert response.status_code == 200
    assert "This application has already been decided." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Status.WITHDRAWN
    assert not TableMembership.objects.filter(organisation=pending).exists()


def test_declined_organisation_cannot_withdraw(client, pending, officer_of, mt1):
    set_organisation_status(
        organisation=pending, status=Status.DECLINED, actor=officer_of(mt1), reason="No."
    )
    client.force_login(pending.contacts.get().user)
    response = client.post(
        en("membership:manage_action", pk=pending.pk, action="withdraw"),
        {"confirm": "on"},
        follow=True,
    )
    assert "This organisation is not a member." in response.content.decode()
    assert not AuditEntry.objects.filter(action=Action.WITHDRAW).exists()


def test_refused_move_changes_nothing(pending, user_factory):
    admin = user_factory(is_superuser=True)
    set_organisation_status(organisation=pending, status=Status.MEMBER, actor=admin)
    with pytest.raises(AlreadyDecided):
        set_organisation_status(
            organisation=pending, status=Status.DECLINED, actor=admin, reason="late"
        )
    set_organisation_status(organisation=pending, status=Status.WITHDRAWN, actor=admin)
    with pytest.raises(NotMember) as refused:
        set_organisation_status(organisation=pending, status=Status.WITHDRAWN, actor=admin)
    assert isinstance(refused.value, InvalidTransition)
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "membership.accept",
        "membership.withdraw",
    ]
    assert OutboundEmail.objects.filter(kind="membership.declined").count() == 0


def test_action_names_keep_their_audit_strings():
    assert [action.value for action in Action] == [
        "membership.apply",
        "membership.accept",
        "membership.decline",
        "membership.withdraw",
        "membership.join_table",
        "membership.leave_table",
        "membership.invite_contact",
        "membership.add_contact",
        "membership.remove_contact",
    ]
