from django.contrib.admin.apps import AdminConfig as BaseAdminConfig


class AdminConfig(BaseAdminConfig):
    """Django's admin on ``account.admin_site.AdminSite`` (site sign-in, second factor)."""

    default_site = "pansocial.account.admin_site.AdminSite"
