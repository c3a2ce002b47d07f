"""The practice form asks each GCM objective once, with its "primary" box in the same row,
and summarises its errors at the top (issue 10, items 2 and 9)."""

import re

import pytest
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory
from pansocial.practice.models import Practice
from pansocial.practice.tests.factories import objective

pytestmark = pytest.mark.django_db

ROW = re.compile(r"<li><span class=\"objective-choice\">(.*?)</li>", re.S)


def test_practice_form_asks_each_objective_once_with_primary_in_its_row(client, ref):
    client.force_login(UserFactory())
    html = client.get(reverse("practice:create")).content.decode()
    rows = ROW.findall(html)
    assert len(rows) == 23
    assert html.count('name="objectives"') == 23
    assert html.count('name="primary_objectives"') == 23
    first = objective(1)
    assert f'name="objectives" value="{first.pk}"' in rows[0]
    assert f'name="primary_objectives" value="{first.pk}"' in rows[0]
    assert 'for="id_primary_objectives_0">Primary<span class="visually-hidden">: ' in rows[0]
    assert 'class="columns"' not in html


def test_practice_form_primary_without_objective_refused_and_kept(client, ref):
    client.force_login(UserFactory())
    third = objective(3)
    response = client.post(
        reverse("practice:create"),
        {
            "title": "Ventanilla",
            "primary_objectives": [third.pk],
            "impl-TOTAL_FORMS": "3",
            "impl-INITIAL_FORMS": "0",
            "save": "1",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "An objective marked as primary must also be ticked as addressed." in html
    assert re.search(rf'name="primary_objectives" value="{third.pk}"[^>]*checked', html)
    assert 'value="Ventanilla"' in html
    assert Practice.objects.count() == 0


def test_practice_form_errors_summarised_at_top_with_links(client, ref):
    client.force_login(UserFactory())
    response = client.post(
        reverse("practice:create"),
        {
            "impl-TOTAL_FORMS": "3",
            "impl-INITIAL_FORMS": "0",
            "impl-0-name": "Red",
            "submit": "1",
        },
    )
    html = response.content.decode()
    summary = html.index('class="error-summary"')
    assert summary < html.index('class="practice-form"')
    assert '<a href="#id_title">Title: This field is required.</a>' in html
    assert '<a href="#id_objectives_0">GCM objectives: This field is required.</a>' in html
    assert (
        '<a href="#id_impl-0-implementer_type">Type of implementer: '
        "Choose the type of implementer.</a>"
    ) in html
