"""One name for the liaison table in Spanish, as in seeds 000 and 002: "Mesa de
Vinculación" (issue 10, item 12). Only the published wording is changed: a name or
purpose an administrator edited is left alone."""

from django.db import migrations

OLD, NEW = "mesa de vinculación", "Mesa de Vinculación"


def rename(apps, schema_editor):
    Table = apps.get_model("table", "Table")
    for table in Table._default_manager.all():
        changed = []
        if table.name_es == "Mesa de vinculación":
            table.name_es = NEW
            changed.append("name_es")
        if OLD in table.purpose_es:
            table.purpose_es = table.purpose_es.replace(OLD, NEW)
            changed.append("purpose_es")
        if changed:
            table.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("table", "0003_mandate_state")]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
