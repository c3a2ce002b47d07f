from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import kinds
from .domain import approve_draft
from .models import OutboundEmail


class KindFilter(admin.SimpleListFilter):
    """The kinds of e-mail by their names in the reader's language."""

    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        present = model_admin.get_queryset(request).values_list("kind", flat=True).distinct()
        return sorted(((kind, kinds.label(kind)) for kind in present), key=lambda row: str(row[1]))

    def queryset(self, request, queryset):
        return queryset.filter(kind=self.value()) if self.value() else queryset


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind_label", "to_email", "subject", "language", "status"]
    list_filter = ["status", KindFilter, "language"]
    search_fields = ["to_email", "subject"]
    readonly_fields = [f.name for f in OutboundEmail._meta.fields]
    actions = ["approve_drafts"]

    @admin.display(description=_("kind"), ordering="kind")
    def kind_label(self, email):
        return kinds.label(email.kind)

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
