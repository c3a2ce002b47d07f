"""Administrators (superusers) edit the reference labels in the four languages.

The Compact's fixed sets (objectives, principles, stakeholder groups, themes, subregions)
can be edited but neither added to nor deleted; countries and clusters can also be added.
Deleting a row other data points to is refused by the database (PROTECT).
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import translated_columns
from pansocial.common.rules import is_administrator

from .models import (
    Cluster,
    Country,
    Objective,
    Principle,
    StakeholderGroup,
    Subregion,
    TableTheme,
)


def language_fieldset(title, base, *, side_by_side=True):
    """One fieldset per kind of label with its es/en/pt/fr columns; short ones on one row."""
    fields = translated_columns(base)
    return (title, {"fields": [tuple(fields)] if side_by_side else fields})


class ReferenceAdmin(admin.ModelAdmin):
    """Open to administrators only, whatever Django permissions a staff member holds."""

    can_add = False
    can_delete = False

    def has_module_permission(self, request):
        return is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_add_permission(self, request):
        return self.can_add and is_administrator(request.user)

    def has_delete_permission(self, request, obj=None):
        return self.can_delete and is_administrator(request.user)


@admin.register(Subregion)
class SubregionAdmin(ReferenceAdmin):
    list_display = ["code", "name_es", "name_en", "name_pt", "name_fr", "order"]
    search_fields = ["code", *translated_columns("name")]
    readonly_fields = ["code"]
    fieldsets = [(None, {"fields": ["code", "order"]}), language_fieldset(_("Name"), "name")]


@admin.register(Country)
class CountryAdmin(ReferenceAdmin):
    can_add = True
    can_delete = True
    list_display = ["code", "name_es", "name_en", "name_pt", "name_fr", "subregion"]
    list_filter = ["subregion"]
    list_select_related = ["subregion"]
    search_fields = ["code", *translated_columns("name")]
    fieldsets = [
        (None, {"fields": ["code", "subregion"]}),
        language_fieldset(_("Name"), "name"),
    ]


@admin.register(TableTheme)
class TableThemeAdmin(ReferenceAdmin):
    list_display = ["number", "name_es", "name_en", "name_pt", "name_fr"]
    search_fields = translated_columns("name")
    readonly_fields = ["number"]
    fieldsets = [(None, {"fields": ["number"]}), language_fieldset(_("Name"), "name")]


@admin.register(Cluster)
class ClusterAdmin(ReferenceAdmin):
    can_add = True
    list_display = ["slug", "name_es", "name_en", "session", "order"]
    list_filter = ["session"]
    search_fields = ["slug", *translated_columns("name")]
    fieldsets = [
        (None, {"fields": ["slug", "session", "order"]}),
        language_fieldset(_("Name"), "name"),
    ]


@admin.register(Objective)
class ObjectiveAdmin(ReferenceAdmin):
    list_display = ["number", "short_es", "short_en", "theme", "cluster", "hub_term"]
    list_display_links = ["number", "short_es"]
    list_filter = ["theme", "cluster"]
    list_select_related = ["theme", "cluster"]
    search_fields = [*translated_columns("short"), *translated_columns("title")]
    readonly_fields = ["number"]
    fieldsets = [
        (None, {"fields": ["number", "theme", "cluster", "hub_term"]}),
        language_fieldset(_("Short label"), "short"),
        language_fieldset(_("Title"), "title", side_by_side=False),
    ]


@admin.register(Principle)
class PrincipleAdmin(ReferenceAdmin):
    list_display = ["name_es", "name_en", "name_pt", "name_fr", "slug", "hub_term", "order"]
    search_fields = ["slug", *translated_columns("name"), *translated_columns("description")]
    readonly_fields = ["slug"]
    fieldsets = [
        (None, {"fields": ["slug", "order", "hub_term"]}),
        language_fieldset(_("Name"), "name"),
        language_fieldset(_("Description"), "description", side_by_side=False),
    ]


@admin.register(StakeholderGroup)
class StakeholderGroupAdmin(ReferenceAdmin):
    list_display = ["name_es", "name_en", "name_pt", "name_fr", "order"]
    search_fields = ["slug", *translated_columns("name")]
    readonly_fields = ["slug"]
    fieldsets = [(None, {"fields": ["slug", "order"]}), language_fieldset(_("Name"), "name")]
