"""The published practices of an objective or a guiding principle, for the reference pages."""

from django.template.loader import render_to_string

from pansocial.common.namespaces import Content
from pansocial.practice.domain import catalogue
from pansocial.reference.models import Objective, Principle

LIMIT = 10


def _query(obj):
    if isinstance(obj, Objective):
        return catalogue.Query(chosen={"objective": [str(obj.number)]})
    return catalogue.Query(chosen={"principle": [obj.slug]})


def render(obj, request=None):
    """The newest published practices of ``obj`` and how many there are, from the
    repository's bitmaps (the same answer as its list filtered by ``obj``)."""
    query = _query(obj)
    browse = catalogue.Browse(query)
    return render_to_string(
        "practice/_section.html",
        {
            "practices": catalogue.cards(browse.ids(0, LIMIT)),
            "more_url_query": query.urlencode(),
            "total": browse.count,
        },
        request=request,
    )


def register(registry):
    """Called from the practice AppConfig: published practices show on the objective and
    principle pages, styled by the practice stylesheet."""
    for model in (Objective, Principle):
        registry.register(
            model, render, stylesheets=["practice/practice.css"], namespaces=[Content.PRACTICE]
        )
