import rules

from pansocial.common.rules import is_administrator
from pansocial.table.models import Mandate, Position, Table, TableKind
from pansocial.table.models.mandate import OFFICER_POSITIONS


def current_mandates(user):
    """Queryset paired with the mandate predicates below."""
    if not user or not user.is_authenticated:
        return Mandate.objects.none()
    return Mandate.objects.current().filter(user=user)


def officer_tables(user):
    """Tables whose officer the person currently is."""
    return Table.objects.filter(
        pk__in=current_mandates(user).filter(position__in=OFFICER_POSITIONS).values("table_id")
    )


def manageable_tables(user):
    """Tables the person may manage; the list pages and the predicate agree."""
    if is_administrator(user) or is_liaison_representative(user):
        return Table.objects.all()
    return officer_tables(user)


@rules.predicate
def is_table_officer(user):
    """Secretary, principal or alternate delegate of any table."""
    return current_mandates(user).filter(position__in=OFFICER_POSITIONS).exists()


@rules.predicate
def is_officer_of(user, table):
    if table is None:
        return False
    return current_mandates(user).filter(table=table, position__in=OFFICER_POSITIONS).exists()


@rules.predicate
def is_liaison_member(user):
    """Holds a current seat on the liaison table."""
    return current_mandates(user).filter(table__kind=TableKind.LIAISON).exists()


@rules.predicate
def is_liaison_representative(user):
    """One of the representatives the working tables elect to the liaison table, who also
    carry out the mechanism's secretariat tasks (seed 000). The UN agency seats of the
    liaison table support the mechanism but do not run the tables."""
    return (
        current_mandates(user)
        .filter(table__kind=TableKind.LIAISON, position=Position.LIAISON_REPRESENTATIVE)
        .exists()
    )


@rules.predicate
def is_facilitator(user):
    """GT-SC / UN Regional Network staff: a current mandate on the facilitation group."""
    return current_mandates(user).filter(table__kind=TableKind.FACILITATION).exists()


# A table is run by its own officers; the liaison representatives (the secretariat) and
# the administrators may step in. A UN agency seat is not enough.
can_manage_table = is_officer_of | is_liaison_representative | is_administrator

rules.add_perm("table.manage_table", can_manage_table)
