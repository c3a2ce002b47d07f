"""The form layer of a catalogue: GET parameters (a ``QueryDict``) to a ``Query``."""

MAX_VALUES = 30
MAX_WORDS = 200


def query_from_params(params, catalogue):
    """The catalogue's query from ``params``: each facet's values (trimmed, at most 30,
    sorted, without repeats), ``q`` (at most 200 characters) and ``sort`` (one of the
    catalogue's, else the default)."""
    chosen = {}
    for name in catalogue.facet_names:
        values = [v.strip() for v in params.getlist(name) if v.strip()][:MAX_VALUES]
        if values:
            chosen[name] = sorted(set(values))
    q = params.get("q", "").strip()[:MAX_WORDS]
    query = catalogue.query_class(chosen=chosen, q=q)
    sort = params.get("sort", "")
    query.sort = sort if sort in catalogue.sorts else query.default_sort
    return query
