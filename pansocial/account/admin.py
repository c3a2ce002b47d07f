from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from pansocial.account import domain
from pansocial.account.models import User


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name"]


class PersonChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class AuditedPrivileges:
    """Admin changes that grant or take away power are audited with before and after:
    ``privileges(obj)`` snapshots them (None for a new object), ``record_change`` writes the
    entry once the many-to-many fields (groups, permissions) are saved too."""

    def save_model(self, request, obj, form, change):
        previous = type(obj).objects.filter(pk=obj.pk).first() if change else None
        request._privileges_before = self.privileges(previous)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        before = getattr(request, "_privileges_before", None)
        if before is not None:
            self.record_change(actor=request.user, obj=form.instance, before=before)


@admin.register(User)
class UserAdmin(AuditedPrivileges, BaseUserAdmin):
    add_form = UserCreationForm
    form = PersonChangeForm
    ordering = ["email"]
    list_display = ["email", "full_name", "country", "is_staff", "is_superuser", "is_active"]
    list_filter = ["is_staff", "is_superuser", "is_active", "preferred_language"]
    search_fields = ["email", "full_name"]
    readonly_fields = ["date_joined", "last_login", "email_verified_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Profile"),
            {"fields": ["full_name", "preferred_language", "country", "timezone"]},
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["date_joined", "last_login", "email_verified_at"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "full_name", "usable_password", "password1", "password2"],
            },
        ),
    ]

    # Privilege changes (flags, groups, permissions) are audited with before and after.
    def privileges(self, obj):
        return domain.privileges_of(obj)

    def record_change(self, *, actor, obj, before):
        domain.record_privilege_change(actor=actor, user=obj, before=before)


admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(AuditedPrivileges, BaseGroupAdmin):
    """A group's permissions reach all its members: changes are audited."""

    def privileges(self, obj):
        return domain.group_permissions_of(obj)

    def record_change(self, *, actor, obj, before):
        domain.record_group_change(actor=actor, group=obj, before=before)
