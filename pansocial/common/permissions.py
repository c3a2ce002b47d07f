"""The one way a view checks a permission.

Permissions are named ``rules`` predicates registered in each app's ``rules.py``
(``rules.add_perm("table.manage", is_officer_of_table)``), each paired with a queryset
function for lists. A view states what it needs with ``permission_required``:

    @permission_required("table.manage", fn=table_from_slug)
    def manage(request, slug, obj): ...

A visitor is sent to sign in (and comes back); a signed-in person without the
permission gets 403. With ``fn`` the object checked is looked up once (404 when absent)
and handed to the view as ``obj``, so the view acts on exactly what was checked.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def permission_required(perm, *, fn=None):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            obj = fn(request, *args, **kwargs) if fn is not None else None
            if not request.user.has_perm(perm, obj):
                if not request.user.is_authenticated:
                    return redirect_to_login(request.get_full_path())
                raise PermissionDenied
            if fn is not None:
                kwargs["obj"] = obj
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
