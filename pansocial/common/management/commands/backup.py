"""``manage.py backup PATH``: a consistent copy of the database (docs/operations.md).

* SQLite: SQLite's online backup (safe while the site runs), a database file;
* PostgreSQL: ``pg_dump --format=custom`` when ``pg_dump`` is installed, else Django's
  ``dumpdata`` (JSON, natural keys; slower, but needs nothing outside Python).

``manage.py restore PATH`` reads any of the three. The file is written with mode 0600.
"""

import os
import shutil
import sqlite3
import subprocess

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

# Rebuilt by migrate/post_migrate on any database: never in a JSON dump.
DUMPDATA_EXCLUDE = ["contenttypes", "auth.permission", "sessions", "django_tasks_database"]


def pg_environment(settings_dict):
    env = dict(os.environ)
    for key, name in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if settings_dict.get(name):
            env[key] = str(settings_dict[name])
    return env


def _private(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


class Command(BaseCommand):
    help = "Write a consistent backup of the database to PATH (SQLite file, pg_dump or JSON)."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--method",
            choices=["auto", "sqlite", "pg_dump", "dumpdata"],
            default="auto",
            help="auto: SQLite's backup on SQLite; pg_dump if installed, else dumpdata.",
        )

    def handle(self, path, method, **options):
        method = self.choose(method)
        _private(path)
        if method == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(path)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        elif method == "pg_dump":
            # Fixed arguments; the path comes from the operator's command line.
            result = subprocess.run(  # noqa: S603
                [shutil.which("pg_dump"), "--format=custom", "--no-owner", "--file", path],
                env=pg_environment(connection.settings_dict),
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            call_command(
                "dumpdata",
                natural_foreign=True,
                natural_primary=True,
                exclude=DUMPDATA_EXCLUDE,
                output=path,
                verbosity=0,
            )
        self.stdout.write(f"Backup written to {path} ({method}).")

    @staticmethod
    def choose(method):
        vendor = connection.vendor
        if method == "auto":
            if vendor == "sqlite":
                return "sqlite"
            return "pg_dump" if vendor == "postgresql" and shutil.which("pg_dump") else "dumpdata"
        if method == "sqlite" and vendor != "sqlite":
            raise CommandError("--method sqlite needs the SQLite database")
        if method == "pg_dump" and vendor != "postgresql":
            raise CommandError("--method pg_dump needs PostgreSQL")
        return method
