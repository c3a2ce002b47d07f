"""The content-checked upload is shared (pansocial.common.uploads)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from pansocial.common import uploads

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def test_check_upload_accepts_pdf_by_content():
    assert uploads.check_upload(SimpleUploadedFile("informe.pdf", PDF)) == uploads.PDF


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("informe.pdf", b"MZ\x90\x00 not a pdf", "type"),
        ("informe.png", PDF, "type"),
        ("vacio.pdf", b"", "empty"),
    ],
)
def test_check_upload_refuses_by_content(name, content, code):
    with pytest.raises(ValidationError) as error:
        uploads.check_upload(SimpleUploadedFile(name, content))
    assert error.value.code == code
