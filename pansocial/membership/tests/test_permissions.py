"""Who may review applications, manage organisations and export the directory (issue 9.4):
named rules permissions, checked by ``permission_required``, following seed 000."""

import pytest
from django.utils import timezone

from pansocial.membership.models import Organisation
from pansocial.table.models import Mandate, Position, Table

from .conftest import en

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(organisation_factory, contact_factory, mt1):
    org = organisation_factory(
        name="Casa del Migrante", status=Organisation.Status.PENDING, member_since=None
    )
    org.tables_applied_for.set([mt1])
    contact_factory(organisation=org)
    return org


def seat(user, table_slug, position, represents=None):
    Mandate.objects.create(
        table=Table.objects.get(slug=table_slug),
        user=user,
        position=position,
        represents=represents,
        starts_on=timezone.localdate(),
    )
    return user


def test_un_agency_seat_cannot_review_applications(client, application, user_factory):
    agency = seat(user_factory(), "liaison", Position.UN_AGENCY_SEAT)
    client.force_login(agency)
    assert client.get(en("membership:review_queue")).status_code == 403
    assert client.get(en("membership:review", pk=application.pk)).status_code == 403
    response = client.post(en("membership:review", pk=application.pk), {"decision": "accept"})
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Organisation.Status.PENDING


def test_officer_of_the_table_reviews_its_applications(client, application, officer_of, mt1):
    client.force_login(officer_of(mt1))
    assert "Casa del Migrante" in client.get(en("membership:review_queue")).content.decode()
    response = client.post(en("membership:review", pk=application.pk), {"decision": "accept"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Organisation.Status.MEMBER


def test_liaison_representative_reviews_applications(client, application, user_factory, mt2):
    representative = seat(user_factory(), "liaison", Position.LIAISON_REPRESENTATIVE, mt2)
    client.force_login(representative)
    assert client.get(en("membership:review", pk=application.pk)).status_code == 200


def test_un_agency_seat_and_facilitator_export_but_have_no_review_queue(client, user_factory):
    agency = seat(user_factory(), "liaison", Position.UN_AGENCY_SEAT)
    facilitator = seat(user_factory(), "gt-sc", Position.FACILITATOR)
    for person in (agency, facilitator):
        client.force_login(person)
        assert client.get(en("membership:export", fmt="csv")).status_code == 200
        assert client.get(en("membership:review_queue")).status_code == 403


def test_member_contact_cannot_export(client, organisation_factory, contact_factory):
    contact = contact_factory(organisation=organisation_factory())
    client.force_login(contact.user)
    assert client.get(en("membership:export", fmt="csv")).status_code == 403


def test_visitor_is_sent_to_sign_in(client, application):
    for url in (
        en("membership:review_queue"),
        en("membership:review", pk=application.pk),
        en("membership:manage", pk=application.pk),
        en("membership:export", fmt="csv"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(en("account:login") + "?next=")


def test_pending_organisation_page_only_for_its_contacts(
    client, application, user_factory, contact_factory
):
    client.force_login(user_factory())
    assert client.get(en("membership:organisation", pk=application.pk)).status_code == 403
    client.force_login(application.contacts.get().user)
    assert client.get(en("membership:organisation", pk=application.pk)).status_code == 200


def test_member_organisation_page_is_public(client, organisation_factory):
    org = organisation_factory(name="Red Abierta")
    assert "Red Abierta" in client.get(en("membership:organisation", pk=org.pk)).content.decode()


def test_every_registered_permission_is_checked_by_a_view():
    """No permission is registered that nothing checks (issue 9.4)."""
    from pathlib import Path

    import rules

    import pansocial

    root = Path(pansocial.__file__).parent
    sources = "".join(
        path.read_text()
        for app in ("membership", "table")
        for path in (root / app).rglob("*.py")
        if "tests" not in path.parts and path.name != "rules.py"
    ) + "".join(path.read_text() for path in (root / "membership").rglob("*.html"))
    mine = [
        name
        for name in rules.permissions.permissions
        if name.split(".")[0] in ("membership", "table")
    ]
    assert sorted(mine) == [
        "membership.change_organisation",
        "membership.export_directory",
        "membership.review_application",
        "membership.view_organisation",
        "membership.view_review_queue",
        "table.manage_table",
    ]
    assert [name for name in mine if f'"{name}"' not in sources] == []
