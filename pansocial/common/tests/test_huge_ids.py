"""Issue 8, item 11: ids no column can hold are "not found" (a form error, a 404), on
SQLite as on PostgreSQL, instead of an OverflowError."""

import pytest
from django import forms

from pansocial.membership.tests.conftest import en
from pansocial.practice.tests.factories import reference
from pansocial.reference.models import Country, Objective

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


class _Form(forms.Form):
    countries = forms.ModelMultipleChoiceField(Country.objects.all())
    country = forms.ModelChoiceField(Country.objects.all())


@pytest.mark.parametrize("value", [HUGE, "-" + HUGE, str(2**63)])
def test_model_choice_fields_huge_id_is_form_error(value):
    reference()
    colombia = Country.objects.get(code="CO")
    form = _Form({"countries": [str(colombia.pk), value], "country": value})
    assert not form.is_valid()
    assert [e.code for e in form.errors.as_data()["countries"]] == ["invalid_choice"]
    assert [e.code for e in form.errors.as_data()["country"]] == ["invalid_choice"]


def test_queries_with_huge_ids_find_nothing():
    reference()
    colombia = Country.objects.get(code="CO")
    huge = int(HUGE)
    assert list(Country.objects.filter(pk__in=[huge])) == []
    assert list(Country.objects.filter(pk__in=[huge, colombia.pk])) == [colombia]
    assert list(Country.objects.filter(subregion__in=[huge])) == []
    assert list(Country.objects.filter(subregion_id__in=[-huge])) == []
    assert list(Country.objects.filter(subregion=huge)) == []
    assert Country.objects.exclude(pk__in=[huge]).count() == Country.objects.count()


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
    assert response.context["form"]["title"].value() == "Título"
    assert Objective.objects.count() == 23


@pytest.mark.parametrize(
    "path", [f"/en/practices/{HUGE}/", f"/en/practices/{HUGE}/export/hub.json", "/en/gcm/"]
)
def test_huge_ids_in_urls_are_not_found(client, path):
    reference()
    response = client.get(path, {"objective": HUGE, "country": HUGE, "page": HUGE})
    assert response.status_code == (200 if path == "/en/gcm/" else 404)
