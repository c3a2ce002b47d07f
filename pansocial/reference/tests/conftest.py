import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _spanish():
    """Spanish, the default language, is active so reverse() gives unprefixed paths
    whatever language an earlier request in the same thread activated."""
    with translation.override("es"):
        yield
