"""The shared full-text search engine, on each database's own full-text index.

An app registers a model and the attributes to index, then keeps the index fresh with
``index(obj)`` from its domain functions (or ``index_on_save(model)``), and filters any
queryset with ``search(queryset, query)``::

    engine.register(Practice, fields=["title", "summary", "description"],
                    language=lambda practice: practice.language,
                    weights={"title": "A", "summary": "B", "description": "C"})
    engine.index(practice)
    engine.search(Practice.objects.published(), "migracion").order_by("-search_rank")

Text is folded (lowercase, no accents) and stemmed in Python by ``analysis``, identically
for both databases, and stored in ``SearchEntry``; SQLite matches it with FTS5 and ranks
with ``bm25``, PostgreSQL with a GIN-indexed ``tsvector`` and ``ts_rank``. Only models with
integer primary keys can be indexed.
"""

import inspect
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, NotSupportedError, connections, models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone, translation

from pansocial.common.i18n import LANGUAGE_CODES, Translated

from . import analysis
from .models import SearchEntry

WEIGHT_CLASSES = ("A", "B", "C", "D")
# Relative importance of the weight classes, PostgreSQL's ts_rank defaults, on both databases.
CLASS_WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}
TEXT_COLUMNS = {weight: f"text_{weight.lower()}" for weight in WEIGHT_CLASSES}
ENTRY_FIELDS = ["language", *TEXT_COLUMNS.values(), "updated_at"]


class NotRegistered(LookupError):
    """The model was not registered with ``register``."""


@dataclass(frozen=True)
class Registration:
    model: type
    fields: tuple
    language: object = None
    weights: dict = field(default_factory=dict)

    def language_of(self, obj):
        language = self.language(obj) if self.language is not None else None
        return str(language or settings.LANGUAGE_CODE)


_registry = {}


def _key(model):
    return model._meta.concrete_model


def register(model, *, fields, language=None, weights=None):
    """Index ``fields`` of ``model``: attribute names (model fields, properties, methods,
    ``Translated`` descriptors, whose every language column is indexed in its own language)
    or callables ``f(obj) -> text``. ``language(obj)`` gives the language of the text ("es",
    "en", "pt" or "fr"; default the site's); ``weights`` maps a field to its weight class,
    "A" (most important, the default) to "D". Registering a model again replaces it."""
    fields = tuple(fields)
    if not fields:
        raise ValueError("register() needs at least one field")
    weights = dict(weights or {})
    unknown = [name for name in weights if name not in fields]
    if unknown:
        raise ValueError(f"weights for fields that are not indexed: {unknown!r}")
    wrong = {name: weight for name, weight in weights.items() if weight not in WEIGHT_CLASSES}
    if wrong:
        raise ValueError(f"weights must be one of {WEIGHT_CLASSES}: {wrong!r}")
    pk = model._meta.pk
    while pk is not None and pk.is_relation:  # multi-table inheritance: parent's key
        pk = pk.target_field
    if not isinstance(pk, models.IntegerField):
        raise TypeError(f"{model._meta.label}: only integer primary keys can be indexed")
    _registry[_key(model)] = Registration(model, fields, language, weights)


def unregister(model):
    """Forget ``model`` (and stop indexing it on save). Its entries stay until reindex."""
    _registry.pop(_key(model), None)
    uid = _dispatch_uid(model)
    post_save.disconnect(sender=model, dispatch_uid=uid)
    post_delete.disconnect(sender=model, dispatch_uid=uid)


def is_registered(model):
    return _key(model) in _registry


def registration(model):
    try:
        return _registry[_key(model)]
    except KeyError:
        raise NotRegistered(f"{model._meta.label} is not registered for search") from None


def registered_models():
    return [item.model for item in _registry.values()]


# Writing the index


def _values(registration, obj, language):
    """(text, language, weight class) of every indexed field of ``obj``."""
    for name in registration.fields:
        weight = registration.weights.get(name, "A")
        if callable(name):
            yield name(obj), language, weight
            continue
        descriptor = inspect.getattr_static(type(obj), name, None)
        if isinstance(descriptor, Translated):
            for code in LANGUAGE_CODES:
                yield getattr(obj, f"{descriptor.base}_{code}", ""), code, weight
            continue
        value = getattr(obj, name)
        yield (value() if callable(value) else value), language, weight


def _text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(_text(item) for item in value)
    return str(value)


def document(obj):
    """The entry values of ``obj``: {"language": ..., "text_a": ..., ..., "text_d": ...}."""
    item = registration(type(obj))
    language = item.language_of(obj)
    tokens = {weight: [] for weight in WEIGHT_CLASSES}
    # Lazy strings and language-aware properties read in the text's own language.
    with translation.override(analysis.content_language(language) or settings.LANGUAGE_CODE):
        for value, value_language, weight in _values(item, obj, language):
            tokens[weight].extend(analysis.document_tokens(_text(value), value_language))
    values = {"language": language[:8]}
    for weight, column in TEXT_COLUMNS.items():
        values[column] = " ".join(tokens[weight][: analysis.MAX_DOCUMENT_TOKENS])
    return values


def _entry(obj, content_type, now):
    return SearchEntry(content_type=content_type, object_id=obj.pk, updated_at=now, **document(obj))


def _write(entries, using):
    SearchEntry.objects.using(using).bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=ENTRY_FIELDS,
    )


def _db(obj):
    return obj._state.db or DEFAULT_DB_ALIAS


def index(obj):
    """Write (or rewrite) the index entry of ``obj``: one query."""
    if obj.pk is None:
        raise ValueError("index() needs a saved object")
    using = _db(obj)
    content_type = ContentType.objects.db_manager(using).get_for_model(obj)
    _write([_entry(obj, content_type, timezone.now())], using)


def unindex(obj):
    unindex_model_pk(type(obj), obj.pk, using=_db(obj))


def unindex_model_pk(model, pk, *, using=DEFAULT_DB_ALIAS):
    content_type = ContentType.objects.db_manager(using).get_for_model(model)
    SearchEntry.objects.using(using).filter(content_type=content_type, object_id=pk).delete()


def reindex(model=None, *, using=DEFAULT_DB_ALIAS, batch_size=500):
    """Rebuild the entries of ``model`` (default every registered model); returns how many
    objects were indexed. Entries of deleted objects go too."""
    items = [registration(model)] if model is not None else list(_registry.values())
    count = 0
    with transaction.atomic(using=using):
        for item in items:
            content_type = ContentType.objects.db_manager(using).get_for_model(item.model)
            SearchEntry.objects.using(using).filter(content_type=content_type).delete()
            now = timezone.now()
            batch = []
            objects = item.model._base_manager.using(using).order_by("pk")
            for obj in objects.iterator(chunk_size=batch_size):
                batch.append(_entry(obj, content_type, now))
                if len(batch) >= batch_size:
                    _write(batch, using)
                    count += len(batch)
                    batch = []
            if batch:
                _write(batch, using)
                count += len(batch)
        if model is None and connections[using].vendor == "sqlite":
            # Rebuild the FTS5 index from the entries, repairing it whatever happened.
            with connections[using].cursor() as cursor:
                cursor.execute(
                    "INSERT INTO search_searchentry_fts(search_searchentry_fts) VALUES ('rebuild')"
                )
    return count


def _dispatch_uid(model):
    return f"pansocial.search:{model._meta.label}"


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures: run reindex_search after loaddata
        index(instance)


def _deleted(sender, instance, **kwargs):
    unindex_model_pk(sender, instance.pk, using=_db(instance))


def index_on_save(model):
    """Index ``model`` (already registered) on every save, unindex it on delete."""
    registration(model)
    uid = _dispatch_uid(model)
    post_save.connect(_saved, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(_deleted, sender=model, dispatch_uid=uid, weak=False)


# Searching


class _RankSQL(models.Expression):
    """The rank of the row, from SQL where ``{pk}`` stands for the row's primary key.

    The key goes through the ORM (``F("pk")``), so table aliases stay right when the
    queryset is nested in another query."""

    output_field = models.FloatField()

    def __init__(self, template, params):
        super().__init__()
        self.template = template
        self.params = tuple(params)
        self.pk = models.F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, exprs):
        (self.pk,) = exprs

    def as_sql(self, compiler, connection):
        pk_sql, pk_params = compiler.compile(self.pk)
        before, after = self.template.split("{pk}")
        split = before.count("%s")
        params = (*self.params[:split], *pk_params, *self.params[split:])
        return before + pk_sql + after, params


def _sqlite_match(terms):
    groups = []
    for term in terms:
        options = [f'"{token}"' for token in term.exact]
        options += [f'"{token}"*' for token in term.prefixes]
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def _postgresql_query(terms):
    groups = []
    for term in terms:
        options = [f"'{token}'" for token in term.exact]
        options += [f"'{token}':*" for token in term.prefixes]
        groups.append("(" + " | ".join(options) + ")")
    return " & ".join(groups)


# The SQL is fixed text: the query's words are always parameters. ``{pk}`` is the ranked
# row's primary key. The weights are CLASS_WEIGHTS (A to D for bm25, D to A for ts_rank).
# SQLite: CROSS JOIN keeps the full-text index as the outer loop (the planner would
# otherwise scan every entry of the content type and run the MATCH for each).
SQLITE_CONDITION = (
    "SELECT search_e.object_id FROM search_searchentry_fts"
    " CROSS JOIN search_searchentry search_e ON search_e.id = search_searchentry_fts.rowid"
    " WHERE search_searchentry_fts MATCH %s AND search_e.content_type_id = ("
    "SELECT search_ct.id FROM django_content_type search_ct"
    " WHERE search_ct.app_label = %s AND search_ct.model = %s)"
)
# bm25 needs statistics over every match: computed once into a materialised table (not
# correlated, so built once per statement and looked up through an automatic index),
# rather than once per ranked row.
SQLITE_RANK = (
    "COALESCE((WITH search_r AS MATERIALIZED ("
    "SELECT search_e.object_id, -bm25(search_searchentry_fts, 1.0, 0.4, 0.2, 0.1) AS score"
    " FROM search_searchentry_fts"
    " CROSS JOIN search_searchentry search_e ON search_e.id = search_searchentry_fts.rowid"
    " WHERE search_searchentry_fts MATCH %s AND search_e.content_type_id = ("
    "SELECT search_ct.id FROM django_content_type search_ct"
    " WHERE search_ct.app_label = %s AND search_ct.model = %s)"
    ") SELECT search_r.score FROM search_r WHERE search_r.object_id = {pk}), 0.0)"
)
POSTGRESQL_CONDITION = (
    "SELECT search_e.object_id FROM search_searchentry search_e"
    " WHERE search_e.content_type_id = (SELECT search_ct.id FROM django_content_type search_ct"
    " WHERE search_ct.app_label = %s AND search_ct.model = %s)"
    " AND search_e.document @@ to_tsquery('simple', %s)"
)
# Normalisation 1 divides the rank by 1 + log(document length), as bm25 weighs length.
POSTGRESQL_RANK = (
    "COALESCE((SELECT ts_rank('{0.1, 0.2, 0.4, 1.0}'::real[], search_e.document,"
    " to_tsquery('simple', %s), 1)::double precision FROM search_searchentry search_e"
    " WHERE search_e.content_type_id = (SELECT search_ct.id FROM django_content_type search_ct"
    " WHERE search_ct.app_label = %s AND search_ct.model = %s) AND search_e.object_id = {pk}"
    "), 0.0)"
)


def _sqlite(content_type, terms):
    match = _sqlite_match(terms)
    return (SQLITE_CONDITION, [match, *content_type]), (SQLITE_RANK, [match, *content_type])


def _postgresql(content_type, terms):
    query = _postgresql_query(terms)
    return (
        (POSTGRESQL_CONDITION, [*content_type, query]),
        (POSTGRESQL_RANK, [query, *content_type]),
    )


BACKENDS = {"sqlite": _sqlite, "postgresql": _postgresql}


def search(queryset, query):
    """``queryset`` narrowed to the objects matching ``query`` and annotated with
    ``search_rank`` (a float, higher is better; 0 for a blank query, which filters nothing).

    Every word must match (in any of its stems in the four languages, accents ignored); the
    last word also matches as a prefix. The result stays a lazy queryset: no query runs
    here, and the search adds no query of its own to the queryset's."""
    registration(queryset.model)
    terms = analysis.query_terms(query)
    if not terms:
        return queryset.annotate(search_rank=models.Value(0.0, output_field=models.FloatField()))
    connection = connections[queryset.db]
    backend = BACKENDS.get(connection.vendor)
    if backend is None:
        raise NotSupportedError(f"search is not available on {connection.vendor}")
    meta = queryset.model._meta.concrete_model._meta
    (condition, condition_params), (rank, rank_params) = backend(
        [meta.app_label, meta.model_name], terms
    )
    # pk IN (an uncorrelated subquery): the full-text index finds the matches once. The SQL
    # is a constant above; the user's words are parameters.
    matches = models.expressions.RawSQL(condition, condition_params)  # noqa: S611
    return queryset.filter(pk__in=matches).annotate(search_rank=_RankSQL(rank, rank_params))
