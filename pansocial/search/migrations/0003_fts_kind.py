import importlib

from django.db import migrations

from pansocial.search.operations import VendorSQL

initial = importlib.import_module("pansocial.search.migrations.0001_initial")

# SQLite: the FTS5 table gets a first column, ``kind``, holding one token per model
# ("k" + length of the app label + app label + model name, e.g. "k8practicepractice"), so
# a search for organisations intersects the word's matches with the organisations' inside
# the full-text index instead of reading every matching practice to drop it. The table is
# contentless: the triggers give it the values, search_searchentry keeps them.
COLUMNS = "kind, text_a, text_b, text_c, text_d"
KIND = (
    "(SELECT 'k' || length(search_ct.app_label) || search_ct.app_label || search_ct.model"
    " FROM django_content_type search_ct WHERE search_ct.id = {row}.content_type_id)"
)
NEW = f"{KIND.format(row='new')}, new.text_a, new.text_b, new.text_c, new.text_d"
OLD = f"{KIND.format(row='old')}, old.text_a, old.text_b, old.text_c, old.text_d"
ROWS = f"{KIND.format(row='search_e')}, search_e.text_a, search_e.text_b, search_e.text_c, search_e.text_d"

SQLITE = [
    *initial.SQLITE_REVERSE,
    f"""CREATE VIRTUAL TABLE search_searchentry_fts USING fts5(
        {COLUMNS}, content='', tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER search_searchentry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    f"""CREATE TRIGGER search_searchentry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
    END""",
    f"""CREATE TRIGGER search_searchentry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
        INSERT INTO search_searchentry_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    f"""INSERT INTO search_searchentry_fts(rowid, {COLUMNS})
        SELECT search_e.id, {ROWS} FROM search_searchentry search_e""",
]
SQLITE_REVERSE = [
    *initial.SQLITE_REVERSE,
    *initial.SQLITE,
    "INSERT INTO search_searchentry_fts(search_searchentry_fts) VALUES ('rebuild')",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_class_documents")]

    operations = [VendorSQL("sqlite", SQLITE, SQLITE_REVERSE)]
