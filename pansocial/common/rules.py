"""Predicates every app builds on. Administrators are the platform operators (Django
superusers); the other roles live where their data lives (membership, table)."""

import rules


@rules.predicate
def is_administrator(user):
    return bool(user and user.is_active and user.is_superuser)


@rules.predicate
def is_signed_in(user):
    return bool(user and user.is_authenticated and user.is_active)
