import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory
from pansocial.practice.domain import exchange
from pansocial.practice.tests.factories import PublishedPracticeFactory, facilitator
from pansocial.reference.models import Cluster

pytestmark = pytest.mark.django_db


def test_proposals_grouped_by_cluster_ranked_by_score_then_currency(ref):
    PublishedPracticeFactory(title="Baja", objectives=[15], review_score=Decimal("2.0"))
    PublishedPracticeFactory(
        title="Antigua",
        objectives=[14],
        review_score=Decimal("3.5"),
        ongoing=False,
        start_date=datetime.date(2010, 1, 1),
        end_date=datetime.date(2012, 1, 1),
    )
    PublishedPracticeFactory(title="Vigente", objectives=[22], review_score=Decimal("3.5"))
    PublishedPracticeFactory(title="Otra", objectives=[1], review_score=Decimal("4.0"))
    proposals = {p.cluster.slug: p for p in exchange.proposals()}
    assert [p.title for p in proposals["protection"].practices] == ["Vigente", "Antigua", "Baja"]
    assert [p.title for p in proposals["data"].practices] == ["Otra"]
    assert proposals["return-reintegration"].practices == []


def test_curation_select_and_publish_shows_public_page(client, ref):
    curator = facilitator()
    practice = PublishedPracticeFactory(title="Vigente", objectives=[15], countries=["AR"])
    cycle = exchange.create_cycle(actor=curator, title="Ciclo 2025")
    assert cycle.sessions.count() == 4
    protection = Cluster.objects.get(slug="protection")
    exchange.select_practice(cycle=cycle, practice=practice, cluster=protection, actor=curator)
    proposal = {p.cluster.slug: p for p in exchange.proposals(cycle)}["protection"]
    assert proposal.selected_countries == {"AR": 1}
    assert client.get(cycle.get_absolute_url()).status_code == 404
    exchange.publish_cycle(cycle=cycle, actor=curator)
    content = client.get(cycle.get_absolute_url()).content.decode()
    assert "Vigente" in content


def test_curation_by_non_curator_refused(ref):
    with pytest.raises(PermissionDenied):
        exchange.create_cycle(actor=UserFactory(), title="No")


def test_curate_view_lists_clusters_for_curator(client, ref):
    curator = facilitator()
    PublishedPracticeFactory(title="Vigente", objectives=[15])
    cycle = exchange.create_cycle(actor=curator, title="Ciclo")
    client.force_login(curator)
    response = client.get(reverse("practice:curate", kwargs={"pk": cycle.pk}))
    assert response.status_code == 200
    assert "Vigente" in response.content.decode()
    client.force_login(UserFactory())
    assert client.get(reverse("practice:curate", kwargs={"pk": cycle.pk})).status_code == 403
