import datetime
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pansocial.account.tests.factories import UserFactory
from pansocial.audit.models import AuditEntry
from pansocial.practice import domain
from pansocial.practice.models import Attachment, Practice, State
from pansocial.practice.tests.factories import PracticeFactory, facilitator, objective
from pansocial.reference.models import Country

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def _docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>" * 20)
    return out.getvalue()


def _zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    return out.getvalue()


def _data(**changes):
    data = {
        "title": "Ventanilla única para personas migrantes",
        "summary": "Atención integral.",
        "description": "Una ventanilla que reúne servicios.",
        "practice_type": "programme",
        "language": "es",
        "geographic_scope": "national",
        "start_date": datetime.date(2021, 5, 1),
        "ongoing": True,
        "countries": list(Country.objects.filter(code="CO")),
        "objectives": [objective(15), objective(16)],
        "primary_objectives": [objective(15)],
    }
    data.update(changes)
    return data


def test_create_practice_draft_with_primary_objective(ref):
    user = UserFactory()
    practice = domain.create_practice(
        submitter=user,
        data=_data(),
        implementers=[{"name": "Alcaldía", "implementer_type": "local_government"}],
    )
    assert practice.state == State.DRAFT
    assert practice.status == "ongoing"
    assert practice.start_year == 2021
    assert {(link.objective.number, link.primary) for link in practice.objective_links.all()} == {
        (15, True),
        (16, False),
    }
    assert AuditEntry.objects.filter(action="practice.create").count() == 1


def test_create_on_behalf_without_focal_point_refused(ref):
    with pytest.raises(ValidationError) as error:
        domain.create_practice(submitter=UserFactory(), data=_data(submitted_on_behalf=True))
    assert "focal_point_name" in error.value.message_dict
    assert Practice.objects.count() == 0


def test_create_not_ongoing_without_end_date_refused(ref):
    with pytest.raises(ValidationError) as error:
        domain.create_practice(submitter=UserFactory(), data=_data(ongoing=False))
    assert error.value.message_dict["end_date"] == [
        "Give the end date, or mark the practice as ongoing."
    ]


def test_links_invalid_url_refused(ref):
    with pytest.raises(ValidationError) as error:
        domain.create_practice(
            submitter=UserFactory(), data=_data(links="https://example.org\njavascript:alert(1)")
        )
    assert error.value.message_dict["links"] == ["Not a web address: javascript:alert(1)"]


def test_submit_practice_queues_email_and_audits(ref):
    from pansocial.mail.models import OutboundEmail

    practice = PracticeFactory(
        title="Huertos comunitarios", submitter=UserFactory(preferred_language="pt")
    )
    domain.submit_practice(practice=practice, actor=practice.submitter)
    practice.refresh_from_db()
    assert practice.state == State.SUBMITTED
    assert AuditEntry.objects.filter(action="practice.submit").count() == 1
    email = OutboundEmail.objects.get()
    assert (email.kind, email.to_email, email.to_user, email.language) == (
        "practice.submitted",
        practice.submitter.email,
        practice.submitter,
        "pt",
    )
    assert email.subject == "Prática recebida: Huertos comunitarios"
    assert f"/pt/practices/{practice.pk}/" in email.body


def test_edit_view_after_review_started_refused_with_message(client, ref):
    practice = PracticeFactory(state=State.SUBMITTED)
    domain.open_round(practice=practice, actor=facilitator())
    client.force_login(practice.submitter)
    response = client.get(reverse("practice:edit", kwargs={"pk": practice.pk}), follow=True)
    assert "Review has started: this practice can no longer be edited." in response.content.decode()
    response = client.post(
        reverse("practice:edit", kwargs={"pk": practice.pk}), {"title": "Otro"}, follow=True
    )
    practice.refresh_from_db()
    assert practice.title != "Otro"


def test_attachment_pdf_by_content_stored(ref):
    practice = PracticeFactory()
    upload = SimpleUploadedFile("informe.pdf", PDF, content_type="application/pdf")
    attachment = domain.add_attachment(practice=practice, actor=practice.submitter, uploaded=upload)
    assert attachment.mime_type == "application/pdf"
    assert attachment.size == len(PDF)
    assert attachment.file.storage.exists(attachment.file.name)


def test_attachment_docx_by_content_stored(ref):
    practice = PracticeFactory()
    upload = SimpleUploadedFile("informe.docx", _docx())
    attachment = domain.add_attachment(practice=practice, actor=practice.submitter, uploaded=upload)
    assert attachment.mime_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def _refused(practice, name, content, settings):
    with pytest.raises(ValidationError) as error:
        domain.add_attachment(
            practice=practice,
            actor=practice.submitter,
            uploaded=SimpleUploadedFile(name, content, content_type="application/pdf"),
        )
    assert Attachment.objects.count() == 0
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))
    return error.value.messages


def test_attachment_executable_renamed_pdf_refused(ref, settings):
    practice = PracticeFactory()
    messages = _refused(practice, "informe.pdf", b"MZ\x90\x00" + b"\0" * 200, settings)
    assert messages == [
        "informe.pdf is not an accepted file: send a PDF, DOCX, ODT, XLSX, PNG, JPEG or WebP file."
    ]


def test_attachment_elf_renamed_pdf_refused(ref, settings):
    practice = PracticeFactory()
    _refused(practice, "informe.pdf", b"\x7fELF" + b"\0" * 200, settings)


def test_attachment_zip_bomb_refused(ref, settings):
    practice = PracticeFactory()
    messages = _refused(practice, "informe.docx", _zip_bomb(), settings)
    assert messages == ["informe.docx expands to too much data to be a document."]


def test_attachment_50_mb_refused(ref, settings):
    practice = PracticeFactory()
    messages = _refused(practice, "grande.pdf", PDF + b"\0" * (50 * 1024 * 1024), settings)
    assert messages == ["grande.pdf is larger than 10 MB."]


def test_attachment_pdf_content_named_png_refused(ref, settings):
    practice = PracticeFactory()
    _refused(practice, "imagen.png", PDF, settings)


def test_attach_view_hostile_file_message_and_nothing_stored(client, ref, settings):
    practice = PracticeFactory()
    client.force_login(practice.submitter)
    upload = SimpleUploadedFile("virus.pdf", b"MZ" + b"\0" * 100)
    response = client.post(
        reverse("practice:attach", kwargs={"pk": practice.pk}), {"file": upload}, follow=True
    )
    assert "virus.pdf is not an accepted file" in response.content.decode()
    assert Attachment.objects.count() == 0


def test_create_view_saves_draft_and_submits(client, ref):
    user = UserFactory()
    client.force_login(user)
    data = {
        "title": "Programa de regularización",
        "summary": "Regulariza.",
        "description": "Descripción larga.",
        "practice_type": "policy",
        "language": "pt",
        "geographic_scope": "national",
        "countries": [Country.objects.get(code="BR").pk],
        "objectives": [objective(5).pk],
        "primary_objectives": [objective(5).pk],
        "start_date": "2022-01-10",
        "ongoing": "on",
        "impl-TOTAL_FORMS": "3",
        "impl-INITIAL_FORMS": "0",
        "impl-0-name": "Ministério",
        "impl-0-implementer_type": "national_government",
        "submit": "1",
    }
    response = client.post(reverse("practice:create"), data)
    practice = Practice.objects.get()
    assert response.status_code == 302
    assert response["Location"] == practice.get_absolute_url()
    assert practice.state == State.SUBMITTED
    assert practice.language == "pt"
    assert list(practice.implementers.values_list("name", "implementer_type")) == [
        ("Ministério", "national_government")
    ]
