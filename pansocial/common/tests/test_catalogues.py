import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

APPS_DIR = Path(settings.BASE_DIR) / "pansocial"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _apps_with_strings():
    """Apps whose code or templates hold translatable strings."""
    apps = []
    for app in sorted(p for p in APPS_DIR.iterdir() if (p / "apps.py").exists()):
        sources = [*app.rglob("*.py"), *app.rglob("*.html"), *app.rglob("*.txt")]
        if any(
            "gettext" in text or "{% translate" in text or "{% blocktranslate" in text
            for text in (s.read_text(errors="ignore") for s in sources if "tests" not in s.parts)
        ):
            apps.append(app)
    return apps


@pytest.mark.parametrize("app", _apps_with_strings(), ids=lambda p: p.name)
def test_catalogue_complete_in_every_language(app):
    problems = []
    for language in LANGUAGES:
        po_path = app / "locale" / language / "LC_MESSAGES" / "django.po"
        if not po_path.exists():
            problems.append(f"{po_path.relative_to(APPS_DIR)} missing")
            continue
        catalogue = polib.pofile(str(po_path))
        problems += [
            f"{app.name}/{language}: untranslated {entry.msgid!r}"
            for entry in catalogue.untranslated_entries()
        ]
        problems += [
            f"{app.name}/{language}: fuzzy {entry.msgid!r}" for entry in catalogue.fuzzy_entries()
        ]
        forms = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"]).group(1))
        problems += [
            f"{app.name}/{language}: {forms} plural forms needed for {entry.msgid!r}"
            for entry in catalogue
            if entry.msgid_plural
            and not all(entry.msgstr_plural.get(index) for index in range(forms))
        ]
        if len(catalogue) == 0:
            problems.append(f"{app.name}/{language}: empty catalogue")
    assert problems == []


def test_catalogues_agree_on_shared_strings():
    """Django merges every app's catalogue, so one msgid must read the same everywhere;
    otherwise which translation a page shows depends on the order of INSTALLED_APPS."""
    seen = {}
    conflicts = []
    for po_path in sorted(APPS_DIR.glob("*/locale/*/LC_MESSAGES/django.po")):
        app, language = po_path.parts[-5], po_path.parts[-3]
        for entry in polib.pofile(str(po_path)):
            if not entry.msgstr or entry.msgid_plural:
                continue
            key = (language, entry.msgctxt, entry.msgid)
            first = seen.setdefault(key, (app, entry.msgstr))
            if first[1] != entry.msgstr:
                conflicts.append(f"{language} {entry.msgid!r}: {first} vs {(app, entry.msgstr)}")
    assert conflicts == []
