import re

import pytest
from django.urls import reverse
from django.utils import translation

from pansocial.mail.models import OutboundEmail


def en(name, **kwargs):
    """The English address of a page, so assertions read the msgids."""
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def last_link(to_email):
    email = OutboundEmail.objects.filter(to_email=to_email).order_by("-id").first()
    assert email is not None, f"no e-mail to {to_email}"
    match = re.search(r"https?://[^/\s]+(/\S+)", email.body)
    assert match, email.body
    return match.group(1)


@pytest.fixture
def person(user_factory):
    return user_factory(email="ana@example.org", full_name="Ana Pérez")
