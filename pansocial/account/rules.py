"""Roles of SPEC.md as predicates over data. Visitors are anyone; administrators are
the platform operators (Django superusers). The other roles live where their data lives:
member contact in pansocial.membership.rules, table officer, liaison member and
facilitator in pansocial.table.rules."""

import rules


@rules.predicate
def is_staff_member(user):
    return bool(user and user.is_active and (user.is_staff or user.is_superuser))


@rules.predicate
def has_authenticator(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return bool(user and user.is_authenticated and TOTPDevice.objects.filter(user=user).exists())


# Staff must use a second factor (the admin requires it); others who turned one on keep
# the page to manage it.
may_use_two_factor = is_staff_member | has_authenticator

rules.add_perm("account.use_two_factor", may_use_two_factor)
