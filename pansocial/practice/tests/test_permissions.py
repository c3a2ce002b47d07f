"""Practice pages check named permissions with ``permission_required``: visitors are sent
to sign in, signed-in people without the permission get 403, and what a person may not
see does not reveal that it exists (404)."""

import pytest
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory
from pansocial.practice.tests.factories import PracticeFactory, facilitator

pytestmark = pytest.mark.django_db


def test_review_queue_visitor_sent_to_sign_in_member_refused_curator_served(client, ref):
    url = reverse("practice:queue")
    response = client.get(url)
    assert response.status_code == 302
    assert "next=" in response["Location"]
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403
    client.force_login(facilitator())
    assert client.get(url).status_code == 200


def test_manage_refused_to_submitter(client, ref):
    practice = PracticeFactory(state="submitted")
    client.force_login(practice.submitter)
    assert client.get(reverse("practice:manage", kwargs={"pk": practice.pk})).status_code == 403


def test_edit_of_someone_elses_practice_not_found(client, ref):
    practice = PracticeFactory()
    client.force_login(UserFactory())
    assert client.get(reverse("practice:edit", kwargs={"pk": practice.pk})).status_code == 404
    client.force_login(practice.submitter)
    assert client.get(reverse("practice:edit", kwargs={"pk": practice.pk})).status_code == 200


def test_mine_visitor_sent_to_sign_in(client, ref):
    response = client.get(reverse("practice:mine"))
    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_review_page_refused_to_member_not_assigned(client, ref):
    practice = PracticeFactory(state="eligible")
    client.force_login(UserFactory())
    assert client.get(reverse("practice:review", kwargs={"pk": practice.pk})).status_code == 403


def test_unpublished_cycle_hidden_from_member_shown_to_curator(client, ref):
    from pansocial.practice.domain import exchange

    curator = facilitator()
    cycle = exchange.create_cycle(actor=curator, title="Ciclo")
    client.force_login(UserFactory())
    assert client.get(cycle.get_absolute_url()).status_code == 404
    assert "Ciclo" not in client.get(reverse("practice:cycles")).content.decode()
    client.force_login(curator)
    assert client.get(cycle.get_absolute_url()).status_code == 200
