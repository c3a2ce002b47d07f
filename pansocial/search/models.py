from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """The normalised, stemmed text of one indexed object (see ``pansocial.search.engine``).

    The text is split in four weight classes, A (most important) to D. The database's own
    full-text index is kept beside the table: an FTS5 table filled by triggers on SQLite, a
    generated ``tsvector`` column with a GIN index on PostgreSQL (both made in migration
    0001, outside the model)."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.CASCADE
    )
    object_id = models.BigIntegerField(_("object id"))
    language = models.CharField(_("language"), max_length=8)
    text_a = models.TextField(_("text, weight A"), blank=True)
    text_b = models.TextField(_("text, weight B"), blank=True)
    text_c = models.TextField(_("text, weight C"), blank=True)
    text_d = models.TextField(_("text, weight D"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_unique_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}"
