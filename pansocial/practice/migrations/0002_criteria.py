from django.db import migrations

# The six eligibility criteria of seed 003 (Spanish wording from the seed).
CRITERIA = [
    ("relevance", "Pertinencia en relación con el PMM", "Relevance to the GCM",
     "Pertinência em relação ao PMM", "Pertinence au regard du PMM", "1.50", True),
    ("coherence", "Coherencia en relación con los principios rectores del PMM",
     "Coherence with the GCM guiding principles", "Coerência com os princípios orientadores do PMM",
     "Cohérence avec les principes directeurs du PMM", "1.00", True),
    ("innovation", "Innovación", "Innovation", "Inovação", "Innovation", "1.00", False),
    ("replicability", "Replicabilidad", "Replicability", "Replicabilidade", "Reproductibilité",
     "1.00", True),
    ("cross_cutting", "Transversalidad", "Cross-cutting nature", "Transversalidade",
     "Transversalité", "1.00", False),
    ("currency", "Vigencia (recientes o en progreso)", "Currency (recent or ongoing)",
     "Atualidade (recentes ou em curso)", "Actualité (récentes ou en cours)", "1.00", True),
]


def load(apps, schema_editor):
    Criterion = apps.get_model("practice", "Criterion")
    for order, (slug, es, en, pt, fr, weight, required) in enumerate(CRITERIA, start=1):
        Criterion.objects.update_or_create(
            slug=slug,
            defaults={"order": order, "name_es": es, "name_en": en, "name_pt": pt, "name_fr": fr,
                      "weight": weight, "required": required},
        )


def unload(apps, schema_editor):
    apps.get_model("practice", "Criterion").objects.filter(
        slug__in=[row[0] for row in CRITERIA]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("practice", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
