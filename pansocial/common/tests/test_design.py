"""The design system's shared pieces: the error summary and the confirmation page."""

import pytest
from django import forms
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from pansocial.common.confirm import confirmation

SUMMARY = Template("{% load design %}{% error_summary form extra %}")


class _Form(forms.Form):
    title = forms.CharField(label="Title")
    topics = forms.MultipleChoiceField(
        label="Topics", choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def clean(self):
        raise forms.ValidationError("Something is wrong with the whole form.")


class _Row(forms.Form):
    name = forms.CharField(label="Name")


Rows = forms.formset_factory(_Row, extra=0, min_num=1)


def _render(form, extra=None):
    with translation.override("en"):
        return SUMMARY.render(Context({"form": form, "extra": extra}))


def test_error_summary_links_each_error_to_its_field():
    html = _render(_Form({}))
    assert 'class="error-summary" role="alert" tabindex="-1"' in html
    assert "There is a problem" in html
    assert "<li>Something is wrong with the whole form.</li>" in html
    assert '<a href="#id_title">Title: This field is required.</a>' in html
    # A group of boxes has no single label: the link goes to its first box.
    assert '<a href="#id_topics_0">Topics: This field is required.</a>' in html
    # A hidden field has nothing to focus: its error is listed without a link.
    assert "<li>Token: This field is required.</li>" in html


def test_error_summary_includes_formset_rows():
    rows = Rows({"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0"})
    html = _render(_Form({"title": "x", "topics": ["a"], "token": "t"}), rows)
    assert '<a href="#id_form-0-name">Name: This field is required.</a>' in html


def test_error_summary_empty_for_unbound_form():
    assert _render(_Form()).strip() == ""


@pytest.mark.django_db
def test_confirmation_page_says_what_happens_and_posts_back():
    request = RequestFactory().get("/en/thing/4/remove/?x=1")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    with translation.override("en"):
        response = confirmation(
            request,
            title="Remove the thing?",
            consequences=["The thing is gone.", "It cannot come back."],
            confirm_label="Remove it",
            cancel_url="/en/thing/4/",
            hidden={"thing": 4},
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Remove the thing?</h1>" in html
    assert "<li>The thing is gone.</li><li>It cannot come back.</li>" in html
    assert '<form method="post" action="/en/thing/4/remove/" novalidate>' in html
    assert '<input type="hidden" name="thing" value="4">' in html
    assert '<button type="submit" class="button danger">Remove it</button>' in html
    assert '<a class="button secondary" href="/en/thing/4/">Cancel, go back</a>' in html
