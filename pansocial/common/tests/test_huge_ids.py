"""Issue 8, item 11: ids no column can hold are "not found" (a form error, a 404), on
SQLite as on PostgreSQL, instead of an OverflowError (the practice tests post them to a
real form and URLs)."""

import pytest
from django import forms
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

pytestmark = pytest.mark.django_db

HUGE = 99999999999999999999


class _Form(forms.Form):
    types = forms.ModelMultipleChoiceField(ContentType.objects.all())
    type = forms.ModelChoiceField(ContentType.objects.all())


@pytest.mark.parametrize("value", [HUGE, -HUGE, 2**63, -(2**63) - 1])
def test_model_choice_fields_huge_id_is_form_error(value):
    known = ContentType.objects.get_for_model(Permission)
    form = _Form({"types": [str(known.pk), str(value)], "type": str(value)})
    assert not form.is_valid()
    assert [e.code for e in form.errors.as_data()["types"]] == ["invalid_choice"]
    assert [e.code for e in form.errors.as_data()["type"]] == ["invalid_choice"]


def test_model_choice_fields_largest_ids_still_valid_numbers():
    form = _Form({"types": [str(2**63 - 1)], "type": str(-(2**63))})
    assert not form.is_valid()
    assert [e.code for e in form.errors.as_data()["types"]] == ["invalid_choice"]


def test_in_lookup_drops_huge_ids():
    known = ContentType.objects.get_for_model(Permission)
    assert list(ContentType.objects.filter(pk__in=[HUGE])) == []
    assert list(ContentType.objects.filter(pk__in=[HUGE, known.pk])) == [known]
    assert ContentType.objects.exclude(pk__in=[-HUGE]).count() == ContentType.objects.count()


def test_foreign_key_lookups_with_huge_ids_find_nothing():
    known = ContentType.objects.get_for_model(Permission)
    assert list(Permission.objects.filter(content_type__in=[HUGE])) == []
    assert list(Permission.objects.filter(content_type_id__in=[-HUGE])) == []
    assert list(Permission.objects.filter(content_type=HUGE)) == []
    assert list(Permission.objects.filter(content_type_id=HUGE)) == []
    assert Permission.objects.filter(content_type__in=[HUGE, known.pk]).count() == 4
