"""Print a DATABASE_URL for a reachable local PostgreSQL server, starting one if we can.

Looks at 127.0.0.1:5432 and the Debian socket; if nothing answers and Debian's
pg_ctlcluster is present, starts the installed cluster. Prints nothing when none.
"""

import glob
import os
import shutil
import subprocess
import sys
import time

CANDIDATES = [
    "postgres://postgres@127.0.0.1:5432/postgres",
    "postgres:///postgres?host=/var/run/postgresql",
    "postgres://postgres:postgres@127.0.0.1:5432/postgres",
]


def reachable(url):
    try:
        import psycopg
    except ImportError:
        return False
    try:
        with psycopg.connect(url, connect_timeout=3) as connection:
            connection.execute("SELECT 1")
        return True
    except Exception:  # noqa: BLE001
        return False


def first_reachable():
    return next((url for url in CANDIDATES if reachable(url)), None)


def try_start():
    if not shutil.which("pg_ctlcluster"):
        return
    for version_dir in sorted(glob.glob("/etc/postgresql/*/main")):
        version = version_dir.split("/")[-2]
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],
            check=False,
            capture_output=True,
        )


def main():
    url = first_reachable()
    if url is None:
        try_start()
        for _ in range(20):
            url = first_reachable()
            if url:
                break
            time.sleep(0.5)
    if url is None:
        return 1
    # Tests use their own database name so a developer's data is never touched.
    base, _sep, query = url.partition("?")
    print(base.rsplit("/", 1)[0] + "/pansocial" + (f"?{query}" if query else ""))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PGCONNECT_TIMEOUT", "3")
    sys.exit(main())
