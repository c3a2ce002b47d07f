"""Text analysis shared by both databases: documents and queries are normalised here, in
Python, so SQLite FTS5 and PostgreSQL see exactly the same tokens.

A document word becomes its Snowball stem in the document's language with accents removed,
followed by the folded word itself. Snowball expects accented input and sometimes stems the
bare spelling differently (Portuguese ``humanitária`` → ``humanitar`` but ``humanitaria`` →
``humanit``), so when the stem of the unaccented spelling differs it is indexed as well. A
query word is stemmed in every content language, and the variants (with the folded word)
are alternatives of one term; the last query word also matches as the start of a word.
"""

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from django.conf import settings

STEMMERS = {"es": "spanish", "en": "english", "pt": "portuguese", "fr": "french"}
LANGUAGES = tuple(STEMMERS)

# A token is a run of letters and digits. Longer tokens are cut so that both databases
# keep them (PostgreSQL ignores lexemes over 2 KB).
TOKEN = re.compile(r"[^\W_]+")
MAX_TOKEN = 60
# Per weight class, so a PostgreSQL tsvector stays far below its 1 MB limit.
MAX_DOCUMENT_TOKENS = 20_000
# A query is cut to this many words: enough for any real search, bounded SQL.
MAX_QUERY_TERMS = 12
MAX_QUERY_LENGTH = 500
# The last query word also matches as a prefix when it is at least this long.
MIN_PREFIX = 3

# Letters NFKD does not decompose.
FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})

# Function words dropped from a query that has other words (never from documents, so a
# query made only of them still finds its phrase). Accents already removed.
STOPWORDS = frozenset(
    word
    for line in (
        "a al de del el en la las los o para por un una uno unos unas y",  # es
        "a an and as at by for from in into is of on or the to",  # en
        "a as da das de do dos e em na nas no nos o os para pela pelo por um uma",  # pt
        "a au aux de des du en et la le les ou par pour sur un une",  # fr
    )
    for word in line.split()
)


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """Lowercase words of ``text`` (accents kept, for the stemmers)."""
    text = unicodedata.normalize("NFKC", str(text)).lower().translate(FOLD)
    return [word[:MAX_TOKEN] for word in TOKEN.findall(text)]


def content_language(language):
    """One of the four stemmed languages, or None (the text is then only folded)."""
    code = (language or settings.LANGUAGE_CODE).split("-")[0].lower()
    return code if code in STEMMERS else None


_local = threading.local()


def _stemmer(language):
    # Snowball stemmers keep state while stemming: one per thread.
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMERS[language])
    return stemmers[language]


@lru_cache(maxsize=65_536)
def stems(word, language):
    """The folded stems of one word: the stem of its spelling and that of its folded
    spelling (Snowball expects accents, but queries are often typed without)."""
    bare = _token(strip_accents(word))
    if language is None or not bare:
        return (bare,) if bare else ()
    stemmer = _stemmer(language)
    first = _token(strip_accents(stemmer.stemWord(word)))
    second = _token(stemmer.stemWord(bare))
    return tuple(dict.fromkeys(t for t in (first, second) if t)) or (bare,)


def word_tokens(word, language):
    """The index tokens of one word: its stems, then the folded word itself (so the word
    being typed matches as a prefix, and the exact word ranks above its relatives)."""
    bare = _token(strip_accents(word))
    return tuple(dict.fromkeys((*stems(word, language), bare))) if bare else ()


def _token(text):
    """A folded string as one token: only letters and digits (folding may leave others)."""
    return "".join(TOKEN.findall(text.lower()))[:MAX_TOKEN]


def document_tokens(text, language):
    """The normalised, stemmed text of ``text`` written in ``language``."""
    language = content_language(language)
    tokens = []
    for word in words(text):
        tokens.extend(word_tokens(word, language))
        if len(tokens) >= MAX_DOCUMENT_TOKENS:
            break
    return tokens[:MAX_DOCUMENT_TOKENS]


@dataclass(frozen=True)
class Term:
    """One query word: the document must hold one of ``exact`` or a word starting with one
    of ``prefixes``."""

    exact: tuple
    prefixes: tuple = ()
    bare: str = ""


def query_terms(query):
    """The terms of a user's query, every word stemmed in every content language.

    Never raises: punctuation, quotes and search-engine operators are mere separators, so
    ``"NEAR(a b)" -x* AND y:`` is the words ``near a b x and y``. Stop words are dropped
    unless the query has nothing else; the last word, as typed (folded), also matches as
    the start of a word.
    """
    raw = words(str(query or "")[:MAX_QUERY_LENGTH])[: MAX_QUERY_TERMS * 4]
    meaningful = [word for word in raw if strip_accents(word) not in STOPWORDS]
    terms = []
    for word in meaningful or raw:
        bare = _token(strip_accents(word))
        variants = {bare}
        for language in LANGUAGES:
            variants.update(stems(word, language))
        term = Term(exact=tuple(sorted(variants - {""})), bare=bare)
        if term.exact and term.exact not in (t.exact for t in terms):
            terms.append(term)
    terms = terms[:MAX_QUERY_TERMS]
    if terms and len(terms[-1].bare) >= MIN_PREFIX:
        # The word being typed: what was typed so far is the start of a word. (Not its
        # stems: the French stem of "migrante" is "migr", which would match "migración".)
        last = terms[-1]
        exact = tuple(v for v in last.exact if not v.startswith(last.bare))
        terms[-1] = Term(exact=exact, prefixes=(last.bare,), bare=last.bare)
    return terms
