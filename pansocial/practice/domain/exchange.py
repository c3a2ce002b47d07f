"""Curation of eligible practices into exchange sessions, grouped by thematic cluster."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.practice.models import (
    ExchangeCycle,
    ExchangeSession,
    ImplementerType,
    Practice,
    PracticeStatus,
    SessionSelection,
)
from pansocial.reference.models import Cluster

from .actions import Action
from .review import require_curator

RECENT_YEARS = 3


def currency(practice, today=None):
    """2 ongoing, 1 ended within the last three years, 0 older."""
    today = today or timezone.localdate()
    if practice.status == PracticeStatus.ONGOING:
        return 2
    if practice.end_date and practice.end_date >= today - datetime.timedelta(
        days=365 * RECENT_YEARS
    ):
        return 1
    return 0


def rank_key(practice):
    return (-(practice.review_score or 0), -currency(practice), -practice.pk)


@dataclass
class ClusterProposal:
    cluster: Cluster
    practices: list = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    implementer_types: Counter = field(default_factory=Counter)
    selected_countries: Counter = field(default_factory=Counter)
    selected_types: Counter = field(default_factory=Counter)

    @property
    def country_balance(self):
        """(code, chosen, available) per country, most chosen first."""
        return sorted(
            ((code, self.selected_countries[code], n) for code, n in self.countries.items()),
            key=lambda row: (-row[1], -row[2], row[0]),
        )

    @property
    def type_balance(self):
        labels = dict(ImplementerType.choices)
        return sorted(
            (
                (str(labels.get(kind, kind)), self.selected_types[kind], n)
                for kind, n in self.implementer_types.items()
            ),
            key=lambda row: (-row[1], -row[2], row[0]),
        )


def proposals(cycle=None):
    """Eligible practices per cluster, best first, with the balance of what is chosen."""
    clusters = list(Cluster.objects.order_by("order").prefetch_related("objectives"))
    practices = (
        Practice.objects.published()
        .prefetch_related("objective_links", "countries", "implementers")
        .order_by("-review_score", "-id")
    )
    selected = {}
    if cycle is not None:
        for row in SessionSelection.objects.filter(session__cycle=cycle):
            selected.setdefault(row.cluster_id, set()).add(row.practice_id)
    by_objective = {}
    for practice in practices:
        for link in practice.objective_links.all():
            by_objective.setdefault(link.objective_id, []).append(practice)
    result = []
    for cluster in clusters:
        proposal = ClusterProposal(cluster=cluster)
        seen = set()
        for objective in cluster.objectives.all():
            for practice in by_objective.get(objective.pk, []):
                if practice.pk not in seen:
                    seen.add(practice.pk)
                    proposal.practices.append(practice)
        proposal.practices.sort(key=rank_key)
        chosen = selected.get(cluster.pk, set())
        for practice in proposal.practices:
            codes = [c.code for c in practice.countries.all()]
            types = {i.implementer_type for i in practice.implementers.all()}
            proposal.countries.update(codes)
            proposal.implementer_types.update(types)
            if practice.pk in chosen:
                proposal.selected_countries.update(codes)
                proposal.selected_types.update(types)
            practice.currency = currency(practice)
            practice.is_selected = practice.pk in chosen
        result.append(proposal)
    return result


@transaction.atomic
def create_cycle(*, actor, title, description=""):
    """A cycle with the four sessions of seed 003, each with its clusters."""
    require_curator(actor)
    cycle = ExchangeCycle.objects.create(title=title, description=description, created_by=actor)
    sessions = {}
    for cluster in Cluster.objects.order_by("order"):
        session = sessions.get(cluster.session)
        if session is None:
            session = ExchangeSession.objects.create(
                cycle=cycle,
                number=cluster.session,
                title=_("Session %(n)s") % {"n": cluster.session},
            )
            sessions[cluster.session] = session
        session.clusters.add(cluster)
    record(
        actor=actor,
        action=Action.CYCLE_CREATE,
        obj=cycle,
        after={"title": title},
    )
    return cycle


@transaction.atomic
def select_practice(*, cycle, practice, cluster, actor):
    require_curator(actor)
    if not practice.is_published:
        raise ValidationError(_("Only published practices can be selected."))
    if not practice.objective_links.filter(objective__cluster=cluster).exists():
        raise ValidationError(_("This practice does not belong to that cluster."))
    session = ExchangeSession.objects.filter(cycle=cycle, clusters=cluster).first()
    if session is None:
        raise ValidationError(_("No session of this cycle covers that cluster."))
    selection, created = SessionSelection.objects.get_or_create(
        session=session, practice=practice, defaults={"cluster": cluster, "added_by": actor}
    )
    if created:
        record(
            actor=actor,
            action=Action.CYCLE_SELECT,
            obj=cycle,
            after={"practice": practice.pk, "session": session.number, "cluster": cluster.slug},
        )
    return selection


@transaction.atomic
def unselect_practice(*, cycle, practice, actor):
    require_curator(actor)
    deleted, _rows = SessionSelection.objects.filter(
        session__cycle=cycle, practice=practice
    ).delete()
    if deleted:
        record(
            actor=actor,
            action=Action.CYCLE_UNSELECT,
            obj=cycle,
            before={"practice": practice.pk},
        )


@transaction.atomic
def publish_cycle(*, cycle, actor):
    require_curator(actor)
    cycle.published_at = timezone.now()
    cycle.save(update_fields=["published_at"])
    record(actor=actor, action=Action.CYCLE_PUBLISH, obj=cycle)
    return cycle


def published_sessions(cycle):
    selections = SessionSelection.objects.filter(practice__state="eligible").select_related(
        "practice", "cluster"
    )
    return cycle.sessions.prefetch_related("clusters", Prefetch("selections", queryset=selections))
