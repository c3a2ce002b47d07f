from pansocial.audit.context import origin
from pansocial.common.net import client_ip


class AuditContextMiddleware:
    """Sets where this request's audited actions come from (see ``audit.context``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with origin(ip=client_ip(request), user_agent=request.headers.get("User-Agent", "")):
            return self.get_response(request)
