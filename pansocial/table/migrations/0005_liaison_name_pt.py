"""One name for the liaison table in Portuguese too, mirroring the Spanish proper name:
"Mesa de Vinculação" (the catalogues said "mesa de ligação", the data "Mesa de
articulação"). Only the published wording is changed: an administrator's edit is kept."""

from django.db import migrations

OLD, NEW = "Mesa de articulação", "Mesa de Vinculação"


def rename(apps, schema_editor):
    Table = apps.get_model("table", "Table")
    Table._default_manager.filter(name_pt=OLD).update(name_pt=NEW)


class Migration(migrations.Migration):
    dependencies = [("table", "0004_liaison_name_es")]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
