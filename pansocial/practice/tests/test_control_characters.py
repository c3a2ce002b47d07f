"""Issue 8, item 4: control characters never reach the feeds and exports: forms drop them
(pansocial.common.text) and feeds and exports render what was stored before."""

import io
from xml.dom import minidom

import pytest
from openpyxl import load_workbook

from pansocial.membership.tests.conftest import en
from pansocial.practice.models import Practice
from pansocial.practice.tests.factories import PublishedPracticeFactory, reference

pytestmark = pytest.mark.django_db

DIRTY = "Casa\x01 del\x1b Migrante\x7f\x85\ufffe"


def test_practice_form_post_stores_clean_title(client, user_factory):
    from pansocial.practice.tests.test_submission import _data

    reference()
    client.force_login(user_factory())
    data = _data(title="Ventanilla\x01 única\x1b")
    post = {
        **{k: v for k, v in data.items() if k not in ("countries", "objectives")},
        "start_date": "2021-05-01",
        "countries": [c.pk for c in data["countries"]],
        "objectives": [o.pk for o in data["objectives"]],
        "primary_objectives": [o.pk for o in data["primary_objectives"]],
        "impl-TOTAL_FORMS": "1",
        "impl-INITIAL_FORMS": "0",
        "impl-MIN_NUM_FORMS": "0",
        "impl-MAX_NUM_FORMS": "10",
        "impl-0-name": "Alcaldía\x02",
        "impl-0-implementer_type": "local_government",
    }
    response = client.post(en("practice:create"), post)
    assert response.status_code == 302, response.content.decode()[:2000]
    practice = Practice.objects.get()
    assert practice.title == "Ventanilla única"
    assert list(practice.implementers.values_list("name", flat=True)) == ["Alcaldía"]


@pytest.fixture
def stored(db):
    """A published practice saved before input was cleaned (straight into the database)."""
    reference()
    return PublishedPracticeFactory(title=DIRTY, summary="Resumen\x02\x03", partners="=1+1")


@pytest.mark.parametrize("feed", ["practice:feed-rss", "practice:feed-atom"])
def test_feed_renders_stored_control_characters(client, stored, feed):
    response = client.get(en(feed))
    assert response.status_code == 200
    document = minidom.parseString(response.content)  # noqa: S318 - our own feed
    titles = [node.firstChild.data for node in document.getElementsByTagName("title")]
    assert "Casa del Migrante" in titles


@pytest.mark.parametrize("feed", ["practice:feed-rss", "practice:feed-atom"])
def test_feed_renders_control_characters_in_query(client, stored, feed):
    response = client.get(en(feed), {"q": "\x01casa\x02"})
    assert response.status_code == 200
    minidom.parseString(response.content)  # noqa: S318 - our own feed


@pytest.mark.parametrize("kind", ["hub", "list"])
def test_practice_xlsx_export_renders_stored_control_characters(client, stored, kind):
    response = client.get(en("practice:list-export", kind=kind, fmt="xlsx"))
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    header, row = rows[0], rows[1]
    assert row[header.index("title")] == "Casa del Migrante"
    if kind == "hub":
        assert row[header.index("partners")] == "'=1+1"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_practice_text_exports_render_stored_control_characters(client, stored, fmt):
    response = client.get(en("practice:list-export", kind="hub", fmt=fmt))
    assert response.status_code == 200
    assert "Casa" in response.content.decode()
