"""List pages of membership read a fixed number of queries whatever the number of rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pansocial.membership.models import ContactInvitation, Organisation

from .conftest import en

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("rows", [1, 3])
def test_manage_page_queries_fixed(client, organisation_factory, contact_factory, rows):
    org = organisation_factory()
    first = contact_factory(organisation=org)
    for _ in range(rows - 1):
        contact_factory(organisation=org, is_primary=False)
    for n in range(rows):
        ContactInvitation.objects.create(
            organisation=org,
            email=f"invitada{n}@example.org",
            token_hash=f"{n:064d}",
            expires_at=timezone.now() + datetime.timedelta(days=3),
        )
    client.force_login(first.user)
    assert (
        queries(client, en("membership:manage", pk=org.pk)) == 10
    )  # +1: the navigation's pending count


@pytest.mark.parametrize("rows", [1, 3])
def test_review_queue_queries_fixed(client, organisation_factory, officer_of, mt1, rows):
    for _ in range(rows):
        application = organisation_factory(status=Organisation.Status.PENDING, member_since=None)
        application.tables_applied_for.set([mt1])
    client.force_login(officer_of(mt1))
    # +1 since the navigation shows the pending-actions count.
    assert queries(client, en("membership:review_queue")) == 8
