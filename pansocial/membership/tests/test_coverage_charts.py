"""Issue 9, item 6: the coverage charts render valid SVG numbers in every language
(numbers formatted by pansocial.common.charts, never localised by the template)."""

import re
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from pansocial.membership.models import Organisation
from pansocial.membership.tests.factories import OrganisationFactory
from pansocial.reference.models import Country

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
LENGTHS = {"x", "y", "width", "height"}
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _svgs(html):
    for match in re.finditer(r"<svg\b.*?</svg>", html, re.S):
        yield ElementTree.fromstring(  # noqa: S314 - our own page
            match.group(0).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
        )


@pytest.mark.parametrize("prefix", ["", "/en", "/pt", "/fr"])
def test_coverage_charts_lengths_are_numbers_in_every_language(client, prefix):
    colombia, mexico = Country.objects.get(code="CO"), Country.objects.get(code="MX")
    joined = timezone.now() - timedelta(days=400)
    for country in (colombia, colombia, mexico):
        OrganisationFactory(country=country, member_since=joined)
    OrganisationFactory(country=mexico, status=Organisation.Status.PENDING)
    html = client.get(f"{prefix}/members/coverage/").content.decode()
    svgs = list(_svgs(html))
    assert len(svgs) == 4  # subregions, countries, groups, membership over time
    checked = 0
    for svg in svgs:
        view_box = svg.get("viewBox").split(" ")
        assert all(PLAIN_NUMBER.fullmatch(value) for value in view_box), view_box
        for element in svg.iter():
            for name, value in element.attrib.items():
                if name in LENGTHS and element.tag != f"{SVG}svg":
                    assert PLAIN_NUMBER.fullmatch(value), (prefix, element.tag, name, value)
                    checked += 1
    bars = list(svgs[1].iter(f"{SVG}rect"))
    assert [e.get("width") for e in bars[:2]] == ["320", "160"]
    assert checked > 100
    for svg in svgs:  # every bar drawn, every value inside the picture (issue 10, item 1)
        width = float(svg.get("width"))
        assert svg.get("viewBox") == f"0 0 {svg.get('width')} {svg.get('height')}"
        rects = list(svg.iter(f"{SVG}rect"))
        values = [t for t in svg.iter(f"{SVG}text") if "chart-value" in t.get("class")]
        assert rects and len(values) == len(rects)
        for rect, text in zip(rects, values, strict=True):
            drawn = float(rect.get("width")) * float(rect.get("height"))
            assert (drawn > 0) == (int(text.text) > 0), (prefix, text.text)
            middle = "chart-middle" in text.get("class")
            right = float(text.get("x")) + len(text.text) * (4 if middle else 8)
            assert right <= width, (prefix, text.text, text.get("x"), width)
