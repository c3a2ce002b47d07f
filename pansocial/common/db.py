"""Integers no column can hold match nothing, on every database.

SQLite refuses to bind an integer beyond 64 bits (``OverflowError``: a 500), PostgreSQL
compares it as a numeric. Django already turns ``exact``/``gt``/``lt`` on integer columns
with such a value into an empty result; ``install()`` (called by ``CommonConfig.ready``)
does the same for ``in`` on integer columns (``ModelMultipleChoiceField`` checks its ids
with ``pk__in``) and for ``exact``/``in`` through a foreign key, so an id from a form, a
URL or a query string that no row can have is simply not found: a form error or a 404.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In

LOWEST = -(2**63)
HIGHEST = 2**63 - 1


def _out_of_range(value):
    return isinstance(value, int) and not isinstance(value, bool) and not LOWEST <= value <= HIGHEST


class _DropsOutOfRange:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            try:
                kept = [value for value in self.rhs if not _out_of_range(value)]
            except TypeError:  # not iterable: let Django report it
                kept = self.rhs
            else:
                if not kept:
                    raise EmptyResultSet
            self.rhs = kept
        return super().process_rhs(compiler, connection)


class IntegerIn(_DropsOutOfRange, In):
    pass


class SafeRelatedIn(_DropsOutOfRange, RelatedIn):
    pass


class SafeRelatedExact(RelatedExact):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and _out_of_range(self.rhs):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


def install():
    IntegerField.register_lookup(IntegerIn)
    ForeignObject.register_lookup(SafeRelatedIn)
    ForeignObject.register_lookup(SafeRelatedExact)
