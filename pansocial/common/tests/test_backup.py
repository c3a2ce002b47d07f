"""manage.py backup / restore: a round trip brings back exactly what was backed up, on
the database the suite runs on (SQLite file, or PostgreSQL with pg_dump/pg_restore), and
through the JSON fallback (dumpdata/loaddata) on both."""

import os
import shutil
import stat

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from pansocial.account.models import User
from pansocial.account.tests.factories import UserFactory
from pansocial.audit.domain import record
from pansocial.audit.models import AuditEntry

concurrent = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _round_trip(tmp_path, method):
    kept = UserFactory(email="kept@example.org", full_name="Antes")
    record(actor=kept, action="membership.accept", obj=kept, after={"status": "member"})
    path = tmp_path / "pansocial.backup"
    call_command("backup", str(path), method=method, verbosity=0)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

    User.objects.filter(pk=kept.pk).update(full_name="Después")
    UserFactory(email="later@example.org")
    record(actor=None, action="membership.decline")

    call_command("restore", str(path), yes=True, verbosity=0)
    connection.close()
    assert list(User.objects.values_list("email", "full_name")) == [("kept@example.org", "Antes")]
    assert list(AuditEntry.objects.values_list("action", "after")) == [
        ("membership.accept", {"status": "member"})
    ]


@concurrent
def test_backup_restore_round_trip_native(tmp_path):
    if connection.vendor == "postgresql" and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    _round_trip(tmp_path, "auto")


@concurrent
def test_backup_restore_round_trip_dumpdata(tmp_path):
    _round_trip(tmp_path, "dumpdata")


def test_restore_needs_confirmation(tmp_path):
    path = tmp_path / "x.backup"
    path.write_bytes(b"SQLite format 3\x00")
    with pytest.raises(CommandError, match="add --yes"):
        call_command("restore", str(path))


def test_restore_refuses_a_file_that_is_no_backup(tmp_path):
    path = tmp_path / "x.backup"
    path.write_text("hello")
    with pytest.raises(CommandError, match="is not a backup"):
        call_command("restore", str(path), yes=True)
