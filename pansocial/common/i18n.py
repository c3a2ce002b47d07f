"""Labels kept in the four interface languages, one column per language.

A model declares ``name_es``, ``name_en``, ``name_pt`` and ``name_fr`` and adds
``name = Translated("name")``; reading ``obj.name`` gives the reader's language and falls
back to Spanish, then to any filled language. Columns stay plain so administrators edit
them in the admin and the database can index and search them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def current_language():
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


class Translated:
    """Descriptor returning the field in the active language."""

    def __init__(self, base):
        self.base = base

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        values = [getattr(instance, f"{self.base}_{current_language()}", "")]
        values.append(getattr(instance, f"{self.base}_{settings.LANGUAGE_CODE}", ""))
        values.extend(getattr(instance, f"{self.base}_{code}", "") for code in LANGUAGE_CODES)
        return next((value for value in values if value), "")


class InReaderLanguage(models.F):
    """``F("<base>_<language>")`` for the language active when the query runs, not when it
    is written: a form field's queryset defined at import time still lists in the reader's
    language."""

    def __init__(self, base):
        super().__init__(base)
        self.base = base

    def resolve_expression(self, *args, **kwargs):
        return models.F(f"{self.base}_{current_language()}").resolve_expression(*args, **kwargs)


def translated_order(base):
    """Order-by expression for a translated field in the reader's language."""
    return InReaderLanguage(base).asc()


def translated_columns(base):
    return [f"{base}_{code}" for code in LANGUAGE_CODES]
