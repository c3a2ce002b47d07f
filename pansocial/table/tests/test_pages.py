from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

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


def _join(table, organisations):
    TableMembership.objects.bulk_create(
        TableMembership(table=table, organisation=org) for org in organisations
    )


def test_detail_lists_first_fifty_members_and_links_to_the_directory(
    client, mt1, mt2, organisation_factory
):
    # Created out of alphabetical order: the page lists the first fifty by name.
    orgs = [organisation_factory(name=f"Org {n:03}") for n in reversed(range(53))]
    _join(mt1, orgs)
    gone = organisation_factory(name="Org 000 left")
    TableMembership.objects.create(table=mt1, organisation=gone, left_at=timezone.now())
    _join(mt2, [organisation_factory(name="Org 000 elsewhere")])

    response = client.get(en("table:detail", slug="mt1"))
    html = response.content.decode()
    listed = [m.organisation.name for m in response.context["memberships"]]
    assert listed == [f"Org {n:03}" for n in range(50)]
    assert html.count('<li><a href="/en/members/o/') == 50
    assert "Org 049" in html
    assert "Org 050" not in html
    assert "Org 000 left" not in html
    assert "Org 000 elsewhere" not in html
    assert "53 member organisations</h2>" in html
    link = en("membership:directory") + "?table=mt1"
    assert f'<a href="{link}">See all 53 member organisations in the directory</a>' in html
    # The link leads to the same 53 organisations.
    directory = client.get(link)
    assert directory.context["page"].paginator.count == 53


def test_detail_without_link_up_to_fifty_members(client, mt1, organisation_factory):
    _join(mt1, [organisation_factory() for _ in range(50)])
    html = client.get(en("table:detail", slug="mt1")).content.decode()
    assert "50 member organisations</h2>" in html
    assert html.count('<li><a href="/en/members/o/') == 50
    assert "in the directory" not in html
    assert "?table=" not in html


def test_detail_without_members(client, mt1):
    html = client.get(en("table:detail", slug="mt1")).content.decode()
    assert "0 member organisations</h2>" in html
    assert "No organisation yet." in html
    assert "in the directory" not in html


def test_detail_link_in_spanish(client, mt1, organisation_factory):
    _join(mt1, [organisation_factory() for _ in range(51)])
    with translation.override("es"):
        url = reverse("table:detail", kwargs={"slug": "mt1"})
        directory = reverse("membership:directory")
    html = client.get(url).content.decode()
    assert f'<a href="{directory}?table=mt1">' in html
    assert "Ver las 51 organizaciones miembro en el directorio" in html


@pytest.mark.parametrize("rows", [1, 3, 60])
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
        response = client.get(en("table:detail", slug="mt1"))
    assert len(response.context["memberships"]) == min(rows, 50)
    assert ("See all 60 member organisations" in response.content.decode()) == (rows > 50)


@pytest.mark.parametrize("rows", [1, 3])
def test_index_query_count_fixed(
    client, mt1, organisation_factory, rows, django_assert_num_queries
):
    for _ in range(rows):
        TableMembership.objects.create(table=mt1, organisation=organisation_factory())
    # The tables with their counts, and their current seats (one prefetch: item 12 of
    # issue 10 shows seat-based tables by their holders).
    with django_assert_num_queries(3):
        client.get(en("table:index"))


def test_index_shows_seats_and_holders_for_seat_based_tables(
    client, mt1, organisation_factory, user_factory
):
    from pansocial.table.models import Table

    liaison = Table.objects.get(slug="liaison")
    org = organisation_factory(name="Red Andina")
    TableMembership.objects.create(table=mt1, organisation=org)
    Mandate.objects.create(
        table=liaison,
        user=user_factory(full_name="Ana Pública", show_name_publicly=True),
        organisation=org,
        position=Position.LIAISON_REPRESENTATIVE,
        represents=mt1,
        starts_on=timezone.localdate(),
    )
    html = client.get(en("table:index")).content.decode()
    liaison_card = html[html.index(liaison.get_absolute_url()) :]
    liaison_card = liaison_card[: liaison_card.index("</li>\n")]
    assert "1 seat held" in liaison_card
    assert "organisation" not in liaison_card.split("seat held")[0]
    with translation.override("en"):
        assert f"Liaison representative ({mt1.name}): Ana Pública — Red Andina" in html
    assert "1 member organisation" in html  # mt1, a working table
    assert "0 member organisations" in html  # the other working tables


def test_liaison_detail_shows_seats_not_organisations(client, user_factory):
    html = client.get(en("table:detail", slug="liaison")).content.decode()
    assert "Seats and their holders" in html
    assert "No seat is held at the moment." in html
    assert "member organisation" not in html


@pytest.mark.parametrize(
    ("prefix", "name"), [("", "Mesa de Vinculación"), ("/pt", "Mesa de Vinculação")]
)
def test_liaison_table_has_one_name_in_spanish_and_portuguese(client, prefix, name):
    from pansocial.table.models import Table, TableKind

    liaison = Table.objects.get(kind=TableKind.LIAISON)
    assert {liaison.name_es, liaison.name_pt} == {"Mesa de Vinculación", "Mesa de Vinculação"}
    html = client.get(f"{prefix}/tables/").content.decode()
    assert html.count(name) >= 2
    assert "ligação" not in html and "articulação" not in html
