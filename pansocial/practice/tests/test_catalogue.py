from collections import Counter

import pytest
from django.http import QueryDict
from django.urls import reverse

from pansocial.practice.domain import catalogue
from pansocial.practice.forms import catalogue_query
from pansocial.practice.tests.factories import PublishedPracticeFactory, facilitator
from pansocial.practice.tests.generated import generate
from pansocial.search.engine import index

pytestmark = pytest.mark.django_db


def _expected(facts, chosen, facet):
    """Counts for ``facet`` among practices matching every other chosen facet."""
    counts = Counter()
    for fact in facts:
        if all(fact.values(name) & set(values) for name, values in chosen.items() if name != facet):
            counts.update(fact.values(facet))
    return dict(counts)


def test_facet_counts_500_generated_practices_unfiltered():
    facts = generate(500)
    counts = catalogue.Browse(catalogue_query(QueryDict())).counts
    for facet in catalogue.FACETS:
        assert counts[facet] == _expected(facts, {}, facet), facet
    assert sum(counts["status"].values()) == len(facts)


def test_facet_counts_500_generated_practices_two_facets_combined():
    facts = generate(500)
    params = QueryDict(mutable=True)
    params.setlist("country", ["BR", "MX", "CO"])
    params.setlist("cluster", ["protection"])
    query = catalogue_query(params)
    chosen = {"country": {"BR", "MX", "CO"}, "cluster": {"protection"}}
    counts = catalogue.Browse(query).counts
    for facet in catalogue.FACETS:
        assert counts[facet] == _expected(facts, chosen, facet), facet
    matching = [f for f in facts if f.countries & chosen["country"] and "protection" in f.clusters]
    assert len(catalogue.results(query)) == len(matching)
    assert {p.pk for p in catalogue.results(query)} == {f.pk for f in matching}
    browse = catalogue.Browse(query)
    assert browse.count == len(matching)
    assert set(browse.ids()) == {f.pk for f in matching}
    status = next(f for f in browse.facets if f.name == "status")
    assert {v.key: v.count for v in status.values} == _expected(facts, chosen, "status")


def _list_queries(client, django_assert_num_queries, n):
    for i in range(n):
        practice = PublishedPracticeFactory(
            objectives=[7, 16],
            countries=["BR", "CO"],
            principles=["human-rights"],
            title=f"Práctica {i}",
        )
        index(practice)
    url = reverse("practice:index") + "?country=BR&objective=7"
    with django_assert_num_queries(FIRST):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="practice-card"') == n
    # The bitmaps and labels are built: another filter and a search cost what they show.
    with django_assert_num_queries(THEN):
        response = client.get(url + "&q=practica&principle=human-rights")
    assert response.content.decode().count('class="practice-card"') == n


# After a change: page-cache versions + index versions + the index (published practices,
# 3 reference maps, 4 link lists, search entries) + 6 facet labels + 1 page + 3 prefetches = 21.
FIRST = 21
# Then (a search, which the page cache does not keep): index versions + the search + 1 page
# + 3 prefetches = 6.
THEN = 6


def test_list_page_one_practice_fixed_queries(client, ref, django_assert_num_queries):
    _list_queries(client, django_assert_num_queries, 1)


def test_list_page_three_practices_fixed_queries(client, ref, django_assert_num_queries):
    _list_queries(client, django_assert_num_queries, 3)


def test_list_page_hides_unpublished(client, ref):
    PublishedPracticeFactory(title="Publicada")
    PublishedPracticeFactory(title="Borrador", state="draft")
    content = client.get(reverse("practice:index")).content.decode()
    assert "Publicada" in content
    assert "Borrador" not in content


def test_detail_unpublished_404_for_visitor(client, ref):
    practice = PublishedPracticeFactory(state="submitted")
    assert client.get(practice.get_absolute_url()).status_code == 404


def test_detail_published_never_shows_private_fields(client, ref):
    practice = PublishedPracticeFactory(
        submitted_on_behalf=True,
        focal_point_name="Rosa Punto Focal",
        focal_point_email="rosa@example.org",
        contact_name="Carlos Contacto",
        contact_email="carlos@example.org",
    )
    content = client.get(practice.get_absolute_url()).content.decode()
    assert practice.title in content
    for private in (
        "Rosa Punto Focal",
        "rosa@example.org",
        "Carlos Contacto",
        "carlos@example.org",
    ):
        assert private not in content


def test_detail_curator_sees_private_fields(client, ref):
    practice = PublishedPracticeFactory(contact_name="Carlos Contacto")
    client.force_login(facilitator())
    assert "Carlos Contacto" in client.get(practice.get_absolute_url()).content.decode()


def test_feed_atom_same_filters_as_list(client, ref):
    PublishedPracticeFactory(title="En Brasil", countries=["BR"])
    PublishedPracticeFactory(title="En Chile", countries=["CL"])
    response = client.get(reverse("practice:feed-atom") + "?country=BR")
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "En Brasil" in body
    assert "En Chile" not in body
    rss = client.get(reverse("practice:feed-rss") + "?country=CL").content.decode()
    assert "En Chile" in rss
    assert "En Brasil" not in rss


def test_query_urlencode_round_trip_shareable():
    params = QueryDict("country=BR&country=MX&status=ongoing&q=salud&page=2")
    query = catalogue_query(params)
    assert query.urlencode() == "country=BR&country=MX&status=ongoing&q=salud"
    assert catalogue_query(QueryDict(query.urlencode())) == query


def test_reference_section_lists_published_practices_of_objective(ref):
    from pansocial.practice.sections import render
    from pansocial.practice.tests.factories import objective

    PublishedPracticeFactory(title="Con objetivo 7", objectives=[7])
    PublishedPracticeFactory(title="Borrador 7", objectives=[7], state="draft")
    PublishedPracticeFactory(title="Con objetivo 8", objectives=[8])
    html = render(objective(7))
    assert "Con objetivo 7" in html
    assert "Borrador 7" not in html
    assert "Con objetivo 8" not in html
    assert "?objective=7" in html
    assert "See the 1 practice in the repository" in html


def test_objective_page_for_visitor_shows_new_publication(client, ref):
    PublishedPracticeFactory(title="Primera del 7", objectives=[7])
    url = reverse("reference:objective", kwargs={"number": 7})
    assert "Primera del 7" in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"
    PublishedPracticeFactory(title="Segunda del 7", objectives=[7])
    response = client.get(url)
    assert response.get("X-Page-Cache") is None
    assert "Segunda del 7" in response.content.decode()
