"""Faceted catalogues on bitmaps (decision 0005), for any app: an app subclasses
``Catalogue`` with its model and facet definitions, and reads results and counts with
``Browse(catalogue, query)``; the form layer builds the ``Query`` with
``query_from_params``."""

from .browse import Browse, Facet, FacetValue, Hits, Query
from .index import Catalogue, FacetIndex, Search
from .params import query_from_params

__all__ = [
    "Browse",
    "Catalogue",
    "Facet",
    "FacetIndex",
    "FacetValue",
    "Hits",
    "Query",
    "Search",
    "query_from_params",
]
