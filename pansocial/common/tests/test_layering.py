"""Issue 9, item 7: ``common`` knows nothing of the domain (docs/architecture.md)."""

import re
from pathlib import Path

import pansocial.common

DOMAIN = re.compile(r"pansocial\.(account|reference|membership|table|practice|demo|home)\b")


def test_common_imports_no_domain_app():
    root = Path(pansocial.common.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if DOMAIN.search(line)
    ]
    assert offenders == []
