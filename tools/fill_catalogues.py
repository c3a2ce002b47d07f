"""Fill untranslated entries of app catalogues.

Usage: python tools/fill_catalogues.py TRANSLATIONS.py app [app ...]

TRANSLATIONS.py defines ``T = {msgid: (es, pt, fr)}`` and optionally
``P = {msgid: ((es_one, es_many), (pt_one, pt_many), (fr_one, fr_many))}`` for plurals.
Entries already translated in another app's catalogue are reused, so one msgid reads the
same everywhere; English copies the msgid. Prints what is still missing.
"""

import re
import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent / "pansocial"
LANGUAGES = ("es", "pt", "fr")


def known_translations():
    known = {}
    for path in ROOT.glob("*/locale/*/LC_MESSAGES/django.po"):
        language = path.parts[-3]
        for entry in polib.pofile(str(path)):
            if entry.msgstr and not entry.msgid_plural and "fuzzy" not in entry.flags:
                known.setdefault((language, entry.msgid), entry.msgstr)
    return known


def main(source, apps):
    table = runpy.run_path(source)
    singular, plural = table.get("T", {}), table.get("P", {})
    known = known_translations()
    missing = set()
    for app in apps:
        for language in ("es", "en", "pt", "fr"):
            path = ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"
            catalogue = polib.pofile(str(path))
            for entry in catalogue:
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                    entry.msgstr = ""
                    entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
                if entry.msgid_plural:
                    forms = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"])[1])
                    if all(entry.msgstr_plural.get(index) for index in range(forms)):
                        continue
                    if language == "en":
                        one, many = entry.msgid, entry.msgid_plural
                    elif entry.msgid in plural:
                        one, many = plural[entry.msgid][LANGUAGES.index(language)]
                    else:
                        missing.add(entry.msgid)
                        continue
                    # Form 0 is "one"; every other form (Spanish and French also have one
                    # for millions) takes the plural text.
                    entry.msgstr_plural = {
                        index: one if index == 0 else many for index in range(forms)
                    }
                    continue
                if entry.msgstr:
                    continue
                if language == "en":
                    entry.msgstr = entry.msgid
                elif entry.msgid in singular:
                    entry.msgstr = singular[entry.msgid][LANGUAGES.index(language)]
                elif (language, entry.msgid) in known:
                    entry.msgstr = known[(language, entry.msgid)]
                else:
                    missing.add(entry.msgid)
            catalogue.save()
    for msgid in sorted(missing):
        print("missing:", msgid)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
