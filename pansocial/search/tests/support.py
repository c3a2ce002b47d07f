"""Helpers of the search tests: ``auth.Group`` indexed by name, with a test-only language
and extra text."""

from django.contrib.auth.models import Group

from pansocial.search import engine


class Corpus:
    """Groups indexed in a chosen language, with optional lower-weight extra text."""

    def __init__(self):
        self.languages = {}
        self.extras = {}

    def extra(self, group):
        return self.extras.get(group.name, "")

    def language(self, group):
        return self.languages.get(group.name, "es")

    def add(self, name, language="es", extra=""):
        self.languages[name] = language
        self.extras[name] = extra
        group = Group.objects.create(name=name)
        engine.index(group)
        return group


def names(queryset):
    return [group.name for group in queryset]


def search(query, queryset=None):
    """Names of the matching groups, best first (then by name)."""
    queryset = Group.objects.all() if queryset is None else queryset
    return names(engine.search(queryset, query).order_by("-search_rank", "name"))
