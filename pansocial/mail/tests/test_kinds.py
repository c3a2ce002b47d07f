"""Issue 10, item 13: the outbox shows what each e-mail is, translated, never its code."""

import re
from pathlib import Path

import pytest
import rules
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from pansocial.account.tests.factories import UserFactory, sign_in_with_second_factor
from pansocial.mail import kinds
from pansocial.mail.models import OutboundEmail

CODE = re.compile(r'"([a-z]+\.[a-z_]+)"')


def _kinds_in_the_code():
    """Every "app.kind" literal in a module that queues e-mail (permission names aside)."""
    found = set()
    root = Path(settings.BASE_DIR) / "pansocial"
    for path in root.rglob("*.py"):
        if "tests" in path.parts or path.relative_to(root).parts[0] == "mail":
            continue
        text = path.read_text()
        if "queue_email(" in text:
            found |= {code for code in CODE.findall(text) if not rules.perm_exists(code)}
    return found


def test_every_kind_queued_in_the_code_has_a_name():
    in_code = _kinds_in_the_code()
    assert "practice.review_assigned" in in_code
    assert sorted(in_code - set(kinds.registered())) == []


def test_every_kind_named_in_four_languages():
    untranslated = []
    for kind, label in kinds.registered().items():
        with translation.override("en"):
            english = str(label)
        for language in ("es", "pt", "fr"):
            with translation.override(language):
                if str(label) == english:
                    untranslated.append((language, kind))
    assert untranslated == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        ("", "Práctica asignada para evaluación"),
        ("/en", "Practice assigned for review"),
        ("/pt", "Prática atribuída para avaliação"),
        ("/fr", "Pratique attribuée pour évaluation"),
    ],
)
def test_outbox_list_names_kinds_in_the_readers_language(client, prefix, name):
    OutboundEmail.objects.create(
        kind="practice.review_assigned",
        to_email="r@example.org",
        language="es",
        subject="Una práctica para evaluar",
        body="…",
    )
    sign_in_with_second_factor(client, UserFactory(is_superuser=True, is_staff=True))
    with translation.override("es"):
        path = reverse("admin:mail_outboundemail_changelist")
    html = client.get(prefix + path).content.decode()
    assert html.count(name) == 2  # the column and the filter
    assert "practice.review_assigned" not in html.replace("?kind=practice.review_assigned", "")
