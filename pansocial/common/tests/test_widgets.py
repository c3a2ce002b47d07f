import pytest
from django import forms
from django.test.html import parse_html

from pansocial.common.widgets import FastSelect

CHOICES = [("", "Any"), (1, "Brasil"), (2, 'São Tomé <&> "Príncipe"'), ("mt1", "Mesa 1")]


class Form(forms.Form):
    fast = forms.ChoiceField(choices=CHOICES, required=False, widget=FastSelect)
    slow = forms.ChoiceField(choices=CHOICES, required=False)


@pytest.mark.parametrize("value", ["", "1", "2", "mt1", "unknown"])
def test_fast_select_same_html_as_django_select(value):
    form = Form({"fast": value, "slow": value})
    form.is_valid()
    # The same markup but for the field's name (in name, id and aria-describedby).
    fast = str(form["fast"]).replace("fast", "x")
    slow = str(form["slow"]).replace("slow", "x")
    assert parse_html(fast) == parse_html(slow)


def test_fast_select_escapes_labels_and_marks_selected():
    html = str(Form({"fast": "2"})["fast"])
    assert '<option value="2" selected>São Tomé &lt;&amp;&gt; &quot;Príncipe&quot;</option>' in html
    assert html.count(" selected") == 1
