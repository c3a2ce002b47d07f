from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def public_name(user):
    """A person's name on public pages only if they allowed it."""
    if user is not None and user.show_name_publicly and user.full_name:
        return user.full_name
    return _("Name not published")
