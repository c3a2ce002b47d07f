"""Issue 8, item 11: huge ids posted to the practice form or put in URLs and query strings
give a form error or a 404, never a 500 (see pansocial.common.db)."""

import pytest

from pansocial.membership.tests.conftest import en
from pansocial.practice.tests.factories import reference
from pansocial.reference.models import Objective

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


def test_practice_form_huge_ids_show_form_error(client, user_factory):
    reference()
    client.force_login(user_factory())
    response = client.post(
        en("practice:create"),
        {"title": "Título", "countries": [HUGE], "objectives": [HUGE, "-" + HUGE]},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert [e.code for e in form.errors.as_data()["countries"]] == ["invalid_choice"]
    assert [e.code for e in form.errors.as_data()["objectives"]] == ["invalid_choice"]
    assert form["title"].value() == "Título"
    assert Objective.objects.count() == 23


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/en/practices/{HUGE}/", 404),
        (f"/en/practices/{HUGE}/export/hub.json", 404),
        ("/en/practices/", 200),
        ("/en/practices/feed/rss/", 200),
        ("/en/practices/export/list.csv", 200),
        ("/en/members/", 200),
    ],
)
def test_huge_ids_in_urls_and_query_strings_not_found(client, path, status):
    reference()
    params = {"objective": HUGE, "country": HUGE, "table": HUGE, "page": HUGE, "year": HUGE}
    assert client.get(path, params).status_code == status
