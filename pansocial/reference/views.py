from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch

from pansocial.common.cache import public_page
from pansocial.common.i18n import translated_order
from pansocial.common.namespaces import Content
from pansocial.reference import sections
from pansocial.reference.models import (
    Country,
    Objective,
    Principle,
    StakeholderGroup,
    Subregion,
    TableTheme,
)


@public_page(Content.REFERENCE)
def index(request):
    """Objectives by working-table theme, principles, stakeholder groups, countries."""
    objectives = Prefetch("objectives", queryset=Objective.objects.order_by("number"))
    countries = Prefetch("countries", queryset=Country.objects.order_by(translated_order("name")))
    context = {
        "themes": TableTheme.objects.prefetch_related(objectives),
        "principles": Principle.objects.all(),
        "groups": StakeholderGroup.objects.all(),
        "subregions": Subregion.objects.prefetch_related(countries),
    }
    return render(request, "reference/index.html", context)


def _attached(obj, request):
    return {
        "sections": sections.render_all(obj, request),
        "stylesheets": sections.stylesheets(obj),
    }


def _working_table_url(theme):
    """The page of the working table following ``theme``, when the table app has one."""
    # "working" is pansocial.table.models.TableKind.WORKING; reference does not import table.
    table = theme.tables.filter(kind="working").order_by("order").first()
    try:
        return table.get_absolute_url() if table else None
    except NoReverseMatch:
        return None


@public_page(Content.REFERENCE, Content.TABLE, sections.namespaces)
def objective(request, number):
    objective = get_object_or_404(
        Objective.objects.select_related("theme", "cluster"), number=number
    )
    others = Objective.objects.exclude(pk=objective.pk).order_by("number")
    context = {
        "objective": objective,
        "working_table_url": _working_table_url(objective.theme),
        "same_theme": others.filter(theme_id=objective.theme_id),
        "same_cluster": others.filter(cluster_id=objective.cluster_id),
        **_attached(objective, request),
    }
    return render(request, "reference/objective.html", context)


@public_page(Content.REFERENCE, sections.namespaces)
def principle(request, slug):
    principle = get_object_or_404(Principle, slug=slug)
    context = {
        "principle": principle,
        "others": Principle.objects.exclude(pk=principle.pk),
        **_attached(principle, request),
    }
    return render(request, "reference/principle.html", context)
