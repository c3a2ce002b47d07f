from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from pansocial.account.models import User
from pansocial.audit.models import AuditEntry
from pansocial.demo import content
from pansocial.mail.models import OutboundEmail
from pansocial.membership import coverage
from pansocial.membership.models import Contact, Organisation
from pansocial.practice.models import Practice, State
from pansocial.table.domain import liaison_composition
from pansocial.table.models import Mandate, TableMembership
from pansocial.table.rules import is_facilitator, is_officer_of, is_table_officer

pytestmark = pytest.mark.django_db

PASSWORD = "demo-test-password"


def seed():
    out = StringIO()
    call_command("seed_demo", password=PASSWORD, stdout=out)
    return out.getvalue()


def counts():
    return {
        "organisations": Organisation.objects.count(),
        "users": User.objects.count(),
        "contacts": Contact.objects.count(),
        "memberships": TableMembership.objects.count(),
        "mandates": Mandate.objects.count(),
        "practices": Practice.objects.count(),
        "audit": AuditEntry.objects.count(),
        "emails": OutboundEmail.objects.count(),
    }


def test_seed_demo_creates_a_lived_in_mechanism():
    assert Organisation.objects.count() == 0
    output = seed()

    statuses = dict(Organisation.objects.values_list("status").annotate(n=Count("id")))
    assert statuses == {"member": 40, "pending": 4, "declined": 1, "withdrawn": 1}
    assert User.objects.count() == len(content.PEOPLE)
    assert Organisation.objects.members().values("country").distinct().count() >= 20
    assert Organisation.objects.members().values("primary_group").distinct().count() >= 8
    languages = {
        language
        for languages in Organisation.objects.values_list("languages", flat=True)
        for language in languages
    }
    assert languages == {"es", "pt", "en", "fr"}
    assert all(
        description.endswith(content.FICTIONAL[languages[0]])
        for description, languages in Organisation.objects.values_list("description", "languages")
    )
    assert not User.objects.exclude(email__endswith="@example.org").exists()

    # Membership grew over two years: the coverage trend has many quarters.
    trend = coverage.trend()
    assert len(trend) >= 8
    assert trend[0].value < trend[-1].value

    # Roles: an officer on every working table, a facilitator, the liaison table.
    kemar = User.objects.get(email="kemar.baptiste@example.org")
    assert is_officer_of(kemar, Mandate.objects.get(user=kemar, position="secretary").table)
    for slug in ("mt1", "mt2", "mt3", "mt4"):
        assert Mandate.objects.current().filter(table__slug=slug, position="secretary").exists()
    assert is_facilitator(User.objects.get(email=f"{content.FACILITATOR}@example.org"))
    composition = liaison_composition()
    assert composition.filled == 7 and composition.vacant == 3
    assert composition.ending_soon
    soon = timezone.localdate() + timedelta(days=60)
    assert Mandate.objects.current().filter(ends_on__lte=soon).count() >= 3
    assert Mandate.objects.exclude(ends_on=None).filter(ends_on__lt=timezone.localdate()).exists()

    # Practices: published through the review, one waiting for its reviewer.
    assert Practice.objects.published().count() == len(content.PRACTICES)
    assert Practice.objects.filter(state=State.IN_REVIEW).count() == 1
    assert {p.language for p in Practice.objects.published()} == {"es", "pt", "en", "fr"}

    # Real audit entries, dated along the demo's timeline; e-mails kept, not delivered.
    assert AuditEntry.objects.filter(action="membership.accept").count() == 41
    assert AuditEntry.objects.filter(action="practice.decide.eligible").count() == 6
    oldest = AuditEntry.objects.filter(action="membership.accept").order_by("created_at").first()
    assert oldest.created_at < timezone.now() - timedelta(days=600)
    assert not OutboundEmail.objects.filter(status=OutboundEmail.Status.QUEUED).exists()

    # The printed accounts sign in with the printed password.
    assert PASSWORD in output
    assert "kemar.baptiste@example.org" in output
    assert "irene.salvatierra@example.org" in output
    assert authenticate(email="kemar.baptiste@example.org", password=PASSWORD) == kemar
    assert is_table_officer(kemar)


def test_seed_demo_twice_adds_nothing():
    seed()
    before = counts()
    output = seed()
    assert "already loaded" in output
    assert counts() == before
