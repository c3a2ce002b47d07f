"""The public repository: filters from GET parameters, facet counts with aggregate queries.

Within one facet the chosen values are alternatives (OR); across facets they combine (AND).
Each facet's counts apply every other facet's filter, so a visitor sees how many practices
each value would give. The number of queries is fixed whatever the number of practices.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pansocial.practice.models import (
    Implementer,
    ImplementerType,
    Practice,
    PracticeObjective,
    PracticeStatus,
    PracticeType,
)
from pansocial.reference.models import Cluster, Country, Objective, Principle, Subregion, TableTheme

from .indexing import search

CountryLink = Practice.countries.through
PrincipleLink = Practice.principles.through

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


def _ids(values):
    return [int(v) for v in values if str(v).isdigit()]


def _links(name, values):
    """Link rows (with a practice_id) matching one facet's chosen values, or None when the
    facet is a column of the practice itself."""
    if name == "objective":
        return PracticeObjective.objects.filter(objective__number__in=_ids(values))
    if name == "cluster":
        return PracticeObjective.objects.filter(objective__cluster__slug__in=values)
    if name == "table":
        return PracticeObjective.objects.filter(objective__theme__number__in=_ids(values))
    if name == "principle":
        return PrincipleLink.objects.filter(principle__slug__in=values)
    if name == "country":
        return CountryLink.objects.filter(country__code__in=[v.upper() for v in values])
    if name == "subregion":
        return CountryLink.objects.filter(country__subregion__code__in=values)
    if name == "implementer":
        return Implementer.objects.filter(implementer_type__in=values)
    return None


def _condition(name, values):
    """A Q on Practice for one of the practice's own columns (OR of the chosen values)."""
    if name == "type":
        return Q(practice_type__in=values)
    if name == "status":
        return Q(status__in=values)
    if name == "language":
        return Q(language__in=values)
    if name == "year":
        return Q(start_year__in=_ids(values))
    raise KeyError(name)


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


def filtered(query, base=None, exclude=None):
    queryset = Practice.objects.published() if base is None else base
    # Link-table filters are nested inside one another so the database intersects the
    # narrow link tables first and reads only the matching practices.
    chain = None
    for name, values in sorted(query.chosen.items()):
        if name == exclude:
            continue
        links = _links(name, values)
        if links is None:
            queryset = queryset.filter(_condition(name, values))
            continue
        if chain is not None:
            links = links.filter(practice_id__in=chain)
        chain = links.values("practice_id")
    if chain is not None:
        queryset = queryset.filter(pk__in=chain)
    if query.q:
        queryset = search(queryset, query.q)
    return queryset


MISSING = object()


class Browse:
    """Results and facets of one query, sharing the ids fetched once."""

    def __init__(self, query, base=None):
        self.query = query
        self.full_ids = _materialize_rows(filtered(query, base))
        if self.full_ids is not None and not (query.q and query.sort == "relevance"):
            # The ids are known: order them without re-running the filters.
            ids = [row[0] for row in self.full_ids]
            self.results = _ordered(Practice.objects.filter(pk__in=ids), query)
            self.count = len(ids)
        else:
            self.results = results(query, base)
            self.count = None
        self.facets = facets(query, base, self.full_ids)


def _ordered(queryset, query):
    if query.sort == "start":
        return queryset.order_by("-start_date", "-id")
    return queryset.order_by("-published_at", "-id")


def results(query, base=None):
    queryset = filtered(query, base)
    if query.sort == "relevance" and query.q:
        return queryset.order_by("-search_rank", "-published_at", "-id")
    if query.sort == "start":
        return queryset.order_by("-start_date", "-id")
    return queryset.order_by("-published_at", "-id")


# A filtered set up to this size is fetched as a list of ids once and reused by every facet
# query (an IN list is far cheaper than re-running the filters eleven times). Larger sets
# are counted with subqueries and the counts cached briefly (see COUNTS_TTL).
MATERIALIZE_LIMIT = 2_000
COUNTS_TTL = 60
VERSION_KEY = "practice:catalogue-version"


def catalogue_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


def bump_catalogue_version():
    """Call when the published set changes (publication, withdrawal)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _materialize(queryset):
    ids = list(queryset.order_by().values_list("pk", flat=True)[: MATERIALIZE_LIMIT + 1])
    return ids if len(ids) <= MATERIALIZE_LIMIT else None


ROW_FIELDS = ("pk", "practice_type", "status", "language", "start_year")


def _materialize_rows(queryset):
    rows = list(queryset.order_by().values_list(*ROW_FIELDS)[: MATERIALIZE_LIMIT + 1])
    return rows if len(rows) <= MATERIALIZE_LIMIT else None


def reference_maps():
    """Reference ids to facet keys (three small queries, kept five minutes)."""
    value = cache.get("practice:reference-maps")
    if value is None:
        value = {
            "objective": {
                o.pk: (str(o.number), o.cluster.slug, str(o.theme.number))
                for o in Objective.objects.select_related("cluster", "theme")
            },
            "country": {
                c.pk: (c.code, c.subregion.code)
                for c in Country.objects.select_related("subregion")
            },
            "principle": dict(Principle.objects.values_list("pk", "slug")),
        }
        cache.set("practice:reference-maps", value, 300)
    return value


def _count_rows(rows, names):
    """Counts for ``names`` over a small set, from four narrow queries counted in Python."""
    counts = {name: Counter() for name in names}
    ids = [row[0] for row in rows]
    if not ids:
        return {name: {} for name in names}
    for column, name in enumerate(("type", "status", "language", "year"), start=1):
        if name in counts:
            counts[name].update(str(row[column]) for row in rows)
    maps = (
        reference_maps()
        if names & {"objective", "cluster", "table", "country", "subregion", "principle"}
        else {}
    )

    def per_practice(pairs, keys):
        seen = {}
        for practice_id, value in pairs:
            for key, label in zip(keys, value, strict=True):
                seen.setdefault((key, practice_id), set()).add(label)
        for (key, _practice_id), labels in seen.items():
            counts[key].update(labels)

    wanted = [n for n in ("objective", "cluster", "table") if n in counts]
    if wanted:
        index = {"objective": 0, "cluster": 1, "table": 2}
        links = PracticeObjective.objects.filter(practice_id__in=ids).values_list(
            "practice_id", "objective_id"
        )
        objectives = maps["objective"]
        per_practice(
            ((p, tuple(objectives[o][index[n]] for n in wanted)) for p, o in links), wanted
        )
    wanted = [n for n in ("country", "subregion") if n in counts]
    if wanted:
        index = {"country": 0, "subregion": 1}
        links = CountryLink.objects.filter(practice_id__in=ids).values_list(
            "practice_id", "country_id"
        )
        countries = maps["country"]
        per_practice(((p, tuple(countries[c][index[n]] for n in wanted)) for p, c in links), wanted)
    if "principle" in counts:
        links = PrincipleLink.objects.filter(practice_id__in=ids).values_list(
            "practice_id", "principle_id"
        )
        principles = maps["principle"]
        per_practice(((p, (principles[x],)) for p, x in links), ["principle"])
    if "implementer" in counts:
        links = Implementer.objects.filter(practice_id__in=ids).values_list(
            "practice_id", "implementer_type"
        )
        per_practice(((p, (kind,)) for p, kind in links), ["implementer"])
    return {name: dict(counter) for name, counter in counts.items()}


def _counts(name, practices):
    """Counts per value of one facet over ``practices`` (a list of ids or a queryset)."""
    ids = practices if isinstance(practices, list) else practices.values("pk")
    # (practice, objective), (practice, country) and (practice, principle) are unique, so
    # those counts need no DISTINCT; clusters, tables, subregions and types do.
    if name in ("objective", "cluster", "table"):
        column = {
            "objective": "objective_id",
            "cluster": "objective__cluster__slug",
            "table": "objective__theme__number",
        }[name]
        rows = PracticeObjective.objects.filter(practice_id__in=ids).values(column)
        rows = rows.annotate(n=Count("practice_id", distinct=name != "objective")).order_by()
    elif name == "principle":
        column = "principle_id"
        rows = PrincipleLink.objects.filter(practice_id__in=ids).values(column)
        rows = rows.annotate(n=Count("practice_id")).order_by()
    elif name in ("country", "subregion"):
        column = "country_id" if name == "country" else "country__subregion__code"
        rows = CountryLink.objects.filter(practice_id__in=ids).values(column)
        rows = rows.annotate(n=Count("practice_id", distinct=name == "subregion")).order_by()
    elif name == "implementer":
        column = "implementer_type"
        rows = Implementer.objects.filter(practice_id__in=ids).values(column)
        rows = rows.annotate(n=Count("practice_id", distinct=True)).order_by()
    else:
        column = {
            "type": "practice_type",
            "status": "status",
            "language": "language",
            "year": "start_year",
        }[name]
        rows = Practice.objects.filter(pk__in=ids).values(column).annotate(n=Count("pk"))
        rows = rows.order_by()
    if column.endswith("_id"):
        keys = reference_maps()[name]
        return {_key(name, keys[row[column]]): row["n"] for row in rows}
    return {str(row[column]): row["n"] for row in rows}


def _key(name, mapped):
    """Facet key of a reference id (objective and country maps hold tuples)."""
    return mapped[0] if isinstance(mapped, tuple) else mapped


def _cached_counts(key, compute):
    if key is None:
        return compute()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_TTL)
    return value


def facet_counts(query, base=None, full_ids=MISSING):
    """{facet: {value key: count}}. Each facet's counts ignore that facet's own filter.

    The filtered set is fetched once as ids when small; large sets are counted with
    subqueries and those counts cached briefly, keyed by the filters they depend on (so
    the counts of "objective" for objective=7&country=BR are those of country=BR alone,
    shared by every objective chosen with Brazil)."""
    version = catalogue_version() if base is None else None
    if full_ids is MISSING:
        full_ids = _materialize_rows(filtered(query, base))
    counts = {}
    if full_ids is not None:
        counts = _count_rows(full_ids, {name for name in FACETS if name not in query.chosen})
    for name in FACETS:
        variant = name if name in query.chosen else None
        if variant is None and full_ids is not None:
            continue
        depends = query.without(variant)
        key = None if version is None else f"practice:facet:{version}:{name}:{depends.urlencode()}"

        def compute(name=name, variant=variant):
            return _counts(name, filtered(query, base, exclude=variant))

        counts[name] = _cached_counts(key, compute)
    return counts


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


def facets(query, base=None, full_ids=MISSING):
    counts = facet_counts(query, base, full_ids)
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
