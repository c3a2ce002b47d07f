"""The practice's entry in the shared full-text index (pansocial.search)."""

from pansocial.search import engine


def index(practice):
    engine.index(practice)


def search(queryset, query):
    """Filter ``queryset`` by ``query``, annotated with ``search_rank``."""
    return engine.search(queryset, query)
