import pytest
from django.contrib.auth.models import AnonymousUser

from pansocial.account import rules as account_rules

pytestmark = pytest.mark.django_db


def test_is_administrator_only_for_active_superusers(user_factory):
    admin = user_factory(is_superuser=True)
    staff = user_factory(is_staff=True)
    retired = user_factory(is_superuser=True, is_active=False)
    assert account_rules.is_administrator(admin) is True
    assert account_rules.is_administrator(staff) is False
    assert account_rules.is_administrator(retired) is False
    assert account_rules.is_administrator(AnonymousUser()) is False


def test_audit_permission_follows_administrator_predicate(user_factory):
    assert user_factory(is_superuser=True).has_perm("account.view_audit") is True
    assert user_factory().has_perm("account.view_audit") is False


def test_is_self_compares_people(user_factory):
    one, two = user_factory(), user_factory()
    assert account_rules.is_self(one, one) is True
    assert account_rules.is_self(one, two) is False
