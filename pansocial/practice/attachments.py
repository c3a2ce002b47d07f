"""The published practices of an objective or a guiding principle, for the reference pages."""

from django.db.models import Prefetch
from django.template.loader import render_to_string

from pansocial.practice.models import Practice, PracticeObjective
from pansocial.reference.models import Objective, Principle

LIMIT = 10


def practices_for(obj):
    published = Practice.objects.published().order_by("-published_at", "-id")
    if isinstance(obj, Objective):
        return published.filter(
            pk__in=PracticeObjective.objects.filter(objective=obj).values("practice_id")
        )
    if isinstance(obj, Principle):
        return published.filter(principles=obj)
    return Practice.objects.none()


def render(obj, request=None):
    practices = practices_for(obj)
    links = PracticeObjective.objects.select_related("objective").order_by("objective__number")
    rows = list(
        practices.prefetch_related(Prefetch("objective_links", queryset=links), "countries")[:LIMIT]
    )
    key = "objective" if isinstance(obj, Objective) else "principle"
    value = obj.number if isinstance(obj, Objective) else obj.slug
    return render_to_string(
        "practice/_attachment.html",
        {"practices": rows, "more_url_query": f"{key}={value}", "total": practices.count()},
        request=request,
    )


def register(registry):
    """Called from the practice AppConfig: published practices show on the objective and
    principle pages, styled by the practice stylesheet."""
    for model in (Objective, Principle):
        registry.register(model, render, stylesheets=["practice/practice.css"])
