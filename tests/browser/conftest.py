"""Browser tests: Playwright for Python driving Debian's /usr/bin/chromium, headless.

Every page a journey visits is checked with axe-core (from the axe-playwright-python
package); a serious or critical violation fails the test, and so does any finding, even one
axe only asks to review ("incomplete"), about duplicate ids or labels. The browser may only talk to
the live server: any request to another host fails the test.
"""

import os
import shutil
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.fail(f"Chromium not found at {CHROMIUM}: bin/test installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def foreign_requests():
    return []


@pytest.fixture
def page(browser, live_server, foreign_requests):
    """A fresh browser context whose only reachable host is the live server."""
    context = browser.new_context(locale="es-ES", timezone_id="America/Bogota")
    allowed = urlsplit(live_server.url).netloc

    def guard(route):
        netloc = urlsplit(route.request.url).netloc
        if route.request.url.startswith("data:") or netloc == allowed:
            route.continue_()
        else:
            foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert foreign_requests == [], f"requests to other hosts: {foreign_requests}"


_axe = Axe()
# Findings that fail the check whatever their impact, also when axe only asks for a review.
# The duplicate-id rules are deprecated in axe 4.7+ and off by default: turned on here.
STRICT_RULES = {
    "duplicate-id",
    "duplicate-id-active",
    "duplicate-id-aria",
    "label",
    "label-title-only",
    "form-field-multiple-labels",
}
AXE_OPTIONS = {
    "resultTypes": ["violations", "incomplete"],
    "rules": {"duplicate-id": {"enabled": True}, "duplicate-id-active": {"enabled": True}},
}


@pytest.fixture
def axe_check():
    """Run axe-core on the current page; fail on serious or critical violations and on
    any violation or needs-review finding about duplicate ids or labels."""

    def check(page):
        results = _axe.run(page, options=AXE_OPTIONS)
        bad = [
            violation
            for violation in results.response["violations"]
            if violation.get("impact") in {"serious", "critical"} or violation["id"] in STRICT_RULES
        ] + [finding for finding in results.response["incomplete"] if finding["id"] in STRICT_RULES]
        summary = [
            f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:3])
            for v in bad
        ]
        assert not bad, f"axe violations on {page.url}:\n" + "\n".join(summary)
        return results

    return check


@pytest.fixture
def outbox_link(db):
    """Path and query of the first link in the newest outbox e-mail to an address
    (the host is the configured SITE_URL; tests open the path on the live server)."""
    import re

    from pansocial.mail.models import OutboundEmail

    def find(email, contains=""):
        message = OutboundEmail.objects.filter(to_email__iexact=email).order_by("-id").first()
        assert message is not None, f"no e-mail to {email} in the outbox"
        urls = re.findall(r"https?://\S+", message.body)
        urls = [url for url in urls if contains in url]
        assert urls, f"no link in the e-mail to {email}: {message.body}"
        parts = urlsplit(urls[0])
        return parts.path + (f"?{parts.query}" if parts.query else "")

    return find
