import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from pansocial.reference import sections
from pansocial.reference.models import Objective, Principle

pytestmark = pytest.mark.django_db


@pytest.fixture
def attach():
    """Register renderers for one test only."""
    added = []

    def attach(model, render, **options):
        sections.register(model, render, **options)
        added.append((model, render))

    yield attach
    for model, render in added:
        sections.unregister(model, render)


@pytest.fixture
def no_sections(monkeypatch):
    monkeypatch.setattr(sections, "_registry", [])


def render_pledges(obj, request=None):
    return format_html(
        '<section class="test-pledges"><h2>Pledges</h2><p>Pledges for {}</p></section>', obj
    )


def render_nothing(obj, request=None):
    return ""


def test_section_registered_in_test_appears_on_objective_page(client, attach):
    attach(Objective, render_pledges)
    html = client.get(reverse("reference:objective", args=[7])).content.decode()
    assert '<section class="test-pledges">' in html
    assert "Pledges for 7. Reducir vulnerabilidades" in html


def test_section_for_objectives_not_on_principle_page(client, attach):
    attach(Objective, render_pledges)
    html = client.get(reverse("reference:principle", args=["human-rights"])).content.decode()
    assert "test-pledges" not in html


def test_section_on_principle_page(client, attach):
    attach(Principle, render_pledges)
    html = client.get(reverse("reference:principle", args=["human-rights"])).content.decode()
    assert "Pledges for Derechos humanos" in html


def test_objective_page_without_sections_shows_empty_state(client, no_sections):
    response = client.get("/en/gcm/objectives/7/")
    html = response.content.decode()
    assert response.context["sections"] == []
    assert "Nothing is attached to this objective yet." in html


def test_principle_page_without_sections_shows_empty_state(client, no_sections):
    html = client.get("/en/gcm/principles/human-rights/").content.decode()
    assert "Nothing is attached to this guiding principle yet." in html


def test_render_all_keeps_registration_order_and_skips_empty(no_sections):
    def first(obj, request=None):
        return "<section>first</section>"

    def second(obj, request=None):
        return "<section>second</section>"

    sections.register(Objective, first)
    sections.register(Objective, render_nothing)
    sections.register(Objective, second)
    sections.register(Objective, first)  # a second registration is ignored
    rendered = sections.render_all(Objective.objects.get(number=1))
    assert rendered == ["<section>first</section>", "<section>second</section>"]


def test_section_stylesheets_linked_in_head(client, attach):
    attach(Objective, render_pledges, stylesheets=["practice/practice.css"])
    html = client.get(reverse("reference:objective", args=[7])).content.decode()
    head = html.split("</head>")[0]
    assert 'href="/static/practice/practice.css"' in head


def test_practice_registration_happened_at_startup():
    from pansocial.practice import sections as practice_sections

    for obj in (Objective.objects.get(number=7), Principle.objects.get(slug="human-rights")):
        renders = [r.render for r in sections.registrations(obj)]
        assert practice_sections.render in renders


def test_practice_section_on_objective_page(client):
    html = client.get("/en/gcm/objectives/7/").content.decode()
    expected = render_to_string(
        "practice/_section.html",
        {"practices": [], "more_url_query": "objective=7", "total": 0},
    )
    assert "practice-attachment" in expected
    assert '<section class="practice-attachment">' in html
    assert "Nothing is attached to this objective yet." not in html
