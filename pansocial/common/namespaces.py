"""Every cache alias, content namespace and cache-key prefix of the project, in one place,
so two apps cannot collide and an operator can tell what a key in Redis belongs to.

The values are the strings stored in ``ContentVersion.namespace`` and in cache keys; they
must not change (a new name would orphan rows and keys). ``common`` only names them: the
apps own what is behind each one.
"""

from enum import StrEnum


class Cache(StrEnum):
    """Aliases of ``settings.CACHES``."""

    # Rate-limit counters (django-ratelimit) and the small caches keyed by content versions.
    DEFAULT = "default"
    # The public page cache (decision 0004): its own store, so a flood of pages can neither
    # evict nor crowd the counters.
    PAGES = "pages"


class Content(StrEnum):
    """Kinds of public content, each with a version in ``common.ContentVersion`` bumped with
    every visible change (``common.cache.bump_on_change``)."""

    MEMBERSHIP = "membership"
    TABLE = "table"
    REFERENCE = "reference"
    PEOPLE = "people"
    PRACTICE = "practice"


class Key(StrEnum):
    """Prefixes of the keys written in the caches."""

    PAGE = "page"  # Cache.PAGES: a public page
    COVERAGE = "membership:coverage"  # the coverage dashboard's figures
    DIRECTORY_CHOICES = "membership:directory-choices"  # the directory's filter choices
    # After a faceted catalogue's name (search.catalogue; e.g. "practice:search:…"):
    CATALOGUE_SEARCH = "search"  # a search's matches as a bitmap
    CATALOGUE_FACET_LABELS = "facet-labels"  # the catalogue's facet labels
