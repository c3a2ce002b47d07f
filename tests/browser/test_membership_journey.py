"""An organisation applies, the table's secretary accepts it, and it appears in the public
directory and on the coverage dashboard. Every page passes axe-core."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from pansocial.account.tests.factories import UserFactory
from pansocial.mail.models import OutboundEmail
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
    UserFactory(email="lider@example.org", full_name="Marta Ríos", preferred_language="pt")
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
    page.get_by_label("Nombre de la organización").fill("Asociación São Tomé y Príncipe")
    page.get_by_label("País de la sede").select_option(label="Guatemala")
    page.get_by_label("Grupo de partes interesadas principal").select_option(label="Migrantes")
    page.get_by_label("Ámbito de trabajo").select_option("regional")
    page.get_by_label("Descripción breve").fill("Acompaña a personas en tránsito.")
    page.get_by_role("button", name="Enviar la solicitud").click()
    # Missing table and consent: clear messages, what was typed is kept.
    expect(page.get_by_text("Elija al menos una mesa de trabajo.", exact=True)).to_be_visible()
    assert (
        page.get_by_label("Nombre de la organización").input_value()
        == "Asociación São Tomé y Príncipe"
    )
    assert Organisation.objects.count() == 0
    axe_check(page)
    page.get_by_role("checkbox", name=Table.objects.get(slug="mt3").name_es).check()
    page.get_by_role("checkbox", name="Actúo en nombre de esta organización").check()
    page.get_by_role("button", name="Enviar la solicitud").click()
    expect(page).to_have_url(live_server.url + "/members/mine/")
    expect(page.get_by_text("Solicitud pendiente")).to_be_visible()
    axe_check(page)

    page.context.clear_cookies()
    sign_in(page, live_server, "secretaria@example.org")
    page.goto(live_server.url + "/members/review/")
    axe_check(page)
    page.get_by_role("link", name="Asociación São Tomé y Príncipe").click()
    axe_check(page)
    page.get_by_label("Aceptar").check()
    page.get_by_role("button", name="Registrar la decisión").click()
    expect(page.get_by_text("La decisión quedó registrada")).to_be_visible()
    assert "/members/o/" in outbox_link("lider@example.org")
    accepted = OutboundEmail.objects.get(kind="membership.accepted")
    assert accepted.language == "pt"
    assert accepted.subject == "Asociación São Tomé y Príncipe agora é membro do mecanismo"

    page.context.clear_cookies()
    page.goto(live_server.url + "/members/")
    page.get_by_label("País").select_option(label="Guatemala")
    page.get_by_role("button", name="Filtrar").click()
    expect(page.get_by_role("link", name="Asociación São Tomé y Príncipe")).to_be_visible()
    page.get_by_label("Grupo de partes interesadas").select_option(label="Migrantes")
    page.get_by_role("button", name="Filtrar").click()
    expect(page.get_by_role("link", name="Asociación São Tomé y Príncipe")).to_be_visible()
    page.get_by_label("Grupo de partes interesadas").select_option(label="Círculos académicos")
    page.get_by_role("button", name="Filtrar").click()
    expect(page.get_by_text("Ninguna organización coincide con estos filtros.")).to_be_visible()
    page.goto(live_server.url + "/members/?q=asociacion+sao+tome")
    expect(page.get_by_role("link", name="Asociación São Tomé y Príncipe")).to_be_visible()
    assert "lider@example.org" not in page.content()
    axe_check(page)
    page.goto(live_server.url + "/members/coverage/")
    expect(page.get_by_role("heading", name="Cobertura de la región")).to_be_visible()
    axe_check(page)
    page.goto(live_server.url + "/tables/mt3/")
    expect(page.get_by_role("link", name="Asociación São Tomé y Príncipe")).to_be_visible()
    axe_check(page)
    page.goto(live_server.url + "/tables/representation/")
    axe_check(page)


def test_application_form_warns_of_duplicates_while_typing(page, live_server, axe_check):
    from pansocial.membership.tests.factories import OrganisationFactory
    from pansocial.reference.models import Country

    OrganisationFactory(name="Red Jesuita con Migrantes", country=Country.objects.get(code="GT"))
    UserFactory(email="nueva@example.org")
    sign_in(page, live_server, "nueva@example.org")
    page.goto(live_server.url + "/members/apply/")
    page.get_by_label("País de la sede").select_option(label="Guatemala")
    page.get_by_label("Nombre de la organización").fill("red jesuíta con migrantes")
    page.get_by_label("Sigla").focus()  # leaving the field fires the check
    hint = page.get_by_role("heading", name="¿Su organización ya está aquí?")
    hint.wait_for()
    expect(page.get_by_role("link", name="Red Jesuita con Migrantes")).to_be_visible()
    assert Organisation.objects.count() == 1
    axe_check(page)


def test_duplicate_hint_does_not_name_pending_applications(page, live_server):
    from pansocial.membership.tests.factories import OrganisationFactory
    from pansocial.reference.models import Country

    OrganisationFactory(
        name="Red Jesuita con Migrantes",
        country=Country.objects.get(code="GT"),
        status=Organisation.Status.PENDING,
        member_since=None,
    )
    UserFactory(email="nueva@example.org")
    sign_in(page, live_server, "nueva@example.org")
    page.goto(live_server.url + "/members/apply/")
    page.get_by_label("País de la sede").select_option(label="Guatemala")
    page.get_by_label("Nombre de la organización").fill("red jesuíta con migrantes")
    page.get_by_label("Sigla").focus()
    expect(
        page.get_by_text("Hay una solicitud pendiente con un nombre similar para este país.")
    ).to_be_visible()
    assert "Red Jesuita con Migrantes" not in page.locator("#duplicates").inner_text()


def test_contact_invites_a_colleague_who_accepts(page, live_server, axe_check, outbox_link):
    from pansocial.membership.models import Contact
    from pansocial.membership.tests.factories import ContactFactory, OrganisationFactory

    org = OrganisationFactory(name="Red Sin Fronteras")
    ContactFactory(organisation=org, user=UserFactory(email="red@example.org"))
    colleague = UserFactory(email="colega@example.org", full_name="Clara Colega")

    sign_in(page, live_server, "red@example.org")
    page.goto(live_server.url + f"/members/o/{org.pk}/manage/")
    page.get_by_label("Dirección de correo electrónico de la persona").fill("colega@example.org")
    page.get_by_role("button", name="Invitar a un contacto").click()
    expect(page.get_by_text("Se ha enviado una invitación a colega@example.org.")).to_be_visible()
    expect(page.get_by_role("heading", name="Invitaciones en espera de respuesta")).to_be_visible()
    assert not Contact.objects.filter(user=colleague).exists()
    axe_check(page)

    page.context.clear_cookies()
    sign_in(page, live_server, "colega@example.org")
    page.goto(live_server.url + outbox_link("colega@example.org", "/invitation/"))
    expect(page.get_by_text("Se le invita a actuar en nombre de Red Sin Fronteras")).to_be_visible()
    axe_check(page)
    page.get_by_role("button", name="Aceptar la invitación").click()
    expect(page).to_have_url(live_server.url + "/members/mine/")
    expect(page.get_by_role("link", name="Red Sin Fronteras")).to_be_visible()
    assert Contact.objects.filter(user=colleague, organisation=org).exists()
