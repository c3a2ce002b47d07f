import zoneinfo

from django.utils import timezone, translation


class UserPreferencesMiddleware:
    """Shows times in the reader's time zone.

    The zone comes from the profile of a signed-in person, else from the ``tz`` cookie
    the browser sets (see static/pansocial/site.js); UTC otherwise.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone_name = None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            zone_name = user.timezone or None
        zone_name = zone_name or request.COOKIES.get("tz")
        try:
            timezone.activate(zoneinfo.ZoneInfo(zone_name)) if zone_name else timezone.deactivate()
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
