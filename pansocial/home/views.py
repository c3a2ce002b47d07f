from django.contrib.auth.decorators import login_required
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from pansocial.common.cache import public_page
from pansocial.common.namespaces import Content
from pansocial.common.workspace import pending_actions
from pansocial.home import read


@public_page(Content.REFERENCE, Content.TABLE, Content.MEMBERSHIP, Content.PRACTICE)
def index(request):
    """The mechanism's front door: what it is, how to join, what happens next, the latest
    published practices, the open calls and the tables."""
    return render(request, "home/index.html", read.front_door())


@never_cache
@login_required
def my_space(request):
    """The personal home ("My space"), where everyone lands after signing in: what waits
    for their action, their organisations and tables, their drafts, their meetings."""
    user = request.user
    return render(
        request,
        "home/my_space.html",
        {"pending": pending_actions(user), **read.my_space(user)},
    )


def spanish_prefix(request, rest=""):
    """``/es/...``: Spanish has no prefix, so send the reader to the same page without it
    (keeping the query). Only a path on this site: leading slashes are dropped, so
    ``/es//example.org`` cannot lead elsewhere."""
    path = "/" + (rest or "").lstrip("/\\")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{path}?{query}" if query else path)
