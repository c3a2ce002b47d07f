"""What the practice app adds to shared capabilities: the full-text index and the
objective and principle pages."""

from pansocial.common.cache import bump_on_change
from pansocial.reference import attachments
from pansocial.search import engine


def connect():
    from pansocial.practice import attachments as practice_attachments
    from pansocial.practice.models import Implementer, Practice, PracticeObjective

    engine.register(
        Practice,
        fields=["title", "summary", "description"],
        language=lambda practice: practice.language,
        weights={"title": "A", "summary": "B", "description": "C"},
    )
    practice_attachments.register(attachments)
    for model in (
        Practice,
        Practice.countries.through,
        Practice.principles.through,
        PracticeObjective,
        Implementer,
    ):
        bump_on_change(model, "practice")
