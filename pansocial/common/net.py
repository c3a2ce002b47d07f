"""The client's address, as far as it can be trusted.

Behind a reverse proxy ``REMOTE_ADDR`` is the proxy's address. The forwarded chain
(``X-Forwarded-For``) is read only when the direct peer is one of ``TRUSTED_PROXIES``
(addresses or networks, from the environment), and then from the right: the first
address that is not itself a trusted proxy is the client. A client cannot forge its way
past this, since whatever it writes into the header stands to the left of what the
trusted proxies append. Rate limits (``RATELIMIT_IP_META_KEY``) and the audit trail's
address hash both read this function.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        networks.append(ipaddress.ip_network(entry, strict=False))
    return tuple(networks)


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


UNIX_SOCKET = "unix"
UNKNOWN = "0.0.0.0"  # noqa: S104 - a bucket name for rate limits, not an address to bind


def client_ip(request):
    """The address of the person behind ``request`` (a string, '' when unknown).

    A proxy that reaches the app server through a Unix socket leaves ``REMOTE_ADDR``
    empty: list ``unix`` in ``TRUSTED_PROXIES`` to trust its ``X-Forwarded-For``."""
    trusted = tuple(getattr(settings, "TRUSTED_PROXIES", ()))
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(entry for entry in trusted if entry != UNIX_SOCKET))
    peer = _parse(remote)
    if not remote and UNIX_SOCKET in trusted:
        peer = None
    elif peer is None:
        return ""
    elif not _trusted(peer, networks):
        return str(peer)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [_parse(part) for part in forwarded.split(",") if part.strip()]
    for hop in reversed(hops):
        if hop is None:
            # Garbage in the chain: stop at the last address a trusted proxy vouched for.
            break
        if not _trusted(hop, networks):
            return str(hop)
        peer = hop
    return str(peer) if peer is not None else ""


def ratelimit_ip(request):
    """``client_ip`` for django-ratelimit (``RATELIMIT_IP_META_KEY``), which needs an address:
    clients whose address is unknown share one bucket rather than failing with a 500."""
    return client_ip(request) or UNKNOWN
