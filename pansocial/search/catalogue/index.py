"""Bitmaps of one model's public items, for filtering, counting and paging a faceted
catalogue (decision 0005; first built for the practice repository).

Every item has a position (0 = first in the catalogue's default order) and every facet
value a bitmap (``bitmaps``). The bitmaps are built from the database once per version of
the catalogue's content namespaces (``ContentVersion``, bumped in the same transaction as
any change), in each process, and rebuilt after any change; a search's matches are kept
as bitmaps too, a few hundred queries per process and for ten minutes in the shared cache
(Redis in production), so a popular word costs its full-text lookup once for every server.
"""

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language

from pansocial.common.cache import content_versions
from pansocial.common.namespaces import Key
from pansocial.search import engine
from pansocial.search.analysis import query_terms

from .bitmaps import bitmap, set_positions

CACHED_SEARCHES = 256
SHARED_SEARCH_TIMEOUT = 60 * 10  # in the shared cache (Redis), for the other processes
RANK_COMBINATIONS = 3  # words whose place (class A, class B, elsewhere) orders the results


@dataclass(frozen=True)
class Search:
    """A query's matches as bitmaps: every match, and per ranked word the matches holding
    it in class A text (``a``, e.g. a title) and in class B (``b``, e.g. a summary)."""

    bits: int
    ranked: tuple  # ((a, b), ...)


class Catalogue:
    """What one app's faceted catalogue is made of. Subclass it and set:

    - ``name``: a short key (cache keys); ``model``: the model listed (registered with
      ``search.engine`` if the catalogue is searchable); ``namespaces``: the content
      versions its items and labels depend on;
    - ``facets``: ``[(name, label), ...]`` in display order; ``sorts``: accepted orders
      ("date", the default order of ``load``; "relevance" for searches; any order
      ``load`` returns);
    - ``query_class``: the ``browse.Query`` subclass naming the facets;

    and implement ``load(add)`` (the items and their facet values: one read per kind of
    row), ``load_labels()`` (value keys and labels per facet), and optionally ``keys`` and
    ``facet_values``.
    """

    name = ""
    model = None
    namespaces = ()
    facets = ()
    sorts = ("relevance", "date")
    searchable = True
    query_class = None
    labels_timeout = 300

    def __init__(self):
        self._current = None
        self._build_lock = threading.Lock()

    @property
    def facet_names(self):
        return [name for name, _label in self.facets]

    def load(self, add):
        """Return ``(ids, orders)``: the ids of the listed items in the default order and
        ``{order name: [positions in that order]}`` for the other orders; call
        ``add(facet, key, position)`` for every facet value of every item."""
        raise NotImplementedError

    def load_labels(self):
        """``{facet: [(key, label), ...]}`` in display order (facets whose values come
        from the counts, like years, are left out and listed by ``facet_values``)."""
        raise NotImplementedError

    def keys(self, facet, values):
        """The bitmap keys of a facet's chosen values; anything else matches nothing."""
        return set(values)

    def facet_values(self, facet, labels, counts):
        """``[(key, label), ...]`` offered for ``facet``."""
        return labels.get(facet, [])

    def labels(self):
        """``load_labels()`` kept five minutes per language (reference data hardly ever
        changes)."""
        key = f"{self.name}:{Key.CATALOGUE_FACET_LABELS}:{get_language()}"
        value = cache.get(key)
        if value is None:
            value = self.load_labels()
            cache.set(key, value, self.labels_timeout)
        return value

    def current(self):
        """This process's index of the catalogue, rebuilt when its content changed."""
        version = content_versions(*self.namespaces)
        index = self._current
        if index is not None and index.version == version:
            return index
        with self._build_lock:
            if self._current is None or self._current.version != version:
                self._current = FacetIndex(self, version)
            return self._current

    def reset(self):
        """Forget this process's index (tests; after restoring a database backup, whose
        versions may repeat ones this process has seen, restart the application instead)."""
        self._current = None


class FacetIndex:
    def __init__(self, catalogue, version):
        self.catalogue = catalogue
        self.version = version
        values = {}

        def add(facet, key, position):
            values.setdefault(facet, {}).setdefault(key, []).append(position)

        ids, self.orders = catalogue.load(add)
        self.ids = list(ids)
        self.size = len(self.ids)
        self.all = (1 << self.size) - 1
        self.entry_position = {}
        if catalogue.searchable:
            position = {pk: p for p, pk in enumerate(self.ids)}
            self.entry_position = {
                entry: position[pk]
                for entry, pk in engine.entries(catalogue.model).items()
                if pk in position
            }
        self.bits = {
            facet: {key: bitmap(positions, self.size) for key, positions in keys.items()}
            for facet, keys in values.items()
        }
        self._searches = OrderedDict()
        self._lock = threading.Lock()

    # Filters

    def facet_filter(self, facet, keys):
        """Items with any of ``keys`` in ``facet``."""
        result = 0
        values = self.bits.get(facet, {})
        for key in keys:
            result |= values.get(key, 0)
        return result

    def search(self, query):
        """The ``Search`` of ``query`` (None for a blank query), from this process's cache
        or one full-text query."""
        terms = query_terms(query)
        if not terms:
            return None
        key = tuple(terms)
        with self._lock:
            found = self._searches.get(key)
            if found is not None:
                self._searches.move_to_end(key)
                return found
        digest = hashlib.sha256(repr((self.version, key)).encode()).hexdigest()
        shared = f"{self.catalogue.name}:{Key.CATALOGUE_SEARCH}:{digest}"
        found = cache.get(shared)
        if found is None:
            found = self._search(query)
            cache.set(shared, found, SHARED_SEARCH_TIMEOUT)
        with self._lock:
            self._searches[key] = found
            while len(self._searches) > CACHED_SEARCHES:
                self._searches.popitem(last=False)
        return found

    def _search(self, query):
        matches = engine.matches(self.catalogue.model, query, keys="entry")
        positions = self.entry_position

        def bits(entries):
            return bitmap((positions[e] for e in entries if e in positions), self.size)

        return Search(bits(matches.ids), tuple((bits(a), bits(b)) for a, b in matches.ranked))

    # Counting and ordering

    def counts(self, facet, within):
        counts = {}
        for key, bits in self.bits.get(facet, {}).items():
            if n := (bits & within).bit_count():
                counts[key] = n
        return counts

    def page(self, bits, *, order, skip, take, search=None):
        """Ids of the items of ``bits`` in ``order`` (the default order, "relevance", or
        one of ``load``'s orders), after skipping ``skip``, at most ``take``."""
        if order in self.orders:
            data = bits.to_bytes((self.size + 7) // 8, "little")
            result = []
            for position in self.orders[order]:
                if data[position >> 3] >> (position & 7) & 1:
                    if skip:
                        skip -= 1
                        continue
                    result.append(self.ids[position])
                    if len(result) == take:
                        break
            return result
        groups = [bits] if order != "relevance" or search is None else self._ranked(bits, search)
        result = []
        for group in groups:
            size = group.bit_count()
            if skip >= size:
                skip -= size
                continue
            positions = set_positions(group, self.size, skip, take - len(result))
            result += [self.ids[p] for p in positions]
            skip = 0
            if len(result) >= take:
                break
        return result

    def _ranked(self, bits, search):
        """``bits`` split by rank, best first (each part in the default order): a word in
        class A counts 1.0, in class B 0.4, elsewhere 0.1 (``engine.search``'s ranks)."""
        weights = (engine.RANK_WEIGHTS["A"], engine.RANK_WEIGHTS["B"], engine.RANK_ELSEWHERE)
        parts = [(0.0, bits)]
        for a, b in search.ranked[:RANK_COMBINATIONS]:
            places = (a, b & ~a, ~(a | b))
            parts = [
                (score + weight, part & place)
                for score, part in parts
                for weight, place in zip(weights, places, strict=True)
            ]
        by_score = {}
        for score, part in parts:
            if part:
                key = round(score, 6)
                by_score[key] = by_score.get(key, 0) | part
        return [by_score[score] for score in sorted(by_score, reverse=True)]
