import pytest
from django.urls import reverse
from django.utils import timezone, translation

from pansocial.table.models import Mandate, Position, Table

from .factories import ContactFactory, OrganisationFactory


def en(name, *args, **kwargs):
    with translation.override("en"):
        return reverse(name, args=args or None, kwargs=kwargs or None)


@pytest.fixture
def organisation_factory(db):
    return OrganisationFactory


@pytest.fixture
def contact_factory(db):
    return ContactFactory


@pytest.fixture
def mt1(db):
    return Table.objects.get(slug="mt1")


@pytest.fixture
def mt2(db):
    return Table.objects.get(slug="mt2")


@pytest.fixture
def officer_of(user_factory):
    """A person holding the secretary's seat of ``table`` today."""

    def make(table, **kwargs):
        user = user_factory(**kwargs)
        Mandate.objects.create(
            table=table,
            user=user,
            position=Position.SECRETARY,
            starts_on=timezone.localdate(),
        )
        return user

    return make
