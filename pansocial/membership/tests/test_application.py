import pytest

from pansocial.audit.models import AuditEntry
from pansocial.mail.models import OutboundEmail
from pansocial.membership.models import Contact, Organisation
from pansocial.reference.models import Country, StakeholderGroup

from .conftest import en

pytestmark = pytest.mark.django_db


@pytest.fixture
def applicant(user_factory):
    return user_factory(email="lider@example.org", full_name="Marta Ríos", preferred_language="pt")


def form_data(mt1, mt2, **overrides):
    data = {
        "name": "Colectivo Mujeres en Movimiento",
        "acronym": "CMM",
        "country": Country.objects.get(code="PE").pk,
        "countries_of_work": [Country.objects.get(code="CL").pk],
        "primary_group": StakeholderGroup.objects.get(slug="civil-society").pk,
        "stakeholder_groups": [StakeholderGroup.objects.get(slug="migrants").pk],
        "scope": "national",
        "women_led": "on",
        "migrant_led": "on",
        "website": "cmm.example.org",
        "description": "Defiende los derechos de mujeres migrantes.",
        "languages": ["es", "pt"],
        "tables_applied_for": [mt1.pk, mt2.pk],
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_apply_creates_pending_organisation_with_applicant_as_contact(client, applicant, mt1, mt2):
    client.force_login(applicant)
    response = client.post(en("membership:apply"), form_data(mt1, mt2))
    assert (response.status_code, response["Location"]) == (302, en("membership:mine"))
    org = Organisation.objects.get()
    assert org.status == Organisation.Status.PENDING
    assert org.website == "https://cmm.example.org"
    assert set(org.tables_applied_for.values_list("slug", flat=True)) == {"mt1", "mt2"}
    assert set(org.stakeholder_groups.values_list("slug", flat=True)) == {
        "civil-society",
        "migrants",
    }
    assert org.languages == ["es", "pt"]
    contact = Contact.objects.get()
    assert (contact.user, contact.is_primary) == (applicant, True)
    assert AuditEntry.objects.filter(action="membership.apply").count() == 1
    email = OutboundEmail.objects.get(kind="membership.received")
    assert email.language == "pt"


def test_apply_without_table_or_consent_keeps_input_and_creates_nothing(
    client, applicant, mt1, mt2
):
    client.force_login(applicant)
    data = form_data(mt1, mt2, tables_applied_for=None, consent=None)
    response = client.post(en("membership:apply"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose at least one working table." in html
    assert "You need to agree to the data-protection notice." in html
    assert 'value="Colectivo Mujeres en Movimiento"' in html
    assert Organisation.objects.count() == 0


def test_apply_shows_possible_duplicate_ignoring_accents_and_case(
    client, applicant, organisation_factory, mt1, mt2
):
    existing = organisation_factory(
        name="Colectivo Mujeres en Movimiénto", country=Country.objects.get(code="PE")
    )
    client.force_login(applicant)
    data = form_data(mt1, mt2, name="colectivo mujeres en movimiento")
    response = client.post(en("membership:apply"), data)
    html = response.content.decode()
    assert "An organisation with a very similar name already exists" in html
    assert existing.name in html
    assert Organisation.objects.count() == 1
    confirmed = client.post(en("membership:apply"), {**data, "not_duplicate": "on"})
    assert (confirmed.status_code, confirmed["Location"]) == (302, en("membership:mine"))
    assert Organisation.objects.count() == 2


def test_apply_same_name_in_other_country_is_not_a_duplicate(
    client, applicant, organisation_factory, mt1, mt2
):
    organisation_factory(name="Colectivo Mujeres en Movimiento")  # in Colombia
    client.force_login(applicant)
    response = client.post(en("membership:apply"), form_data(mt1, mt2))
    assert (response.status_code, response["Location"]) == (302, en("membership:mine"))
    assert Organisation.objects.filter(status=Organisation.Status.PENDING).count() == 1


def test_apply_requires_confirmed_email(client, user_factory, mt1, mt2):
    person = user_factory(email_verified_at=None)
    client.force_login(person)
    response = client.post(en("membership:apply"), form_data(mt1, mt2), follow=True)
    assert response.redirect_chain == [(en("account:profile"), 302)]
    assert "Confirm your e-mail address before applying." in response.content.decode()
    assert Organisation.objects.count() == 0
    assert AuditEntry.objects.filter(action="membership.apply").count() == 0


def test_apply_script_in_name_is_escaped_everywhere(client, applicant, mt1, mt2, officer_of):
    client.force_login(applicant)
    data = form_data(mt1, mt2, name='<script>alert("x")</script> Red', description="<b>hola</b>")
    client.post(en("membership:apply"), data)
    org = Organisation.objects.get()
    assert org.name == '<script>alert("x")</script> Red'
    client.force_login(officer_of(mt1))
    html = client.get(en("membership:review", pk=org.pk)).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Red" in html
    assert "&lt;b&gt;hola&lt;/b&gt;" in html


def test_apply_overlong_fields_refused_and_nothing_stored(client, applicant, mt1, mt2):
    client.force_login(applicant)
    data = form_data(mt1, mt2, name="x" * 10_000, description="y" * 10_000)
    response = client.post(en("membership:apply"), data)
    html = response.content.decode()
    assert "Ensure this value has at most 200 characters (it has 10000)." in html
    assert "Ensure this value has at most 1500 characters (it has 10000)." in html
    assert Organisation.objects.count() == 0


def test_apply_unknown_country_refused(client, applicant, mt1, mt2):
    client.force_login(applicant)
    response = client.post(en("membership:apply"), form_data(mt1, mt2, country="ZZ"))
    assert "Select a valid choice." in response.content.decode()
    assert Organisation.objects.count() == 0


def test_apply_non_working_table_refused(client, applicant, mt1):
    from pansocial.table.models import Table

    client.force_login(applicant)
    liaison = Table.objects.get(slug="liaison")
    response = client.post(
        en("membership:apply"), form_data(mt1, mt1, tables_applied_for=[liaison.pk])
    )
    assert "Select a valid choice." in response.content.decode()
    assert Organisation.objects.count() == 0


def test_duplicate_hint_endpoint_lists_similar_names(client, applicant, organisation_factory):
    existing = organisation_factory(
        name="Colectivo Mujeres en Movimiento", country=Country.objects.get(code="PE")
    )
    client.force_login(applicant)
    url = en("membership:apply_duplicates")
    peru = Country.objects.get(code="PE").pk
    html = client.get(url, {"name": "COLECTIVO mujeres en movimiénto", "country": peru})
    assert existing.name in html.content.decode()
    other = client.get(url, {"name": "Otra cosa", "country": peru}).content.decode()
    assert existing.name not in other
    assert client.get(url, {"name": "x", "country": "nonsense"}).status_code == 200


def test_duplicate_hint_names_members_only_and_hides_pending_names(
    client, applicant, organisation_factory
):
    peru = Country.objects.get(code="PE")
    organisation_factory(
        name="Colectivo Mujeres en Movimiento",
        country=peru,
        status=Organisation.Status.PENDING,
        member_since=None,
    )
    organisation_factory(
        name="Colectivo Mujeres en Movimiento Sur",
        country=peru,
        status=Organisation.Status.WITHDRAWN,
    )
    client.force_login(applicant)
    html = client.get(
        en("membership:apply_duplicates"),
        {"name": "Colectivo Mujeres en Movimiento", "country": peru.pk},
    ).content.decode()
    assert "Colectivo Mujeres" not in html
    assert "An application with a similar name is pending for this country." in html


def test_duplicate_hint_on_the_form_hides_pending_names(
    client, applicant, organisation_factory, mt1, mt2
):
    organisation_factory(
        name="Colectivo Mujeres en Movimiento",
        country=Country.objects.get(code="PE"),
        status=Organisation.Status.PENDING,
        member_since=None,
    )
    client.force_login(applicant)
    html = client.post(en("membership:apply"), form_data(mt1, mt2)).content.decode()
    assert "An application with a similar name is pending for this country." in html
    assert "Colectivo Mujeres en Movimiento</" not in html
    assert "(Application pending)" not in html
    assert Organisation.objects.count() == 1


def test_withdrawn_application_does_not_block_a_new_one(
    client, applicant, organisation_factory, mt1, mt2
):
    organisation_factory(
        name="Colectivo Mujeres en Movimiento",
        acronym="CMM",
        country=Country.objects.get(code="PE"),
        status=Organisation.Status.WITHDRAWN,
    )
    client.force_login(applicant)
    response = client.post(en("membership:apply"), form_data(mt1, mt2))
    assert (response.status_code, response["Location"]) == (302, en("membership:mine"))
    assert Organisation.objects.filter(status=Organisation.Status.PENDING).count() == 1
