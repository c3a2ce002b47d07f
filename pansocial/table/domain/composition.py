"""The liaison table's composition rule (seed 000): two representatives elected by each
working table plus two UN agency seats, ten in all; its gaps and gender balance."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from pansocial.table.models import Mandate, Position, Table, TableKind

LIAISON_SEATS_PER_TABLE = 2
UN_AGENCY_SEATS = 2
ENDING_SOON_DAYS = 60


@dataclass
class Seat:
    label: str
    mandate: Mandate | None = None

    @property
    def vacant(self):
        return self.mandate is None


@dataclass
class Composition:
    groups: list = field(default_factory=list)  # [(label, [Seat, ...])]
    ending_soon: list = field(default_factory=list)
    gender: list = field(default_factory=list)  # [(gender code, count)]
    expected: int = 0
    filled: int = 0

    @property
    def vacant(self):
        return self.expected - self.filled

    @property
    def complete(self):
        return self.vacant == 0


def liaison_composition(today=None):
    """Seats of the liaison table today: a fixed number of queries."""
    today = today or timezone.localdate()
    working = list(Table.objects.filter(kind=TableKind.WORKING).order_by("order", "slug"))
    mandates = list(
        Mandate.objects.current(today)
        .filter(
            table__kind=TableKind.LIAISON,
            position__in=[Position.LIAISON_REPRESENTATIVE, Position.UN_AGENCY_SEAT],
        )
        .select_related("user", "organisation", "represents")
        .order_by("starts_on", "pk")
    )
    composition = Composition(expected=len(working) * LIAISON_SEATS_PER_TABLE + UN_AGENCY_SEATS)
    for table in working:
        held = [m for m in mandates if m.represents_id == table.pk][:LIAISON_SEATS_PER_TABLE]
        seats = [Seat(table.name, m) for m in held]
        seats += [Seat(table.name) for _ in range(LIAISON_SEATS_PER_TABLE - len(held))]
        composition.groups.append((table, seats))
    agencies = [m for m in mandates if m.position == Position.UN_AGENCY_SEAT][:UN_AGENCY_SEATS]
    un_seats = [Seat("UN", m) for m in agencies]
    un_seats += [Seat("UN") for _ in range(UN_AGENCY_SEATS - len(agencies))]
    composition.groups.append((None, un_seats))
    seats = [seat for _table, group in composition.groups for seat in group]
    composition.filled = sum(1 for seat in seats if not seat.vacant)
    horizon = today + timedelta(days=ENDING_SOON_DAYS)
    composition.ending_soon = [
        seat.mandate
        for seat in seats
        if seat.mandate and seat.mandate.ends_on and seat.mandate.ends_on <= horizon
    ]
    counts = Counter(
        seat.mandate.user.gender or "undisclosed"
        for seat in seats
        if seat.mandate and seat.mandate.position == Position.LIAISON_REPRESENTATIVE
    )
    composition.gender = sorted(counts.items())
    return composition
