"""Roles of SPEC.md as predicates over data. Visitors are anyone; administrators are
the platform operators (Django superusers). The other roles live where their data lives:
member contact in pansocial.membership.rules, table officer, liaison member and
facilitator in pansocial.table.rules."""

import rules

from pansocial.common.rules import is_administrator


@rules.predicate
def is_self(user, person):
    return bool(user and person and user.pk == person.pk)


rules.add_perm("account.view_audit", is_administrator)
rules.add_perm("account.manage_people", is_administrator)
