from difflib import SequenceMatcher

from django.db import transaction

from pansocial.audit.domain import record
from pansocial.mail.domain import queue_email
from pansocial.membership.models import Contact, Organisation, name_key

SIMILARITY = 0.85


def possible_duplicates(*, name, country, acronym=""):
    """Organisations in ``country`` whose name is the same or very similar once accents,
    case and punctuation are ignored (or that share the acronym)."""
    key = name_key(name)
    if not key or country is None:
        return []
    candidates = Organisation.objects.filter(country=country).exclude(
        status=Organisation.Status.DECLINED
    )
    found = []
    for organisation in candidates.only("id", "name", "acronym", "name_key", "status"):
        same_acronym = acronym and organisation.acronym.lower() == acronym.strip().lower()
        similar = SequenceMatcher(None, key, organisation.name_key).ratio() >= SIMILARITY
        if organisation.name_key == key or similar or same_acronym:
            found.append(organisation)
    return found


@transaction.atomic
def apply(
    *,
    applicant,
    name,
    country,
    primary_group,
    stakeholder_groups=(),
    requested_tables=(),
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
    """An organisation asks to join: pending until an officer of a chosen table decides."""
    organisation = Organisation.objects.create(
        name=name.strip(),
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
    organisation.requested_tables.set(requested_tables)
    Contact.objects.create(organisation=organisation, user=applicant, is_primary=True)
    record(
        actor=applicant,
        action="membership.apply",
        obj=organisation,
        after={
            "country": country.code,
            "tables": sorted(table.slug for table in requested_tables),
        },
    )
    queue_email(
        kind="membership.received",
        to_email=applicant.email,
        to_user=applicant,
        template="mail/membership/received",
        context={"organisation": organisation, "user": applicant},
    )
    return organisation
