"""``manage.py restore PATH --yes``: replace the database's contents with a backup made by
``manage.py backup`` (docs/operations.md: stop the app servers and task workers first).

The format is read from the file: an SQLite database, a ``pg_dump`` custom archive
(restored with ``pg_restore --clean --if-exists --single-transaction``) or a JSON dump
(``flush`` then ``loaddata``). The cache is cleared afterwards, since restored content
versions may repeat ones that cached pages were built at.
"""

import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from .backup import pg_environment


def _kind(path):
    with open(path, "rb") as file:
        head = file.read(16)
    if head.startswith(b"SQLite format 3"):
        return "sqlite"
    if head.startswith(b"PGDMP"):
        return "pg_dump"
    if head.lstrip()[:1] == b"[":
        return "dumpdata"
    raise CommandError(f"{path} is not a backup made by manage.py backup")


class Command(BaseCommand):
    help = "Replace the database's contents with a backup made by manage.py backup."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--yes", action="store_true", help="Confirm: everything in the database is replaced."
        )

    def handle(self, path, yes, **options):
        if not yes:
            raise CommandError("This replaces everything in the database: add --yes to confirm.")
        kind = _kind(path)
        if kind == "sqlite":
            if connection.vendor != "sqlite":
                raise CommandError("An SQLite backup restores only into SQLite.")
            connection.ensure_connection()
            source = sqlite3.connect(path)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
        elif kind == "pg_dump":
            if connection.vendor != "postgresql" or not shutil.which("pg_restore"):
                raise CommandError("A pg_dump archive restores into PostgreSQL with pg_restore.")
            connection.close()
            env = pg_environment(connection.settings_dict)
            # Fixed arguments; the path comes from the operator's command line.
            result = subprocess.run(  # noqa: S603
                [
                    shutil.which("pg_restore"),
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--dbname",
                    env.get("PGDATABASE", ""),
                    path,
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
        else:
            with tempfile.TemporaryDirectory() as folder:
                fixture = Path(folder) / "backup.json"  # loaddata reads the format from the name
                shutil.copyfile(path, fixture)
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(fixture), verbosity=0)
        cache.clear()
        self.stdout.write(f"Database restored from {path} ({kind}). Restart the app servers.")
