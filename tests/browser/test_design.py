"""The design system's shared pieces in a browser (issue 10, items 3, 8, 9, 10): the sign-in
page has no duplicate ids, a destructive action asks for confirmation on its own page
(cancel changes nothing, confirm acts), a long form's error summary takes the focus and
its links reach the fields; axe-clean at 1280 and 375 px."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from pansocial.account.tests.factories import UserFactory
from pansocial.membership.tests.factories import ContactFactory, OrganisationFactory
from pansocial.practice.tests.factories import reference
from pansocial.table.models import Table, TableMembership

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
WIDTHS = (1280, 375)


def _sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def _axe_at_both_widths(page, axe_check):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        axe_check(page)


def test_sign_in_page_axe_clean_without_duplicate_ids(page, live_server, axe_check):
    page.goto(live_server.url + "/account/signin/")
    _axe_at_both_widths(page, axe_check)
    assert page.locator("#signin-email").count() == 1
    assert page.locator("#link-email").count() == 1


def _member_of_table(page, live_server):
    table = Table.objects.get(slug="mt1")
    org = OrganisationFactory(name="Red Sin Fronteras")
    TableMembership.objects.create(table=table, organisation=org)
    person = ContactFactory(organisation=org, user=UserFactory(full_name="Rosa Red")).user
    _sign_in(page, live_server, person)
    return table, org, f"{live_server.url}/members/o/{org.pk}/manage/"


def test_leave_table_confirmation_page_and_dialog(page, live_server, axe_check):
    table, org, manage = _member_of_table(page, live_server)
    page.goto(manage)
    _axe_at_both_widths(page, axe_check)

    # The confirmation is a page of its own (what a link leads to without JavaScript).
    page.goto(f"{manage}leave/?table={table.pk}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"¿Salir de {table.name}?")
    _axe_at_both_widths(page, axe_check)
    page.get_by_role("link", name="Cancelar y volver").click()
    expect(page).to_have_url(manage)

    # With JavaScript the same page opens in a dialog; Cancel closes it, nothing changes.
    page.get_by_role("link", name=f"Salir {table.name}").click()
    dialog = page.get_by_role("dialog", name=f"¿Salir de {table.name}?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Esto es lo que ocurrirá:")
    _axe_at_both_widths(page, axe_check)
    dialog.get_by_role("link", name="Cancelar y volver").click()
    expect(dialog).to_be_hidden()
    expect(page).to_have_url(manage)
    assert TableMembership.objects.filter(organisation=org, left_at__isnull=True).count() == 1

    page.get_by_role("link", name=f"Salir {table.name}").click()
    page.get_by_role("dialog").get_by_role("button", name="Salir de la mesa").click()
    expect(page).to_have_url(manage)
    expect(page.locator(".messages")).to_contain_text("La organización salió de la mesa.")
    assert not TableMembership.objects.filter(organisation=org, left_at__isnull=True).exists()


def test_leave_table_confirmation_without_javascript(page, live_server):
    context = page.context.browser.new_context(java_script_enabled=False, locale="es-ES")
    plain = context.new_page()
    table, org, manage = _member_of_table(plain, live_server)
    plain.goto(manage)
    plain.get_by_role("link", name=f"Salir {table.name}").click()
    expect(plain).to_have_url(f"{manage}leave/?table={table.pk}")
    plain.get_by_role("button", name="Salir de la mesa").click()
    expect(plain).to_have_url(manage)
    expect(plain.locator(".messages")).to_contain_text("La organización salió de la mesa.")
    assert not TableMembership.objects.filter(organisation=org, left_at__isnull=True).exists()
    context.close()


def test_error_summary_takes_focus_and_links_reach_fields(page, live_server, axe_check):
    reference()
    _sign_in(page, live_server, UserFactory())
    page.goto(live_server.url + "/practices/new/")
    page.get_by_role("button", name="Enviar a revisión").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Hay un problema")
    _axe_at_both_widths(page, axe_check)

    summary.get_by_role("link", name="Título: Este campo es obligatorio.").click()
    expect(page.locator("#id_title")).to_be_focused()
    summary.get_by_role("link", name="Objetivos del PMM: Este campo es obligatorio.").click()
    expect(page.locator("#id_objectives_0")).to_be_focused()
