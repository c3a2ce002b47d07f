"""Fill a database at the scale of a mature mechanism, or far beyond, for bench/load.py.

    DATABASE_URL=... .venv/bin/python bench/generate.py --orgs 5000 --practices 100000

Migrates first (the data migrations load the reference data and the tables), then tops the
database up to ``--orgs`` organisations and ``--practices`` practices: running it again
with larger numbers adds only the difference, so one database can grow from the real size
(~150 organisations) to the stress sizes (5,000, 50,000) step by step.

Organisations: the 33 countries of the region, unevenly (some countries and stakeholder
groups are rare, as on a real coverage dashboard) plus ~4 % diaspora; the 13 stakeholder
groups of GCM para 44; names and descriptions in Spanish, Portuguese, English or French
after the country; ~88 % members (joined over the years since February 2022), the rest
pending, declined or withdrawn; 1–3 contacts each (people with ``@example.org``
addresses and no usable password); members sit on one or two of the working tables
mt1–mt4 and some on the technical table or the indicators commission. Mandates: officers
of every table, the liaison table (two representatives per working table, two UN agency
seats), GT-SC facilitators, and ended mandates for the history. Practices: published ones
in the four languages with objectives, principles, countries and implementers.

Everything goes in with ``bulk_create`` (no audit entries, no e-mails: this is load data,
not history), so the cached public pages are made stale explicitly, the search index is
rebuilt at the end with ``manage.py reindex_search`` and the planner statistics refreshed.
"""

import argparse
import contextlib
import datetime
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pansocial.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from pansocial.account.models import User  # noqa: E402
from pansocial.common.cache import bump  # noqa: E402
from pansocial.membership.models import Contact, Organisation, name_key, sort_key  # noqa: E402
from pansocial.practice.models import (  # noqa: E402
    Implementer,
    ImplementerType,
    Practice,
    PracticeObjective,
)
from pansocial.reference.models import (  # noqa: E402
    Country,
    Objective,
    Principle,
    StakeholderGroup,
    Subregion,
)
from pansocial.table.models import (  # noqa: E402
    Mandate,
    Position,
    Table,
    TableMembership,
)

BATCH = 2000
# The mechanism's terms of reference date from February 2022 (seed 000).
FOUNDED = datetime.datetime(2022, 2, 1, tzinfo=datetime.UTC)
EMAIL_DOMAIN = "example.org"
BENCH_PREFIX = "bench-"

# Relative weight of each country of headquarters: the big corridors are well covered,
# several small Caribbean states barely (what the coverage dashboard must point out).
COUNTRY_WEIGHTS = {
    "AR": 6, "BO": 3, "BR": 7, "CL": 7, "CO": 10, "EC": 6, "GY": 1, "PY": 2, "PE": 8,
    "SR": 0.5, "UY": 3, "VE": 5, "BZ": 1, "CR": 6, "SV": 3, "GT": 5, "HN": 4, "MX": 10,
    "NI": 2, "PA": 4, "AG": 0.3, "BS": 0.5, "BB": 1, "CU": 1, "DM": 0.3, "DO": 4, "GD": 0.3,
    "HT": 3, "JM": 1.5, "KN": 0.2, "LC": 0.3, "VC": 0.2, "TT": 2,
}  # fmt: skip
DIASPORA_SHARE = 0.04
GROUP_WEIGHTS = {
    "migrants": 8,
    "civil-society": 25,
    "migrant-diaspora-organisations": 12,
    "faith-based-organisations": 8,
    "local-authorities-communities": 3,
    "private-sector": 1,
    "employers-workers-organisations": 3,
    "parliamentarians": 0.3,
    "national-human-rights-institutions": 1,
    "red-cross-red-crescent": 1,
    "academia": 8,
    "media": 1,
    "other-stakeholders": 2,
}
LANGUAGE_OF = {
    "BR": "pt", "PT": "pt", "HT": "fr", "FR": "fr", "BE": "fr", "CH": "fr",
    "AG": "en", "BS": "en", "BB": "en", "DM": "en", "GD": "en", "JM": "en", "KN": "en",
    "LC": "en", "VC": "en", "TT": "en", "GY": "en", "BZ": "en", "SR": "en", "US": "en",
    "CA": "en", "GB": "en", "AU": "en", "JP": "en", "SE": "en", "NL": "en", "DE": "en",
    "IT": "es", "ES": "es",
}  # fmt: skip
# Cities of each country, separated by |.
PLACES = {
    "AR": "Buenos Aires|Rosario|Mendoza",
    "BO": "La Paz|Santa Cruz|Cochabamba",
    "BR": "São Paulo|Boa Vista|Manaus|Curitiba",
    "CL": "Santiago|Arica|Antofagasta",
    "CO": "Bogotá|Cúcuta|Medellín|Pasto",
    "EC": "Quito|Guayaquil|Tulcán",
    "GY": "Georgetown",
    "PY": "Asunción|Encarnación",
    "PE": "Lima|Tacna|Tumbes",
    "SR": "Paramaribo",
    "UY": "Montevideo|Rivera",
    "VE": "Caracas|Maracaibo|San Cristóbal",
    "BZ": "Belmopan",
    "CR": "San José|Upala",
    "SV": "San Salvador|Santa Ana",
    "GT": "Guatemala|Quetzaltenango|Tecún Umán",
    "HN": "Tegucigalpa|San Pedro Sula",
    "MX": "Tapachula|Tijuana|Ciudad Juárez|Oaxaca",
    "NI": "Managua|León",
    "PA": "Panamá|Darién",
    "AG": "St. John's",
    "BS": "Nassau",
    "BB": "Bridgetown",
    "CU": "La Habana|Santiago de Cuba",
    "DM": "Roseau",
    "DO": "Santo Domingo|Dajabón",
    "GD": "St. George's",
    "HT": "Port-au-Prince|Cap-Haïtien|Ouanaminthe",
    "JM": "Kingston|Montego Bay",
    "KN": "Basseterre",
    "LC": "Castries",
    "VC": "Kingstown",
    "TT": "Port of Spain|San Fernando",
    "US": "New York|Houston",
    "CA": "Toronto",
    "ES": "Madrid|Barcelona",
    "IT": "Roma",
    "PT": "Lisboa",
    "FR": "Paris",
    "DE": "Berlin",
    "GB": "London",
    "NL": "Amsterdam",
    "CH": "Genève",
    "BE": "Bruxelles",
    "SE": "Stockholm",
    "JP": "Tokyo",
    "AU": "Sydney",
}
KINDS = {
    "es": ["Red", "Fundación", "Asociación", "Colectivo", "Centro", "Coordinadora",
           "Alianza", "Observatorio", "Casa", "Movimiento", "Pastoral", "Instituto"],
    "pt": ["Rede", "Associação", "Instituto", "Coletivo", "Centro", "Casa", "Fórum", "Missão"],
    "en": ["Network", "Foundation", "Association", "Centre", "Alliance", "Coalition", "Institute"],
    "fr": ["Réseau", "Association", "Collectif", "Centre", "Fondation", "Plateforme"],
}  # fmt: skip
FOCUS = {
    "es": ["de Mujeres Migrantes", "de Apoyo a Personas Migrantes", "por los Derechos Migrantes",
           "de Acogida y Hospitalidad", "para la Integración", "de Trabajadoras del Hogar",
           "de Juventudes Migrantes", "Sin Fronteras", "de Estudios Migratorios",
           "de Personas Retornadas", "de Niñez en Movilidad", "de Salud y Migración"],
    "pt": ["de Apoio ao Migrante", "de Mulheres Imigrantes", "de Acolhida",
           "pelos Direitos dos Migrantes", "de Integração", "de Estudos Migratórios"],
    "en": ["Migrant Rights", "Caribbean Migrants", "Refugee and Migrant Support",
           "Diaspora Development", "Migrant Workers", "Mobility Research"],
    "fr": ["d'Appui aux Migrants", "des Femmes Migrantes", "pour les Droits des Migrants",
           "d'Accueil et d'Intégration", "des Rapatriés", "de Recherche sur les Mobilités"],
}  # fmt: skip
WORDS = {
    "es": ["regularización", "trabajadores", "migrantes", "salud", "niñas", "niños",
           "familias", "acogida", "empleo", "documentación", "protección", "integración",
           "frontera", "escuelas", "mujeres", "retorno", "remesas", "derechos",
           "comunidades", "albergues", "formación", "programa", "municipal", "ventanilla"],
    "pt": ["acolhida", "famílias", "migrantes", "interiorização", "saúde", "crianças",
           "trabalho", "documentação", "proteção", "integração", "fronteira", "escolas",
           "mulheres", "retorno", "remessas", "direitos", "comunidades", "abrigos",
           "formação", "programa", "municipal", "atendimento"],
    "en": ["regularisation", "workers", "migrants", "health", "children", "families",
           "reception", "employment", "documentation", "protection", "integration", "border",
           "schools", "women", "return", "remittances", "rights", "communities", "shelters",
           "training", "programme", "municipal", "desk"],
    "fr": ["régularisation", "travailleurs", "migrants", "santé", "enfants", "familles",
           "accueil", "emploi", "documentation", "protection", "intégration", "frontière",
           "écoles", "femmes", "retour", "transferts", "droits", "communautés", "abris",
           "formation", "programme", "municipal", "guichet"],
}  # fmt: skip
FIRST_NAMES = ["Ana", "Luis", "María", "José", "Camila", "Jean", "Marie", "João", "Fernanda",
               "Carlos", "Rosa", "Andrés", "Valentina", "Kemar", "Shanice", "Daniela", "Pedro",
               "Lucía", "Wilfrid", "Beatriz", "Tomás", "Natalia", "Ricardo", "Yolanda"]  # fmt: skip
LAST_NAMES = ["García", "Pérez", "Rodríguez", "Silva", "Santos", "Joseph", "Pierre", "Campbell",
              "Martínez", "López", "Gómez", "Oliveira", "Ramírez", "Flores", "Baptiste", "Torres",
              "Rojas", "Mendoza", "Charles", "Vargas", "Castillo", "Souza"]  # fmt: skip
PRACTICE_TYPES = ["policy", "legislation", "programme", "institution", "fund", "tool", "other"]
WORKING = ["mt1", "mt2", "mt3", "mt4"]
# Share of members on each working table (a member sits on one or two of them).
WORKING_WEIGHTS = [4, 3, 3, 1.5]


def text(rng, language, count):
    return " ".join(rng.choice(WORDS[language]) for _ in range(count))


@contextlib.contextmanager
def keep_given_dates():
    """bulk_create with the dates we give, not "now", in the auto_now_add fields."""
    fields = [
        Organisation._meta.get_field("created_at"),
        Contact._meta.get_field("since"),
        TableMembership._meta.get_field("joined_at"),
    ]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def weighted(rng, weights):
    items = list(weights)
    return rng.choices(items, weights=[weights[i] for i in items])[0]


def spread_date(rng, start, end):
    """A moment between ``start`` and ``end``, more of them recent (a growing mechanism)."""
    return start + (end - start) * (rng.random() ** 0.6)


class Reference:
    def __init__(self):
        self.countries = {c.code: c for c in Country.objects.select_related("subregion")}
        missing = [code for code in COUNTRY_WEIGHTS if code not in self.countries]
        if missing:
            raise SystemExit(f"reference data incomplete (run migrate): missing {missing}")
        self.outside = [c for c in self.countries.values() if c.subregion.code == Subregion.OUTSIDE]
        self.groups = {g.slug: g for g in StakeholderGroup.objects.all()}
        self.tables = {t.slug: t for t in Table.objects.all()}
        self.objectives = list(Objective.objects.all())
        self.principles = list(Principle.objects.all())


def organisation_rows(rng, ref, start, size, now):
    """``size`` organisations with their links, numbered from ``start``."""
    organisations, plans = [], []
    for n in range(start, start + size):
        if rng.random() < DIASPORA_SHARE:
            country = rng.choice(ref.outside)
        else:
            country = ref.countries[weighted(rng, COUNTRY_WEIGHTS)]
        language = LANGUAGE_OF.get(country.code, "es")
        kind = rng.choice(KINDS[language])
        focus = rng.choice(FOCUS[language])
        place = rng.choice(PLACES.get(country.code, country.name_es).split("|"))
        if language == "en":
            name = f"{place} {focus} {kind} {n}"
        else:
            name = f"{kind} {focus} de {place} {n}"
        acronym = "".join(word[0] for word in name.split() if word[0].isupper())[:8]
        roll = rng.random()
        status = (
            Organisation.Status.MEMBER
            if roll < 0.88
            else Organisation.Status.PENDING
            if roll < 0.94
            else Organisation.Status.DECLINED
            if roll < 0.97
            else Organisation.Status.WITHDRAWN
        )
        joined = spread_date(rng, FOUNDED, now - datetime.timedelta(days=3))
        applied = joined - datetime.timedelta(days=rng.randint(3, 40))
        organisation = Organisation(
            name=name,
            acronym=acronym,
            country=country,
            status=status,
            scope=rng.choice(["local", "national", "national", "regional"]),
            primary_group=ref.groups[weighted(rng, GROUP_WEIGHTS)],
            diaspora=country.subregion.code == Subregion.OUTSIDE,
            migrant_led=rng.random() < 0.35,
            women_led=rng.random() < 0.3,
            grassroots=rng.random() < 0.4,
            website=f"https://org{n}.{EMAIL_DOMAIN}/",
            description=text(rng, language, rng.randint(25, 60)).capitalize() + ".",
            languages=[language]
            if rng.random() < 0.7
            else [language, "es" if language != "es" else "en"],
        )
        organisation.name_key = name_key(name)
        organisation.sort_key = sort_key(name)
        if status == Organisation.Status.PENDING:
            organisation.created_at = now - datetime.timedelta(days=rng.randint(0, 45))
        else:
            organisation.created_at = applied
        if status in (Organisation.Status.MEMBER, Organisation.Status.WITHDRAWN):
            organisation.member_since = joined
            organisation.decided_at = joined
        if status == Organisation.Status.DECLINED:
            organisation.decided_at = joined
            organisation.decision_reason = "No cumple los criterios de membresía."
        if status == Organisation.Status.WITHDRAWN:
            organisation.withdrawn_at = spread_date(rng, joined, now)
        organisations.append(organisation)
        others = rng.sample(list(ref.groups.values()), rng.randint(0, 2))
        tables = rng.choices(WORKING, weights=WORKING_WEIGHTS, k=rng.randint(1, 2))
        plans.append(
            {
                "groups": {organisation.primary_group, *others},
                "countries": rng.sample(list(ref.countries.values()), rng.randint(0, 3)),
                "tables": sorted(set(tables)),
                "extra_table": rng.random() < 0.03,
                "contacts": rng.randint(1, 3),
            }
        )
    return organisations, plans


def add_organisations(rng, ref, total):
    done = Organisation.objects.count()
    now = timezone.now()
    started = time.monotonic()
    first_user = User.objects.filter(email__startswith=BENCH_PREFIX).count()
    while done < total:
        size = min(BATCH, total - done)
        organisations, plans = organisation_rows(rng, ref, done, size, now)
        with transaction.atomic():
            with keep_given_dates():
                Organisation.objects.bulk_create(organisations)
            group_links, country_links, applied_for, users, contacts, seats = [], [], [], [], [], []
            for organisation, plan in zip(organisations, plans, strict=True):
                group_links += [
                    Organisation.stakeholder_groups.through(
                        organisation=organisation, stakeholdergroup=group
                    )
                    for group in plan["groups"]
                ]
                country_links += [
                    Organisation.countries_of_work.through(organisation=organisation, country=c)
                    for c in plan["countries"]
                ]
                applied_for += [
                    Organisation.tables_applied_for.through(
                        organisation=organisation, table=ref.tables[slug]
                    )
                    for slug in plan["tables"]
                ]
                for index in range(plan["contacts"]):
                    first_user += 1
                    user = User(
                        email=f"{BENCH_PREFIX}{first_user}@{EMAIL_DOMAIN}",
                        full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                        password=UNUSABLE_PASSWORD_PREFIX,  # these people never sign in
                        gender=rng.choice(["woman", "woman", "man", "man", "non_binary", ""]),
                        country=organisation.country,
                        email_verified_at=organisation.created_at,
                    )
                    users.append(user)
                    contacts.append((organisation, user, index == 0))
                if organisation.member_since is None:
                    continue
                left = organisation.withdrawn_at
                slugs = list(plan["tables"])
                if plan["extra_table"]:
                    slugs.append(rng.choice(["technical", "indicators"]))
                for slug in slugs:
                    seats.append(
                        TableMembership(
                            table=ref.tables[slug],
                            organisation=organisation,
                            joined_at=organisation.member_since,
                            left_at=left,
                        )
                    )
            Organisation.stakeholder_groups.through.objects.bulk_create(group_links)
            Organisation.countries_of_work.through.objects.bulk_create(country_links)
            Organisation.tables_applied_for.through.objects.bulk_create(applied_for)
            User.objects.bulk_create(users)
            with keep_given_dates():
                Contact.objects.bulk_create(
                    Contact(organisation=o, user=u, is_primary=primary, since=o.created_at)
                    for o, u, primary in contacts
                )
                TableMembership.objects.bulk_create(seats)
        done += size
        print(f"{done} organisations ({time.monotonic() - started:.0f} s)", flush=True)


def add_mandates(rng, ref):
    """Officers of every table, the liaison table's ten seats (a few vacant or ending
    soon), GT-SC facilitators, and ended mandates for the history. Once per database."""
    if Mandate.objects.exists():
        return
    today = timezone.localdate()
    year_ago = today - datetime.timedelta(days=300)
    mandates = []

    candidates = {}
    for slug in [*WORKING, "technical", "indicators"]:
        contacts = list(
            Contact.objects.filter(
                organisation__table_memberships__table=ref.tables[slug],
                organisation__table_memberships__left_at__isnull=True,
                organisation__status=Organisation.Status.MEMBER,
                is_primary=True,
            )
            .select_related("user", "organisation")
            .order_by("pk")[:400]
        )
        rng.shuffle(contacts)
        candidates[slug] = contacts

    def member_contact(slug):
        """A primary contact of a member of the table, each person once."""
        return candidates[slug].pop() if candidates[slug] else None

    for slug in [*WORKING, "technical", "indicators"]:
        for position in (
            Position.SECRETARY,
            Position.PRINCIPAL_DELEGATE,
            Position.ALTERNATE_DELEGATE,
        ):
            for starts, ends in (
                (year_ago - datetime.timedelta(days=365), year_ago - datetime.timedelta(days=1)),
                (year_ago, year_ago + datetime.timedelta(days=365 + rng.randint(-45, 60))),
            ):
                contact = member_contact(slug)
                if contact is None:
                    continue
                mandates.append(
                    Mandate(
                        table=ref.tables[slug],
                        position=position,
                        user=contact.user,
                        organisation=contact.organisation,
                        starts_on=starts,
                        ends_on=ends,
                    )
                )
    liaison = ref.tables["liaison"]
    for slug in WORKING:
        for seat in range(2):
            if slug == "mt4" and seat == 1:
                continue  # one vacant seat, as in real life
            contact = member_contact(slug)
            if contact is None:
                continue
            mandates.append(
                Mandate(
                    table=liaison,
                    position=Position.LIAISON_REPRESENTATIVE,
                    user=contact.user,
                    organisation=contact.organisation,
                    represents=ref.tables[slug],
                    starts_on=year_ago,
                    ends_on=today + datetime.timedelta(days=30 if seat else 200),
                )
            )
    for agency in ("OIM", "ACNUR"):
        user, _created = User.objects.get_or_create(
            email=f"{BENCH_PREFIX}{agency.lower()}@{EMAIL_DOMAIN}",
            defaults={"full_name": f"Enlace {agency}", "password": UNUSABLE_PASSWORD_PREFIX},
        )
        mandates.append(
            Mandate(
                table=liaison,
                position=Position.UN_AGENCY_SEAT,
                user=user,
                starts_on=year_ago,
            )
        )
    for number in range(3):
        user, _created = User.objects.get_or_create(
            email=f"{BENCH_PREFIX}gtsc{number}@{EMAIL_DOMAIN}",
            defaults={
                "full_name": f"Facilitación GT-SC {number + 1}",
                "password": UNUSABLE_PASSWORD_PREFIX,
            },
        )
        mandates.append(
            Mandate(
                table=ref.tables["gt-sc"],
                position=Position.FACILITATOR,
                user=user,
                starts_on=FOUNDED.date(),
            )
        )
    Mandate.objects.bulk_create(mandates)
    print(f"{len(mandates)} mandates", flush=True)


def add_practices(rng, ref, total):
    submitter, _created = User.objects.get_or_create(
        email=f"{BENCH_PREFIX}practices@{EMAIL_DOMAIN}",
        defaults={"full_name": "Bench", "password": UNUSABLE_PASSWORD_PREFIX},
    )
    members = list(
        Organisation.objects.members().order_by("pk").values_list("pk", flat=True)[:5000]
    )
    kinds = list(ImplementerType.values)
    countries = list(ref.countries.values())
    now = timezone.now()
    done = Practice.objects.count()
    started = time.monotonic()
    while done < total:
        size = min(BATCH, total - done)
        practices, plans = [], []
        for n in range(done, done + size):
            language = rng.choice(["es", "es", "pt", "en", "fr"])
            start = datetime.date(2012 + rng.randrange(14), rng.randrange(1, 13), 1)
            ongoing = rng.random() < 0.5
            practices.append(
                Practice(
                    title=f"{text(rng, language, 5)} {n}".capitalize(),
                    summary=text(rng, language, 40),
                    description=text(rng, language, 150),
                    practice_type=rng.choice(PRACTICE_TYPES),
                    language=language,
                    start_date=start,
                    end_date=None if ongoing else start + datetime.timedelta(days=500),
                    ongoing=ongoing,
                    status="ongoing" if ongoing else "completed",
                    start_year=start.year,
                    submitter=submitter,
                    state="eligible",
                    published_at=now - datetime.timedelta(minutes=n),
                )
            )
            plans.append(
                (
                    rng.sample(ref.objectives, rng.randint(1, 3)),
                    rng.sample(ref.principles, rng.randint(0, 3)),
                    rng.sample(countries, rng.randint(1, 2)),
                    rng.sample(kinds, rng.randint(1, 2)),
                )
            )
        with transaction.atomic():
            Practice.objects.bulk_create(practices)
            links, prins, ctrs, impls = [], [], [], []
            for practice, (objs, ps, cs, ks) in zip(practices, plans, strict=True):
                links += [
                    PracticeObjective(practice=practice, objective=o, primary=i == 0)
                    for i, o in enumerate(objs)
                ]
                prins += [Practice.principles.through(practice=practice, principle=p) for p in ps]
                ctrs += [Practice.countries.through(practice=practice, country=c) for c in cs]
                impls += [
                    Implementer(
                        practice=practice,
                        name=f"Implementer {k}",
                        implementer_type=k,
                        organisation_id=(rng.choice(members) if members and k == "cso" else None),
                    )
                    for k in ks
                ]
            PracticeObjective.objects.bulk_create(links)
            Practice.principles.through.objects.bulk_create(prins)
            Practice.countries.through.objects.bulk_create(ctrs)
            Implementer.objects.bulk_create(impls)
        done += size
        print(f"{done} practices ({time.monotonic() - started:.0f} s)", flush=True)


def analyse():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


def generate(orgs, practices, *, seed=1, reindex=True):
    """Top the (migrated) database up to ``orgs`` organisations and ``practices`` practices."""
    # A different random stream per starting size, so topping up does not repeat names.
    rng = random.Random(seed * 1_000_003 + Organisation.objects.count())
    ref = Reference()
    practices_before = Practice.objects.count()
    add_organisations(rng, ref, orgs)
    add_mandates(rng, ref)
    add_practices(rng, ref, practices)
    # bulk_create sends no signals: make the cached public pages stale explicitly.
    for namespace in ("membership", "table", "people", "practice"):
        bump(namespace)
    if reindex:
        # Rebuilding the practices' entries is most of the time: only when some were added.
        if Practice.objects.count() != practices_before:
            call_command("reindex_search")
        else:
            call_command("reindex_search", "membership.Organisation")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orgs", type=int, default=150, help="organisations in all (default 150)")
    parser.add_argument("--practices", type=int, default=0, help="practices in all (default 0)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-reindex", action="store_true", help="skip reindex_search")
    args = parser.parse_args(argv)
    call_command("migrate", verbosity=0)
    started = time.monotonic()
    generate(args.orgs, args.practices, seed=args.seed, reindex=not args.no_reindex)
    analyse()
    print(
        f"{Organisation.objects.count()} organisations, {Contact.objects.count()} contacts, "
        f"{TableMembership.objects.count()} table memberships, {Mandate.objects.count()} "
        f"mandates, {Practice.objects.count()} practices "
        f"({time.monotonic() - started:.0f} s)",
        flush=True,
    )


if __name__ == "__main__":
    main()
