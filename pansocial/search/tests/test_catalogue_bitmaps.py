"""The bitmap catalogue is generic: any model with its own facets (here countries by
subregion, not searchable) gets results, counts and query strings."""

from dataclasses import dataclass, field

import pytest
from django.http import QueryDict

from pansocial.reference.models import Country, Subregion
from pansocial.search.catalogue import Browse, Catalogue, Query, query_from_params


@dataclass
class CountryQuery(Query):
    facets: tuple = field(default=("subregion", "initial"), compare=False, repr=False)


class Countries(Catalogue):
    name = "test-countries"
    model = Country
    namespaces = ("reference",)
    facets = [("subregion", "Subregion"), ("initial", "Initial")]
    searchable = False
    query_class = CountryQuery

    def load(self, add):
        rows = list(
            Country.objects.filter(subregion__code__in=["TN", "TS"])
            .order_by("code")
            .values_list("pk", "code", "subregion__code")
        )
        for position, (_pk, code, subregion) in enumerate(rows):
            add("subregion", subregion, position)
            add("initial", code[0], position)
        by_code_desc = sorted(range(len(rows)), key=lambda p: rows[p][1], reverse=True)
        return [row[0] for row in rows], {"reverse": by_code_desc}

    def load_labels(self):
        return {
            "subregion": [(s.code, s.code) for s in Subregion.objects.filter(code__in=["TN", "TS"])]
        }

    def facet_values(self, facet, labels, counts):
        if facet == "initial":
            return [(key, key) for key in sorted(counts)]
        return labels.get(facet, [])


@pytest.fixture
def countries(db):
    north = Subregion.objects.create(code="TN", order=90, name_es="N", name_en="N")
    south = Subregion.objects.create(code="TS", order=91, name_es="S", name_en="S")
    for code, subregion in (("XR", south), ("YO", south), ("YZ", north), ("XG", north)):
        Country.objects.create(code=code, subregion=subregion, name_es=code, name_en=code)
    catalogue = Countries()
    yield catalogue
    catalogue.reset()


def _codes(ids):
    found = Country.objects.in_bulk(ids)
    return [found[pk].code for pk in ids]


def test_generic_catalogue_filters_counts_and_orders(countries):
    query = query_from_params(QueryDict("subregion=TS&subregion=TN&initial=X"), countries)
    browse = Browse(countries, query)
    assert _codes(browse.ids()) == ["XG", "XR"]
    assert browse.counts["initial"] == {"X": 2, "Y": 2}
    assert browse.counts["subregion"] == {"TN": 1, "TS": 1}
    reverse = Browse(countries, CountryQuery(chosen={"initial": ["X"]}, sort="reverse"))
    assert _codes(reverse.ids()) == ["XR", "XG"]


def test_generic_catalogue_query_round_trips_through_its_query_string(countries):
    query = query_from_params(QueryDict("initial=Y&subregion=TS&sort=nonsense"), countries)
    assert query.sort == "date"
    assert query.urlencode() == "subregion=TS&initial=Y"
    assert query_from_params(QueryDict(query.urlencode()), countries) == query
    facets = {f.name: f for f in Browse(countries, query).facets}
    assert [(v.key, v.count, v.selected) for v in facets["initial"].values] == [
        ("X", 1, False),
        ("Y", 1, True),
    ]
    assert facets["initial"].values[1].toggle_url == "subregion=TS"
