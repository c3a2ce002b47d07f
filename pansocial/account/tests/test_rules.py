import pytest
from django.contrib.auth.models import AnonymousUser

from pansocial.common import rules as common_rules

pytestmark = pytest.mark.django_db


def test_is_administrator_only_for_active_superusers(user_factory):
    admin = user_factory(is_superuser=True)
    staff = user_factory(is_staff=True)
    retired = user_factory(is_superuser=True, is_active=False)
    assert common_rules.is_administrator(admin) is True
    assert common_rules.is_administrator(staff) is False
    assert common_rules.is_administrator(retired) is False
    assert common_rules.is_administrator(AnonymousUser()) is False
