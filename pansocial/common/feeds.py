"""RSS and Atom feed types that cannot be broken by stored text.

Django's feed generator refuses (500) any text holding a control character, which XML 1.0
cannot carry. ``Rss201rev2Feed`` and ``Atom1Feed`` here drop those characters from every
value handed to the feed (title, link, description, items, categories…) before writing:
a feed shows what was stored before input was cleaned, and whatever a query string holds.
Use them as ``feed_type`` of a ``django.contrib.syndication.views.Feed``.
"""

from django.utils import feedgenerator
from django.utils.functional import Promise

from pansocial.common.text import clean


def _cleaned(value):
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_cleaned(item) for item in value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    return value


class _Cleaning:
    def __init__(self, *args, **kwargs):
        super().__init__(*_cleaned(args), **_cleaned(kwargs))

    def add_item(self, *args, **kwargs):
        super().add_item(*_cleaned(args), **_cleaned(kwargs))


class Rss201rev2Feed(_Cleaning, feedgenerator.Rss201rev2Feed):
    pass


class Atom1Feed(_Cleaning, feedgenerator.Atom1Feed):
    pass
