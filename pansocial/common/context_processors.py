from django.conf import settings


def site(request):
    return {"SITE_NAME": "Pansocial", "LANGUAGE_CHOICES": settings.LANGUAGES}
