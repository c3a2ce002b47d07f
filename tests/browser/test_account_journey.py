"""A newcomer signs up, confirms the address from the outbox, signs in, reads the site in
Portuguese and comes back to Spanish; every page passes axe-core."""

import pytest
from playwright.sync_api import expect

from pansocial.account.models import User

# Serialized rollback restores what the data migrations loaded after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_signup_verify_login_and_switch_language(page, live_server, axe_check, outbox_link):
    page.goto(live_server.url + "/")
    axe_check(page)
    page.get_by_role("link", name="Crear cuenta").click()
    expect(page).to_have_url(live_server.url + "/account/signup/")
    axe_check(page)

    page.get_by_label("Su nombre").fill("Rosa Quispe")
    page.get_by_label("Correo electrónico").fill("rosa@example.org")
    page.get_by_label("Contraseña", exact=True).fill("una frase larga 2026")
    page.get_by_label("Repita la contraseña").fill("otra frase distinta")
    page.get_by_label("He leído el aviso").check()
    page.get_by_role("button", name="Crear cuenta").click()
    # Bad input: a clear message, what was typed is kept, nothing is created.
    expect(page.get_by_text("Las dos contraseñas no coinciden.", exact=True)).to_be_visible()
    assert page.get_by_label("Su nombre").input_value() == "Rosa Quispe"
    assert User.objects.count() == 0
    axe_check(page)

    page.get_by_label("Contraseña", exact=True).fill("una frase larga 2026")
    page.get_by_label("Repita la contraseña").fill("una frase larga 2026")
    page.get_by_label("He leído el aviso").check()
    page.get_by_role("button", name="Crear cuenta").click()
    expect(page.get_by_role("heading", name="Confirme su correo electrónico")).to_be_visible()
    axe_check(page)

    page.goto(live_server.url + outbox_link("rosa@example.org", "/verify/"))
    expect(page.get_by_text("Su correo está confirmado.")).to_be_visible()
    expect(page).to_have_url(live_server.url + "/account/signin/")
    axe_check(page)

    main = page.locator("main")
    main.get_by_label("Correo electrónico").first.fill("rosa@example.org")
    main.get_by_label("Contraseña", exact=True).fill("una frase larga 2026")
    main.get_by_role("button", name="Iniciar sesión", exact=True).click()
    # Signing in lands on the personal home; the profile stays a page of its own.
    expect(page).to_have_url(live_server.url + "/my/")
    expect(page.get_by_role("heading", name="Mi espacio", exact=True)).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Mi perfil y la configuración de la cuenta").click()
    expect(page).to_have_url(live_server.url + "/account/")
    expect(page.get_by_role("heading", name="Mi cuenta", exact=True)).to_be_visible()

    page.get_by_role("button", name="Português").click()
    expect(page).to_have_url(live_server.url + "/pt/account/")
    expect(page.get_by_role("heading", name="Minha conta", exact=True)).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "pt"
    axe_check(page)

    page.get_by_role("button", name="Español").click()
    expect(page).to_have_url(live_server.url + "/account/")
    expect(page.get_by_role("heading", name="Mi cuenta", exact=True)).to_be_visible()
    assert User.objects.get().email_verified_at is not None
