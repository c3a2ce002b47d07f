from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email
from pansocial.membership.models import Contact, Organisation, name_key

from .actions import Action

SIMILARITY = 0.85


def possible_duplicates(*, name, country, acronym="", statuses=None):
    """Organisations in ``country`` whose name is the same or very similar once accents,
    case and punctuation are ignored (or that share the acronym). Declined ones are left
    out; ``statuses`` narrows further."""
    key = name_key(name)
    if not key or country is None:
        return []
    candidates = Organisation.objects.filter(country=country).exclude(
        status=Organisation.Status.DECLINED
    )
    if statuses is not None:
        candidates = candidates.filter(status__in=statuses)
    found = []
    for organisation in candidates.only("id", "name", "acronym", "name_key", "status"):
        same_acronym = acronym and organisation.acronym.lower() == acronym.strip().lower()
        similar = SequenceMatcher(None, key, organisation.name_key).ratio() >= SIMILARITY
        if organisation.name_key == key or similar or same_acronym:
            found.append(organisation)
    return found


@dataclass
class DuplicateHint:
    """What an applicant may see while typing: member organisations by name (they are in
    the public directory anyway) and only the fact that a similar application is pending."""

    members: list = field(default_factory=list)
    pending: bool = False

    def __bool__(self):
        return bool(self.members) or self.pending


def duplicate_hint(*, name, country, acronym=""):
    found = possible_duplicates(
        name=name,
        country=country,
        acronym=acronym,
        statuses=[Organisation.Status.MEMBER, Organisation.Status.PENDING],
    )
    return DuplicateHint(
        members=[o for o in found if o.status == Organisation.Status.MEMBER],
        pending=any(o.status == Organisation.Status.PENDING for o in found),
    )


@transaction.atomic
def apply(
    *,
    applicant,
    name,
    country,
    primary_group,
    stakeholder_groups=(),
    tables_applied_for=(),
    acronym="",
    countries_of_work=(),
    scope="",
    diaspora=False,
    migrant_led=False,
    women_led=False,
    grassroots=False,
    website="",
    description="",
    languages=(),
):
    """An organisation asks to join: pending until an officer of a chosen table decides.

    The applicant's row is locked first, so the same application sent twice at once (a
    double click, a retried submission) is stored once; the second gets a clear refusal."""
    get_user_model().objects.select_for_update().filter(pk=applicant.pk).first()
    name = name.strip()
    already = Organisation.objects.filter(
        status=Organisation.Status.PENDING,
        country=country,
        name_key=name_key(name),
        contacts__user=applicant,
        contacts__left_at__isnull=True,
    )
    if already.exists():
        raise ValidationError(
            _("You have already applied for this organisation: the application is pending."),
            code="already_applied",
        )
    organisation = Organisation.objects.create(
        name=name,
        acronym=acronym.strip(),
        country=country,
        primary_group=primary_group,
        scope=scope,
        diaspora=diaspora,
        migrant_led=migrant_led,
        women_led=women_led,
        grassroots=grassroots,
        website=website,
        description=description.strip(),
        languages=list(languages),
    )
    organisation.stakeholder_groups.set({primary_group, *stakeholder_groups})
    organisation.countries_of_work.set(countries_of_work)
    organisation.tables_applied_for.set(tables_applied_for)
    Contact.objects.create(organisation=organisation, user=applicant, is_primary=True)
    record(
        actor=applicant,
        action=Action.APPLY,
        obj=organisation,
        after={
            "country": country.code,
            "tables": sorted(table.slug for table in tables_applied_for),
        },
    )
    queue_email(
        kind="membership.received",
        to_email=applicant.email,
        to_user=applicant,
        template="mail/membership/received",
        context={"organisation": organisation, "user": applicant},
    )
    tell_officers(organisation=organisation, tables=tables_applied_for, applicant=applicant)
    return organisation


def tell_officers(*, organisation, tables, applicant=None):
    """E-mail the current officers of each table the organisation applied for (each one
    once, in their own language, naming their tables) that an application waits for them.
    Their personal home lists it too (``membership.pending``)."""
    from pansocial.membership.belonging import officers_of_table

    by_officer = {}
    for table in tables:
        for mandate in officers_of_table(table).select_related("user"):
            officer = mandate.user
            if not officer.is_active or (applicant is not None and officer.pk == applicant.pk):
                continue
            _person, named = by_officer.setdefault(officer.pk, (officer, []))
            if table not in named:
                named.append(table)
    for officer, named in by_officer.values():
        queue_email(
            kind="membership.application_for_table",
            to_email=officer.email,
            to_user=officer,
            template="mail/membership/application_for_table",
            context={"organisation": organisation, "user": officer, "tables": named},
        )
