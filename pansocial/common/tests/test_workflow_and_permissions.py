import pytest
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse

from pansocial.common.permissions import permission_required
from pansocial.common.workflow import InvalidTransition, Workflow

FLOW = Workflow({"draft": {"submitted"}, "submitted": {"accepted", "declined"}})


def test_workflow_allows_listed_moves_only():
    FLOW.check("draft", "submitted")
    assert FLOW.allowed("submitted") == {"accepted", "declined"}
    assert FLOW.allowed("accepted") == frozenset()
    with pytest.raises(InvalidTransition) as caught:
        FLOW.check("accepted", "declined")
    assert (caught.value.current, caught.value.target) == ("accepted", "declined")


@pytest.mark.django_db
def test_permission_required_redirects_visitor_forbids_member_passes_object(rf, user_factory):
    from django.contrib.auth.models import AnonymousUser

    seen = []

    @permission_required("nobody.can", fn=lambda request, pk: {"pk": pk})
    def view(request, pk, obj):
        seen.append(obj)
        return HttpResponse("ok")

    request = rf.get("/x/7/")
    request.user = AnonymousUser()
    response = view(request, pk=7)
    assert response.status_code == 302
    assert response["Location"] == "/account/signin/?next=/x/7/"
    request.user = user_factory()
    with pytest.raises(PermissionDenied):
        view(request, pk=7)
    request.user = user_factory(is_superuser=True, is_active=True)
    assert view(request, pk=7).content == b"ok"
    assert seen == [{"pk": 7}]
