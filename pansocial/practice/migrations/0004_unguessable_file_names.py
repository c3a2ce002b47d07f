"""Files stored before 0004 are named ``practices/<practice id>/<original name>``: move
each to an unguessable name (``attachment_path``). Files missing from storage keep their
row untouched; the move is not reversed (the old names were the leak)."""

import secrets

from django.core.files.storage import default_storage
from django.db import migrations


def rename_files(apps, schema_editor):
    Attachment = apps.get_model("practice", "Attachment")
    for attachment in Attachment.objects.using(schema_editor.connection.alias).iterator():
        old = attachment.file.name
        if not old or not old.startswith("practices/") or not default_storage.exists(old):
            continue
        with default_storage.open(old, "rb") as handle:
            new = default_storage.save(f"practice-files/{secrets.token_hex(16)}", handle)
        attachment.file.name = new
        attachment.save(update_fields=["file"])
        default_storage.delete(old)


class Migration(migrations.Migration):
    dependencies = [("practice", "0003_facet_indexes")]

    operations = [migrations.RunPython(rename_files, migrations.RunPython.noop, elidable=True)]
