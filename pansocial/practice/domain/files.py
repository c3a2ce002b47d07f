"""Attachments are checked by what they contain: the check lives in
``pansocial.common.uploads`` so every app uses the same one."""

from pansocial.common.uploads import (  # noqa: F401 - re-exported for the practice app
    DOCX,
    EXTENSIONS,
    JPEG,
    MAX_SIZE,
    ODT,
    PDF,
    PNG,
    WEBP,
    XLSX,
    check_upload,
    detect,
)
