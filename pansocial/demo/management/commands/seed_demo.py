"""Fill the database with a lived-in, clearly fictional demo mechanism.

    python manage.py seed_demo [--password PASSWORD]

About forty member organisations across the region, pending applications, contacts,
officers of every table, a liaison table with vacant seats, UN agency seats, a GT-SC
facilitator, mandates ending soon and published good practices. Everything is written
through the apps' domain functions, so the audit trail and the outbox are real; the audit
entries are then dated back to the demo's timeline (membership grows over two years).
The e-mails that history produced are kept in the outbox marked as sent without being
delivered: every address is at example.org.

Running it again changes nothing: an audit entry ``demo.seed`` marks a seeded database.
"""

import datetime
import logging
import secrets

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from pansocial.account import domain as account_domain
from pansocial.account.models import User
from pansocial.audit.domain import record
from pansocial.audit.models import AuditEntry
from pansocial.demo import content
from pansocial.mail.models import OutboundEmail
from pansocial.membership import domain as membership_domain
from pansocial.membership.models import Contact, Organisation
from pansocial.practice import domain as practice_domain
from pansocial.practice.models import Criterion, Decision, ImplementerType, Practice
from pansocial.reference.models import Country, Objective, Principle, StakeholderGroup
from pansocial.table import domain as table_domain
from pansocial.table.models import Mandate, Table, TableMembership

MARKER = "demo.seed"
EMAIL_DOMAIN = "example.org"
ROLE_LABELS = {
    "secretary": "secretary",
    "principal_delegate": "principal delegate",
    "alternate_delegate": "alternate delegate",
}


def is_seeded():
    return (
        AuditEntry.objects.filter(action=MARKER).exists()
        or User.objects.filter(email=f"{content.FACILITATOR}@{EMAIL_DOMAIN}").exists()
    )


class Seeder:
    def __init__(self, password, stdout=None):
        self.password = password
        self.stdout = stdout
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.people = {}
        self.organisations = {}
        self.roles = {}
        self.tables = {table.slug: table for table in Table.objects.all()}
        self.countries = {country.code: country for country in Country.objects.all()}
        self.groups = {group.slug: group for group in StakeholderGroup.objects.all()}
        missing = {"mt1", "mt2", "mt3", "mt4", "liaison", "gt-sc"} - set(self.tables)
        if missing or "CO" not in self.countries or not self.groups:
            raise CommandError(
                "The reference data and the tables are missing: run `manage.py migrate` first."
            )

    # Time

    def ago(self, days, hour=10):
        """A moment ``days`` before now, at a plausible working hour."""
        day = self.today - datetime.timedelta(days=days)
        return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)

    def day(self, days):
        return self.today - datetime.timedelta(days=days)

    @staticmethod
    def date_entries(obj, action, when):
        """Move the audit entries and e-mails of ``obj``'s ``action`` to the demo's date."""
        from django.contrib.contenttypes.models import ContentType

        AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk),
            action=action,
        ).redate_for_demo(when)

    # People

    def person(self, local):
        return self.people[local]

    def add_people(self):
        language = {}
        for row in (*content.MEMBERS, *content.PENDING, *content.DECLINED, *content.WITHDRAWN):
            language[row[0]] = row[7]
        for key, name, local, gender, public in content.PEOPLE:
            org = self.row(key) if key else None
            user = account_domain.sign_up(
                email=f"{local}@{EMAIL_DOMAIN}",
                full_name=name,
                password=None,  # set below, hashed once for everybody
                preferred_language=language.get(key, "es"),
                country=self.countries.get(org[3]) if org else self.countries["PA"],
            )
            account_domain.verify_email(token=account_domain.verification_token(user))
            user.gender = gender
            user.show_name_publicly = public
            user.save(update_fields=["gender", "show_name_publicly"])
            self.people[local] = user
        User.objects.filter(pk__in=[u.pk for u in self.people.values()]).update(
            password=make_password(self.password)
        )

    def date_account(self, user, when):
        User.objects.filter(pk=user.pk).update(date_joined=when, email_verified_at=when)
        self.date_entries(user, "account.sign_up", when)
        self.date_entries(user, "account.verify_email", when + datetime.timedelta(minutes=7))

    def contacts_of(self, key):
        return [self.people[local] for org, _n, local, _g, _p in content.PEOPLE if org == key]

    # Organisations

    @staticmethod
    def row(key):
        for row in (*content.MEMBERS, *content.PENDING, *content.DECLINED, *content.WITHDRAWN):
            if row[0] == key:
                return row
        raise KeyError(key)

    def apply(self, row, applied_at):
        key, name, acronym, country, group, others, scope, language, markers, tables = row[:10]
        description = row[11]
        applicant, *colleagues = self.contacts_of(key)
        country = self.countries[country]
        organisation = membership_domain.apply(
            applicant=applicant,
            name=name,
            acronym=acronym,
            country=country,
            primary_group=self.groups[group],
            stakeholder_groups=[self.groups[slug] for slug in others],
            tables_applied_for=[self.tables[slug] for slug in tables],
            countries_of_work=[country],
            scope=scope,
            diaspora="d" in markers,
            migrant_led="m" in markers,
            women_led="w" in markers,
            grassroots="g" in markers,
            website=f"https://{key}.{EMAIL_DOMAIN}/",
            description=f"{description} {content.FICTIONAL[language]}",
            languages=[language],
        )
        Organisation.objects.filter(pk=organisation.pk).update(created_at=applied_at)
        for person in (applicant, *colleagues):
            self.date_account(person, applied_at - datetime.timedelta(days=2))
        Contact.objects.filter(organisation=organisation).update(since=applied_at)
        self.date_entries(organisation, "membership.apply", applied_at)
        OutboundEmail.objects.filter(to_user=applicant, kind="membership.received").update(
            created_at=applied_at
        )
        self.organisations[key] = organisation
        return organisation, colleagues

    def accept(self, row, actor):
        days = row[10]
        accepted_at = self.ago(days, hour=15)
        organisation, colleagues = self.apply(row, self.ago(days + 12))
        membership_domain.accept(
            organisation=organisation,
            actor=actor,
            note="Cumple los criterios de membresía."
            if actor
            else "Miembro fundador (acta de la reunión constitutiva).",
        )
        Organisation.objects.filter(pk=organisation.pk).update(
            member_since=accepted_at, decided_at=accepted_at
        )
        TableMembership.objects.filter(organisation=organisation).update(joined_at=accepted_at)
        self.date_entries(organisation, "membership.accept", accepted_at)
        for colleague in colleagues:
            invitation = membership_domain.invite_contact(
                organisation=organisation,
                email=colleague.email,
                actor=self.contacts_of(row[0])[0],
            )
            membership_domain.accept_invitation(invitation=invitation, user=colleague)
            Contact.objects.filter(organisation=organisation, user=colleague).update(
                since=accepted_at + datetime.timedelta(days=3)
            )
        self.date_entries(
            organisation, "membership.invite_contact", accepted_at + datetime.timedelta(days=2)
        )
        self.date_entries(
            organisation, "membership.add_contact", accepted_at + datetime.timedelta(days=3)
        )
        organisation.refresh_from_db()
        return organisation

    def officer_of(self, slugs, days):
        """Who decides an application ``days`` ago: the secretary of a table it asks for
        then; None (the platform, "system" in the audit trail) for the founding members,
        listed at set-up before the tables had officers."""
        for slug in slugs:
            mandate = (
                Mandate.objects.current(self.day(days))
                .filter(table=self.tables[slug], position="secretary")
                .select_related("user")
                .first()
            )
            if mandate is not None:
                return mandate.user
        return None

    # Tables

    def appoint(self, table, position, person, organisation, start, end, represents=None):
        mandate = table_domain.appoint(
            table=self.tables[table],
            user=self.person(person),
            position=position,
            organisation=self.organisations[organisation] if organisation else None,
            represents=self.tables[represents] if represents else None,
            starts_on=start,
            ends_on=end,
            actor=None,  # the platform records the outcome of the table's election
        )
        self.date_entries(mandate, "table.appoint", self.ago((self.today - start).days))
        return mandate

    def add_officers(self, rows, past=False):
        for table, position, person, organisation, start, end in rows:
            self.appoint(
                table,
                position,
                person,
                organisation,
                self.day(start),
                self.today + datetime.timedelta(days=-end if past else end),
            )
            if not past:
                label = ROLE_LABELS[position]
                self.roles.setdefault(person, []).append(f"{label} of {table}")

    # Practices

    def practice_data(self, spec):
        start = self.day(spec["start"])
        ongoing = spec.get("end") is None
        objectives = {o.number: o for o in Objective.objects.filter(number__in=spec["objectives"])}
        return {
            "title": spec["title"],
            "summary": spec["summary"],
            "description": spec["description"],
            "practice_type": spec["type"],
            "language": spec["language"],
            "geographic_scope": spec["scope"],
            "start_date": start,
            "end_date": None if ongoing else self.day(spec["end"]),
            "ongoing": ongoing,
            "results": spec["results"],
            "lessons": spec["lessons"],
            "replicability": spec["replicability"],
            "countries": [self.countries[code] for code in spec["countries"]],
            "principles": list(Principle.objects.filter(slug__in=spec["principles"])),
            "objectives": [objectives[number] for number in spec["objectives"]],
            "primary_objectives": [objectives[spec["objectives"][0]]],
        }

    def implementers(self, spec):
        rows = []
        for item in spec["implementers"]:
            if isinstance(item, str):
                organisation = self.organisations[item]
                rows.append(
                    {
                        "name": organisation.name,
                        "implementer_type": ImplementerType.CSO,
                        "organisation": organisation,
                    }
                )
            else:
                rows.append({"name": item[0], "implementer_type": item[1]})
        return rows

    def submit(self, spec, days):
        submitter = self.person(spec["submitter"])
        practice = practice_domain.create_practice(
            submitter=submitter, data=self.practice_data(spec), implementers=self.implementers(spec)
        )
        practice = practice_domain.submit_practice(practice=practice, actor=submitter)
        facilitator = self.person(content.FACILITATOR)
        review_round = practice_domain.open_round(practice=practice, actor=facilitator)
        assignment = practice_domain.assign_reviewer(
            review_round=review_round, reviewer=self.person(content.REVIEWER), actor=facilitator
        )
        Practice.objects.filter(pk=practice.pk).update(
            created_at=self.ago(days + 30), submitted_at=self.ago(days + 28)
        )
        for action, offset in (
            ("practice.create", 30),
            ("practice.submit", 28),
            ("practice.review.open", 25),
            ("practice.review.assign", 25),
        ):
            self.date_entries(practice, action, self.ago(days + offset))
        return practice, assignment

    def publish(self, spec):
        days = spec["published"]
        practice, assignment = self.submit(spec, days)
        criteria = list(Criterion.objects.filter(active=True))
        scores = {
            criterion: (content.SCORES[index % len(content.SCORES)], "")
            for index, criterion in enumerate(criteria)
        }
        practice_domain.submit_review(
            assignment=assignment,
            actor=self.person(content.REVIEWER),
            scores=scores,
            comment="Práctica pertinente y bien documentada.",
        )
        practice_domain.decide(
            practice=practice,
            actor=self.person(content.FACILITATOR),
            outcome=Decision.Outcome.ELIGIBLE,
        )
        Practice.objects.filter(pk=practice.pk).update(published_at=self.ago(days, hour=16))
        self.date_entries(practice, "practice.review.score", self.ago(days + 6))
        self.date_entries(practice, "practice.decide.eligible", self.ago(days, hour=16))
        return practice

    # The whole mechanism

    @transaction.atomic
    def run(self):
        self.add_people()
        facilitator = self.person(content.FACILITATOR)
        founded = self.ago(max(row[10] for row in content.MEMBERS) + 20)
        gtsc = table_domain.appoint(
            table=self.tables["gt-sc"],
            user=facilitator,
            position="facilitator",
            starts_on=founded.date(),
            actor=None,
        )
        self.date_entries(gtsc, "table.appoint", founded)
        for local in (content.FACILITATOR, *(row[0] for row in content.UN_AGENCY_SEATS)):
            self.date_account(self.person(local), founded - datetime.timedelta(days=3))
        self.roles.setdefault(content.FACILITATOR, []).append(
            "facilitator (GT-SC): runs the review of good practices"
        )
        # Members in the order they joined, accepted by a secretary of a table they asked
        # for once the tables have officers; officers appointed as their terms began.
        officer_rows = sorted(
            [(row, False) for row in content.PAST_OFFICERS]
            + [(row, True) for row in content.OFFICERS],
            key=lambda item: -item[0][4],
        )
        joining = sorted((*content.MEMBERS, *content.WITHDRAWN), key=lambda row: -row[10])
        for row in joining:
            while officer_rows and officer_rows[0][0][4] > row[10]:
                (officer, current), *officer_rows = officer_rows
                self.add_officers([officer], past=not current)
            self.accept(row, actor=self.officer_of(row[9], row[10]))
        for officer, current in officer_rows:
            self.add_officers([officer], past=not current)
        for slug, days, keys in (
            ("technical", 240, ["ocf", "ipem", "imd", "rumd"]),
            ("indicators", 180, ["idmc", "ipem", "rumd", "refat"]),
        ):
            secretary = self.officer_of([slug], days)
            for key in keys:
                membership = table_domain.add_organisation(
                    table=self.tables[slug], organisation=self.organisations[key], actor=secretary
                )
                TableMembership.objects.filter(pk=membership.pk).update(joined_at=self.ago(days))
            self.date_entries(self.tables[slug], "table.add_organisation", self.ago(days))
        for person, organisation, represents, start, end in content.LIAISON:
            self.appoint(
                "liaison",
                "liaison_representative",
                person,
                organisation,
                self.day(start),
                self.today + datetime.timedelta(days=end),
                represents=represents,
            )
            self.roles.setdefault(person, []).append(f"liaison representative of {represents}")
        for person, start, end in content.UN_AGENCY_SEATS:
            self.appoint("liaison", "un_agency_seat", person, None, self.day(start), end)
            self.roles.setdefault(person, []).append("UN agency seat on the liaison table")
        for key, *_fields, days, reason in content.WITHDRAWN:
            membership_domain.withdraw(
                organisation=self.organisations[key],
                actor=self.contacts_of(key)[0],
                reason=reason,
            )
            Organisation.objects.filter(pk=self.organisations[key].pk).update(
                withdrawn_at=self.ago(days)
            )
            TableMembership.objects.filter(organisation=self.organisations[key]).update(
                left_at=self.ago(days)
            )
            self.date_entries(self.organisations[key], "membership.withdraw", self.ago(days))
        for slug, days in content.MEETINGS.items():
            table_domain.record_meeting(table=self.tables[slug], held_at=self.ago(days, hour=14))
        for row in content.PENDING:
            self.apply(row, self.ago(row[10]))
        for row in content.DECLINED:
            organisation, _colleagues = self.apply(row, self.ago(row[10] + 14))
            membership_domain.decline(
                organisation=organisation,
                actor=self.officer_of(row[9], row[10]),
                reason=row[12],
            )
            Organisation.objects.filter(pk=organisation.pk).update(decided_at=self.ago(row[10]))
            self.date_entries(organisation, "membership.decline", self.ago(row[10]))
        for spec in content.PRACTICES:
            self.publish(spec)
        self.submit(content.IN_REVIEW, 4)
        self.roles.setdefault(content.REVIEWER, []).append("reviewer of good practices")
        self.roles.setdefault(content.IN_REVIEW["submitter"], []).append(
            "submitted a practice now in review"
        )
        # The history's e-mails stay in the outbox, marked sent, never delivered.
        OutboundEmail.objects.filter(status=OutboundEmail.Status.QUEUED).filter(
            to_email__endswith=f"@{EMAIL_DOMAIN}",
            to_user__in=list(self.people.values()),
        ).update(status=OutboundEmail.Status.SENT, sent_at=self.now)
        record(
            actor=None,
            action=MARKER,
            note="Fictional demo mechanism loaded by manage.py seed_demo.",
            after={"organisations": len(self.organisations), "people": len(self.people)},
        )

    def accounts(self):
        """(e-mail, organisation, roles) of the accounts worth signing in with: everyone
        with a role, one plain member contact and one applicant."""
        rows, member_example, applicant_example = [], None, None
        fresh = Organisation.objects.in_bulk([o.pk for o in self.organisations.values()])
        for key, _name, local, _gender, _public in content.PEOPLE:
            user = self.people[local]
            organisation = fresh.get(self.organisations[key].pk) if key else None
            label = (organisation.acronym or organisation.name) if organisation else ""
            roles = self.roles.get(local)
            if roles:
                rows.append((user.email, label, "; ".join(roles)))
            elif organisation is None:
                continue
            elif organisation.status == Organisation.Status.MEMBER and member_example is None:
                member_example = (user.email, label, "contact of a member organisation")
            elif organisation.status == Organisation.Status.PENDING and not applicant_example:
                applicant_example = (user.email, label, "applicant, application pending")
        return rows + [row for row in (member_example, applicant_example) if row]


class Command(BaseCommand):
    help = "Load a lived-in, clearly fictional demo mechanism (once; a second run does nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="password of every demo account (default: a new random one, printed)",
        )

    def handle(self, *args, password=None, **options):
        if is_seeded():
            self.stdout.write("The demo data is already loaded: nothing to do.")
            return
        password = password or f"demo-{secrets.token_urlsafe(9)}"
        seeder = Seeder(password)
        # The outbox hands each e-mail of the history to a task after commit; the tasks
        # find them already marked sent. Their log lines would only drown the accounts.
        tasks_log = logging.getLogger("django.tasks")
        level = tasks_log.level
        tasks_log.setLevel(logging.WARNING)
        try:
            seeder.run()
        finally:
            tasks_log.setLevel(level)
        members = Organisation.objects.members().count()
        pending = Organisation.objects.filter(status=Organisation.Status.PENDING).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo mechanism loaded: {members} member organisations, {pending} pending "
                f"applications, {len(seeder.people)} people, "
                f"{Practice.objects.published().count()} published practices. All fictional."
            )
        )
        self.stdout.write(f"Every demo account signs in with the password: {password}")
        self.stdout.write("Accounts (sign in at /account/signin/):")
        for email, organisation, roles in seeder.accounts():
            self.stdout.write(f"  {email:36} {organisation:7} {roles}")
        self.stdout.write(
            "  Every other organisation has its own contacts (first.last@example.org)."
        )
