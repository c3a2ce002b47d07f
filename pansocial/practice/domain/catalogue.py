"""The public repository: filters from GET parameters, results and facet counts.

Within one facet the chosen values are alternatives (OR); across facets they combine (AND).
Each facet's counts apply every other facet's filter, so a visitor sees how many practices
each value would give. Everything is computed on the bitmaps of ``facets`` (one query for
their version, one for a search not seen before): the number of queries is fixed whatever
the number of practices.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.cache import cache
from django.db.models import Prefetch
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pansocial.practice.models import (
    ImplementerType,
    Practice,
    PracticeObjective,
    PracticeStatus,
    PracticeType,
)
from pansocial.reference.models import Cluster, Country, Objective, Principle, Subregion, TableTheme

from . import facets as facet_index
from . import queries

FACET_LABELS = {
    "objective": _("GCM objective"),
    "principle": _("Guiding principle"),
    "cluster": _("Thematic cluster"),
    "table": _("Working table"),
    "country": _("Country"),
    "subregion": _("Subregion"),
    "implementer": _("Type of implementer"),
    "type": _("Type of practice"),
    "status": _("Status"),
    "language": _("Language"),
    "year": _("Start year"),
}

FACETS = [
    "objective",
    "principle",
    "cluster",
    "table",
    "country",
    "subregion",
    "implementer",
    "type",
    "status",
    "language",
    "year",
]


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool
    toggle_url: str = ""


@dataclass
class Facet:
    name: str
    label: str = ""
    values: list = field(default_factory=list)

    @property
    def any_selected(self):
        return any(v.selected for v in self.values)


@dataclass
class Query:
    """The visitor's filters, search words and sort, from and back to a query string."""

    chosen: dict
    q: str = ""
    sort: str = ""

    @classmethod
    def from_get(cls, params):
        chosen = {}
        for name in FACETS:
            values = [v.strip() for v in params.getlist(name) if v.strip()][:30]
            if values:
                chosen[name] = sorted(set(values))
        q = params.get("q", "").strip()[:200]
        sort = params.get("sort", "")
        if sort not in ("relevance", "date", "start"):
            sort = "relevance" if q else "date"
        return cls(chosen=chosen, q=q, sort=sort)

    def querydict(self, **changes):
        data = QueryDict(mutable=True)
        for name in FACETS:
            if self.chosen.get(name):
                data.setlist(name, self.chosen[name])
        if self.q:
            data["q"] = self.q
        if self.sort and self.sort != ("relevance" if self.q else "date"):
            data["sort"] = self.sort
        for key, value in changes.items():
            data[key] = value
        return data

    def urlencode(self, **changes):
        return self.querydict(**changes).urlencode()

    def without(self, name):
        """The same query without one facet's filter (and without sort)."""
        chosen = {k: v for k, v in self.chosen.items() if k != name}
        return Query(chosen=chosen, q=self.q, sort="relevance" if self.q else "date")

    def toggled(self, name, key):
        chosen = {k: list(v) for k, v in self.chosen.items()}
        values = chosen.setdefault(name, [])
        if key in values:
            values.remove(key)
        else:
            values.append(key)
        return Query(chosen=chosen, q=self.q, sort=self.sort).urlencode()

    @property
    def is_filtered(self):
        return bool(self.chosen or self.q)


def _keys(name, values):
    """The bitmap keys of a facet's chosen values (numbers without leading zeros, country
    codes in capitals); anything else matches nothing."""
    if name in ("objective", "table", "year"):
        return {str(int(v)) for v in values if str(v).isdigit()}
    if name == "country":
        return {v.upper() for v in values}
    return set(values)


class Browse:
    """The results and facet counts of one query."""

    def __init__(self, query):
        self.query = query
        self.index = facet_index.current()
        self.search = self.index.search(query.q) if query.q else None
        self.matched = self.index.all if self.search is None else self.search.bits
        self.filters = {
            name: self.index.facet_filter(name, _keys(name, values))
            for name, values in query.chosen.items()
        }
        self.bits = self._within(exclude=None)
        self.count = self.bits.bit_count()

    def _within(self, exclude):
        bits = self.matched
        for name, chosen in self.filters.items():
            if name != exclude:
                bits &= chosen
        return bits

    @property
    def order(self):
        if self.query.sort == "relevance" and self.search is not None:
            return "relevance"
        return "start" if self.query.sort == "start" else "date"

    def ids(self, skip=0, take=None):
        """Ids of the matching practices in the query's order."""
        take = self.count if take is None else take
        return self.index.page(
            self.bits, order=self.order, skip=skip, take=take, search=self.search
        )

    def hits(self):
        """The results for ``Paginator``: a page is a list of practice ids."""
        return Hits(self)

    @cached_property
    def counts(self):
        """{facet: {value key: count}}, each facet's counts ignoring its own filter."""
        counts = {}
        for name in FACETS:
            within = self._within(name) if name in self.filters else self.bits
            counts[name] = self.index.counts(name, within)
        return counts

    @cached_property
    def facets(self):
        return facets(self.query, self.counts)


class Hits:
    """A sequence of the ids of a ``Browse``, read a slice at a time."""

    def __init__(self, browse):
        self.browse = browse

    def __len__(self):
        return self.browse.count

    def __getitem__(self, item):
        if not isinstance(item, slice) or item.step not in (None, 1):
            raise TypeError("Hits are read by slices")
        start, stop, _step = item.indices(len(self))
        return self.browse.ids(start, max(0, stop - start))


def result_ids(query, limit=None):
    return Browse(query).ids(0, limit)


def export_queryset(query, limit=None):
    """The practices of ``query`` (at most ``limit``) as a queryset in the public order,
    for exports."""
    return queries.in_order(result_ids(query, limit))


def cards(ids):
    """The practices of ``ids`` with what their cards show (objectives, countries,
    implementers: three queries), in the order of ``ids``."""
    links = PracticeObjective.objects.select_related("objective").order_by("objective__number")
    found = (
        Practice.objects.filter(pk__in=ids)
        .prefetch_related(Prefetch("objective_links", queryset=links), "countries", "implementers")
        .in_bulk()
    )
    return [found[pk] for pk in ids if pk in found]


def results(query, limit=None):
    """The matching practices (at most ``limit``), in the query's order."""
    ids = result_ids(query, limit)
    found = Practice.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def labels():
    """Value keys and labels of every facet, in display order (six small queries, kept
    for five minutes per language: reference data hardly ever changes)."""
    key = f"practice:facet-labels:{get_language()}"
    value = cache.get(key)
    if value is None:
        value = _labels()
        cache.set(key, value, 300)
    return value


def _labels():
    return {
        "objective": [(str(o.number), str(o)) for o in Objective.objects.order_by("number")],
        "principle": [(p.slug, p.name) for p in Principle.objects.order_by("order")],
        "cluster": [(c.slug, c.name) for c in Cluster.objects.order_by("order")],
        "table": [(str(t.number), str(t)) for t in TableTheme.objects.order_by("number")],
        "country": [(c.code, c.name) for c in Country.objects.order_by("name_es")],
        "subregion": [(s.code, s.name) for s in Subregion.objects.order_by("order")],
        "implementer": [(k, str(v)) for k, v in ImplementerType.choices],
        "type": [(k, str(v)) for k, v in PracticeType.choices],
        "status": [(k, str(v)) for k, v in PracticeStatus.choices],
        "language": [(k, str(v)) for k, v in Practice.LANGUAGES],
    }


def facets(query, counts):
    names = labels()
    years = sorted((int(y) for y in counts["year"]), reverse=True)
    names["year"] = [(str(y), str(y)) for y in years]
    result = []
    for name in FACETS:
        values = []
        chosen = query.chosen.get(name, [])
        for key, label in names[name]:
            count = counts[name].get(key, 0)
            selected = key in chosen
            if count or selected:
                toggle = query.toggled(name, key) if selected else ""
                values.append(FacetValue(key, label, count, selected, toggle))
        result.append(Facet(name=name, label=FACET_LABELS[name], values=values))
    return result
