"""The shared full-text search engine, on each database's own full-text index.

An app registers a model and the attributes to index, once, from its ``AppConfig.ready()``;
from then on the index is kept fresh one way, for every model: registering connects
``post_save`` (index the object) and ``post_delete`` (drop its entry), so domain functions
never call the index themselves. Any queryset is filtered with ``search(queryset, query)``::

    engine.register(Practice, fields=["title", "summary", "description"],
                    language=lambda practice: practice.language,
                    weights={"title": "A", "summary": "B", "description": "C"})
    engine.search(Practice.objects.published(), "migracion").order_by("-search_rank")

Saves that bypass signals (``bulk_create``, ``update()``, fixtures) are caught up with
``manage.py reindex_search``. Indexed fields are the model's own columns or callables,
which may read related rows: a change to those rows (a many-to-many ``set()``, a
``bulk_create`` of links) saves no row of the model, so the function writing them calls
``index(obj)`` once they are written.

Text is folded (lowercase, no accents) and stemmed in Python by ``analysis``, identically
for both databases, and stored in ``SearchEntry``; SQLite matches it with FTS5, PostgreSQL
with GIN-indexed ``tsvector`` columns. Ranks are counted from sets (see "Searching"), the
same on both. Only models with integer primary keys can be indexed.
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
    or callables ``f(obj) -> text`` (or ``-> {language: text}``, each text analysed in its
    own language: labels of related rows in every language). ``language(obj)`` gives the
    language of the text ("es", "en", "pt" or "fr"; default the site's); ``weights`` maps a
    field to its weight class, "A" (most important, the default) to "D". Registering a model
    again replaces it.

    From then on every save of ``model`` rewrites its entry and every delete removes it."""
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
    uid = _dispatch_uid(model)
    post_save.connect(_saved, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(_deleted, sender=model, dispatch_uid=uid, weak=False)


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


# Writing the index


def _values(registration, obj, language):
    """(text, language, weight class) of every indexed field of ``obj``."""
    for name in registration.fields:
        weight = registration.weights.get(name, "A")
        if callable(name):
            value = name(obj)
            if isinstance(value, dict):  # {language: text}: each in its own language
                for code, text in value.items():
                    yield text, code, weight
            else:
                yield value, language, weight
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
                cursor.execute(SQLITE_CLEAR)
                cursor.execute(SQLITE_REFILL)
    return count


def _dispatch_uid(model):
    return f"pansocial.search:{model._meta.label}"


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures: run reindex_search after loaddata
        index(instance)


def _deleted(sender, instance, **kwargs):
    unindex_model_pk(sender, instance.pk, using=_db(instance))


# Searching
#
# Relevance is counted per query word from sets, not from term frequencies: a word found in
# the most important text (class A, e.g. a title) counts 1.0, in class B (a summary) 0.4,
# elsewhere 0.1, and the rank is the sum over the first RANKED_TERMS words. Each of those
# sets is one uncorrelated lookup in the full-text index, so ranking ten thousand matches
# costs what ranking ten does, and both databases give the same ranks (decision 0003).

RANK_WEIGHTS = {"A": 1.0, "B": 0.4}
RANK_ELSEWHERE = 0.1
RANKED_TERMS = 3


class _RankSQL(models.Expression):
    """SQL in which every ``{pk}`` stands for the row's primary key.

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
        parts = self.template.split("{pk}")
        sql, params, remaining = [parts[0]], [], list(self.params)
        taken = parts[0].count("%s")
        params += remaining[:taken]
        remaining = remaining[taken:]
        for part in parts[1:]:
            taken = part.count("%s")
            sql += [pk_sql, part]
            params += [*pk_params, *remaining[:taken]]
            remaining = remaining[taken:]
        return "".join(sql), tuple(params)


def _sqlite_match(terms, weight=None):
    groups = []
    for term in terms:
        options = [f'"{token}"' for token in term.exact]
        options += [f'"{token}"*' for token in term.prefixes]
        groups.append("(" + " OR ".join(options) + ")")
    expression = " AND ".join(groups)
    if weight is not None:
        expression = f"{TEXT_COLUMNS[weight]} : ({expression})"
    return expression


def _postgresql_query(terms):
    groups = []
    for term in terms:
        options = [f"'{token}'" for token in term.exact]
        options += [f"'{token}':*" for token in term.prefixes]
        groups.append("(" + " | ".join(options) + ")")
    return " & ".join(groups)


# The SQL is fixed text: the query's words are always parameters. SQLite: CROSS JOIN keeps
# the full-text index as the outer loop (the planner would otherwise scan every entry of
# the content type and run the MATCH for each).
CONTENT_TYPE = (
    "SELECT search_ct.id FROM django_content_type search_ct"
    " WHERE search_ct.app_label = %s AND search_ct.model = %s"
)
# The FTS5 table's first column holds a token naming the entry's model (migration 0003),
# so the index itself keeps to one model's entries.
SQLITE_MATCHES = (
    "SELECT search_e.object_id FROM search_searchentry_fts"
    " CROSS JOIN search_searchentry search_e ON search_e.id = search_searchentry_fts.rowid"
    " WHERE search_searchentry_fts MATCH %s"
)
SQLITE_ENTRY_MATCHES = (
    "SELECT search_searchentry_fts.rowid FROM search_searchentry_fts"
    " WHERE search_searchentry_fts MATCH %s"
)
SQLITE_CLEAR = "INSERT INTO search_searchentry_fts(search_searchentry_fts) VALUES ('delete-all')"
SQLITE_REFILL = (
    "INSERT INTO search_searchentry_fts(rowid, kind, text_a, text_b, text_c, text_d)"
    " SELECT search_e.id, 'k' || length(search_ct.app_label) || search_ct.app_label"
    " || search_ct.model, search_e.text_a, search_e.text_b, search_e.text_c, search_e.text_d"
    " FROM search_searchentry search_e"
    " JOIN django_content_type search_ct ON search_ct.id = search_e.content_type_id"
)
# PostgreSQL: ``document`` holds every class, ``document_a`` and ``document_b`` one each
# (GIN-indexed tsvectors generated from the text columns, migrations 0001 and 0002).
POSTGRESQL_DOCUMENTS = {None: "document", "A": "document_a", "B": "document_b"}
POSTGRESQL_MATCHES = (
    "SELECT search_e.{key}{tests} FROM search_searchentry search_e"  # noqa: S608 - constants
    f" WHERE search_e.content_type_id = ({CONTENT_TYPE})"
    " AND search_e.{document} @@ to_tsquery('simple', %s)"
)


def _matches_sql(vendor, model, terms, weight=None, *, keys="object", ranked=()):
    """(sql, params) selecting the object ids (``keys="entry"``: entry ids) of ``model``
    whose text (only the ``weight`` class, if given) holds every term. On PostgreSQL each
    of the ``ranked`` terms adds two boolean columns: the term is in class A, in class B."""
    meta = model._meta.concrete_model._meta
    content_type = [meta.app_label, meta.model_name]
    if vendor == "sqlite":
        kind = f'kind : "k{len(meta.app_label)}{meta.app_label}{meta.model_name}"'
        sql = SQLITE_ENTRY_MATCHES if keys == "entry" else SQLITE_MATCHES
        return sql, [f"{kind} AND ({_sqlite_match(terms, weight)})"]
    if vendor == "postgresql":
        tests, params = [], []
        for term in ranked:
            for class_weight in RANK_WEIGHTS:
                document = POSTGRESQL_DOCUMENTS[class_weight]
                tests.append(f", search_e.{document} @@ to_tsquery('simple', %s)")
                params.append(_postgresql_query([term]))
        sql = (
            POSTGRESQL_MATCHES.replace("{key}", "id" if keys == "entry" else "object_id")
            .replace("{tests}", "".join(tests))
            .replace("{document}", POSTGRESQL_DOCUMENTS[weight])
        )
        return sql, [*params, *content_type, _postgresql_query(terms)]
    raise NotSupportedError(f"search is not available on {vendor}")


def _rank_sql(vendor, model, terms):
    cases, params = [], []
    for term in terms[:RANKED_TERMS]:
        whens = []
        for weight, score in RANK_WEIGHTS.items():
            sql, sql_params = _matches_sql(vendor, model, [term], weight)
            whens.append(f"WHEN {{pk}} IN ({sql}) THEN {score!r}")
            params += sql_params
        cases.append(f"(CASE {' '.join(whens)} ELSE {RANK_ELSEWHERE!r} END)")
    return " + ".join(cases), params


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
    vendor = connections[queryset.db].vendor
    condition, condition_params = _matches_sql(vendor, queryset.model, terms)
    rank, rank_params = _rank_sql(vendor, queryset.model, terms)
    # pk IN (an uncorrelated subquery): the full-text index finds the matches once; so does
    # each set of the rank. The SQL is made of constants above; the words are parameters.
    matches = models.expressions.RawSQL(condition, condition_params)  # noqa: S611
    return queryset.filter(pk__in=matches).annotate(search_rank=_RankSQL(rank, rank_params))


@dataclass(frozen=True)
class Matches:
    """The ids of the objects matching a query (``ids``) and, for each ranked word, the ids
    of those holding it in class A and in class B (``ranked``: [(ids_a, ids_b), ...])."""

    ids: frozenset
    ranked: tuple = ()

    def rank(self, object_id):
        """The object's ``search_rank``, as ``search()`` computes it."""
        total = 0.0
        for ids_a, ids_b in self.ranked:
            total += (
                RANK_WEIGHTS["A"]
                if object_id in ids_a
                else RANK_WEIGHTS["B"]
                if object_id in ids_b
                else RANK_ELSEWHERE
            )
        return total


def entries(model, *, using=DEFAULT_DB_ALIAS):
    """{entry id: object id} of every indexed object of ``model``, for ``matches(...,
    keys="entry")``."""
    meta = model._meta.concrete_model._meta
    return dict(
        SearchEntry.objects.using(using)
        .filter(content_type__app_label=meta.app_label, content_type__model=meta.model_name)
        .values_list("id", "object_id")
        .iterator(chunk_size=10_000)
    )


def matches(model, query, *, using=DEFAULT_DB_ALIAS, keys="object"):
    """The ``Matches`` of ``query`` among every indexed object of ``model``, in one query:
    for callers that keep their own sets (e.g. facet bitmaps) instead of a queryset. The ids
    are object ids, or with ``keys="entry"`` the ids of the index entries (see ``entries``),
    which SQLite reads from its full-text index alone. A blank query matches nothing:
    ``None``."""
    registration(model)
    terms = analysis.query_terms(query)
    if not terms:
        return None
    vendor = connections[using].vendor
    ranked_terms = terms[:RANKED_TERMS]
    if vendor == "postgresql":
        # One pass over the matches; each rank set is a test on the row's class vectors.
        sql, params = _matches_sql(vendor, model, terms, keys=keys, ranked=ranked_terms)
        found = [set() for _ in range(1 + 2 * len(ranked_terms))]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            for key, *hits in cursor.fetchall():
                found[0].add(key)
                for i, hit in enumerate(hits, start=1):
                    if hit:
                        found[i].add(key)
    else:
        sets = [(None, terms)]
        for term in ranked_terms:
            sets += [(weight, [term]) for weight in RANK_WEIGHTS]
        parts, params = [], []
        for tag, (weight, set_terms) in enumerate(sets):
            sql, sql_params = _matches_sql(vendor, model, set_terms, weight, keys=keys)
            # Fixed SQL from the constants above; the words are parameters.
            parts.append(f"SELECT {tag}, search_m{tag}.* FROM ({sql}) search_m{tag}")  # noqa: S608
            params += sql_params
        found = [set() for _ in sets]
        with connections[using].cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for tag, key in cursor.fetchall():
                found[tag].add(key)
    ids = frozenset(found[0])
    ranked = tuple(
        (frozenset(found[i]) & ids, frozenset(found[i + 1]) & ids) for i in range(1, len(found), 2)
    )
    return Matches(ids=ids, ranked=ranked)
