"""Fill a catalogue from a JSON file {msgid: {"es": ..., "pt": ..., "fr": ...}}.

Usage: python tools/fill_po.py pansocial/<app> translations.json
English msgstr = msgid. Entries already translated are left alone unless --force.
"""

import json
import sys
from pathlib import Path

import polib


def main(app_dir, json_path, force=False):
    table = json.loads(Path(json_path).read_text())
    missing = set()
    for language in ("es", "en", "pt", "fr"):
        path = Path(app_dir) / "locale" / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            if entry.msgstr and not force and "fuzzy" not in entry.flags:
                continue
            value = entry.msgid if language == "en" else table.get(entry.msgid, {}).get(language)
            if value is None:
                missing.add(entry.msgid)
                continue
            entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        catalogue.save()
    for msgid in sorted(missing):
        print("missing:", msgid)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--force" in sys.argv)
