"""Bitmaps of the published practices, for filtering, counting and paging the repository.

Every published practice has a position (0 = the most recently published) and every facet
value a bitmap: a Python integer whose bit ``p`` says whether the practice at position
``p`` has that value. Filters are ORs and ANDs of bitmaps, a count is ``int.bit_count()``,
the page of a date-sorted list is the first set bits: a hundred thousand practices with
every facet counted take about a millisecond, where eleven GROUP BY queries took a second.

The bitmaps are built from the database once per version of the practices and the
reference data (``ContentVersion``, bumped in the same transaction as any change), in each
process, and rebuilt after any change; a search's matches are kept as bitmaps too, a few
hundred queries per process and for ten minutes in the shared cache (Redis in production),
so a popular word costs its full-text lookup once for every server.
"""

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.core.cache import cache

from pansocial.common.cache import content_versions
from pansocial.practice.models import Implementer, Practice, PracticeObjective
from pansocial.reference.models import Country, Objective, Principle
from pansocial.search import engine
from pansocial.search.analysis import query_terms

CountryLink = Practice.countries.through
PrincipleLink = Practice.principles.through

NAMESPACES = ("practice", "reference")
CACHED_SEARCHES = 256
SHARED_SEARCH_TIMEOUT = 60 * 10  # in the shared cache (Redis), for the other processes
RANK_COMBINATIONS = 3  # words whose place (title, summary, elsewhere) orders the results

# The set bits of each byte value, lowest first.
BYTE_BITS = tuple(tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256))
NONZERO = re.compile(rb"[^\x00]")


def bitmap(positions, size):
    buffer = bytearray((size + 7) // 8)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def set_positions(bits, size, skip=0, take=None):
    """The positions of the set bits of ``bits``, in ascending order, after skipping the
    first ``skip`` of them, at most ``take``."""
    result = []
    if take is not None and take <= 0:
        return result
    data = bits.to_bytes((size + 7) // 8, "little")
    for match in NONZERO.finditer(data):
        index = match.start()
        positions = BYTE_BITS[data[index]]
        if skip >= len(positions):
            skip -= len(positions)
            continue
        base = index << 3
        for bit in positions[skip:]:
            result.append(base + bit)
            if take is not None and len(result) == take:
                return result
        skip = 0
    return result


@dataclass(frozen=True)
class Search:
    """A query's matches as bitmaps: every match, and per ranked word the matches holding
    it in the title (``a``) and in the summary (``b``)."""

    bits: int
    ranked: tuple  # ((a, b), ...)


class FacetIndex:
    def __init__(self, version):
        self.version = version
        rows = list(
            Practice.objects.published()
            .order_by("-published_at", "-id")
            .values_list("pk", "practice_type", "status", "language", "start_year", "start_date")
        )
        self.ids = [row[0] for row in rows]
        self.size = len(rows)
        self.position = {pk: position for position, pk in enumerate(self.ids)}
        self.all = (1 << self.size) - 1
        values = {}

        def add(facet, key, position):
            values.setdefault(facet, {}).setdefault(key, []).append(position)

        for position, (_pk, kind, status, language, year, _start) in enumerate(rows):
            add("type", kind, position)
            add("status", status, position)
            add("language", language, position)
            if year is not None:
                add("year", str(year), position)
        # Newest start first, then the newest practice (the highest id) first.
        self.by_start = sorted(
            range(self.size), key=lambda p: (rows[p][5].toordinal(), rows[p][0]), reverse=True
        )
        self._links(add)
        self.entry_position = {
            entry: self.position[pk]
            for entry, pk in engine.entries(Practice).items()
            if pk in self.position
        }
        self.bits = {
            facet: {key: bitmap(positions, self.size) for key, positions in keys.items()}
            for facet, keys in values.items()
        }
        self._searches = OrderedDict()
        self._lock = threading.Lock()

    def _links(self, add):
        position = self.position
        objectives = {
            o.pk: (str(o.number), o.cluster.slug, str(o.theme.number))
            for o in Objective.objects.select_related("cluster", "theme")
        }
        countries = {
            c.pk: (c.code, c.subregion.code) for c in Country.objects.select_related("subregion")
        }
        principles = dict(Principle.objects.values_list("pk", "slug"))
        for practice_id, objective_id in PracticeObjective.objects.values_list(
            "practice_id", "objective_id"
        ):
            p = position.get(practice_id)
            if p is not None:
                number, cluster, table = objectives[objective_id]
                add("objective", number, p)
                add("cluster", cluster, p)
                add("table", table, p)
        for practice_id, country_id in CountryLink.objects.values_list("practice_id", "country_id"):
            p = position.get(practice_id)
            if p is not None:
                code, subregion = countries[country_id]
                add("country", code, p)
                add("subregion", subregion, p)
        for practice_id, principle_id in PrincipleLink.objects.values_list(
            "practice_id", "principle_id"
        ):
            p = position.get(practice_id)
            if p is not None:
                add("principle", principles[principle_id], p)
        for practice_id, kind in Implementer.objects.values_list("practice_id", "implementer_type"):
            p = position.get(practice_id)
            if p is not None:
                add("implementer", kind, p)

    # Filters

    def facet_filter(self, facet, keys):
        """Practices with any of ``keys`` in ``facet``."""
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
        shared = f"practice:search:{digest}"
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
        matches = engine.matches(Practice, query, keys="entry")
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
        """Ids of the practices of ``bits``, in ``order`` ("date", "start" or "relevance"),
        after skipping ``skip``, at most ``take``."""
        if order == "start":
            data = bits.to_bytes((self.size + 7) // 8, "little")
            result = []
            for position in self.by_start:
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
        """``bits`` split by rank, best first (each part in date order): a word in the title
        counts 1.0, in the summary 0.4, elsewhere 0.1 (``engine.search``'s ranks)."""
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


_current = None
_build_lock = threading.Lock()


def current():
    """This process's index of the published practices, rebuilt when they changed."""
    global _current
    version = content_versions(*NAMESPACES)
    index = _current
    if index is not None and index.version == version:
        return index
    with _build_lock:
        if _current is None or _current.version != version:
            _current = FacetIndex(version)
        return _current


def reset():
    """Forget this process's index (tests; after restoring a database backup, whose
    versions may repeat ones this process has seen, restart the application instead)."""
    global _current
    _current = None
