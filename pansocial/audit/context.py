"""Where an audited action came from, without passing the HTTP request around.

``AuditContextMiddleware`` sets the context once per request (a hash of the client's
address, its user agent); ``record()`` reads it. Management commands, tasks and tests run
with no context (the entry has no address hash) or set one with ``origin(...)``. Domain
functions therefore take ``actor=`` and never the request.
"""

import contextvars
import hashlib
import hmac
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Origin:
    ip_hash: str = ""
    user_agent: str = ""


NOWHERE = Origin()
_current = contextvars.ContextVar("pansocial_audit_origin", default=None)


def ip_hash(address):
    """A keyed hash of an address: equal addresses match, the address is not kept."""
    if not address:
        return ""
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def current():
    return _current.get() or NOWHERE


@contextmanager
def origin(*, ip="", user_agent=""):
    token = _current.set(Origin(ip_hash=ip_hash(ip), user_agent=user_agent[:300]))
    try:
        yield
    finally:
        _current.reset(token)
