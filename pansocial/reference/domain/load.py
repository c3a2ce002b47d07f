"""Load the GCM reference data of ``data/reference.json`` into the database.

The same function runs in the data migration (with the historical ``apps``), in the
``load_reference`` management command and in tests. By default it only creates the rows
that are missing and fills labels that are empty, so labels an administrator edited
survive every later run; ``update=True`` puts the published wording back.

Hub taxonomy ids come from the UN Migration Network Hub (objective n is term 278 + n; the
ten guiding principles are terms 736-742 and 257-259), as recorded in the JSON file.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps as global_apps
from django.db import transaction

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "reference.json"
LANGUAGES = ("es", "en", "pt", "fr")
MODEL_NAMES = (
    "Subregion",
    "Country",
    "TableTheme",
    "Cluster",
    "Objective",
    "Principle",
    "StakeholderGroup",
)


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0

    @property
    def changed(self):
        return bool(self.created or self.updated)


def read_data(path=DATA_PATH):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def columns(*, base, labels):
    """``{"es": "Datos", ...}`` becomes ``{"short_es": "Datos", ...}``."""
    return {f"{base}_{code}": labels[code] for code in LANGUAGES}


def _empty(value):
    return value is None or value == ""


def upsert(*, model, key, rows, update=False):
    """Create the rows of ``rows`` (dicts of field values) missing by ``key``.

    Existing rows get their empty fields filled; with ``update`` every field that differs
    from the data is overwritten. Foreign keys are given as model instances.
    """
    manager = model._default_manager
    existing = manager.in_bulk([row[key] for row in rows], field_name=key)
    outcome = Outcome()
    for row in rows:
        obj = existing.get(row[key])
        if obj is None:
            manager.create(**row)
            outcome.created += 1
            continue
        changed = []
        for name, value in row.items():
            field = model._meta.get_field(name)
            raw = value.pk if field.is_relation and value is not None else value
            current = getattr(obj, field.attname)
            if current == raw or not (update or _empty(current)):
                continue
            setattr(obj, field.attname, raw)
            changed.append(field.attname)
        if changed:
            obj.save(update_fields=changed)
            outcome.updated += 1
    return outcome


def _by(model, field_name):
    return model._default_manager.in_bulk(field_name=field_name)


def load_reference(*, apps=None, update=False, data=None):
    """Load subregions, countries, themes, clusters, objectives, principles and groups.

    Returns ``{kind: Outcome}``. Idempotent: a second run changes nothing.
    """
    apps = apps or global_apps
    data = data or read_data()
    Subregion, Country, TableTheme, Cluster, Objective, Principle, StakeholderGroup = (
        apps.get_model("reference", name) for name in MODEL_NAMES
    )
    outcomes = {}
    with transaction.atomic():
        outcomes["subregions"] = upsert(
            model=Subregion,
            key="code",
            rows=[
                {"code": r["code"], "order": r["order"], **columns(base="name", labels=r["name"])}
                for r in data["subregions"]
            ],
            update=update,
        )
        subregions = _by(Subregion, "code")
        outcomes["countries"] = upsert(
            model=Country,
            key="code",
            rows=[
                {
                    "code": r["code"],
                    "subregion": subregions[r["subregion"]],
                    **columns(base="name", labels=r["name"]),
                }
                for r in data["countries"]
            ],
            update=update,
        )
        outcomes["themes"] = upsert(
            model=TableTheme,
            key="number",
            rows=[
                {"number": r["number"], **columns(base="name", labels=r["name"])}
                for r in data["themes"]
            ],
            update=update,
        )
        outcomes["clusters"] = upsert(
            model=Cluster,
            key="slug",
            rows=[
                {
                    "slug": r["slug"],
                    "order": r["order"],
                    "session": r["session"],
                    **columns(base="name", labels=r["name"]),
                }
                for r in data["clusters"]
            ],
            update=update,
        )
        themes, clusters = _by(TableTheme, "number"), _by(Cluster, "slug")
        outcomes["objectives"] = upsert(
            model=Objective,
            key="number",
            rows=[
                {
                    "number": r["number"],
                    "hub_term": r["hub_term"],
                    "theme": themes[r["theme"]],
                    "cluster": clusters[r["cluster"]],
                    **columns(base="short", labels=r["short"]),
                    **columns(base="title", labels=r["title"]),
                }
                for r in data["objectives"]
            ],
            update=update,
        )
        outcomes["principles"] = upsert(
            model=Principle,
            key="slug",
            rows=[
                {
                    "slug": r["slug"],
                    "order": r["order"],
                    "hub_term": r["hub_term"],
                    **columns(base="name", labels=r["name"]),
                    **columns(base="description", labels=r["description"]),
                }
                for r in data["principles"]
            ],
            update=update,
        )
        outcomes["stakeholder_groups"] = upsert(
            model=StakeholderGroup,
            key="slug",
            rows=[
                {"slug": r["slug"], "order": r["order"], **columns(base="name", labels=r["name"])}
                for r in data["stakeholder_groups"]
            ],
            update=update,
        )
    return outcomes
