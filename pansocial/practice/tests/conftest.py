import pytest
from django.utils import translation

from pansocial.practice.tests.factories import reference


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (the msgids); pages use /en/ URLs."""
    with translation.override("en"):
        yield


@pytest.fixture
def ref(db):
    reference()
