"""Screenshots of the main pages, at phone and desktop width, in the four languages.

    bin/screenshots                       (loads the demo into var/screenshots/ and runs this)
    python manage.py screenshots --base-url http://127.0.0.1:8123 --password PASSWORD

Drives Debian's Chromium (Playwright) against a running server holding the demo data
(``seed_demo``): the public pages as a visitor, then the pages of a working table's
secretary (a member contact and officer) and of the facilitator (the practice queue),
signed in with the demo password. Writes
``<out>/<language>/<width>/<nn>-<page>.png`` (default ``var/screenshots/``, git-ignored)
so the look can be reviewed page by page.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pansocial.demo import content
from pansocial.practice.models import Practice
from pansocial.table.models import Mandate, Position, Table

WIDTHS = {375: 812, 1280: 900}
PREFIXES = {"es": "", "en": "/en", "pt": "/pt", "fr": "/fr"}
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
EMAIL_DOMAIN = "example.org"


def public_pages():
    practice = Practice.objects.published().order_by("-published_at", "-id").first()
    table = Table.objects.order_by("id").first()
    pages = [
        ("home", "/"),
        ("directory", "/members/"),
        ("coverage", "/members/coverage/"),
        ("apply", "/members/apply/"),
        ("tables", "/tables/"),
        ("representation", "/tables/representation/"),
        ("practices", "/practices/"),
        ("practices-search", "/practices/?q=retorno"),
        ("gcm", "/gcm/"),
        ("objective", "/gcm/objectives/21/"),
        ("signin", "/account/signin/"),
        ("signup", "/account/signup/"),
    ]
    if table is not None:
        pages.insert(5, ("table", f"/tables/{table.slug}/"))
    if practice is not None:
        pages.insert(8, ("practice", f"/practices/{practice.pk}/"))
    return pages


def signed_in_pages():
    """{e-mail: pages}: a working table's secretary (a member contact and officer), then
    the facilitator."""
    secretary = (
        Mandate.objects.current()
        .filter(position=Position.SECRETARY, table__kind="working")
        .select_related("user", "table")
        .order_by("table_id")
        .first()
    )
    pages = {}
    if secretary is not None:
        pages[secretary.user.email] = [
            ("profile", "/account/"),
            ("my-organisations", "/members/mine/"),
            ("table-manage", f"/tables/{secretary.table.slug}/manage/"),
            ("application-queue", "/members/review/"),
            ("practice-form", "/practices/new/"),
            ("my-practices", "/practices/mine/"),
        ]
    pages[f"{content.FACILITATOR}@{EMAIL_DOMAIN}"] = [
        ("practice-queue", "/practices/review-queue/")
    ]
    return pages


class Command(BaseCommand):
    help = "Screenshots of the main pages at 375 and 1280 px in es/en/pt/fr (needs the demo)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default="http://127.0.0.1:8000")
        parser.add_argument("--password", help="the demo accounts' password (seed_demo)")
        parser.add_argument("--out", default=str(Path(settings.BASE_DIR) / "var" / "screenshots"))
        parser.add_argument("--languages", default=",".join(PREFIXES))

    def handle(self, *args, base_url, password, out, languages, **options):
        from playwright.sync_api import sync_playwright

        languages = [code for code in languages.split(",") if code in PREFIXES]
        if not languages:
            raise CommandError(f"--languages: some of {', '.join(PREFIXES)}")
        base_url = base_url.rstrip("/")
        out = Path(out)
        # The database is read before Playwright starts its event loop (Django refuses
        # queries from a thread running one).
        pages = public_pages()
        people = signed_in_pages() if password else {}
        count = 0
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                for width, height in WIDTHS.items():
                    count += self.shoot(browser, base_url, out, languages, width, height, pages)
                    first = len(pages) + 1
                    for email, own in people.items():
                        count += self.shoot(
                            browser, base_url, out, languages, width, height, own,
                            signin=(email, password), first=first,
                        )  # fmt: skip
                        first += len(own)
            finally:
                browser.close()
        self.stdout.write(self.style.SUCCESS(f"{count} screenshots in {out}/"))

    def shoot(self, browser, base_url, out, languages, width, height, pages, signin=None,
              first=1):  # fmt: skip
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.set_default_timeout(20_000)
        count = 0
        try:
            if signin:
                self.sign_in(page, base_url, *signin)
            for language in languages:
                folder = out / language / str(width)
                folder.mkdir(parents=True, exist_ok=True)
                for number, (name, path) in enumerate(pages, start=first):
                    page.goto(f"{base_url}{PREFIXES[language]}{path}")
                    page.screenshot(path=str(folder / f"{number:02d}-{name}.png"), full_page=True)
                    count += 1
        finally:
            context.close()
        return count

    def sign_in(self, page, base_url, email, password):
        page.goto(f"{base_url}/account/signin/")
        form = page.locator("form:has(input[type=password])")
        form.locator("input[type=email]").fill(email)
        form.locator("input[type=password]").fill(password)
        form.locator("button[type=submit], input[type=submit]").first.click()
        page.wait_for_load_state()
        if "/account/signin/" in page.url:
            raise CommandError(f"could not sign in as {email} (wrong --password?)")
