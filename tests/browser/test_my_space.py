"""Every role finds its work: after signing in, each person lands on their personal home
("Mi espacio"), sees what waits for them (with the count in the navigation) and completes
it — the table officer an application, the reviewer a practice — and a visitor who wants
to apply is led through sign-up, e-mail confirmation and sign-in back to the form."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from pansocial.account.tests.factories import UserFactory
from pansocial.mail.models import OutboundEmail
from pansocial.membership import domain as membership
from pansocial.membership.models import Organisation
from pansocial.practice.models import ReviewerAssignment, ReviewRound
from pansocial.practice.tests.factories import PracticeFactory, facilitator
from pansocial.reference.models import Country, StakeholderGroup
from pansocial.table.models import Mandate, Position, Table

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PASSWORD = "correct horse battery"
CRITERIA = ("relevance", "coherence", "innovation", "replicability", "cross_cutting", "currency")


def sign_in(page, live_server, email):
    page.context.clear_cookies()
    page.goto(live_server.url + "/account/signin/")
    main = page.locator("main")
    main.get_by_label("Correo electrónico").first.fill(email)
    main.get_by_label("Contraseña", exact=True).fill(PASSWORD)
    main.get_by_role("button", name="Iniciar sesión", exact=True).click()
    expect(page).to_have_url(live_server.url + "/my/")


def pending_badge(page):
    return page.locator(".account-nav .pending-count")


def test_officer_and_reviewer_land_on_my_space_and_complete_their_work(
    page, live_server, axe_check
):
    mt3 = Table.objects.get(slug="mt3")
    officer = UserFactory(email="secretaria@example.org", full_name="Sara Secretaria")
    Mandate.objects.create(
        table=mt3, user=officer, position=Position.SECRETARY, starts_on=timezone.localdate()
    )
    applicant = UserFactory(email="lider@example.org", full_name="Marta Ríos")
    membership.apply(
        applicant=applicant,
        name="Colectivo Frontera Sur",
        country=Country.objects.get(code="GT"),
        primary_group=StakeholderGroup.objects.get(slug="migrants"),
        tables_applied_for=[mt3],
    )
    # The officer was told by e-mail, in their language.
    told = OutboundEmail.objects.get(kind="membership.application_for_table")
    assert (told.to_email, told.language) == ("secretaria@example.org", "es")

    # Table officer: the application waits on their home; they accept it.
    sign_in(page, live_server, "secretaria@example.org")
    expect(page.get_by_role("heading", name="Mi espacio", exact=True)).to_be_visible()
    expect(pending_badge(page)).to_have_text("1 acción pendiente para usted")
    expect(
        page.get_by_role("heading", name="Solicitudes pendientes de su decisión")
    ).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Colectivo Frontera Sur").click()
    organisation = Organisation.objects.get(name="Colectivo Frontera Sur")
    expect(page).to_have_url(f"{live_server.url}/members/review/{organisation.pk}/")
    page.get_by_label("Aceptar").check()
    page.get_by_role("button", name="Registrar la decisión").click()
    expect(page).to_have_url(live_server.url + "/members/review/")
    organisation.refresh_from_db()
    assert organisation.status == Organisation.Status.MEMBER
    page.get_by_role("link", name="Mi espacio").click()
    expect(page).to_have_url(live_server.url + "/my/")
    expect(page.get_by_text("No tiene nada pendiente.")).to_be_visible()
    expect(pending_badge(page)).to_have_count(0)

    # Reviewer: a practice assigned to them waits on their home; they score it.
    reviewer = UserFactory(email="rita@example.org", full_name="Rita Revisora")
    curator = facilitator(UserFactory(full_name="Fabio Facilitador"))
    practice = PracticeFactory(title="Casa de acogida en tránsito", state="in_review")
    review_round = ReviewRound.objects.create(practice=practice, number=1, opened_by=curator)
    ReviewerAssignment.objects.create(round=review_round, reviewer=reviewer, assigned_by=curator)
    sign_in(page, live_server, "rita@example.org")
    expect(pending_badge(page)).to_have_text("1 acción pendiente para usted")
    expect(page.get_by_role("heading", name="Prácticas por revisar")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Casa de acogida en tránsito").click()
    expect(page).to_have_url(f"{live_server.url}/practices/{practice.pk}/review/")
    for slug in CRITERIA:
        page.check(f"input[name=score_{slug}][value='3']")
    page.click("form.review-form button[type=submit]")
    expect(page).to_have_url(live_server.url + "/practices/mine/")
    page.get_by_role("link", name="Mi espacio").click()
    expect(page.get_by_text("No tiene nada pendiente.")).to_be_visible()

    # Member contact (the applicant, now a member): their organisation and its table.
    sign_in(page, live_server, "lider@example.org")
    main = page.locator("main")
    expect(main.get_by_role("link", name="Colectivo Frontera Sur")).to_be_visible()
    expect(main.get_by_role("link", name=mt3.name_es)).to_be_visible()
    axe_check(page)


def test_visitor_applying_is_led_through_an_account_back_to_the_form(
    page, live_server, axe_check, outbox_link
):
    page.goto(live_server.url + "/")
    page.locator("main").get_by_role("link", name="Solicitar la membresía").first.click()
    expect(page).to_have_url(live_server.url + "/members/apply/")
    expect(page.get_by_text("primero necesita una cuenta personal")).to_be_visible()
    axe_check(page)
    page.locator("main").get_by_role("link", name="Crear una cuenta").click()
    expect(page).to_have_url(live_server.url + "/account/signup/?next=/members/apply/")
    page.get_by_label("Su nombre").fill("Rosa Quispe")
    page.get_by_label("Correo electrónico").fill("rosa@example.org")
    page.get_by_label("Contraseña", exact=True).fill(PASSWORD)
    page.get_by_label("Repita la contraseña").fill(PASSWORD)
    page.get_by_label("He leído el aviso").check()
    page.get_by_role("button", name="Crear cuenta").click()
    expect(page.get_by_role("heading", name="Confirme su correo electrónico")).to_be_visible()

    page.goto(live_server.url + outbox_link("rosa@example.org", "/verify/"))
    expect(page).to_have_url(live_server.url + "/account/signin/?next=%2Fmembers%2Fapply%2F")
    main = page.locator("main")
    main.get_by_label("Correo electrónico").first.fill("rosa@example.org")
    main.get_by_label("Contraseña", exact=True).fill(PASSWORD)
    main.get_by_role("button", name="Iniciar sesión", exact=True).click()
    expect(page).to_have_url(live_server.url + "/members/apply/")
    expect(page.get_by_label("Nombre de la organización")).to_be_visible()
    axe_check(page)


def test_spanish_prefix_redirects(page, live_server):
    page.goto(live_server.url + "/es/tables/?x=1")
    expect(page).to_have_url(live_server.url + "/tables/?x=1")
