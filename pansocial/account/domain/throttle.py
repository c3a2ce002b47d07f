"""Slowing down password guessing without locking the owner out (docs/security.md).

Two counters, both keyed on the *normalised* address (so ``ANA@Example.org`` and
``ana@example.org`` are one account) whether or not an account uses it:

* per account and source — the source is the browser's "known browser" mark when it has
  signed in to this account before, else the client's address: at most
  ``PAIR_LIMIT`` password checks in ``PAIR_WINDOW`` seconds, then that source waits;
* per account, from unknown browsers — after ``ACCOUNT_FREE`` failures in a row, each
  further check waits ``2 ** (failures - ACCOUNT_FREE)`` seconds after the last failure
  (at most ``ACCOUNT_MAX_DELAY``), and only one check runs per step, however many arrive
  together. A browser that signed in to the account before is not slowed by it.

A success resets the account's counters. The owner can always sign in with a one-time
link by e-mail, which no counter here touches. Counts live in the default cache (shared
between processes through Redis in production).
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

PAIR_LIMIT = 5
PAIR_WINDOW = 15 * 60
ACCOUNT_FREE = 10
ACCOUNT_MAX_DELAY = 15 * 60
ACCOUNT_WINDOW = 24 * 60 * 60

KNOWN_BROWSER_COOKIE = "pansocial_known"
KNOWN_BROWSER_SALT = "pansocial.account.known-browser"
KNOWN_BROWSER_AGE = 60 * 60 * 24 * 365


def normalise(email):
    """The form of an address that every per-account limit keys on."""
    return (email or "").strip().lower()


def _account(email):
    digest = hmac.new(settings.SECRET_KEY.encode(), normalise(email).encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def now():
    return time.time()


def known_browser_value(user):
    return signing.dumps({"u": user.pk}, salt=KNOWN_BROWSER_SALT)


def known_browser(*, cookie, email):
    """The known-browser mark when the browser's ``cookie`` (``KNOWN_BROWSER_COOKIE``) shows
    it signed in to ``email``'s account before, else ''."""
    from django.contrib.auth import get_user_model

    value = cookie or ""
    if not value:
        return ""
    try:
        data = signing.loads(value, salt=KNOWN_BROWSER_SALT, max_age=KNOWN_BROWSER_AGE)
    except signing.BadSignature:
        return ""
    user_model = get_user_model()
    owner = user_model.objects.filter(pk=data.get("u"), email=normalise(email)).exists()
    return f"browser:{data['u']}" if owner else ""


def _incr(key, timeout):
    cache.add(key, 0, timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout)
        return 1


def wait_before_check(*, email, source, known=False):
    """Seconds this source must wait before its password may be checked for ``email``
    (0: check it now; this call then counts as one check)."""
    account = _account(email)
    if not known:
        failures = cache.get(f"signin:fail:{account}", 0)
        if failures >= ACCOUNT_FREE:
            delay = min(ACCOUNT_MAX_DELAY, 2 ** (failures - ACCOUNT_FREE))
            remaining = cache.get(f"signin:last:{account}", 0) + delay - now()
            if remaining > 0:
                return int(remaining) + 1
            # One check per step, however many requests arrive at the same moment.
            if not cache.add(f"signin:slot:{account}:{failures}", 1, ACCOUNT_MAX_DELAY):
                return 1
    checks = _incr(f"signin:pair:{account}:{source}", PAIR_WINDOW)
    if checks > PAIR_LIMIT:
        return PAIR_WINDOW
    return 0


def failed(*, email, known=False):
    """The password was wrong; returns the account's failures in a row (unknown browsers)."""
    account = _account(email)
    if known:
        return cache.get(f"signin:fail:{account}", 0)
    cache.set(f"signin:last:{account}", now(), ACCOUNT_WINDOW)
    return _incr(f"signin:fail:{account}", ACCOUNT_WINDOW)


def succeeded(*, email, source):
    """The owner is in: forget the failures. Returns how many there were."""
    account = _account(email)
    failures = cache.get(f"signin:fail:{account}", 0)
    cache.delete_many(
        [f"signin:fail:{account}", f"signin:last:{account}", f"signin:pair:{account}:{source}"]
    )
    return failures
