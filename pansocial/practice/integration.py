"""What the practice app adds to shared capabilities: the full-text index and the
objective and principle pages."""

from django.db.models.signals import m2m_changed

from pansocial.common.cache import bump, bump_on_change
from pansocial.common.i18n import LANGUAGE_CODES
from pansocial.common.namespaces import Content
from pansocial.reference import sections
from pansocial.search import engine


def printed_labels(practice):
    """The objective and country labels the practice page prints, in every language (a
    reader finds the practice by the words of their own): {language: text}."""
    if practice.pk is None:
        return {}
    objectives = [link.objective for link in practice.objective_links.select_related("objective")]
    countries = list(practice.countries.all())
    return {
        code: " ".join(
            [getattr(o, f"short_{code}") for o in objectives]
            + [getattr(c, f"name_{code}") for c in countries]
        )
        for code in LANGUAGE_CODES
    }


def implementer_names(practice):
    """The implementers' names, as written (in the practice's language)."""
    if practice.pk is None:
        return ""
    return " ".join(implementer.name for implementer in practice.implementers.all())


def connect():
    from pansocial.practice import sections as practice_sections
    from pansocial.practice.models import Implementer, Practice, PracticeObjective

    engine.register(
        Practice,
        fields=["title", "summary", "description", printed_labels, implementer_names],
        language=lambda practice: practice.language,
        weights={
            "title": "A",
            "summary": "B",
            "description": "C",
            printed_labels: "D",
            implementer_names: "D",
        },
    )
    practice_sections.register(sections)
    # "practice" versions the public repository (its cached pages and bitmaps): drafts and
    # practices in review change it only once published, or when they stop being so.
    bump_on_change(Practice, Content.PRACTICE, when=lambda practice: practice.is_or_was_published)

    def of_published(link):
        return Practice.objects.published().filter(pk=link.practice_id).exists()

    for model in (
        Practice.countries.through,
        Practice.principles.through,
        PracticeObjective,
        Implementer,
    ):
        bump_on_change(model, Content.PRACTICE, when=of_published)

    def m2m_changed_(sender, instance, action, **kwargs):
        # .set()/.add()/.remove() on a practice's countries or principles save no row.
        if action.startswith("post_") and (
            not isinstance(instance, Practice) or instance.is_or_was_published
        ):
            bump(Content.PRACTICE)

    for through in (Practice.countries.through, Practice.principles.through):
        m2m_changed.connect(
            m2m_changed_, sender=through, weak=False, dispatch_uid=f"practice-{through.__name__}"
        )
