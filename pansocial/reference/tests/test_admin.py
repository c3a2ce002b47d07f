import pytest
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory, sign_in_with_second_factor
from pansocial.reference.models import Country, Objective, Principle

pytestmark = pytest.mark.django_db

MODELS = ["subregion", "country", "tabletheme", "cluster", "objective", "principle"]
MODELS += ["stakeholdergroup"]


@pytest.fixture
def administrator(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    sign_in_with_second_factor(client, user)
    return user


@pytest.mark.parametrize("model", MODELS)
def test_admin_changelist_open_to_administrators(client, administrator, model):
    response = client.get(reverse(f"admin:reference_{model}_changelist"), {"q": "a"})
    assert response.status_code == 200


def test_admin_refused_to_staff_who_are_not_administrators(client):
    sign_in_with_second_factor(client, UserFactory(is_staff=True))
    response = client.get(reverse("admin:reference_objective_changelist"))
    assert response.status_code == 403
    index = client.get(reverse("admin:index"))
    assert "reference" not in index.context["app_list"].__repr__()


def test_admin_objective_labels_editable_in_four_languages(client, administrator):
    objective = Objective.objects.get(number=7)
    url = reverse("admin:reference_objective_change", args=[objective.pk])
    html = client.get(url).content.decode()
    for code in ("es", "en", "pt", "fr"):
        assert f'name="short_{code}"' in html
        assert f'name="title_{code}"' in html
    data = {
        "theme": objective.theme_id,
        "cluster": objective.cluster_id,
        "hub_term": objective.hub_term,
        **{f"short_{c}": getattr(objective, f"short_{c}") for c in ("es", "en", "pt", "fr")},
        **{f"title_{c}": getattr(objective, f"title_{c}") for c in ("es", "en", "pt", "fr")},
        "short_pt": "Vulnerabilidades",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    objective.refresh_from_db()
    assert objective.short_pt == "Vulnerabilidades"
    assert objective.number == 7


def test_admin_fixed_sets_cannot_be_added_or_deleted(client, administrator):
    assert client.get(reverse("admin:reference_objective_add")).status_code == 403
    principle = Principle.objects.first()
    url = reverse("admin:reference_principle_delete", args=[principle.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Principle.objects.filter(pk=principle.pk).exists()


def test_admin_country_filter_by_subregion(client, administrator):
    response = client.get(
        reverse("admin:reference_country_changelist"), {"subregion__id__exact": 1}
    )
    assert response.status_code == 200
    expected = Country.objects.filter(subregion_id=1).count()
    assert response.context["cl"].result_count == expected > 0
