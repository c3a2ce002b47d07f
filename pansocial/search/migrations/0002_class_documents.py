from django.db import migrations

from pansocial.search.operations import VendorSQL

# PostgreSQL: the A and B classes (titles, names; summaries) in tsvectors of their own, so
# the rank's per-class sets come from a GIN index without rechecking every match's weights.
# SQLite's FTS5 filters on columns natively.
POSTGRESQL = [
    """ALTER TABLE search_searchentry
        ADD COLUMN document_a tsvector GENERATED ALWAYS AS (to_tsvector('simple', text_a)) STORED,
        ADD COLUMN document_b tsvector GENERATED ALWAYS AS (to_tsvector('simple', text_b)) STORED""",
    "CREATE INDEX search_searchentry_document_a ON search_searchentry USING GIN (document_a)",
    "CREATE INDEX search_searchentry_document_b ON search_searchentry USING GIN (document_b)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_searchentry_document_b",
    "DROP INDEX IF EXISTS search_searchentry_document_a",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS document_a,"
    " DROP COLUMN IF EXISTS document_b",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [VendorSQL("postgresql", POSTGRESQL, POSTGRESQL_REVERSE)]
