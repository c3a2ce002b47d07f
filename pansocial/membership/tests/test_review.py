import pytest

from pansocial.audit.models import AuditEntry
from pansocial.mail.models import OutboundEmail
from pansocial.membership.models import Organisation
from pansocial.table.models import TableMembership

from .conftest import en

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(organisation_factory, contact_factory, user_factory, mt1):
    org = organisation_factory(
        name="Casa del Migrante", status=Organisation.Status.PENDING, member_since=None
    )
    org.tables_applied_for.set([mt1])
    contact_factory(
        organisation=org, user=user_factory(email="casa@example.org", preferred_language="fr")
    )
    return org


def test_review_queue_lists_only_applications_for_my_tables(
    client, application, officer_of, mt1, mt2, organisation_factory
):
    other = organisation_factory(
        name="Otra Red", status=Organisation.Status.PENDING, member_since=None
    )
    other.tables_applied_for.set([mt2])
    client.force_login(officer_of(mt1))
    html = client.get(en("membership:review_queue")).content.decode()
    assert "Casa del Migrante" in html
    assert "Otra Red" not in html


def test_review_forbidden_to_officer_of_other_table(client, application, officer_of, mt2):
    client.force_login(officer_of(mt2))
    response = client.get(en("membership:review", pk=application.pk))
    assert response.status_code == 403


def test_accept_makes_member_joins_tables_mails_and_audits(client, application, officer_of, mt1):
    officer = officer_of(mt1)
    client.force_login(officer)
    response = client.post(
        en("membership:review", pk=application.pk), {"decision": "accept", "reason": ""}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Organisation.Status.MEMBER
    assert application.member_since is not None
    assert application.decided_by == officer
    assert list(
        TableMembership.objects.filter(organisation=application).values_list(
            "table__slug", flat=True
        )
    ) == ["mt1"]
    email = OutboundEmail.objects.get(kind="membership.accepted")
    assert (email.to_email, email.language) == ("casa@example.org", "fr")
    entry = AuditEntry.objects.get(action="membership.accept")
    assert (entry.actor, entry.before, entry.after) == (
        officer,
        {"status": "pending"},
        {"status": "member", "tables": ["mt1"]},
    )


def test_decline_requires_reason_and_changes_nothing_without(client, application, officer_of, mt1):
    client.force_login(officer_of(mt1))
    url = en("membership:review", pk=application.pk)
    response = client.post(url, {"decision": "decline", "reason": "  "})
    assert "Give the applicant a reason." in response.content.decode()
    application.refresh_from_db()
    assert application.status == Organisation.Status.PENDING
    assert not OutboundEmail.objects.filter(kind="membership.declined").exists()
    client.post(url, {"decision": "decline", "reason": "Not a civil-society organisation."})
    application.refresh_from_db()
    assert application.status == Organisation.Status.DECLINED
    email = OutboundEmail.objects.get(kind="membership.declined")
    assert "Not a civil-society organisation." in email.body
    assert email.language == "fr"
    assert AuditEntry.objects.filter(action="membership.decline").count() == 1


def test_decided_application_cannot_be_decided_again(client, application, officer_of, mt1):
    client.force_login(officer_of(mt1))
    url = en("membership:review", pk=application.pk)
    client.post(url, {"decision": "accept"})
    response = client.post(url, {"decision": "decline", "reason": "late"})
    assert "This application has already been decided." in response.content.decode()
    application.refresh_from_db()
    assert application.status == Organisation.Status.MEMBER
    assert AuditEntry.objects.filter(action__startswith="membership.decline").count() == 0


def test_decline_keeps_application_data_and_reason(client, application, officer_of, mt1):
    client.force_login(officer_of(mt1))
    client.post(
        en("membership:review", pk=application.pk),
        {"decision": "decline", "reason": "Falta información."},
    )
    application.refresh_from_db()
    assert application.name == "Casa del Migrante"
    assert application.decision_reason == "Falta información."
    assert list(application.tables_applied_for.values_list("slug", flat=True)) == ["mt1"]
    assert application.contacts.filter(left_at__isnull=True).count() == 1


def test_member_contact_cannot_accept_applications(
    client, application, organisation_factory, contact_factory, user_factory
):
    member = user_factory()
    contact_factory(organisation=organisation_factory(), user=member)
    client.force_login(member)
    assert client.get(en("membership:review_queue")).status_code == 403
    response = client.post(en("membership:review", pk=application.pk), {"decision": "accept"})
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Organisation.Status.PENDING


def test_member_contact_cannot_edit_another_organisation(
    client, organisation_factory, contact_factory, user_factory, mt2
):
    mine, theirs = organisation_factory(), organisation_factory()
    member = user_factory()
    contact_factory(organisation=mine, user=member)
    client.force_login(member)
    assert client.get(en("membership:manage", pk=theirs.pk)).status_code == 403
    response = client.post(
        en("membership:manage_action", pk=theirs.pk, action="withdraw"), {"confirm": "on"}
    )
    assert response.status_code == 403
    theirs.refresh_from_db()
    assert theirs.status == Organisation.Status.MEMBER
