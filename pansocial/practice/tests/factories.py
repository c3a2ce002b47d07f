"""Factories for practices. ``reference()`` makes sure the GCM reference data exists (it is
loaded by a data migration; tests create the same rows when that migration is absent)."""

import datetime

import factory

from pansocial.account.tests.factories import UserFactory
from pansocial.practice.models import Implementer, ImplementerType, Practice, PracticeObjective
from pansocial.reference.models import (
    Cluster,
    Country,
    Objective,
    Principle,
    Subregion,
    TableTheme,
)

THEMES = {
    1: [2, 5, 6, 12, 18],
    2: [4, 8, 9, 10, 11, 13, 21],
    3: [14, 15, 16, 19, 20, 22],
    4: [1, 3, 7, 17, 23],
}
CLUSTERS = [
    ("regular-pathways", 1, "Vías regulares", "Regular pathways", [2, 5, 12]),
    ("decent-work", 1, "Trabajo decente", "Decent work", [6, 18]),
    ("protection", 2, "Protección", "Protection", [14, 15, 22]),
    ("inclusion", 2, "Inclusión", "Inclusion", [16, 19, 20]),
    ("saving-lives", 3, "Salvar vidas", "Saving lives", [4, 8, 13]),
    ("trafficking-smuggling", 3, "Trata y tráfico", "Trafficking and smuggling", [9, 10, 11]),
    ("return-reintegration", 3, "Retorno y reintegración", "Return and reintegration", [21]),
    ("data", 4, "Datos", "Data", [1, 3, 23]),
    ("vulnerabilities", 4, "Vulnerabilidades", "Vulnerabilities", [7, 17]),
]
PRINCIPLES = [
    ("people-centred", "Centrada en las personas", "People-centred", 738),
    ("international-cooperation", "Cooperación internacional", "International cooperation", 739),
    ("national-sovereignty", "Soberanía nacional", "National sovereignty", 742),
    ("rule-of-law", "Estado de derecho y garantías procesales", "Rule of law and due process", 741),
    ("sustainable-development", "Desarrollo sostenible", "Sustainable development", 740),
    ("human-rights", "Derechos humanos", "Human rights", 259),
    ("gender-responsive", "Perspectiva de género", "Gender-responsive", 258),
    ("child-sensitive", "Perspectiva infantil", "Child-sensitive", 257),
    ("whole-of-government", "Enfoque pangubernamental", "Whole-of-government approach", 737),
    ("whole-of-society", "Enfoque pansocial", "Whole-of-society approach", 736),
]
SUBREGIONS = {
    "SA": ["AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE"],
    "CAM": ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"],
    "CAR": ["AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT"],
    "OUT": ["ES", "US"],
}


def _names(es, en):
    return {"name_es": es, "name_en": en, "name_pt": es, "name_fr": en}


def reference():
    """Ensure the reference rows exist; return nothing."""
    if Objective.objects.count() == 23 and Country.objects.filter(code="BR").exists():
        return
    themes = {}
    for number in THEMES:
        themes[number], _c = TableTheme.objects.get_or_create(
            number=number, defaults=_names(f"Mesa {number}", f"Table {number}")
        )
    theme_of = {o: t for t, objectives in THEMES.items() for o in objectives}
    cluster_of = {}
    for order, (slug, session, es, en, objectives) in enumerate(CLUSTERS, start=1):
        cluster, _c = Cluster.objects.get_or_create(
            slug=slug, defaults={"order": order, "session": session, **_names(es, en)}
        )
        cluster_of.update(dict.fromkeys(objectives, cluster))
    for number in range(1, 24):
        Objective.objects.get_or_create(
            number=number,
            defaults={
                "short_es": f"Objetivo {number}",
                "short_en": f"Objective {number}",
                "short_pt": f"Objetivo {number}",
                "short_fr": f"Objectif {number}",
                "title_es": f"Objetivo {number}",
                "title_en": f"Objective {number}",
                "title_pt": f"Objetivo {number}",
                "title_fr": f"Objectif {number}",
                "hub_term": 278 + number,
                "theme": themes[theme_of[number]],
                "cluster": cluster_of[number],
            },
        )
    for order, (slug, es, en, term) in enumerate(PRINCIPLES, start=1):
        Principle.objects.get_or_create(
            hub_term=term, defaults={"slug": slug, "order": order, **_names(es, en)}
        )
    for order, (code, countries) in enumerate(SUBREGIONS.items(), start=1):
        subregion, _c = Subregion.objects.get_or_create(
            code=code, defaults={"order": order, **_names(code, code)}
        )
        for country in countries:
            Country.objects.get_or_create(
                code=country, defaults={"subregion": subregion, **_names(country, country)}
            )


def objective(number):
    return Objective.objects.get(number=number)


class PracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Práctica {n}")
    summary = "Resumen breve de la práctica."
    description = "Descripción de la práctica."
    practice_type = "programme"
    language = "es"
    geographic_scope = "national"
    start_date = datetime.date(2020, 3, 1)
    end_date = None
    ongoing = True
    submitter = factory.SubFactory(UserFactory)
    state = "draft"

    @factory.post_generation
    def objectives(self, create, extracted, **kwargs):
        if not create:
            return
        numbers = extracted if extracted is not None else [7]
        if numbers:
            reference()
        objectives = {o.number: o for o in Objective.objects.filter(number__in=numbers)}
        PracticeObjective.objects.bulk_create(
            PracticeObjective(practice=self, objective=objectives[n], primary=i == 0)
            for i, n in enumerate(numbers)
        )

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            reference()
            self.countries.set(Country.objects.filter(code__in=extracted))

    @factory.post_generation
    def principles(self, create, extracted, **kwargs):
        if create and extracted:
            reference()
            self.principles.set(Principle.objects.filter(slug__in=extracted))

    @factory.post_generation
    def implementers(self, create, extracted, **kwargs):
        if not create:
            return
        rows = extracted if extracted is not None else [("Fundación Ejemplo", ImplementerType.CSO)]
        for row in rows:
            name, kind, *rest = row
            Implementer.objects.create(
                practice=self,
                name=name,
                implementer_type=kind,
                organisation=rest[0] if rest else None,
            )


class PublishedPracticeFactory(PracticeFactory):
    state = "eligible"
    published_at = factory.LazyFunction(lambda: datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))


def organisation(name="Red Migrante", country="CO"):
    from pansocial.membership.models import Organisation

    reference()
    return Organisation.objects.create(
        name=name, country=Country.objects.get(code=country), status=Organisation.Status.MEMBER
    )


def contact(user, org):
    from pansocial.membership.models import Contact

    return Contact.objects.create(user=user, organisation=org)


def facilitator(user=None):
    """A person with a current mandate on the facilitation group."""
    from pansocial.table.models import Mandate, Position, Table, TableKind

    user = user or UserFactory()
    table, _c = Table.objects.get_or_create(
        slug="gt-sc",
        defaults={
            "kind": TableKind.FACILITATION,
            "name_es": "GT-SC",
            "name_en": "GT-SC",
            "name_pt": "GT-SC",
            "name_fr": "GT-SC",
        },
    )
    Mandate.objects.create(
        table=table, position=Position.FACILITATOR, user=user, starts_on=datetime.date(2020, 1, 1)
    )
    return user
