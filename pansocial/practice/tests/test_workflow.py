"""The practice workflow: one state machine, one transition function, named audit
actions, and decisions that stay single when people act at the same time."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory
from pansocial.audit.models import AuditEntry
from pansocial.common.testing.concurrency import post_in_parallel
from pansocial.common.workflow import InvalidTransition
from pansocial.mail.models import OutboundEmail
from pansocial.practice import domain
from pansocial.practice.domain.actions import Action
from pansocial.practice.domain.workflow import PRACTICE_WORKFLOW
from pansocial.practice.models import Criterion, Decision, Practice, ReviewRound, State
from pansocial.practice.tests.factories import PracticeFactory, facilitator

CHANGED = "This was changed in the meantime and the action no longer applies."


def _scores(value):
    return dict.fromkeys(Criterion.objects.all(), (value, ""))


def _in_review_with_one_review():
    practice = PracticeFactory(state=State.SUBMITTED)
    curator = facilitator()
    review_round = domain.open_round(practice=practice, actor=curator)
    reviewer = UserFactory()
    assignment = domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    domain.submit_review(assignment=assignment, actor=reviewer, scores=_scores(3))
    return practice, curator


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_workflow_allows_only_the_review_path():
    assert PRACTICE_WORKFLOW.allowed(State.DRAFT) == {State.SUBMITTED}
    assert PRACTICE_WORKFLOW.allowed(State.NEEDS_INFO) == {State.SUBMITTED}
    assert PRACTICE_WORKFLOW.allowed(State.SUBMITTED) == {State.IN_REVIEW}
    assert PRACTICE_WORKFLOW.allowed(State.IN_REVIEW) == {
        State.ELIGIBLE,
        State.NEEDS_INFO,
        State.NOT_ELIGIBLE,
    }
    assert PRACTICE_WORKFLOW.allowed(State.ELIGIBLE) == set()
    assert PRACTICE_WORKFLOW.allowed(State.NOT_ELIGIBLE) == set()


def test_audit_actions_keep_their_stored_strings():
    assert Action.SUBMIT == "practice.submit"
    assert Action.REVIEW_OPEN == "practice.review.open"
    assert Action.DECIDE_NEEDS_INFO == "practice.decide.needs_info"
    assert Action.CYCLE_PUBLISH == "practice.cycle.publish"


@pytest.mark.django_db
def test_submit_twice_refused_with_invalid_transition(ref):
    practice = PracticeFactory()
    domain.submit_practice(practice=practice, actor=practice.submitter)
    with pytest.raises(InvalidTransition):
        domain.submit_practice(practice=practice, actor=practice.submitter)
    assert AuditEntry.objects.filter(action=Action.SUBMIT).count() == 1
    assert OutboundEmail.objects.filter(kind="practice.submitted").count() == 1


@pytest.mark.django_db
def test_decide_after_decision_refused_and_nothing_changes(ref):
    practice, curator = _in_review_with_one_review()
    domain.decide(practice=practice, actor=curator, outcome=Decision.Outcome.ELIGIBLE)
    with pytest.raises(InvalidTransition) as error:
        domain.decide(
            practice=practice, actor=curator, outcome=Decision.Outcome.NOT_ELIGIBLE, reason="No"
        )
    assert error.value.current == State.ELIGIBLE
    practice.refresh_from_db()
    assert practice.state == State.ELIGIBLE
    assert Decision.objects.count() == 1


@pytest.mark.django_db
def test_decide_refused_by_check_leaves_round_open(ref):
    practice, curator = _in_review_with_one_review()
    with pytest.raises(Exception, match="reason"):
        domain.decide(practice=practice, actor=curator, outcome=Decision.Outcome.NOT_ELIGIBLE)
    assert ReviewRound.objects.get(practice=practice).closed_at is None
    assert AuditEntry.objects.filter(action__startswith="practice.decide").count() == 0


@pytest.mark.django_db
def test_manage_view_decision_on_decided_practice_shows_message(client, ref):
    practice, curator = _in_review_with_one_review()
    domain.decide(practice=practice, actor=curator, outcome=Decision.Outcome.ELIGIBLE)
    client.force_login(curator)
    response = client.post(
        reverse("practice:manage", kwargs={"pk": practice.pk}),
        {"action": "decide", "decide-outcome": "not_eligible", "decide-reason": "Tarde"},
    )
    assert response.status_code == 302
    assert _messages(response) == [CHANGED]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_curators_deciding_at_once_exactly_one_decision(ref):
    practice, curator = _in_review_with_one_review()
    other = facilitator()
    url = reverse("practice:manage", kwargs={"pk": practice.pk})
    data = {"action": "decide", "decide-outcome": "eligible", "decide-reason": ""}
    responses = post_in_parallel(url, data, times=5, user=curator)
    responses += post_in_parallel(url, data, times=1, user=other)
    assert [r.status_code for r in responses] == [302] * 6
    assert Decision.objects.filter(practice=practice).count() == 1
    assert AuditEntry.objects.filter(action=Action.DECIDE_ELIGIBLE).count() == 1
    assert OutboundEmail.objects.filter(kind="practice.eligible").count() == 1
    outcomes = sorted(tuple(_messages(r)) for r in responses)
    assert outcomes == [("Decision recorded.",)] + [(CHANGED,)] * 5
    assert Practice.objects.get(pk=practice.pk).state == State.ELIGIBLE


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_double_submit_at_once_exactly_one_submission(ref):
    practice = PracticeFactory()
    url = reverse("practice:submit", kwargs={"pk": practice.pk})
    responses = post_in_parallel(url, {}, times=6, user=practice.submitter)
    assert 500 not in [r.status_code for r in responses]
    assert AuditEntry.objects.filter(action=Action.SUBMIT).count() == 1
    assert OutboundEmail.objects.filter(kind="practice.submitted").count() == 1
    outcomes = sorted(tuple(_messages(r)) for r in responses)
    assert outcomes == [("Thank you: the practice is submitted for review.",)] + [(CHANGED,)] * 5


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_opening_review_at_once_exactly_one_round(ref):
    practice = PracticeFactory(state=State.SUBMITTED)
    curator = facilitator()
    url = reverse("practice:manage", kwargs={"pk": practice.pk})
    responses = post_in_parallel(url, {"action": "open"}, times=6, user=curator)
    assert 500 not in [r.status_code for r in responses]
    assert ReviewRound.objects.filter(practice=practice).count() == 1
    assert AuditEntry.objects.filter(action=Action.REVIEW_OPEN).count() == 1
    outcomes = sorted(tuple(_messages(r)) for r in responses)
    assert outcomes == [("Review round opened.",)] + [(CHANGED,)] * 5
