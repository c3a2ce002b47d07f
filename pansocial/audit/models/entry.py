from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

# What may still change on a written entry: only what erasing a person or an object
# requires (the account-deletion path replaces the name; deleting a user or a content
# type sets the foreign key to NULL). Everything that says what happened stays.
ERASABLE_FIELDS = frozenset({"actor", "actor_label", "content_type", "object_repr"})


class AuditEntryImmutable(Exception):  # noqa: N818 - reads as a domain outcome
    """Someone tried to change or delete an audit entry: the trail is append-only."""


class AuditQuerySet(models.QuerySet):
    """Refuses bulk deletes and any bulk update but erasing a person's name."""

    def update(self, **kwargs):
        changed = {name.removesuffix("_id") for name in kwargs}
        if not changed <= ERASABLE_FIELDS:
            raise AuditEntryImmutable(
                f"audit entries are append-only: cannot update {sorted(changed - ERASABLE_FIELDS)}"
            )
        return super().update(**kwargs)

    def delete(self):
        raise AuditEntryImmutable("audit entries are append-only: cannot delete")

    def redate_for_demo(self, when):
        """Move fictional demo entries to the demo's timeline (``seed_demo`` only: a
        seeded demo database is never a production trail)."""
        return super().update(created_at=when)


class AuditEntry(models.Model):
    """Who did what to which object, when, and what changed. Never edited, never deleted."""

    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the actor's account is deleted, so the trail stays readable.
    actor_label = models.CharField(_("actor label"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=100, db_index=True)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("object type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(_("object"), max_length=300, blank=True)
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    ip_hash = models.CharField(_("IP hash"), max_length=64, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return (
            f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_repr}"
        )

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditEntryImmutable("audit entries are append-only: cannot change one")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditEntryImmutable("audit entries are append-only: cannot delete one")
