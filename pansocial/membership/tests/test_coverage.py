from datetime import date, timedelta

import pytest
from django.utils import timezone, translation

from pansocial.membership import coverage
from pansocial.membership.models import Organisation
from pansocial.reference.models import Country, StakeholderGroup

from .conftest import en

pytestmark = pytest.mark.django_db


def test_coverage_counts_members_by_country_and_names_gaps(client, organisation_factory):
    for _ in range(3):
        organisation_factory(country=Country.objects.get(code="CO"))
    organisation_factory(country=Country.objects.get(code="MX"))
    organisation_factory(country=Country.objects.get(code="HT"), status="pending")
    rows = {row.label: row.value for row in coverage.by_country()}
    assert len(rows) == 33
    assert (rows["Colombia"], rows["México"], rows["Haití"]) == (3, 1, 0)
    response = client.get(en("membership:coverage"))
    under = [row.label for row in response.context["under_countries"]]
    assert "Haiti" in under and "Colombia" not in under and "Mexico" not in under
    assert len(under) == 31  # everyone but Colombia and Mexico is below half the average


def test_coverage_by_group_and_subregion(organisation_factory):
    faith = StakeholderGroup.objects.get(slug="faith-based-organisations")
    organisation_factory(primary_group=faith, country=Country.objects.get(code="GT"))
    organisation_factory(country=Country.objects.get(code="CO"))
    groups = {row.label: row.value for row in coverage.by_group()}
    assert groups[faith.name] == 1
    subregions = [row.value for row in coverage.by_subregion()]
    assert subregions == [
        1,
        1,
        0,
        0,
    ]  # South America, Central America and Mexico, Caribbean, outside


def test_coverage_trend_counts_members_per_quarter(organisation_factory):
    start = timezone.make_aware(timezone.datetime(2026, 2, 10))
    organisation_factory(member_since=start)
    organisation_factory(member_since=start + timedelta(days=100))
    gone = organisation_factory(member_since=start)
    gone.status = Organisation.Status.WITHDRAWN
    gone.withdrawn_at = start + timedelta(days=200)
    gone.save()
    rows = coverage.trend(today=date(2026, 11, 25))
    assert [(row.label, row.value) for row in rows] == [
        ("2026 T1", 2),
        ("2026 T2", 3),
        ("2026 T3", 2),
        ("2026 T4", 2),
    ]


def test_coverage_trend_quarters_named_in_the_readers_language(organisation_factory):
    organisation_factory(member_since=timezone.make_aware(timezone.datetime(2026, 2, 10)))
    labels = {}
    for language in ("es", "en", "pt", "fr"):
        with translation.override(language):
            labels[language] = [row.label for row in coverage.trend(today=date(2026, 4, 2))]
    assert labels == {
        "es": ["2026 T1", "2026 T2"],
        "en": ["2026 Q1", "2026 Q2"],
        "pt": ["2026 T1", "2026 T2"],
        "fr": ["2026 T1", "2026 T2"],
    }


def test_coverage_page_has_charts_and_tables(client, organisation_factory):
    organisation_factory()
    html = client.get(en("membership:coverage")).content.decode()
    assert html.count('<svg class="chart"') == 4
    assert html.count('<table class="data">') == 4
    assert "Members by country" in html


@pytest.mark.parametrize("rows", [1, 3])
def test_coverage_query_count_fixed(
    client, organisation_factory, user_factory, rows, django_assert_num_queries
):
    for _ in range(rows):
        organisation_factory()
    # Page-cache versions, coverage versions, the four aggregates.
    with django_assert_num_queries(6):
        client.get(en("membership:coverage"))
    client.force_login(user_factory())
    # Signed in: session, person, coverage versions, the navigation's pending count; the
    # aggregates are kept.
    with django_assert_num_queries(4):
        response = client.get(en("membership:coverage"))
    assert response.context["total"] == rows


def test_coverage_for_signed_in_reader_follows_new_member(
    client, organisation_factory, user_factory
):
    organisation_factory()
    client.force_login(user_factory())
    assert client.get(en("membership:coverage")).context["total"] == 1
    organisation_factory()
    assert client.get(en("membership:coverage")).context["total"] == 2
