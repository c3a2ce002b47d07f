from django.core.management.base import BaseCommand

from pansocial.account.domain import first_admin_link


class Command(BaseCommand):
    help = "Print the one-time link where the first administrator creates their account."

    def handle(self, *args, **options):
        link = first_admin_link()
        if link is None:
            self.stdout.write("An administrator exists: sign in at /account/signin/.")
            return
        self.stdout.write(
            self.style.SUCCESS("No administrator yet. Open this link once, within 24 hours, ")
            + self.style.SUCCESS("to create the first administrator account:")
        )
        self.stdout.write(f"    {link}")
