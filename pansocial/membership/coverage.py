"""Coverage of the region: members by country, subregion and stakeholder group, the
under-represented ones, and membership over time. A fixed number of queries."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pansocial.common.cache import content_versions
from pansocial.common.charts import bars, columns  # noqa: F401 - the dashboard's charts
from pansocial.common.i18n import translated_order
from pansocial.common.namespaces import Content, Key
from pansocial.membership.models import Organisation
from pansocial.reference.models import Country, StakeholderGroup, Subregion

MEMBER = Q(organisations__status=Organisation.Status.MEMBER)


@dataclass
class Row:
    label: str
    value: int
    url: str = ""


def under_represented(rows):
    """Rows below half the average (zero included): the places and groups to reach."""
    if not rows:
        return [], 0
    average = sum(row.value for row in rows) / len(rows)
    return [row for row in rows if row.value < average / 2], average


def by_country():
    countries = (
        Country.objects.exclude(subregion__code=Subregion.OUTSIDE)
        .annotate(members=Count("organisations", filter=MEMBER))
        .order_by("-members", translated_order("name"))
    )
    return [Row(c.name, c.members, f"?country={c.pk}") for c in countries]


def by_subregion():
    subregions = Subregion.objects.annotate(
        members=Count(
            "countries__organisations",
            filter=Q(countries__organisations__status=Organisation.Status.MEMBER),
        )
    ).order_by("order")
    return [Row(s.name, s.members, f"?subregion={s.pk}") for s in subregions]


def by_group():
    groups = StakeholderGroup.objects.annotate(
        members=Count("organisations", filter=MEMBER)
    ).order_by("-members", "order")
    return [Row(g.name, g.members, f"?group={g.pk}") for g in groups]


def _quarter_end(day):
    month = ((day.month - 1) // 3 + 1) * 3
    if month == 12:
        return date(day.year, 12, 31)
    return date(day.year, month + 1, 1) - timedelta(days=1)


def trend(today=None):
    """Members at the end of each quarter since the first member joined."""
    today = today or date.today()
    spans = list(
        Organisation.objects.filter(member_since__isnull=False)
        .exclude(status=Organisation.Status.DECLINED)
        .values_list("member_since", "withdrawn_at")
    )
    if not spans:
        return []
    start = min(since.date() for since, _left in spans)
    rows = []
    year, quarter = start.year, (start.month - 1) // 3
    while True:
        end = _quarter_end(date(year, quarter * 3 + 1, 1))
        count = sum(
            1
            for since, left in spans
            if since.date() <= end and (left is None or left.date() > end)
        )
        # Translators: a quarter of a year, "2025 Q1"; the chart splits it at the space.
        label = _("%(year)s Q%(quarter)s") % {"year": year, "quarter": quarter + 1}
        rows.append(Row(label, count))
        if end >= today:
            break
        quarter += 1
        if quarter == 4:
            year, quarter = year + 1, 0
    return rows


def summary(today=None):
    """Everything the dashboard shows, in the reader's language: five queries, then kept
    in the cache until the members or the reference data change (one query to know), so
    signed-in readers, whom the page cache does not serve, get it at once too."""
    today = today or date.today()
    versions = content_versions(Content.MEMBERSHIP, Content.REFERENCE)
    key = "{}:{}:{}:{}:{}".format(Key.COVERAGE, get_language(), today.isoformat(), *versions)
    value = cache.get(key)
    if value is None:
        countries, groups = by_country(), by_group()
        under_countries, country_average = under_represented(countries)
        under_groups, group_average = under_represented(groups)
        value = {
            "countries": countries,
            "groups": groups,
            "subregions": by_subregion(),
            "trend": trend(today),
            "under_countries": under_countries,
            "under_groups": under_groups,
            "country_average": country_average,
            "group_average": group_average,
        }
        cache.set(key, value, 60 * 60 * 24)
    return value
