"""Issue 8.5 for the table pages: the same officer's form sent many times at once changes
the data once, never answers 500, and the losers are told why nothing happened."""

from datetime import date

import pytest
from django.utils import timezone

from pansocial.audit.models import AuditEntry
from pansocial.common.testing.concurrency import post_in_parallel
from pansocial.membership.tests.conftest import en
from pansocial.membership.tests.factories import OrganisationFactory
from pansocial.table.models import Mandate, Position, Table, TableMembership

concurrent = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TIMES = 20


@pytest.fixture
def mt1(transactional_db):
    return Table.objects.get(slug="mt1")


@pytest.fixture
def officer(user_factory, mt1):
    user = user_factory()
    Mandate.objects.create(
        table=mt1, user=user, position=Position.SECRETARY, starts_on=date(2026, 1, 1)
    )
    return user


def said(responses):
    assert sorted({response.status_code for response in responses}) == [200]
    return [response.content.decode() for response in responses]


@concurrent
def test_adding_an_organisation_at_once_seats_it_once(mt1, officer):
    org = OrganisationFactory(name="Red Caribe")
    pages = said(
        post_in_parallel(
            en("table:manage", slug="mt1"),
            {"form": "organisation", "organisation": org.pk},
            user=officer,
            follow=True,
        )
    )
    assert TableMembership.objects.filter(table=mt1, organisation=org).count() == 1
    assert AuditEntry.objects.filter(action="table.add_organisation").count() == 1
    assert sum("The organisation joined the table." in page for page in pages) == 1
    refused = ("The organisation is already on this table.", "Select a valid choice.")
    assert sum(any(text in page for text in refused) for page in pages) == TIMES - 1


@concurrent
def test_removing_an_organisation_at_once_removes_once(mt1, officer):
    membership = TableMembership.objects.create(table=mt1, organisation=OrganisationFactory())
    pages = said(
        post_in_parallel(
            en("table:remove_organisation", slug="mt1", pk=membership.pk),
            {},
            user=officer,
            follow=True,
        )
    )
    assert AuditEntry.objects.filter(action="table.remove_organisation").count() == 1
    assert sum("The organisation is no longer on this table." in page for page in pages) == 19


@concurrent
def test_appointing_at_once_appoints_once(mt1, officer, user_factory):
    user_factory(email="delegada@example.org")
    pages = said(
        post_in_parallel(
            en("table:manage", slug="mt1"),
            {
                "form": "mandate",
                "email": "delegada@example.org",
                "position": Position.PRINCIPAL_DELEGATE,
                "starts_on": timezone.localdate().isoformat(),
            },
            user=officer,
            follow=True,
        )
    )
    assert Mandate.objects.filter(position=Position.PRINCIPAL_DELEGATE).count() == 1
    assert AuditEntry.objects.filter(action="table.appoint").count() == 1
    assert sum("The mandate is recorded." in page for page in pages) == 1


@concurrent
def test_ending_a_mandate_at_once_ends_it_once(mt1, officer, user_factory):
    mandate = Mandate.objects.create(
        table=mt1, user=user_factory(), position=Position.MEMBER, starts_on=date(2026, 1, 1)
    )
    pages = said(
        post_in_parallel(
            en("table:end_mandate", slug="mt1", pk=mandate.pk), {}, user=officer, follow=True
        )
    )
    mandate.refresh_from_db()
    assert mandate.state == Mandate.State.ENDED
    assert AuditEntry.objects.filter(action="table.end_mandate").count() == 1
    assert sum("This mandate has already ended." in page for page in pages) == TIMES - 1
