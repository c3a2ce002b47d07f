"""The practice repository's facets, on the shared bitmap catalogue
(``pansocial.search.catalogue``, decision 0005): which practices it lists (the published
ones, newest first), their facet values, the "start" order and the facets' labels."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import translated_order
from pansocial.common.namespaces import Content
from pansocial.practice.models import (
    Implementer,
    ImplementerType,
    Practice,
    PracticeObjective,
    PracticeStatus,
    PracticeType,
)
from pansocial.reference.models import Cluster, Country, Objective, Principle, Subregion, TableTheme
from pansocial.search import catalogue

CountryLink = Practice.countries.through
PrincipleLink = Practice.principles.through

FACETS = [
    ("objective", _("GCM objective")),
    ("principle", _("Guiding principle")),
    ("cluster", _("Thematic cluster")),
    ("table", _("Working table")),
    ("country", _("Country")),
    ("subregion", _("Subregion")),
    ("implementer", _("Type of implementer")),
    ("type", _("Type of practice")),
    ("status", _("Status")),
    ("language", _("Language")),
    ("year", _("Start year")),
]
FACET_NAMES = tuple(name for name, _label in FACETS)


@dataclass
class Query(catalogue.Query):
    facets: tuple = field(default=FACET_NAMES, compare=False, repr=False)


class PracticeCatalogue(catalogue.Catalogue):
    name = "practice"
    model = Practice
    namespaces = (Content.PRACTICE, Content.REFERENCE)
    facets = FACETS
    sorts = ("relevance", "date", "start")
    query_class = Query

    def load(self, add):
        rows = list(
            Practice.objects.published()
            .order_by("-published_at", "-id")
            .values_list("pk", "practice_type", "status", "language", "start_year", "start_date")
        )
        ids = [row[0] for row in rows]
        position = {pk: p for p, pk in enumerate(ids)}
        for p, (_pk, kind, status, language, year, _start) in enumerate(rows):
            add("type", kind, p)
            add("status", status, p)
            add("language", language, p)
            if year is not None:
                add("year", str(year), p)
        # Newest start first, then the newest practice (the highest id) first.
        by_start = sorted(
            range(len(rows)), key=lambda p: (rows[p][5].toordinal(), rows[p][0]), reverse=True
        )
        self._links(add, position)
        return ids, {"start": by_start}

    def _links(self, add, position):
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

    def keys(self, facet, values):
        """Numbers without leading zeros, country codes in capitals."""
        if facet in ("objective", "table", "year"):
            return {str(int(v)) for v in values if str(v).isdigit()}
        if facet == "country":
            return {v.upper() for v in values}
        return set(values)

    def load_labels(self):
        return {
            "objective": [(str(o.number), str(o)) for o in Objective.objects.order_by("number")],
            "principle": [(p.slug, p.name) for p in Principle.objects.order_by("order")],
            "cluster": [(c.slug, c.name) for c in Cluster.objects.order_by("order")],
            "table": [(str(t.number), str(t)) for t in TableTheme.objects.order_by("number")],
            "country": [
                (c.code, c.name) for c in Country.objects.order_by(translated_order("name"))
            ],
            "subregion": [(s.code, s.name) for s in Subregion.objects.order_by("order")],
            "implementer": [(k, str(v)) for k, v in ImplementerType.choices],
            "type": [(k, str(v)) for k, v in PracticeType.choices],
            "status": [(k, str(v)) for k, v in PracticeStatus.choices],
            "language": [(k, str(v)) for k, v in Practice.LANGUAGES],
        }

    def facet_values(self, facet, labels, counts):
        if facet == "year":
            return [(str(y), str(y)) for y in sorted((int(y) for y in counts), reverse=True)]
        return labels.get(facet, [])


PRACTICES = PracticeCatalogue()


def current():
    """This process's index of the published practices, rebuilt when they changed."""
    return PRACTICES.current()


def reset():
    PRACTICES.reset()
