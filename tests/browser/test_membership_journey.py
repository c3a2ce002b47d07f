"""An organisation applies, the table's secretary accepts it, and it appears in the public
directory and on the coverage dashboard. Every page passes axe-core."""

import pytest
from django.utils import timezone

from pansocial.account.tests.factories import UserFactory
from pansocial.membership.models import Organisation
from pansocial.table.models import Mandate, Position, Table

# Serialized rollback restores what the data migrations loaded after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PASSWORD = "correct horse battery"


def sign_in(page, live_server, email):
    page.goto(live_server.url + "/account/signin/")
    main = page.locator("main")
    main.get_by_label("Correo electrónico").first.fill(email)
    main.get_by_label("Contraseña", exact=True).fill(PASSWORD)
    main.get_by_role("button", name="Iniciar sesión", exact=True).click()


def test_apply_review_and_find_in_directory(page, live_server, axe_check, outbox_link):
    UserFactory(email="lider@example.org", full_name="Marta Ríos")
    secretary = UserFactory(email="secretaria@example.org", full_name="Sara Secretaria")
    Mandate.objects.create(
        table=Table.objects.get(slug="mt3"),
        user=secretary,
        position=Position.SECRETARY,
        starts_on=timezone.localdate(),
    )

    sign_in(page, live_server, "lider@example.org")
    page.goto(live_server.url + "/members/apply/")
    axe_check(page)
    page.get_by_label("Nombre de la organización").fill("Colectivo Frontera Sur")
    page.get_by_label("País de la sede").select_option(label="Guatemala")
    page.get_by_label("Grupo de partes interesadas principal").select_option(index=1)
    page.get_by_label("Ámbito de trabajo").select_option("regional")
    page.get_by_label("Descripción breve").fill("Acompaña a personas en tránsito.")
    page.get_by_role("button", name="Enviar la solicitud").click()
    # Missing table and consent: clear messages, what was typed is kept.
    assert page.get_by_text("Elige al menos una mesa de trabajo.").is_visible()
    assert page.get_by_label("Nombre de la organización").input_value() == "Colectivo Frontera Sur"
    assert Organisation.objects.count() == 0
    axe_check(page)
    page.get_by_role("checkbox", name=Table.objects.get(slug="mt3").name_es).check()
    page.get_by_role("checkbox", name="Actúo en nombre de esta organización").check()
    page.get_by_role("button", name="Enviar la solicitud").click()
    assert page.url == live_server.url + "/members/mine/"
    assert page.get_by_text("Solicitud pendiente").is_visible()
    axe_check(page)

    page.context.clear_cookies()
    sign_in(page, live_server, "secretaria@example.org")
    page.goto(live_server.url + "/members/review/")
    axe_check(page)
    page.get_by_role("link", name="Colectivo Frontera Sur").click()
    axe_check(page)
    page.get_by_label("Aceptar").check()
    page.get_by_role("button", name="Registrar la decisión").click()
    assert page.get_by_text("La decisión quedó registrada").is_visible()
    assert "/members/o/" in outbox_link("lider@example.org")

    page.context.clear_cookies()
    page.goto(live_server.url + "/members/?q=frontera")
    assert page.get_by_role("link", name="Colectivo Frontera Sur").is_visible()
    assert "lider@example.org" not in page.content()
    axe_check(page)
    page.goto(live_server.url + "/members/coverage/")
    assert page.get_by_role("heading", name="Cobertura de la región").is_visible()
    axe_check(page)
    page.goto(live_server.url + "/tables/mt3/")
    assert page.get_by_role("link", name="Colectivo Frontera Sur").is_visible()
    axe_check(page)
    page.goto(live_server.url + "/tables/representation/")
    axe_check(page)
