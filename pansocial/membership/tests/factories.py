import factory
from django.utils import timezone

from pansocial.account.tests.factories import UserFactory
from pansocial.membership.models import Contact, Organisation
from pansocial.reference.models import Country, StakeholderGroup


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A member organisation; the reference data comes from the migrations."""

    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Red Migrante {n}")
    country = factory.LazyFunction(lambda: Country.objects.get(code="CO"))
    primary_group = factory.LazyFunction(lambda: StakeholderGroup.objects.get(slug="migrants"))
    status = Organisation.Status.MEMBER
    member_since = factory.LazyFunction(timezone.now)
    scope = "national"
    description = "Acompaña a personas migrantes."

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            self.stakeholder_groups.add(self.primary_group, *(extracted or []))


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    is_primary = True
