"""A practice's files are served by a view that checks who may see the practice, under
storage names nobody can guess (issue 8, item 7)."""

import importlib
import re
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory
from pansocial.practice import domain
from pansocial.practice.models import Attachment, Practice, State
from pansocial.practice.tests.factories import PracticeFactory, facilitator

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
STORAGE_NAME = re.compile(r"^practice-files/[0-9a-f]{32}$")


def _attach(practice, name="informe.pdf"):
    upload = SimpleUploadedFile(name, PDF, content_type="application/pdf")
    return domain.add_attachment(practice=practice, actor=practice.submitter, uploaded=upload)


def _url(attachment):
    return reverse(
        "practice:file", kwargs={"pk": attachment.practice_id, "attachment_pk": attachment.pk}
    )


def _publish(practice):
    Practice.objects.filter(pk=practice.pk).update(state=State.ELIGIBLE)


def test_file_of_published_practice_downloaded_by_visitor(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    _publish(practice)
    response = client.get(_url(attachment))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="informe.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_file_name_with_accents_and_quotes_encoded_in_disposition(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice, 'Informe año "final".pdf')
    _publish(practice)
    response = client.get(_url(attachment))
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''Informe%20a%C3%B1o%20%22final%22.pdf"
    )


def test_file_of_draft_hidden_from_visitor_and_other_member(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    assert client.get(_url(attachment)).status_code == 404
    client.force_login(UserFactory())
    assert client.get(_url(attachment)).status_code == 404


def test_file_of_draft_downloaded_by_submitter(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    client.force_login(practice.submitter)
    response = client.get(_url(attachment))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Cache-Control"] == "private, no-store"


def test_file_of_practice_in_review_downloaded_by_reviewer_and_curator(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    domain.submit_practice(practice=practice, actor=practice.submitter)
    curator = facilitator()
    review_round = domain.open_round(practice=practice, actor=curator)
    reviewer = UserFactory()
    domain.assign_reviewer(review_round=review_round, reviewer=reviewer, actor=curator)
    for person in (reviewer, curator):
        client.force_login(person)
        assert client.get(_url(attachment)).status_code == 200


def test_file_under_another_practice_url_not_found(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    other = PracticeFactory(submitter=practice.submitter)
    client.force_login(practice.submitter)
    url = reverse("practice:file", kwargs={"pk": other.pk, "attachment_pk": attachment.pk})
    assert client.get(url).status_code == 404


def test_file_missing_from_storage_not_found(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    default_storage.delete(attachment.file.name)
    client.force_login(practice.submitter)
    assert client.get(_url(attachment)).status_code == 404


def test_file_storage_name_not_derived_from_practice_or_file_name(ref):
    practice = PracticeFactory()
    first = _attach(practice, "informe.pdf")
    second = _attach(practice, "informe.pdf")
    for attachment in (first, second):
        assert STORAGE_NAME.match(attachment.file.name)
        assert str(practice.pk) not in attachment.file.name.split("/")[:-1]
        assert "informe" not in attachment.file.name
    assert first.file.name != second.file.name
    assert first.original_name == "informe.pdf"


def test_file_through_proxy_when_accel_redirect_set(client, ref, settings):
    settings.PANSOCIAL_ACCEL_REDIRECT = "/protected-media/"
    practice = PracticeFactory()
    attachment = _attach(practice)
    _publish(practice)
    response = client.get(_url(attachment))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{attachment.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="informe.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_detail_links_files_to_checked_view_not_media(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    _publish(practice)
    content = client.get(practice.get_absolute_url()).content.decode()
    assert f'href="{_url(attachment)}"' in content
    assert "/media/" not in content


def test_migration_moves_old_file_names_to_unguessable_ones(ref):
    practice = PracticeFactory()
    old = default_storage.save(f"practices/{practice.pk}/informe.pdf", ContentFile(PDF))
    attachment = Attachment.objects.create(
        practice=practice,
        file=old,
        original_name="informe.pdf",
        mime_type="application/pdf",
        size=len(PDF),
    )
    migration = importlib.import_module("pansocial.practice.migrations.0004_unguessable_file_names")
    from django.apps import apps

    migration.rename_files(apps, SimpleNamespace(connection=connection))
    attachment.refresh_from_db()
    assert STORAGE_NAME.match(attachment.file.name)
    assert default_storage.exists(old) is False
    with default_storage.open(attachment.file.name, "rb") as handle:
        assert handle.read() == PDF


def test_delete_file_asks_confirmation_then_deletes(client, ref):
    practice = PracticeFactory()
    attachment = _attach(practice)
    client.force_login(practice.submitter)
    url = reverse("practice:detach", kwargs={"pk": practice.pk, "attachment_pk": attachment.pk})
    edit = client.get(reverse("practice:edit", kwargs={"pk": practice.pk})).content.decode()
    assert f'href="{url}"' in edit
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Delete the file informe.pdf?</h1>" in html
    assert "It cannot be recovered: to have it again, upload it again." in html
    assert Attachment.objects.filter(pk=attachment.pk).exists()
    client.post(url)
    assert not Attachment.objects.filter(pk=attachment.pk).exists()
