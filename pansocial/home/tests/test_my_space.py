import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from pansocial.common.workspace import pending_actions, pending_count
from pansocial.mail.models import OutboundEmail
from pansocial.membership import domain as membership
from pansocial.membership.models import Organisation
from pansocial.membership.rules import reviewable_applications
from pansocial.membership.tests.factories import ContactFactory, OrganisationFactory
from pansocial.practice.models import ReviewerAssignment, ReviewRound
from pansocial.practice.tests.factories import PracticeFactory, facilitator
from pansocial.reference.models import Country, StakeholderGroup
from pansocial.table.models import Mandate, Position, Table

pytestmark = pytest.mark.django_db


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def secretary(table, user):
    Mandate.objects.create(
        table=table, user=user, position=Position.SECRETARY, starts_on=timezone.localdate()
    )
    return user


def pending_application(table, name="Red Puente"):
    organisation = OrganisationFactory(name=name, status=Organisation.Status.PENDING)
    organisation.tables_applied_for.set([table])
    return organisation


def assigned(reviewer, title="Casa de acogida"):
    practice = PracticeFactory(title=title, state="in_review")
    curator = facilitator()
    review_round = ReviewRound.objects.create(practice=practice, number=1, opened_by=curator)
    ReviewerAssignment.objects.create(round=review_round, reviewer=reviewer, assigned_by=curator)
    return practice


def test_sign_in_lands_on_my_space(client, user_factory):
    user_factory(email="ana@example.org", password="una frase larga 2026")
    response = client.post(
        en("account:login"), {"email": "ana@example.org", "password": "una frase larga 2026"}
    )
    assert response["Location"] == en("home:my_space")


def test_my_space_requires_sign_in(client):
    response = client.get(en("home:my_space"))
    assert response["Location"] == f"{en('account:login')}?next={en('home:my_space')}"


def test_my_space_officer_sees_application_waiting_and_nav_count(client, user_factory):
    mt1 = Table.objects.get(slug="mt1")
    officer = secretary(mt1, user_factory(full_name="Olga Oficial"))
    organisation = pending_application(mt1)
    pending_application(Table.objects.get(slug="mt2"), name="Otra mesa")  # not theirs
    client.force_login(officer)
    response = client.get(en("home:my_space"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Applications waiting for your decision" in html
    assert f'href="{en("membership:review", pk=organisation.pk)}">Red Puente</a>' in html
    assert "Otra mesa" not in html
    assert f'href="{en("home:my_space")}" aria-current="page">My space' in html
    assert '1<span class="visually-hidden"> action waiting for you</span>' in html


def test_my_space_reviewer_sees_assigned_practice_until_reviewed(client, user_factory):
    reviewer = user_factory()
    practice = assigned(reviewer)
    client.force_login(reviewer)
    html = client.get(en("home:my_space")).content.decode()
    assert "Practices to review" in html
    assert f'href="{en("practice:review", pk=practice.pk)}">Casa de acogida</a>' in html
    assert pending_count(reviewer) == 1
    assignment = ReviewerAssignment.objects.get()
    from pansocial.practice.models import Review

    Review.objects.create(assignment=assignment)
    assert pending_count(reviewer) == 0
    assert "Practices to review" not in client.get(en("home:my_space")).content.decode()


def test_my_space_lists_organisations_tables_drafts_and_empty_meetings(client, user_factory):
    user = user_factory()
    contact = ContactFactory(user=user, organisation__name="Colectivo Andino")
    mt2 = Table.objects.get(slug="mt2")
    mt2.memberships.create(organisation=contact.organisation)
    secretary(Table.objects.get(slug="mt1"), user)
    draft = PracticeFactory(submitter=user, title="Borrador de feria")
    PracticeFactory(submitter=user, title="Ya enviada", state="submitted")
    client.force_login(user)
    html = client.get(en("home:my_space")).content.decode()
    assert "Colectivo Andino" in html
    assert "Nothing is waiting for you." in html
    assert f'href="{en("table:detail", slug="mt2")}"' in html
    assert "through Colectivo Andino" in html
    assert f'href="{en("table:detail", slug="mt1")}"' in html and "Secretary" in html
    assert f'href="{en("practice:edit", pk=draft.pk)}">Borrador de feria</a>' in html
    assert "Ya enviada" not in html
    assert "No meeting is scheduled yet." in html


def test_my_space_practice_sent_back_and_curator_queue(user_factory):
    submitter = user_factory()
    PracticeFactory(submitter=submitter, title="Por completar", state="needs_info")
    curator = facilitator()
    PracticeFactory(title="Recién enviada", state="submitted", submitted_at=timezone.now())
    assert [g.key for g in pending_actions(submitter)] == ["practice.needs_info"]
    assert [i.title for i in pending_actions(curator)[0].items] == ["Recién enviada"]
    assert pending_count(submitter) == 1
    assert pending_count(curator) == 1
    assert pending_count(user_factory()) == 0


def test_pending_count_agrees_with_review_queue_for_liaison_and_admin(user_factory):
    mt1 = Table.objects.get(slug="mt1")
    pending_application(mt1)
    pending_application(Table.objects.get(slug="mt2"), name="Otra")
    representative = user_factory()
    Mandate.objects.create(
        table=Table.objects.get(kind="liaison"),
        user=representative,
        position=Position.LIAISON_REPRESENTATIVE,
        represents=mt1,
        starts_on=datetime.date(2020, 1, 1),
    )
    admin = user_factory(is_superuser=True, is_staff=True)
    officer = secretary(mt1, user_factory())
    for user in (representative, admin, officer):
        assert pending_count(user) == reviewable_applications(user).count()
    assert pending_count(officer) == 1
    assert pending_count(admin) == 2


@pytest.mark.parametrize("applications", [1, 3])
def test_pending_count_one_query(client, user_factory, applications, django_assert_num_queries):
    mt1 = Table.objects.get(slug="mt1")
    officer = secretary(mt1, user_factory())
    for n in range(applications):
        pending_application(mt1, name=f"Red {n}")
    assigned(officer)
    with django_assert_num_queries(1):
        assert pending_count(officer) == applications + 1


@pytest.mark.parametrize("rows", [1, 3])
def test_my_space_fixed_queries(client, user_factory, rows, django_assert_num_queries):
    mt1 = Table.objects.get(slug="mt1")
    officer = secretary(mt1, user_factory())
    for n in range(rows):
        pending_application(mt1, name=f"Red {n}")
        assigned(officer, title=f"Práctica {n}")
        PracticeFactory(submitter=officer, title=f"Borrador {n}")
        ContactFactory(user=officer)
    client.force_login(officer)
    with django_assert_num_queries(13):
        client.get(en("home:my_space"))


def test_invitation_waiting_is_listed(user_factory):
    user = user_factory(email="nuevo@example.org")
    inviter = ContactFactory(organisation__name="Casa Migrante")
    membership.invite_contact(
        organisation=inviter.organisation, email="nuevo@example.org", actor=inviter.user
    )
    groups = pending_actions(user)
    assert [(g.key, [i.title for i in g.items]) for g in groups] == [
        ("membership.invitations", ["Casa Migrante"])
    ]


def test_application_emails_each_officer_once_in_their_language(user_factory):
    mt1, mt2 = Table.objects.get(slug="mt1"), Table.objects.get(slug="mt2")
    both = secretary(mt1, user_factory(email="both@example.org", preferred_language="fr"))
    secretary(mt2, both)
    secretary(mt2, user_factory(email="two@example.org", preferred_language="en"))
    secretary(Table.objects.get(slug="mt3"), user_factory(email="three@example.org"))
    applicant = user_factory(email="applicant@example.org")
    with translation.override("fr"):
        names = [mt1.name, mt2.name]
    organisation = membership.apply(
        applicant=applicant,
        name="Red Puente",
        country=Country.objects.get(code="PE"),
        primary_group=StakeholderGroup.objects.get(slug="migrants"),
        tables_applied_for=[mt1, mt2],
    )
    sent = OutboundEmail.objects.filter(kind="membership.application_for_table")
    assert sorted(sent.values_list("to_email", "language")) == [
        ("both@example.org", "fr"),
        ("two@example.org", "en"),
    ]
    french = sent.get(to_email="both@example.org")
    assert "Red Puente" in french.subject
    assert all(name in french.body for name in names)
    assert f"/fr/members/review/{organisation.pk}/" in french.body
    english = sent.get(to_email="two@example.org")
    assert english.subject == "New application to your table: Red Puente"


def test_reviewer_told_by_email_in_their_language_and_on_my_space(user_factory):
    from pansocial.practice import domain as practice_domain

    practice = PracticeFactory(title="Casa de acogida", state="in_review")
    curator = facilitator()
    review_round = ReviewRound.objects.create(practice=practice, number=1, opened_by=curator)
    reviewer = user_factory(email="rita@example.org", preferred_language="pt")
    practice_domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    email = OutboundEmail.objects.get(kind="practice.review_assigned")
    assert (email.to_email, email.language) == ("rita@example.org", "pt")
    assert f"/pt/practices/{practice.pk}/review/" in email.body
    assert "Você também a encontrará em Meu espaço: " in email.body
    assert email.body.rstrip().endswith("/pt/my/")
    assert [g.key for g in pending_actions(reviewer)] == ["practice.reviews"]
