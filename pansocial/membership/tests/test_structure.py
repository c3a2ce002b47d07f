"""The shape issue 9 asks for: table sits below membership (it never imports it) and no
domain function sees the request."""

import re
from pathlib import Path

import pansocial

ROOT = Path(pansocial.__file__).parent


def code_files(app):
    for path in (ROOT / app).rglob("*.py"):
        if "tests" not in path.parts and "migrations" not in path.parts:
            yield path


def test_table_never_imports_membership():
    importing = [
        str(path.relative_to(ROOT))
        for path in code_files("table")
        if re.search(r"^\s*(from|import) pansocial\.membership", path.read_text(), re.M)
    ]
    assert importing == []


def test_only_table_writes_table_memberships():
    writers = [
        str(path.relative_to(ROOT))
        for app in ("membership", "table", "demo")
        for path in code_files(app)
        if re.search(r"TableMembership\.objects\.(create|get_or_create)", path.read_text())
    ]
    assert writers == ["table/domain/memberships.py"]


def test_domain_functions_never_see_the_request():
    mentions = [
        str(path.relative_to(ROOT))
        for app in ("membership", "table")
        for path in (ROOT / app / "domain").rglob("*.py")
        if "request" in path.read_text()
    ]
    assert mentions == []
