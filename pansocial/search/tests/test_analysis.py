"""Text analysis in Python, the same for both databases."""

import pytest

from pansocial.search import analysis
from pansocial.search.analysis import Term


def test_document_tokens_accents_folded_and_stemmed():
    tokens = analysis.document_tokens("Migración de NIÑAS y trabajadores; œuvre", "es")
    assert tokens == [
        *("migracion", "de", "nin", "ninas", "y", "trabaj", "trabajadores", "oeuvr", "oeuvre")
    ]


def test_document_tokens_unaccented_stem_also_kept():
    # Snowball stems "humanitária" and "humanitaria" differently: both are indexed.
    assert analysis.document_tokens("humanitária", "pt") == ["humanitar", "humanit", "humanitaria"]


def test_document_tokens_unknown_language_only_folded():
    assert analysis.document_tokens("Ümlaut Straße", "de") == ["umlaut", "strasse"]


def test_query_terms_every_language_stem_and_prefix_on_last_word():
    assert analysis.query_terms("niñas migrantes") == [
        Term(exact=("nin", "nina", "ninas"), bare="ninas"),
        Term(
            exact=("migr", "migrant"),
            prefixes=("migrantes",),
            bare="migrantes",
        ),
    ]


def test_query_terms_stopwords_dropped_when_other_words():
    assert [term.bare for term in analysis.query_terms("the health of the children")] == [
        "health",
        "children",
    ]


def test_query_terms_only_stopwords_kept():
    assert [term.bare for term in analysis.query_terms("de la")] == ["de", "la"]


@pytest.mark.parametrize(
    ("query", "bares"),
    [
        ('"NEAR(salud niños)" -x* AND y: OR', ["near", "salud", "ninos", "x"]),
        ("title:salud^2", ["title", "salud", "2"]),
        ("'; DROP TABLE auth_group; --", ["drop", "table", "auth", "group"]),
        ('"', []),
        ("***", []),
        ("   ", []),
        ("", []),
        (None, []),
        ("😀 🇲🇽", []),
    ],
)
def test_query_terms_hostile_query_only_words(query, bares):
    assert [term.bare for term in analysis.query_terms(query)] == bares


def test_query_terms_long_query_bounded():
    terms = analysis.query_terms(" ".join(f"palabra{n}" for n in range(1000)))
    assert len(terms) == analysis.MAX_QUERY_TERMS
