"""Load the GCM reference data on first start (pansocial/reference/data/reference.json).

Non-destructive: only missing rows are created and empty labels filled, so running it on a
database that already holds edited labels keeps them. ``manage.py load_reference --update``
puts the published wording back.
"""

from django.db import migrations


def load(apps, schema_editor):
    from pansocial.reference.domain.load import load_reference

    load_reference(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("reference", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
