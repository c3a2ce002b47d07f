"""Words of Django and of the other dependencies that Pansocial shows, in its four
languages where the dependency itself does not give them.

Django merges every catalogue, the first installed app winning: ``pansocial.common`` is
first, so an entry in its catalogue fills a gap in a dependency's (Django 6.1's new
strings in Spanish and Portuguese, django_otp without a "pt" catalogue, django_tasks_db
without any). ``_strings`` only marks them for ``makemessages``. Names a dependency never
marked for translation (the TOTP device, the task results' application) are given
translated ones by ``relabel()`` at start-up. ``tests/i18n/test_rendered_pages.py`` walks
every page in every language and names any English string that is left.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext


def _strings():  # never called: the strings makemessages collects
    _("- Select an option -")
    # django.contrib.admin
    _("Run")
    _("View %s")
    _("Search")
    _("Filter by %(field_name)s")
    _("Pagination %(name)s")
    _("Pagination %(name)s entries")
    _("Search %(name)s")
    _("Logout")
    _('The app "%s" could not be found.')
    ngettext("…and %(count)d more object.", "…and %(count)d more objects.", 1)
    _(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the "
        "following protected related objects:"
    )
    _(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of "
        "the following related items will be deleted:"
    )
    # django.contrib.auth (Portuguese)
    _(
        "Whether the user will be able to authenticate using a password or not. If "
        "disabled, they may still be able to authenticate using other backends, such as "
        "Single Sign-On or LDAP."
    )
    _("Raw passwords are not stored, so there is no way to see the user’s password.")
    # django.tasks (Portuguese)
    pgettext("Task", "Ready")
    pgettext("Task", "Running")
    pgettext("Task", "Failed")
    pgettext("Task", "Successful")
    # django_otp (no Portuguese catalogue)
    _("Please enter your OTP token.")
    _("Invalid token. Please make sure you have entered it correctly.")
    _("Verification of the token is currently disabled")
    _("OTP Device:")
    _("OTP Token:")
    # django_tasks_db (no catalogue)
    _("Task Result")
    _("Task Results")
    _("enqueued at")
    _("started at")
    _("finished at")
    _("priority")
    _("queue name")
    _("backend name")
    _("run after")
    _("return value")
    _("args kwargs")
    _("task path")
    _("worker id")
    _("exception class path")
    _("traceback")


OTP_FIELDS = {
    "user": _("user"),
    "name": _("name"),
    "confirmed": _("confirmed"),
    "created_at": _("created"),
    "last_used_at": _("last used"),
    "key": _("key"),
    "step": _("time step"),
    "t0": _("start time"),
    "digits": _("digits"),
    "tolerance": _("tolerance"),
    "drift": _("drift"),
    "last_t": _("last time step"),
    "throttling_failure_timestamp": _("last failure"),
    "throttling_failure_count": _("failures"),
}
OTP_SEARCH_HELP = _("Search by the person's e-mail address")
OTP_FIELDSETS = {
    "Identity": _("Identity"),
    "Timestamps": _("Dates"),
    "Configuration": _("Configuration"),
    "State": _("State"),
    "Throttling": _("Throttling"),
}


def relabel():
    """Translated names for what the dependencies named in English only."""
    from django.apps import apps

    if apps.is_installed("django_otp.plugins.otp_totp"):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        apps.get_app_config("otp_totp").verbose_name = _("Second factor")
        TOTPDevice._meta.verbose_name = _("authenticator app")
        TOTPDevice._meta.verbose_name_plural = _("authenticator apps")
        for name, label in OTP_FIELDS.items():
            TOTPDevice._meta.get_field(name).verbose_name = label
    if apps.is_installed("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        apps.get_app_config("django_tasks_database").verbose_name = _("Background tasks")
        DBTaskResult.task_name.fget.short_description = _("task")
        DBTaskResult._meta.get_field("id").verbose_name = _("identifier")
