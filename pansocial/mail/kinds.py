"""What each kind of e-mail is called, in the reader's language.

The outbox stores a kind as a code ("practice.review_assigned"); the app that queues it
names it once, from its ``AppConfig.ready()``::

    kinds.register({"practice.submitted": _("Practice received")})

and the outbox's administration shows that name (``label``), never the code; an unknown
kind (an e-mail of an app since removed) shows its code. ``mail/tests/test_kinds.py``
checks that every kind queued in the code has a name.
"""

_labels = {}


def register(labels):
    """Name kinds of e-mail: ``{kind: lazy translated label}``."""
    _labels.update(labels)


def label(kind):
    return _labels.get(kind, kind)


def registered():
    return dict(_labels)
