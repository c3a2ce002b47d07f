"""Fill a database with N published practices for the practices benchmark.

    DATABASE_URL=... .venv/bin/python bench/practices_generate.py 100000

Migrates first, loads the reference rows if absent, inserts practices in batches with
their objectives, principles, countries and implementers, then indexes them for search.
Texts mix a small vocabulary in the four languages so searches have realistic selectivity.
"""

import datetime
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pansocial.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from pansocial.account.models import User  # noqa: E402
from pansocial.practice.models import (  # noqa: E402
    Implementer,
    ImplementerType,
    Practice,
    PracticeObjective,
)
from pansocial.reference.models import Country, Objective, Principle  # noqa: E402

WORDS = {
    "es": [
        "regularización",
        "trabajadores",
        "migrantes",
        "salud",
        "niñas",
        "niños",
        "familias",
        "acogida",
        "empleo",
        "documentación",
        "protección",
        "integración",
        "frontera",
        "escuelas",
        "mujeres",
        "retorno",
        "remesas",
        "derechos",
        "comunidades",
        "albergues",
        "formación",
        "programa",
        "municipal",
        "ventanilla",
    ],
    "pt": [
        "acolhida",
        "famílias",
        "migrantes",
        "interiorização",
        "saúde",
        "crianças",
        "trabalho",
        "documentação",
        "proteção",
        "integração",
        "fronteira",
        "escolas",
        "mulheres",
        "retorno",
        "remessas",
        "direitos",
        "comunidades",
        "abrigos",
        "formação",
        "programa",
        "municipal",
        "atendimento",
    ],
    "en": [
        "regularisation",
        "workers",
        "migrants",
        "health",
        "children",
        "families",
        "reception",
        "employment",
        "documentation",
        "protection",
        "integration",
        "border",
        "schools",
        "women",
        "return",
        "remittances",
        "rights",
        "communities",
        "shelters",
        "training",
        "programme",
        "municipal",
        "desk",
    ],
    "fr": [
        "régularisation",
        "travailleurs",
        "migrants",
        "santé",
        "enfants",
        "familles",
        "accueil",
        "emploi",
        "documentation",
        "protection",
        "intégration",
        "frontière",
        "écoles",
        "femmes",
        "retour",
        "transferts",
        "droits",
        "communautés",
        "abris",
        "formation",
        "programme",
        "municipal",
        "guichet",
    ],
}
TYPES = ["policy", "legislation", "programme", "institution", "fund", "tool", "other"]
BATCH = 2000


def text(rng, language, count):
    return " ".join(rng.choice(WORDS[language]) for _ in range(count))


def ensure_reference():
    if Objective.objects.count() < 23 or not Country.objects.filter(code="BR").exists():
        from pansocial.practice.tests.factories import reference

        reference()


def generate(total, seed=1):
    rng = random.Random(seed)
    submitter, _created = User.objects.get_or_create(
        email="bench-practices@example.org", defaults={"full_name": "Bench"}
    )
    objectives = list(Objective.objects.all())
    principles = list(Principle.objects.all())
    countries = list(Country.objects.all())
    kinds = list(ImplementerType.values)
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
                    practice_type=rng.choice(TYPES),
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
                    rng.sample(objectives, rng.randint(1, 3)),
                    rng.sample(principles, rng.randint(0, 3)),
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
                    Implementer(practice=practice, name=f"Implementer {k}", implementer_type=k)
                    for k in ks
                ]
            PracticeObjective.objects.bulk_create(links)
            Practice.principles.through.objects.bulk_create(prins)
            Practice.countries.through.objects.bulk_create(ctrs)
            Implementer.objects.bulk_create(impls)
            index_all(practices)
        done += size
        print(f"{done} practices ({time.monotonic() - started:.0f} s)", flush=True)


def index_all(practices):
    from pansocial.practice.domain.indexing import engine

    search_engine = engine()
    if search_engine is None:
        return
    bulk = getattr(search_engine, "index_many", None)
    if bulk is not None:
        bulk(practices)
    else:
        for practice in practices:
            search_engine.index(practice)


if __name__ == "__main__":
    call_command("migrate", verbosity=0)
    ensure_reference()
    generate(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
