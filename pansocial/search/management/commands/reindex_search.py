from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from pansocial.search import engine


class Command(BaseCommand):
    help = "Rebuild the full-text search index of every registered model, or of those named."

    def add_arguments(self, parser):
        parser.add_argument("models", nargs="*", metavar="app_label.Model")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, models, database, **options):
        if not models:
            count = engine.reindex(using=database)
            self.stdout.write(f"{count} object(s) indexed")
            return
        for label in models:
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError) as error:
                raise CommandError(f"Unknown model {label!r}") from error
            if not engine.is_registered(model):
                raise CommandError(f"{label} is not registered for search")
            count = engine.reindex(model, using=database)
            self.stdout.write(f"{label}: {count} object(s) indexed")
