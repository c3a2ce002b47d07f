import pytest

from pansocial.membership.tests.conftest import (  # noqa: F401 - shared fixtures
    contact_factory,
    mt1,
    mt2,
    officer_of,
    organisation_factory,
)
from pansocial.table.models import Table


@pytest.fixture
def liaison(db):
    return Table.objects.get(slug="liaison")
