"""Issue 10, item 13: no page shows an English string in Spanish, Portuguese or French.

The catalogue tests (pansocial/common/tests/test_catalogues.py) check the project's own
catalogues; they cannot see a string of Django or of another dependency that the
dependency leaves untranslated ("- Select an option -", the admin's "Run"), a label that
was never marked for translation ("TOTP devices") or an English text built before a
language was active. So this walks the site as the demo's people see it — a visitor, a
member contact who is a table's secretary, the practice reviewer, the facilitator and an
administrator (every admin list and form) — in every language, and looks in the text and
in the labels a screen reader reads for the English msgids of the project and of every
installed app that has one left untranslated in that language.
"""

import re
from functools import cache
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import django
import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from pansocial.account.models import User
from pansocial.account.tests.factories import UserFactory, sign_in_with_second_factor
from pansocial.demo import content
from pansocial.membership.models import Contact, Organisation
from pansocial.practice.models import Practice, ReviewerAssignment, State
from pansocial.reference.models import Principle
from pansocial.table.models import Mandate, Position

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "pt", "fr"]
PREFIX = {"es": "", "pt": "/pt", "fr": "/fr", "en": "/en"}
READ_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt", "label"}
GETTEXT_CALL = re.compile(
    r"""\b(?:gettext|gettext_lazy|_)\(\s*(?P<q>["'])(?P<text>(?:(?!(?P=q)).)+)(?P=q)\s*\)"""
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}")
COUNT = re.compile(r"%\((?:counter|count|num)\)[sd]|%d")


def _dependency_sources():
    """The package directory of every installed app, and of Django itself."""
    roots = {Path(django.__file__).parent / "conf"}
    for config in apps.get_app_configs():
        roots.add(Path(config.path))
    return roots


@cache
def english_msgids():
    """Every English msgid of the project and its dependencies: from their catalogues
    (any language's file lists the msgids) and, for a dependency without catalogues, from
    the gettext calls in its code."""
    msgids = set()
    for root in _dependency_sources():
        catalogues = sorted(root.glob("locale/*/LC_MESSAGES/django.po"))
        for path in catalogues[:1] + [p for p in catalogues if p.parts[-3] == "en"]:
            msgids |= {entry.msgid for entry in polib.pofile(str(path))}
        if not catalogues and "site-packages" in root.parts:
            for source in root.rglob("*.py"):
                msgids |= {m["text"] for m in GETTEXT_CALL.finditer(source.read_text())}
    # A msgid worth looking for holds a word of three letters or more.
    return {m for m in msgids if re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", m))}


def _pattern(text):
    """A regex matching the whole of what ``text`` renders to: a count is digits, any
    other placeholder some text."""
    parts = []
    for piece in re.split(f"({PLACEHOLDER.pattern})", text):
        if COUNT.fullmatch(piece):
            parts.append(r"[\d.,\s]+")
        elif PLACEHOLDER.fullmatch(piece):
            parts.append(r"\S.*?")
        else:
            parts.append(re.escape(re.sub(r"\s+", " ", piece)))
    return re.compile(r"\s*" + "".join(parts) + r"\s*")


@cache
def patterns():
    """{msgid: regex matching the whole text it renders to}."""
    return {msgid: _pattern(msgid) for msgid in english_msgids()}


@cache
def translated_patterns(language, msgid):
    """What ``msgid`` renders to in ``language`` (each plural form), as regexes."""
    catalogue = trans_real.translation(language)._catalog
    texts = [catalogue.get(msgid)] + [catalogue.get((msgid, n)) for n in range(3)]
    return [_pattern(text) for text in texts if text]


def _explicitly_same(language, msgid):
    """The language's catalogue translates ``msgid`` by itself on purpose ("Total")."""
    catalogue = trans_real.translation(language)._catalog
    return catalogue.get(msgid) == msgid


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# What people typed or chose is in its own language: the admin's data cells and read-only
# values, and the language switch (each language in its own name) are not interface text.
CONTENT_CLASSES = re.compile(r"\b(field-\w+|readonly|language-switcher)\b")


class Texts(HTMLParser):
    """The interface text of a page and the attributes read aloud, without scripts, styles
    and stored content (``CONTENT_CLASSES``)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._stack = [], []

    def _skipping(self):
        return any(skip for _tag, skip in self._stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        skip = tag in ("script", "style", "textarea") or bool(
            CONTENT_CLASSES.search(attributes.get("class") or "")
        )
        if tag not in VOID:
            self._stack.append((tag, skip))
        if skip or self._skipping() or (tag == "input" and attributes.get("type") == "text"):
            return
        for name, value in attrs:
            if value and (
                name in READ_ATTRIBUTES or (name == "value" and attributes.get("type") == "submit")
            ):
                self.texts.append(value)

    def handle_endtag(self, tag):
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                break

    def handle_data(self, data):
        if not self._skipping() and data.strip():
            self.texts.append(data)


def english_in(html, language):
    parser = Texts()
    parser.feed(html)
    found = set()
    native_names = {name for _code, name in settings.LANGUAGES}  # "English" in a filter
    for text in parser.texts:
        text = " ".join(text.split())
        if len(text) > 400 or text in native_names:
            continue
        for msgid, pattern in patterns().items():
            if (
                pattern.fullmatch(text)
                and not _explicitly_same(language, msgid)
                and not any(p.fullmatch(text) for p in translated_patterns(language, msgid))
            ):
                found.add(msgid)
    return found


@pytest.fixture
def demo():
    call_command("seed_demo", password="demo-catalogue-test", stdout=StringIO())


def _path(name, **kwargs):
    with translation.override("es"):
        return reverse(name, kwargs=kwargs or None)


def public_pages():
    practice = Practice.objects.published().first()
    member = Organisation.objects.members().first()
    return [
        "/",
        _path("membership:directory"),
        _path("membership:coverage"),
        _path("membership:organisation", pk=member.pk),
        _path("table:index"),
        _path("table:representation"),
        _path("table:detail", slug="mt1"),
        _path("table:detail", slug="liaison"),
        _path("practice:index"),
        _path("practice:index") + "?q=retorno",
        _path("practice:detail", pk=practice.pk),
        _path("practice:cycles"),
        _path("reference:index"),
        _path("reference:objective", number=7),
        _path("reference:principle", slug=Principle.objects.first().slug),
        _path("account:login"),
        _path("account:signup"),
        _path("account:login_link_request"),
        _path("account:password_reset"),
        _path("account:resend_verification"),
    ]


def person_pages():
    """(user, pages) of each role the demo has."""
    secretary = (
        Mandate.objects.current()
        .filter(position=Position.SECRETARY, table__kind="working")
        .order_by("table_id")
        .first()
    )
    contact = Contact.objects.filter(
        user=secretary.user, left_at__isnull=True, organisation__status="member"
    ).first()
    draft = Practice.objects.filter(state__in=[State.DRAFT, State.SUBMITTED]).first()
    assignment = (
        ReviewerAssignment.objects.filter(round__practice__state=State.IN_REVIEW)
        .select_related("reviewer")
        .order_by("pk")
        .first()
    )
    facilitator = User.objects.get(email=f"{content.FACILITATOR}@example.org")
    table = secretary.table
    pending = Organisation.objects.filter(status="pending", tables_applied_for=table).first()
    pages = [
        (
            secretary.user,
            [
                _path("home:my_space"),
                _path("account:profile"),
                _path("account:delete"),
                _path("membership:mine"),
                _path("membership:apply"),
                _path("membership:manage", pk=contact.organisation.pk),
                _path("membership:manage_action", pk=contact.organisation.pk, action="withdraw"),
                _path("membership:review_queue"),
                _path("membership:review", pk=pending.pk),
                _path("table:manage", slug=table.slug),
                _path("practice:create"),
                _path("practice:mine"),
            ],
        ),
        (
            assignment.reviewer,
            [_path("practice:mine"), _path("practice:review", pk=assignment.round.practice_id)],
        ),
        (
            facilitator,
            [
                _path("practice:queue"),
                _path("practice:manage", pk=assignment.round.practice_id),
                _path("practice:cycles"),
            ],
        ),
    ]
    if draft is not None:
        pages.append((draft.submitter, [_path("practice:edit", pk=draft.pk)]))
    return pages


def admin_pages():
    pages = [_path("account:two_factor"), _path("admin:index")]
    for model, model_admin in admin.site._registry.items():
        info = (model._meta.app_label, model._meta.model_name)
        pages.append(_path("admin:{}_{}_changelist".format(*info)))
        if model_admin.has_add_permission(_AdminRequest()):
            pages.append(_path("admin:{}_{}_add".format(*info)))
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages.append(_path("admin:{}_{}_change".format(*info), object_id=first.pk))
    return pages


class _AdminRequest:
    class user:  # noqa: N801 - a superuser stand-in for has_add_permission
        is_active = is_staff = is_superuser = True

        @staticmethod
        def has_perm(perm, obj=None):
            return True


def _visit(client, pages, language):
    found = {}
    for path in pages:
        response = client.get(PREFIX[language] + path, follow=True)
        assert response.status_code == 200, (language, path, response.status_code)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for msgid in english_in(response.content.decode(), language):
            found.setdefault(msgid, path)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_translated_for_every_role(demo, language):
    found = _visit(Client(), public_pages(), language)
    for user, pages in person_pages():
        client = Client()
        client.force_login(user)
        found.update(_visit(client, pages, language))
    client = Client()
    sign_in_with_second_factor(client, UserFactory(is_superuser=True, is_staff=True))
    found.update(_visit(client, admin_pages(), language))
    problems = sorted(f"{msgid!r} on {path}" for msgid, path in found.items())
    assert not problems, "English left on the pages:\n" + "\n".join(problems)


def test_english_msgids_include_the_dependencies():
    msgids = english_msgids()
    assert {"- Select an option -", "Run", "Task Results", "Please enter your OTP token."} <= (
        msgids
    )
    assert "Practice assigned for review" in msgids


@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_names_every_app_and_model_in_the_language(language):
    """Names a dependency never marked for translation ("TOTP devices") are given one."""
    english = {}
    with translation.override("en"):
        for model in admin.site._registry:
            english[model] = (
                str(apps.get_app_config(model._meta.app_label).verbose_name),
                str(model._meta.verbose_name_plural),
            )
    same = []
    with translation.override(language):
        for model, (app_name, plural) in english.items():
            names = (
                str(apps.get_app_config(model._meta.app_label).verbose_name),
                str(model._meta.verbose_name_plural),
            )
            same += [
                n
                for n, e in zip(names, (app_name, plural), strict=True)
                if n == e and not _explicitly_same(language, e)
            ]
    assert sorted(set(same) - {"Pansocial"}) == []
