import pytest
from playwright.sync_api import expect

# Serialized rollback restores what the data migrations loaded after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_accessible_at_320px_and_keyboard_skip_link(page, live_server, axe_check):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + "/")
    expect(page.locator("h1").first).to_be_visible()
    # No horizontal scrolling at 320 px.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.bounding_box()["x"] >= 0
    axe_check(page)


def test_language_switch_without_javascript_keeps_page(browser, live_server):
    context = browser.new_context(java_script_enabled=False, locale="es-ES")
    page = context.new_page()
    try:
        page.goto(live_server.url + "/gcm/objectives/7/")
        page.get_by_role("button", name="Português").click()
        expect(page).to_have_url(live_server.url + "/pt/gcm/objectives/7/")
        expect(page.locator("html")).to_have_attribute("lang", "pt")
        page.get_by_role("button", name="Español").click()
        expect(page).to_have_url(live_server.url + "/gcm/objectives/7/")
        expect(page.locator("html")).to_have_attribute("lang", "es")
        page.get_by_role("button", name="Français").click()
        expect(page).to_have_url(live_server.url + "/fr/gcm/objectives/7/")
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        page.get_by_role("button", name="English").click()
        expect(page).to_have_url(live_server.url + "/en/gcm/objectives/7/")
    finally:
        context.close()
