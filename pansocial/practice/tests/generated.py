"""A reproducible set of published practices, with the facts each one was given, so tests
can compute the expected facet counts in plain Python."""

import datetime
import random
from dataclasses import dataclass

from django.utils import timezone

from pansocial.account.models import User
from pansocial.practice.models import Implementer, ImplementerType, Practice, PracticeObjective
from pansocial.reference.models import Country, Objective, Principle

from .factories import reference

TYPES = ["policy", "legislation", "programme", "institution", "fund", "tool", "other"]


@dataclass
class Fact:
    pk: int
    objectives: set
    clusters: set
    tables: set
    principles: set
    countries: set
    subregions: set
    implementers: set
    type: str
    status: str
    language: str
    year: str

    def values(self, facet):
        return {
            "objective": self.objectives,
            "cluster": self.clusters,
            "table": self.tables,
            "principle": self.principles,
            "country": self.countries,
            "subregion": self.subregions,
            "implementer": self.implementers,
            "type": {self.type},
            "status": {self.status},
            "language": {self.language},
            "year": {self.year},
        }[facet]


def generate(count, seed=8):
    reference()
    rng = random.Random(seed)
    submitter = User.objects.create_user(f"gen{seed}@example.org", full_name="Generador")
    objectives = list(Objective.objects.select_related("cluster", "theme"))
    principles = list(Principle.objects.all())
    countries = list(Country.objects.select_related("subregion"))
    now = timezone.now()
    practices = []
    plans = []
    for n in range(count):
        start = datetime.date(2015 + rng.randrange(10), rng.randrange(1, 13), 1)
        ongoing = rng.random() < 0.5
        practices.append(
            Practice(
                title=f"Práctica generada {n}",
                summary="Resumen",
                description="Descripción",
                practice_type=rng.choice(TYPES),
                language=rng.choice(["es", "en", "pt", "fr"]),
                start_date=start,
                end_date=None if ongoing else start + datetime.timedelta(days=400),
                ongoing=ongoing,
                status="ongoing" if ongoing else "completed",
                start_year=start.year,
                submitter=submitter,
                state="eligible" if rng.random() < 0.9 else "submitted",
                published_at=now - datetime.timedelta(minutes=n),
            )
        )
        plans.append(
            (
                rng.sample(objectives, rng.randint(1, 3)),
                rng.sample(principles, rng.randint(0, 3)),
                rng.sample(countries, rng.randint(1, 2)),
                rng.sample(list(ImplementerType.values), rng.randint(1, 2)),
            )
        )
    Practice.objects.bulk_create(practices)
    links, principle_links, country_links, implementers, facts = [], [], [], [], []
    for practice, (objs, prins, ctrs, kinds) in zip(practices, plans, strict=True):
        links += [
            PracticeObjective(practice=practice, objective=o, primary=i == 0)
            for i, o in enumerate(objs)
        ]
        principle_links += [
            Practice.principles.through(practice=practice, principle=p) for p in prins
        ]
        country_links += [Practice.countries.through(practice=practice, country=c) for c in ctrs]
        implementers += [
            Implementer(practice=practice, name=f"Implementador {k}", implementer_type=k)
            for k in kinds
        ]
        if practice.state == "eligible":
            facts.append(
                Fact(
                    pk=practice.pk,
                    objectives={str(o.number) for o in objs},
                    clusters={o.cluster.slug for o in objs},
                    tables={str(o.theme.number) for o in objs},
                    principles={p.slug for p in prins},
                    countries={c.code for c in ctrs},
                    subregions={c.subregion.code for c in ctrs},
                    implementers=set(kinds),
                    type=practice.practice_type,
                    status=practice.status,
                    language=practice.language,
                    year=str(practice.start_year),
                )
            )
    PracticeObjective.objects.bulk_create(links)
    Practice.principles.through.objects.bulk_create(principle_links)
    Practice.countries.through.objects.bulk_create(country_links)
    Implementer.objects.bulk_create(implementers)
    return facts
