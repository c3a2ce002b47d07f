"""Create the mechanism's bodies if missing (pansocial/table/data/structure.json): the four
working tables (one per working-table theme), the liaison table, the technical table, the
indicators commission and the GT-SC facilitation group (seeds 000 and 002).

Non-destructive: existing tables keep their names and purposes; only empty ones are filled.
"""

import json
from pathlib import Path

from django.db import migrations

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "structure.json"


def load(apps, schema_editor):
    from pansocial.reference.domain.load import columns, upsert

    Table = apps.get_model("table", "Table")
    TableTheme = apps.get_model("reference", "TableTheme")
    themes = TableTheme._default_manager.in_bulk(field_name="number")
    rows = [
        {
            "slug": row["slug"],
            "kind": row["kind"],
            "order": row["order"],
            "theme": themes[row["theme"]] if row["theme"] else None,
            **columns(base="name", labels=row["name"]),
            **columns(base="purpose", labels=row["purpose"]),
        }
        for row in json.loads(DATA_PATH.read_text(encoding="utf-8"))["tables"]
    ]
    upsert(model=Table, key="slug", rows=rows)


class Migration(migrations.Migration):
    dependencies = [
        ("reference", "0002_load_reference_data"),
        ("table", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
