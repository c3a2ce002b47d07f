"""Hooks into capabilities other apps provide: full-text search and the reference pages'
attachments. Each is optional so the practice app runs whichever of them is installed."""

from pansocial.practice.domain.indexing import engine


def connect():
    from pansocial.practice.models import Practice

    search_engine = engine()
    if search_engine is not None:
        search_engine.register(
            Practice,
            fields=["title", "summary", "description"],
            language=lambda practice: practice.language,
        )
    try:
        from pansocial.reference import attachments
    except ImportError:
        return
    from pansocial.practice import attachments as practice_attachments

    practice_attachments.register(attachments)
