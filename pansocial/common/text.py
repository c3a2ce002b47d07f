"""Text that every page, feed and export can carry: no control characters.

C0 control characters (U+0000–U+001F but tab, line feed and carriage return), DEL, the C1
controls (U+0080–U+009F) and the noncharacters U+FFFE and U+FFFF are invisible, cannot be
typed, and are refused by XML 1.0 (RSS, Atom, XLSX): one of them in a stored title made
every feed and export fail. ``install()`` (called by ``CommonConfig.ready``) removes them
from every ``forms.CharField`` value before validation, so every form of every app — the
admin's too — stores clean text; feeds and exports still pass what they write through
``clean()`` for what was stored before.

Right-to-left marks, zero-width joiners and emoji are legitimate text and are kept.
"""

import re

from django import forms

# Tab, line feed and carriage return are kept where text may span lines (a textarea).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_CONTROL_OR_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]")
_BREAKS = re.compile("[\t\n\r]+")


def clean(value, multiline=True):
    """``value`` without control characters; a single-line value also has its tabs and
    line breaks turned into a space. Anything but a string is returned as it is."""
    if not isinstance(value, str):
        return value
    if not multiline:
        value = _BREAKS.sub(" ", value)
        return _CONTROL_OR_BREAK.sub("", value)
    return _CONTROL.sub("", value)


def has_control(value):
    return isinstance(value, str) and _CONTROL.search(value) is not None


def _is_multiline(field):
    return isinstance(field.widget, forms.Textarea)


_original_to_python = forms.CharField.to_python


def _to_python(self, value):
    return clean(_original_to_python(self, value), multiline=_is_multiline(self))


def install():
    """Make every ``CharField`` (and its subclasses: e-mail, URL, slug, regex, password…)
    drop control characters from what it receives. Idempotent."""
    if forms.CharField.to_python is not _to_python:
        forms.CharField.to_python = _to_python
