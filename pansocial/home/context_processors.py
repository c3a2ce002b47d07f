from django.utils.functional import cached_property

from pansocial.common.workspace import pending_count


class _Workspace:
    """Read by the navigation: the pending count is computed only when a page shows it,
    once per page, in a fixed number of queries (``common.workspace``)."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def pending_count(self):
        return pending_count(self.user)


def workspace(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"workspace": _Workspace(user)}
