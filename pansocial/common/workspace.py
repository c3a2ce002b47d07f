"""What waits for a person: the pending actions of their personal home ("My space") and
the count beside its link in the navigation.

Each app adds what it knows, without the home app importing it, like
``account.domain.register_personal_data``::

    register_pending_actions(
        "membership.applications",
        title=_("Applications to review"),
        items=lambda user: [...PendingItem...],   # the home page
        pending=lambda user: queryset,            # the navigation's count
    )

``items(user)`` lists what the person should do (a fixed number of queries, whatever the
number of rows). ``pending(user)`` returns the same rows as an unevaluated queryset (or
None when the action cannot concern the person): the navigation is on every page a
signed-in person sees, so :func:`pending_count` counts every kind together in ONE query
(a ``UNION ALL`` of the querysets' primary keys). Later capabilities (nominations,
consultations, elections) plug in the same way."""

from dataclasses import dataclass, field

_REGISTRY = {}


@dataclass(frozen=True)
class PendingItem:
    """One thing to do: what, where to do it, and a short detail (a date, a country)."""

    title: str
    url: str = ""
    detail: str = ""


@dataclass
class PendingGroup:
    key: str
    title: str
    items: list = field(default_factory=list)
    url: str = ""

    def __len__(self):
        return len(self.items)


@dataclass(frozen=True)
class _Provider:
    title: object
    items: object
    pending: object
    url: object


def register_pending_actions(key, *, title, items, pending, url=None):
    """Add a kind of pending action. ``title``: a (lazy) translated heading; ``items``:
    ``user -> list[PendingItem]``; ``pending``: ``user -> QuerySet | None``, the pending
    rows, counted without being fetched; ``url``: ``user -> str``, the page listing all of
    them (optional)."""
    _REGISTRY[key] = _Provider(title=title, items=items, pending=pending, url=url)


def unregister_pending_actions(key):
    _REGISTRY.pop(key, None)


def _signed_in(user):
    return bool(user and user.is_authenticated and user.is_active)


def pending_actions(user):
    """The non-empty groups of pending actions of ``user``, in registration order."""
    if not _signed_in(user):
        return []
    groups = []
    for key, provider in _REGISTRY.items():
        items = list(provider.items(user))
        if items:
            url = provider.url(user) if provider.url else ""
            groups.append(PendingGroup(key=key, title=str(provider.title), items=items, url=url))
    return groups


def pending_count(user):
    """How many actions wait for ``user`` (the navigation's badge): one query."""
    if not _signed_in(user):
        return 0
    querysets = [provider.pending(user) for provider in _REGISTRY.values()]
    querysets = [qs.order_by().values_list("pk") for qs in querysets if qs is not None]
    if not querysets:
        return 0
    first, *rest = querysets
    return first.union(*rest, all=True).count() if rest else first.count()
