"""Which organisations a table can hold, as the membership app defines them.

The table app sits below membership: it stores tables, who sits on them (table
memberships) and mandates, and refers to organisations only by the model string
``"membership.Organisation"``. Membership (which imports table, never the reverse)
registers its answers here in ``MembershipConfig.ready``.
"""

_hooks = {}


def register(*, members, is_member, acts_for):
    """``members()`` → queryset of member organisations; ``is_member(organisation)`` →
    bool; ``acts_for(user, organisation)`` → bool (a live contact of the organisation)."""
    _hooks.update(members=members, is_member=is_member, acts_for=acts_for)


def members():
    return _hooks["members"]()


def is_member(organisation):
    return _hooks["is_member"](organisation)


def acts_for(user, organisation):
    return _hooks["acts_for"](user, organisation)
