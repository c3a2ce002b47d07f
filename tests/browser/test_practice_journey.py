"""Good-practice journey: a Portuguese submission is reviewed by someone from another
organisation, published by a facilitator and found by a visitor through search and facets."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from pansocial.account.tests.factories import UserFactory
from pansocial.practice.models import Practice, State
from pansocial.practice.tests.factories import contact, facilitator, organisation, reference
from pansocial.reference.models import Country, Objective

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"

# Serialized rollback restores what the data migrations loaded after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_practice_submitted_in_portuguese_reviewed_published_and_found(
    page, live_server, axe_check
):
    reference()
    implementing = organisation("Associação Acolher", country="BR")
    submitter = UserFactory(full_name="Joana Submissora", preferred_language="pt")
    contact(submitter, implementing)
    reviewer = UserFactory(full_name="Rita Revisora", email="rita@example.org")
    contact(reviewer, organisation("Red Jesuita", country="CO"))
    curator = facilitator(UserFactory(full_name="Fabio Facilitador"))
    brazil = Country.objects.get(code="BR")
    objective = Objective.objects.get(number=16)

    # 1. The submitter fills the form in Portuguese and submits it.
    _sign_in(page, live_server, submitter)
    page.goto(f"{live_server.url}/pt/practices/new/")
    axe_check(page)
    page.fill("#id_title", "Acolhida humanitária de famílias venezuelanas em Roraima")
    page.fill("#id_summary", "Abrigos e interiorização voluntária para famílias migrantes.")
    page.fill("#id_description", "A operação oferece abrigo, documentação e emprego às famílias.")
    page.select_option("#id_practice_type", "programme")
    page.select_option("#id_language", "pt")
    page.fill("#id_impl-0-name", "Associação Acolher")
    page.select_option("#id_impl-0-implementer_type", "cso")
    page.select_option("#id_impl-0-organisation", str(implementing.pk))
    page.select_option("#id_geographic_scope", "national")
    page.select_option("#id_countries", [str(brazil.pk)])
    page.fill("#id_start_date", "2019-04-01")
    page.check("#id_ongoing")
    page.check(f"input[name=objectives][value='{objective.pk}']")
    page.check(f"input[name=primary_objectives][value='{objective.pk}']")
    page.fill("#id_contact_name", "Joana Submissora")
    page.fill("#id_contact_email", "joana@example.org")
    page.click("button[name=submit]")
    practice = Practice.objects.get()
    expect(page).to_have_url(f"{live_server.url}/pt/practices/{practice.pk}/")
    assert practice.state == State.SUBMITTED
    axe_check(page)

    # 1b. She adds a report (still editable while submitted); only she may download it.
    page.goto(f"{live_server.url}/pt/practices/{practice.pk}/edit/")
    page.set_input_files(
        "#id_file", files=[{"name": "relatório.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.click("form[enctype='multipart/form-data'] button[type=submit]")
    link = page.get_by_role("link", name="relatório.pdf", exact=True)
    expect(link).to_be_visible()
    file_url = live_server.url + link.get_attribute("href")
    assert page.request.get(file_url).body() == PDF
    page.context.clear_cookies()
    assert page.request.get(file_url).status == 404

    # 2. A facilitator opens the review round and assigns a reviewer from another organisation.
    _sign_in(page, live_server, curator)
    page.goto(f"{live_server.url}/practices/{practice.pk}/manage/")
    axe_check(page)
    page.click("form:has(input[value=open]) button")
    page.fill("#id_assign-email", "rita@example.org")
    page.click("form:has(input[value=assign]) button")
    assert page.locator("tbody th", has_text="Rita Revisora").count() == 1
    axe_check(page)

    # 3. The reviewer scores every criterion.
    _sign_in(page, live_server, reviewer)
    page.goto(f"{live_server.url}/practices/{practice.pk}/review/")
    axe_check(page)
    for slug in (
        "relevance",
        "coherence",
        "innovation",
        "replicability",
        "cross_cutting",
        "currency",
    ):
        page.check(f"input[name=score_{slug}][value='4']")
        page.fill(f"#id_comment_{slug}", "Sólida.")
    page.click("form.review-form button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/practices/mine/")

    # 4. The facilitator decides: eligible, published.
    _sign_in(page, live_server, curator)
    page.goto(f"{live_server.url}/practices/{practice.pk}/manage/")
    page.check("input[name=decide-outcome][value=eligible]")
    page.click("form:has(input[value=decide]) button")
    practice.refresh_from_db()
    assert practice.state == State.ELIGIBLE
    axe_check(page)

    # 5. A visitor finds it by combining two facets ...
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/practices/")
    page.locator("details.facet").nth(0).locator("summary").click()
    page.check(f"input[name=objective][value='{objective.number}']")
    page.locator("details.facet:has(input[name=country]) summary").click()
    page.check("input[name=country][value=BR]")
    page.click(".facets > button[type=submit]")
    expect(page).to_have_url(re.compile(r"/practices/\?(.+&)?objective=16(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]country=BR(&|$)"))
    assert page.locator(".practice-card h3").all_inner_texts() == [
        "Acolhida humanitária de famílias venezuelanas em Roraima"
    ]
    axe_check(page)
    page.click(f"text={practice.title}")
    assert "joana@example.org" not in page.content()
    axe_check(page)
    download = page.request.get(file_url)
    assert download.status == 200
    assert download.body() == PDF
    assert download.headers["content-disposition"] == (
        "attachment; filename*=utf-8''relat%C3%B3rio.pdf"
    )
    assert download.headers["x-content-type-options"] == "nosniff"

    # ... and with an accent-less, differently inflected Spanish word.
    page.goto(f"{live_server.url}/practices/")
    page.fill("#id_q", "familia")
    page.click(".search-row button[type=submit]")
    assert page.locator(".practice-card h3").all_inner_texts() == [
        "Acolhida humanitária de famílias venezuelanas em Roraima"
    ]
    axe_check(page)
