from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pansocial.account.tests.factories import UserFactory
from pansocial.audit.models import AuditEntry
from pansocial.mail.models import OutboundEmail
from pansocial.practice import domain
from pansocial.practice.domain.review import aggregate
from pansocial.practice.models import Criterion, Decision, State
from pansocial.practice.tests.factories import (
    PracticeFactory,
    contact,
    facilitator,
    organisation,
)

pytestmark = pytest.mark.django_db


def _scores(value, skip=()):
    return {
        c: (None if c.slug in skip else value, f"note {c.slug}") for c in Criterion.objects.all()
    }


@pytest.fixture
def submitted(ref):
    practice = PracticeFactory(state=State.SUBMITTED)
    return practice


def test_criteria_six_of_seed_003_loaded():
    assert list(Criterion.objects.values_list("slug", flat=True)) == [
        "relevance",
        "coherence",
        "innovation",
        "replicability",
        "cross_cutting",
        "currency",
    ]
    assert Criterion.objects.get(slug="innovation").name_es == "Innovación"


def test_open_round_by_non_curator_refused(submitted):
    with pytest.raises(PermissionDenied):
        domain.open_round(practice=submitted, actor=UserFactory())


def test_assign_reviewer_from_implementing_organisation_refused(ref):
    org = organisation("Colectivo Migrante")
    practice = PracticeFactory(state=State.SUBMITTED, implementers=[("Colectivo", "cso", org)])
    curator = facilitator()
    review_round = domain.open_round(practice=practice, actor=curator)
    reviewer = UserFactory(full_name="Ana Revisora")
    contact(reviewer, org)
    with pytest.raises(ValidationError) as error:
        domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    assert error.value.messages == [
        "Conflict of interest: Ana Revisora acts for Colectivo Migrante, which implements "
        "this practice."
    ]
    assert review_round.assignments.count() == 0


def test_assign_reviewer_from_other_organisation_accepted(ref):
    org = organisation("Colectivo Migrante")
    practice = PracticeFactory(state=State.SUBMITTED, implementers=[("Colectivo", "cso", org)])
    curator = facilitator()
    review_round = domain.open_round(practice=practice, actor=curator)
    reviewer = UserFactory()
    contact(reviewer, organisation("Otra ONG"))
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    assert assignment.reviewer == reviewer
    assert OutboundEmail.objects.filter(to_email=reviewer.email).count() == 1


def test_submit_review_without_required_criterion_refused(submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    with pytest.raises(ValidationError) as error:
        domain.submit_review(
            assignment=assignment, actor=reviewer, scores=_scores(3, skip={"relevance"})
        )
    assert error.value.messages == ["Score every required criterion: Relevance to the GCM."]
    assert not hasattr(assignment, "review") or assignment.review is None


def test_submit_review_optional_criterion_may_be_skipped(submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    review = domain.submit_review(
        assignment=assignment, actor=reviewer, scores=_scores(2, skip={"innovation"})
    )
    assert review.scores.count() == 5
    assert review.weighted_score == Decimal("2.00")


def test_weighted_score_uses_criterion_weights(submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    scores = _scores(2)
    relevance = Criterion.objects.get(slug="relevance")  # weight 1.5
    scores[relevance] = (4, "")
    review = domain.submit_review(assignment=assignment, actor=reviewer, scores=scores)
    # (1.5*4 + 5*2) / 6.5 = 16 / 6.5 = 2.4615...
    assert review.weighted_score == Decimal("2.46")


def test_aggregate_large_disagreement_flags_another_reviewer(submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    for value in (4, 1):
        reviewer = UserFactory()
        assignment = domain.assign_reviewer(
            review_round=review_round, reviewer=reviewer, actor=curator
        )
        domain.submit_review(assignment=assignment, actor=reviewer, scores=_scores(value))
    totals = aggregate(review_round)
    assert totals.reviews == 2
    assert totals.mean == Decimal("2.50")
    assert totals.spread == Decimal("3.00")
    assert totals.needs_another_reviewer is True


def test_aggregate_small_disagreement_not_flagged(submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    for value in (3, 2):
        reviewer = UserFactory()
        assignment = domain.assign_reviewer(
            review_round=review_round, reviewer=reviewer, actor=curator
        )
        domain.submit_review(assignment=assignment, actor=reviewer, scores=_scores(value))
    totals = aggregate(review_round)
    assert totals.spread == Decimal("1.00")
    assert totals.needs_another_reviewer is False


def test_update_after_review_started_refused(submitted):
    domain.open_round(practice=submitted, actor=facilitator())
    with pytest.raises(domain.NotEditable):
        domain.update_practice(
            practice=submitted, actor=submitted.submitter, data={"title": "Cambiado"}
        )
    submitted.refresh_from_db()
    assert submitted.title != "Cambiado"


def test_decide_eligible_publishes_and_emails_in_submitter_language(ref):
    submitter = UserFactory(preferred_language="pt")
    practice = PracticeFactory(state=State.SUBMITTED, submitter=submitter)
    curator = facilitator()
    review_round = domain.open_round(practice=practice, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    domain.submit_review(assignment=assignment, actor=reviewer, scores=_scores(3))
    domain.decide(practice=practice, actor=curator, outcome=Decision.Outcome.ELIGIBLE)
    practice.refresh_from_db()
    assert practice.state == State.ELIGIBLE
    assert practice.published_at is not None
    assert practice.review_score == Decimal("3.00")
    email = OutboundEmail.objects.filter(to_email=submitter.email).latest("id")
    assert email.language == "pt"
    assert email.kind == "practice.eligible"
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "practice.review.open",
        "practice.review.assign",
        "practice.review.score",
        "practice.decide.eligible",
    } <= actions


def test_decide_not_eligible_without_reason_refused(submitted):
    curator = facilitator()
    domain.open_round(practice=submitted, actor=curator)
    with pytest.raises(ValidationError):
        domain.decide(practice=submitted, actor=curator, outcome=Decision.Outcome.NOT_ELIGIBLE)
    submitted.refresh_from_db()
    assert submitted.state == State.IN_REVIEW


def test_needs_info_lets_submitter_edit_and_resubmit(submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    domain.submit_review(
        assignment=assignment,
        actor=reviewer,
        scores=_scores(2),
        questions="¿Qué resultados midieron?",
    )
    domain.decide(practice=submitted, actor=curator, outcome=Decision.Outcome.NEEDS_INFO)
    email = OutboundEmail.objects.filter(to_email=submitted.submitter.email).latest("id")
    assert "¿Qué resultados midieron?" in email.body
    domain.update_practice(
        practice=submitted,
        actor=submitted.submitter,
        data={"results": "Medimos 300 personas atendidas."},
    )
    domain.submit_practice(practice=submitted, actor=submitted.submitter)
    submitted.refresh_from_db()
    assert submitted.state == State.SUBMITTED
    assert domain.open_round(practice=submitted, actor=curator).number == 2


def test_needs_info_detail_shows_questions_to_submitter_only(client, submitted):
    curator = facilitator()
    review_round = domain.open_round(practice=submitted, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    domain.submit_review(
        assignment=assignment, actor=reviewer, scores=_scores(2), questions="¿Cuántas personas?"
    )
    domain.decide(practice=submitted, actor=curator, outcome=Decision.Outcome.NEEDS_INFO)
    client.force_login(submitted.submitter)
    assert "¿Cuántas personas?" in client.get(submitted.get_absolute_url()).content.decode()
    client.force_login(curator)
    assert "¿Cuántas personas?" not in client.get(submitted.get_absolute_url()).content.decode()
