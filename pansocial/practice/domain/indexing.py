"""The bridge to the shared full-text search engine (pansocial.search)."""


def engine():
    try:
        from pansocial.search import engine as search_engine
    except ImportError:  # the search capability is not installed
        return None
    return search_engine


def index(practice):
    search_engine = engine()
    if search_engine is not None:
        search_engine.index(practice)


def search(queryset, query):
    """Filter ``queryset`` by ``query``, annotated with ``search_rank``."""
    search_engine = engine()
    if search_engine is not None:
        return search_engine.search(queryset, query)
    from django.db.models import FloatField, Q, Value

    words = query.split()
    condition = Q()
    for word in words:
        condition &= (
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(description__icontains=word)
        )
    return queryset.filter(condition).annotate(search_rank=Value(0.0, output_field=FloatField()))
