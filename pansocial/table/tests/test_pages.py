from datetime import timedelta

import pytest
from django.utils import timezone

from pansocial.membership.tests.conftest import en
from pansocial.table.models import Mandate, Position, TableMembership

pytestmark = pytest.mark.django_db


def test_index_lists_tables_by_kind(client):
    response = client.get(en("table:index"))
    labels = [label for label, _tables in response.context["groups"]]
    assert labels[:2] == ["Working table", "Liaison table"]
    assert [t.slug for t in response.context["groups"][0][1]] == ["mt1", "mt2", "mt3", "mt4"]


def test_detail_shows_objectives_members_and_officers_without_private_names(
    client, mt1, organisation_factory, user_factory
):
    org = organisation_factory(name="Red Andina")
    TableMembership.objects.create(table=mt1, organisation=org)
    shy = user_factory(full_name="Persona Discreta")
    public = user_factory(full_name="Ana Pública", show_name_publicly=True)
    today = timezone.localdate()
    Mandate.objects.create(table=mt1, user=shy, position=Position.SECRETARY, starts_on=today)
    Mandate.objects.create(
        table=mt1, user=public, position=Position.PRINCIPAL_DELEGATE, starts_on=today
    )
    html = client.get(en("table:detail", slug="mt1")).content.decode()
    assert "Red Andina" in html
    assert "Ana Pública" in html
    assert "Persona Discreta" not in html
    assert "Name not published" in html
    for number in (2, 5, 6, 12, 18):
        assert f'href="/en/gcm/objectives/{number}/"' in html


def test_detail_flags_table_without_meeting_for_a_quarter(client, mt1):
    html = client.get(en("table:detail", slug="mt1")).content.decode()
    assert "No meeting recorded yet." in html
    mt1.last_meeting_at = timezone.now() - timedelta(days=93)
    mt1.save()
    assert (
        "No meeting for more than a quarter"
        in client.get(en("table:detail", slug="mt1")).content.decode()
    )
    mt1.last_meeting_at = timezone.now() - timedelta(days=30)
    mt1.save()
    assert (
        "No meeting for more than a quarter"
        not in client.get(en("table:detail", slug="mt1")).content.decode()
    )


def test_record_meeting_hook_moves_last_meeting_forward_only(mt1):
    from pansocial.table.domain import record_meeting

    later = timezone.now()
    record_meeting(table=mt1, held_at=later)
    record_meeting(table=mt1, held_at=later - timedelta(days=10))
    mt1.refresh_from_db()
    assert mt1.last_meeting_at == later


@pytest.mark.parametrize("rows", [1, 3])
def test_detail_query_count_fixed(
    client, mt1, organisation_factory, user_factory, rows, django_assert_num_queries
):
    for n in range(rows):
        org = organisation_factory(name=f"Org {n}")
        TableMembership.objects.create(table=mt1, organisation=org)
        Mandate.objects.create(
            table=mt1,
            user=user_factory(),
            organisation=org,
            position=Position.MEMBER,
            starts_on=timezone.localdate(),
        )
    with django_assert_num_queries(5):
        client.get(en("table:detail", slug="mt1"))


@pytest.mark.parametrize("rows", [1, 3])
def test_index_query_count_fixed(
    client, mt1, organisation_factory, rows, django_assert_num_queries
):
    for _ in range(rows):
        TableMembership.objects.create(table=mt1, organisation=organisation_factory())
    with django_assert_num_queries(2):
        client.get(en("table:index"))
