from django.db import migrations, models

NAMESPACES = ("membership", "table", "reference", "people", "practice")


def create_counters(apps, schema_editor):
    ContentVersion = apps.get_model("common", "ContentVersion")
    for name in NAMESPACES:
        ContentVersion.objects.get_or_create(namespace=name)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("namespace", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("version", models.PositiveBigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(create_counters, migrations.RunPython.noop),
    ]
