from django.db import models


class ContentVersion(models.Model):
    """A counter per kind of public content; cached public pages embed the counters they
    depend on in their cache key, so a change anywhere makes them stale at once."""

    namespace = models.CharField(max_length=40, primary_key=True)
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.namespace}:{self.version}"
