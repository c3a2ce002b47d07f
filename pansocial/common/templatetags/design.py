"""Template tags of the design system (docs/design.md)."""

from django import forms, template

register = template.Library()


def _entries(item):
    """(message, anchor) for every error of a form or formset, in the page's order."""
    if item is None or item == "":
        return
    if isinstance(item, forms.BaseFormSet):
        for message in item.non_form_errors():
            yield message, ""
        for form in item.forms:
            yield from _entries(form)
        return
    for message in item.non_field_errors():
        yield message, ""
    for bound in item:
        for message in bound.errors:
            anchor = "" if bound.is_hidden else bound.id_for_label
            if not anchor and not bound.is_hidden and bound.auto_id:
                # A group of boxes or radio buttons has no single label: its first choice.
                anchor = f"{bound.auto_id}_0"
            yield f"{bound.label}: {message}", anchor


@register.inclusion_tag("common/_error_summary.html")
def error_summary(*items):
    """The error summary at the top of a long form: one link per error to its field.

    ``{% error_summary form formset %}`` takes any number of forms and formsets."""
    return {"errors": [entry for item in items for entry in _entries(item)]}
