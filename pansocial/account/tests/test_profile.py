import json

import pytest

from pansocial.account.models import User
from pansocial.audit.models import AuditEntry

from .conftest import en

pytestmark = pytest.mark.django_db

PROFILE = {
    "full_name": "Ana P. Pérez",
    "preferred_language": "fr",
    "country": "",
    "timezone": "America/Lima",
    "gender": "",
    "gender_description": "",
}


def test_profile_requires_sign_in(client):
    response = client.get(en("account:profile"))
    assert response.status_code == 302
    assert response["Location"] == "/en/account/signin/?next=/en/account/"


def test_profile_update_saves_and_audits_without_gender_values(client, person):
    client.force_login(person)
    data = {**PROFILE, "gender": "self_described", "gender_description": "two-spirit"}
    response = client.post(en("account:profile"), data)
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.full_name, person.preferred_language, person.timezone) == (
        "Ana P. Pérez",
        "fr",
        "America/Lima",
    )
    assert person.gender_description == "two-spirit"
    entry = AuditEntry.objects.get(action="account.update_profile")
    assert entry.after["gender_description"] == "…"
    assert "two-spirit" not in json.dumps(entry.after)
    assert response.cookies["pansocial_language"].value == "fr"


def test_profile_self_described_gender_needs_words(client, person):
    client.force_login(person)
    response = client.post(en("account:profile"), {**PROFILE, "gender": "self_described"})
    assert "Describe your gender, or choose another option." in response.content.decode()
    person.refresh_from_db()
    assert person.full_name == "Ana Pérez"


def test_profile_gender_description_dropped_with_other_choice(client, person):
    client.force_login(person)
    client.post(en("account:profile"), {**PROFILE, "gender": "woman", "gender_description": "x"})
    person.refresh_from_db()
    assert (person.gender, person.gender_description) == ("woman", "")


def test_download_data_has_own_profile_and_activity(client, person, user_factory):
    user_factory(email="other@example.org")
    client.force_login(person)
    client.post(en("account:profile"), PROFILE)
    response = client.get(en("account:download_data"))
    assert response["Content-Disposition"] == 'attachment; filename="pansocial-my-data.json"'
    data = json.loads(response.content)
    assert data["profile"]["email"] == "ana@example.org"
    assert [item["action"] for item in data["activity"]] == ["account.update_profile"]
    assert "other@example.org" not in response.content.decode()


def test_delete_account_wrong_password_changes_nothing(client, person):
    client.force_login(person)
    response = client.post(en("account:delete"), {"password": "nope", "confirm": "on"})
    assert "The password is not right." in response.content.decode()
    person.refresh_from_db()
    assert person.is_active is True


def test_delete_account_anonymises_and_signs_out(client, person):
    client.force_login(person)
    client.post(en("account:profile"), PROFILE)
    response = client.post(
        en("account:delete"), {"password": "correct horse battery", "confirm": "on"}
    )
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    gone = User.objects.get(pk=person.pk)
    assert gone.is_active is False
    assert gone.full_name == ""
    assert "ana" not in gone.email
    assert not gone.has_usable_password()
    labels = set(AuditEntry.objects.filter(actor=gone).values_list("actor_label", flat=True))
    assert labels == {"deleted account"}
    assert not AuditEntry.objects.filter(object_repr__icontains="Ana").exists()


def test_download_data_is_audited(client, person):
    client.force_login(person)
    client.get(en("account:download_data"))
    entry = AuditEntry.objects.get(action="account.export_personal_data")
    assert entry.actor == person
    assert entry.object_id == str(person.pk)
    assert entry.after["parts"][:3] == ["exported_at", "profile", "activity"]
