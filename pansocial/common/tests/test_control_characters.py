"""Issue 8, item 4: control characters are dropped at input by every form (the practice
and membership tests check their feeds and exports with what was stored before)."""

import pytest
from django import forms
from django.contrib.auth.models import Group

from pansocial.common.text import clean

pytestmark = pytest.mark.django_db

DIRTY = "Casa\x01 del\x1b Migrante\x7f\x85\ufffe"


class _Form(forms.Form):
    name = forms.CharField()
    email = forms.EmailField(required=False)
    notes = forms.CharField(widget=forms.Textarea, required=False)


def test_clean_single_line_drops_controls_and_joins_lines():
    assert clean("Ana\x00 Gómez\r\n\tLópez\x9f", multiline=False) == "Ana Gómez López"


def test_clean_multiline_keeps_tabs_and_line_breaks():
    assert clean("uno\x02\r\n\tdos\x0c", multiline=True) == "uno\r\n\tdos"


def test_clean_keeps_right_to_left_zero_width_and_emoji():
    text = "\u202eمرحبا\u200d👩‍👩‍👧 نص\u200b"
    assert clean(text) == text
    assert clean(text, multiline=False) == text


def test_any_form_char_field_drops_control_characters():
    form = _Form({"name": DIRTY, "email": "ana\x01@example.org", "notes": "a\x01\nb\tc"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {
        "name": "Casa del Migrante",
        "email": "ana@example.org",
        "notes": "a\nb\tc",
    }


def test_model_form_and_admin_form_fields_drop_control_characters():
    form = forms.modelform_factory(Group, fields=["name"])({"name": "Equipo\x01 uno\x1f"})
    assert form.is_valid(), form.errors
    assert form.save().name == "Equipo uno"
