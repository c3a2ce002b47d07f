from django.core.management.base import BaseCommand

from pansocial.reference.domain.load import load_reference


class Command(BaseCommand):
    help = (
        "Create the missing GCM reference data (objectives, principles, stakeholder groups, "
        "countries and subregions). With --update, put the published labels back over "
        "administrators' edits."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Overwrite existing labels with the published wording.",
        )

    def handle(self, *args, update=False, **options):
        outcomes = load_reference(update=update)
        for kind, outcome in outcomes.items():
            self.stdout.write(f"{kind}: {outcome.created} created, {outcome.updated} updated")
