from django.shortcuts import render

from pansocial.common.cache import public_page
from pansocial.common.namespaces import Content
from pansocial.reference.models import Principle, TableTheme


@public_page(Content.REFERENCE)
def index(request):
    themes = TableTheme.objects.prefetch_related("objectives").order_by("number")
    return render(
        request,
        "home/index.html",
        {"themes": themes, "principles": Principle.objects.all()},
    )
