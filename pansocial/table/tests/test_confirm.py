"""Removing an organisation from a table and ending a mandate first show a confirmation
page (issue 10, item 8): the page changes nothing; its form performs the action."""

from datetime import timedelta

import pytest
from django.utils import timezone

from pansocial.audit.models import AuditEntry
from pansocial.membership.tests.conftest import en
from pansocial.table.models import Mandate, Position, TableMembership

pytestmark = pytest.mark.django_db


@pytest.fixture
def seat(mt1, organisation_factory):
    return TableMembership.objects.create(
        table=mt1, organisation=organisation_factory(name="Red Caribe")
    )


def test_remove_organisation_confirmation_changes_nothing(client, mt1, officer_of, seat):
    client.force_login(officer_of(mt1))
    manage = client.get(en("table:manage", slug="mt1")).content.decode()
    url = en("table:remove_organisation", slug="mt1", pk=seat.pk)
    assert f'href="{url}"' in manage
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>Remove Red Caribe from {mt1.name}?</h1>" in html
    assert f'<form method="post" action="{url}" novalidate>' in html
    seat.refresh_from_db()
    assert seat.left_at is None
    assert not AuditEntry.objects.exists()
    client.post(url)
    seat.refresh_from_db()
    assert seat.left_at is not None


def test_remove_organisation_confirmation_after_it_left_says_so(client, mt1, officer_of, seat):
    seat.left_at = timezone.now()
    seat.save()
    client.force_login(officer_of(mt1))
    response = client.get(en("table:remove_organisation", slug="mt1", pk=seat.pk), follow=True)
    assert "The organisation is no longer on this table." in response.content.decode()


def test_end_mandate_confirmation_changes_nothing(client, mt1, officer_of, user_factory):
    client.force_login(officer_of(mt1))
    mandate = Mandate.objects.create(
        table=mt1,
        user=user_factory(full_name="Ana Delegada"),
        position=Position.ALTERNATE_DELEGATE,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate() + timedelta(days=365),
    )
    url = en("table:end_mandate", slug="mt1", pk=mandate.pk)
    # A mandate with a term still running can be ended early from the manage page.
    assert f'href="{url}"' in client.get(en("table:manage", slug="mt1")).content.decode()
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>End the mandate of Ana Delegada?</h1>" in html
    assert f"Ana Delegada stops being Alternate delegate of {mt1.name} today." in html
    mandate.refresh_from_db()
    assert mandate.ends_on == timezone.localdate() + timedelta(days=365)
    client.post(url)
    mandate.refresh_from_db()
    assert mandate.ends_on == timezone.localdate()


def test_end_mandate_confirmation_of_ended_mandate_says_so(client, mt1, officer_of):
    officer = officer_of(mt1)
    mandate = Mandate.objects.get(user=officer)
    client.force_login(officer_of(mt1))
    url = en("table:end_mandate", slug="mt1", pk=mandate.pk)
    client.post(url)
    response = client.get(url, follow=True)
    assert "This mandate has already ended." in response.content.decode()
    assert f'href="{url}"' not in response.content.decode()


def test_stranger_cannot_see_end_mandate_confirmation(client, mt1, officer_of, user_factory):
    officer = officer_of(mt1)
    mandate = Mandate.objects.get(user=officer)
    client.force_login(user_factory())
    assert client.get(en("table:end_mandate", slug="mt1", pk=mandate.pk)).status_code == 403
