"""docs/architecture.md, checked: what import-linter cannot say (it sees packages, not
names inside django) is asserted here over the source."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "pansocial"
DOMAIN_FILES = sorted(
    path for path in ROOT.glob("*/domain/**/*.py") if "tests" not in path.relative_to(ROOT).parts
)


def _imported_modules(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_domain_modules_exist():
    assert len(DOMAIN_FILES) > 20


@pytest.mark.parametrize("path", DOMAIN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_never_imports_http_nor_takes_a_request(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    http = [name for name in _imported_modules(tree) if name.startswith("django.http")]
    assert http == [], f"{path}: the domain must not know HTTP"
    takes_request = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(
            arg.arg == "request"
            for arg in node.args.args + node.args.kwonlyargs + node.args.posonlyargs
        )
    ]
    assert takes_request == [], f"{path}: domain functions take actor=, not the request"


def test_every_registered_permission_is_checked_somewhere():
    """A permission nothing checks is dead code that reads like a promise."""
    import rules.permissions

    sources = [
        path.read_text()
        for pattern in ("**/*.py", "**/*.html")
        for path in ROOT.glob(pattern)
        if "tests" not in path.relative_to(ROOT).parts
    ]
    unchecked = sorted(
        name
        for name in rules.permissions.permissions
        if not any(
            f'"{name}"' in line and "add_perm" not in line
            for text in sources
            for line in text.splitlines()
        )
    )
    assert unchecked == []


def test_audit_actions_are_named_constants():
    """Every ``record(action=...)`` outside tests names an ``Action`` constant, never a
    free string (decision 0006)."""
    literal = []
    for path in ROOT.glob("**/*.py"):
        if "tests" in path.relative_to(ROOT).parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "record"
            ):
                for keyword in node.keywords:
                    if keyword.arg == "action" and isinstance(keyword.value, ast.Constant):
                        literal.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert literal == []
