"""A catalogue's query, results and facet counts.

Within one facet the chosen values are alternatives (OR); across facets they combine (AND).
Each facet's counts apply every other facet's filter, so a reader sees how many items
each value would give. Everything is computed on the catalogue's bitmaps (one query for
their version, one for a search not seen before): the number of queries is fixed whatever
the number of items.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import urlencode


@dataclass
class Query:
    """The reader's filters (``{facet: [value, ...]}``), search words and sort: a plain
    value the domain takes (the form layer builds it from GET parameters, ``params``)."""

    chosen: dict
    q: str = ""
    sort: str = ""
    facets: tuple = field(default=(), compare=False, repr=False)  # URL order of the facets

    @property
    def default_sort(self):
        return "relevance" if self.q else "date"

    def pairs(self, **changes):
        names = self.facets or tuple(self.chosen)
        pairs = [(name, value) for name in names for value in self.chosen.get(name) or []]
        if self.q:
            pairs.append(("q", self.q))
        if self.sort and self.sort != self.default_sort:
            pairs.append(("sort", self.sort))
        pairs = [(key, value) for key, value in pairs if key not in changes]
        return pairs + [(key, str(value)) for key, value in changes.items()]

    def urlencode(self, **changes):
        return urlencode(self.pairs(**changes))

    def toggled(self, name, key):
        """The query string with ``key`` of facet ``name`` chosen if it was not, and not
        if it was."""
        chosen = {k: list(v) for k, v in self.chosen.items()}
        values = chosen.setdefault(name, [])
        if key in values:
            values.remove(key)
        else:
            values.append(key)
        return replace(self, chosen=chosen).urlencode()

    @property
    def is_filtered(self):
        return bool(self.chosen or self.q)


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


class Browse:
    """The results and facet counts of one query on one catalogue."""

    def __init__(self, catalogue, query):
        self.catalogue = catalogue
        self.query = query
        self.index = catalogue.current()
        self.search = self.index.search(query.q) if query.q else None
        self.matched = self.index.all if self.search is None else self.search.bits
        self.filters = {
            name: self.index.facet_filter(name, catalogue.keys(name, values))
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
        return self.query.sort if self.query.sort in self.index.orders else "date"

    def ids(self, skip=0, take=None):
        """Ids of the matching items in the query's order."""
        take = self.count if take is None else take
        return self.index.page(
            self.bits, order=self.order, skip=skip, take=take, search=self.search
        )

    def hits(self):
        """The results for ``Paginator``: a page is a list of ids."""
        return Hits(self)

    @cached_property
    def counts(self):
        """{facet: {value key: count}}, each facet's counts ignoring its own filter."""
        counts = {}
        for name in self.catalogue.facet_names:
            within = self._within(name) if name in self.filters else self.bits
            counts[name] = self.index.counts(name, within)
        return counts

    @cached_property
    def facets(self):
        """The facets to show: every value with items or chosen, with its count."""
        labels = self.catalogue.labels()
        result = []
        for name, label in self.catalogue.facets:
            values = []
            chosen = self.query.chosen.get(name, [])
            counts = self.counts[name]
            for key, value_label in self.catalogue.facet_values(name, labels, counts):
                count = counts.get(key, 0)
                selected = key in chosen
                if count or selected:
                    toggle = self.query.toggled(name, key) if selected else ""
                    values.append(FacetValue(key, value_label, count, selected, toggle))
            result.append(Facet(name=name, label=label, values=values))
        return result


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
