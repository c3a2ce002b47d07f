"""Property-based fuzzing of every public and member form (issue 8).

Each form is found on the pages a visitor and a member contact see (so a form added to
those pages is fuzzed without changing this file); Hypothesis fills its visible fields
with hostile text — control characters, right-to-left overrides, zero-width characters,
emoji, 100,000 characters, huge and odd numbers — and posts it. No answer may be a server
error, and afterwards every page, feed and export still renders.

Deterministic (``derandomize``) and bounded: a few examples per form.
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pansocial.membership.tests.factories import ContactFactory
from pansocial.practice.tests.factories import PracticeFactory, PublishedPracticeFactory
from pansocial.practice.tests.factories import reference as load_reference

pytestmark = pytest.mark.django_db

EXAMPLES = 6
# Forms a fuzzer must not submit: they end the session, delete the account or end the
# membership under test (the pages checked afterwards would rightly be forbidden).
SKIPPED_ACTIONS = ("/signout/", "/delete/", "/i18n/setlang/", "/withdraw/", "/remove_contact/")

HOSTILE = [
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x9f",
    "\ufffe",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u200b",  # zero width space
    "\u200d",
    "\ufeff",
    "👩\u200d👩\u200d👧",
    "🏳️‍🌈",
    "مرحبا",
    "99999999999999999999",
    "-99999999999999999999",
    "1e309",
    "NaN",
    "0",
    "-1",
    '=HYPERLINK("http://x")',
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "\r\n",
    "\t",
    "a@b",
]

hostile_text = st.one_of(
    st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6).map("".join),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.integers(min_value=2**63 - 2, max_value=10**30).map(str),
    st.integers(min_value=-(10**30), max_value=-(2**63)).map(str),
    st.just("ñ" * 100_000),
)


class _Forms(HTMLParser):
    """The forms of a page: method, action, and fields with their current values."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {
                "method": (attrs.get("method") or "get").lower(),
                "action": attrs.get("action") or "",
                "hidden": {},
                "visible": {},
            }
            self.forms.append(self._form)
        elif self._form is None or not attrs.get("name"):
            return
        elif tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind == "hidden":
                self._form["hidden"][attrs["name"]] = attrs.get("value", "")
            else:
                self._form["visible"].setdefault(attrs["name"], attrs.get("value", ""))
        elif tag == "textarea" or tag == "select":
            self._form["visible"][attrs["name"]] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def _forms(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    parser = _Forms()
    parser.feed(response.content.decode())
    found = []
    for form in parser.forms:
        action = form["action"] or path
        if not form["visible"] or any(skip in action for skip in SKIPPED_ACTIONS):
            continue
        found.append({**form, "action": urlsplit(action).path or path})
    return found


def _fuzz(client, form):
    names = sorted(form["visible"])

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.fixed_dictionaries(dict.fromkeys(names, hostile_text)))
    def post(values):
        data = {**form["hidden"], **values}
        if form["method"] == "post":
            response = client.post(form["action"], data)
        else:
            response = client.get(form["action"], data)
        assert response.status_code < 500, (form["action"], values)

    post()


@pytest.fixture
def world(db, settings):
    settings.RATELIMIT_ENABLE = False
    load_reference()
    contact = ContactFactory(organisation__status="member")
    draft = PracticeFactory(submitter=contact.user, title="Borrador")
    published = PublishedPracticeFactory(title="Publicada", objectives=[7])
    return {"member": contact.user, "org": contact.organisation, "draft": draft, "pub": published}


VISITOR_PAGES = [
    "/en/",
    "/en/members/",
    "/en/practices/",
    "/en/account/signin/",
    "/en/account/signin/link/",
    "/en/account/signup/",
    "/en/account/password/",
    "/en/account/verify/",
]


def _member_pages(world):
    return [
        "/en/account/",
        "/en/members/apply/",
        f"/en/members/o/{world['org'].pk}/manage/",
        "/en/practices/new/",
        f"/en/practices/{world['draft'].pk}/edit/",
    ]


def _everything_renders(client, world):
    pages = [
        "/",
        "/en/",
        "/fr/members/",
        "/en/members/coverage/",
        "/pt/members/coverage/",
        "/en/tables/",
        "/en/tables/representation/",
        "/en/gcm/",
        "/en/gcm/objectives/7/",
        "/en/practices/",
        "/en/practices/feed/rss/",
        "/en/practices/feed/atom/",
        "/en/practices/export/hub.json",
        "/en/practices/export/hub.csv",
        "/en/practices/export/list.xlsx",
        f"/en/practices/{world['pub'].pk}/",
        f"/en/members/o/{world['org'].pk}/",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)


def test_public_forms_fuzzed_never_fail(client, world):
    forms = [form for path in VISITOR_PAGES for form in _forms(client, path)]
    assert len(forms) >= 6
    for form in forms:
        _fuzz(client, form)
    _everything_renders(client, world)


def test_member_forms_fuzzed_never_fail(client, world):
    client.force_login(world["member"])
    forms = [form for path in _member_pages(world) for form in _forms(client, path)]
    assert len(forms) >= 5
    for form in forms:
        _fuzz(client, form)
        client.force_login(world["member"])  # a form may sign the person out
    for path in [*_member_pages(world), "/en/account/data/", "/en/practices/mine/"]:
        response = client.get(path)
        assert response.status_code in (200, 302), (path, response.status_code)
    _everything_renders(client, world)
    client.logout()
    _everything_renders(client, world)
