import pytest
from django.contrib.auth.models import Group

from pansocial.search import engine
from pansocial.search.tests.support import Corpus


@pytest.fixture
def corpus(db):
    corpus = Corpus()
    previous = engine._registry.get(Group)
    engine.register(
        Group,
        fields=["name", corpus.extra],
        language=corpus.language,
        weights={"name": "A", corpus.extra: "D"},
    )
    yield corpus
    engine.unregister(Group)
    if previous is not None:
        engine._registry[Group] = previous
