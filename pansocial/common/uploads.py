"""Uploaded files are checked by what they contain, not by their names: any app that
accepts documents or images (practices, events, consultations, commitments) calls
``check_upload(uploaded)`` from its form's ``clean_<field>`` and again in its domain
function before storing. Accepted: PDF, DOCX, ODT, XLSX, PNG, JPEG, WebP up to 10 MB;
office files are opened as ZIP archives and refused when they would expand too much."""

import io
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_SIZE = 10 * 1024 * 1024
ZIP_MAX_TOTAL = 50 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_MAX_ENTRIES = 2000

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"

EXTENSIONS = {
    PDF: {"pdf"},
    PNG: {"png"},
    JPEG: {"jpg", "jpeg"},
    WEBP: {"webp"},
    DOCX: {"docx"},
    XLSX: {"xlsx"},
    ODT: {"odt"},
}

REFUSED_TYPE = _(
    "%(name)s is not an accepted file: send a PDF, DOCX, ODT, XLSX, PNG, JPEG or WebP file."
)


def _zip_type(head, stream, name):
    stream.seek(0)
    try:
        archive = zipfile.ZipFile(stream)
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ValidationError(REFUSED_TYPE, code="type", params={"name": name}) from error
    if len(entries) > ZIP_MAX_ENTRIES:
        raise ValidationError(
            _("%(name)s holds too many files."), code="zip_bomb", params={"name": name}
        )
    total = sum(entry.file_size for entry in entries)
    compressed = max(sum(entry.compress_size for entry in entries), 1)
    if total > ZIP_MAX_TOTAL or total / compressed > ZIP_MAX_RATIO:
        raise ValidationError(
            _("%(name)s expands to too much data to be a document."),
            code="zip_bomb",
            params={"name": name},
        )
    names = {entry.filename for entry in entries}
    if "mimetype" in names:
        with archive.open("mimetype") as handle:
            if handle.read(100).strip() == ODT.encode():
                return ODT
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
    return None


def detect(stream, name=""):
    """The MIME type of an accepted file, read from its bytes; None if not accepted."""
    stream.seek(0)
    head = stream.read(16)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(head, stream, name)
    return None


def check_upload(uploaded):
    """Validate an uploaded file; return its MIME type or raise ValidationError."""
    name = uploaded.name or ""
    if uploaded.size > MAX_SIZE:
        raise ValidationError(
            _("%(name)s is larger than 10 MB."), code="size", params={"name": name}
        )
    if uploaded.size == 0:
        raise ValidationError(_("%(name)s is empty."), code="empty", params={"name": name})
    stream = uploaded.file if hasattr(uploaded, "file") else uploaded
    if not hasattr(stream, "seek"):
        stream = io.BytesIO(uploaded.read())
    mime = detect(stream, name)
    stream.seek(0)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if mime is None or extension not in EXTENSIONS[mime]:
        raise ValidationError(REFUSED_TYPE, code="type", params={"name": name})
    return mime
