from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .domain import approve_draft
from .models import OutboundEmail


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "to_email", "subject", "language", "status"]
    list_filter = ["status", "kind", "language"]
    search_fields = ["to_email", "subject"]
    readonly_fields = [f.name for f in OutboundEmail._meta.fields]
    actions = ["approve_drafts"]

    def has_add_permission(self, request):
        return False

    def has_approve_draft_permission(self, request):
        return request.user.has_perm("mail.approve_draft")

    @admin.action(
        description=_("Approve and send the selected drafts"),
        permissions=["approve_draft"],
    )
    def approve_drafts(self, request, queryset):
        drafts = list(queryset.filter(status=OutboundEmail.Status.DRAFT))
        for email in drafts:
            approve_draft(email=email, actor=request.user)
        self.message_user(
            request,
            ngettext("%(count)d draft approved.", "%(count)d drafts approved.", len(drafts))
            % {"count": len(drafts)},
            messages.SUCCESS,
        )
