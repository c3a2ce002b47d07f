"""Every request limit of the account pages in one place (docs/security.md has the table).

Per-address limits count the client's address as ``pansocial.common.net.client_ip`` reads
it (through ``TRUSTED_PROXIES`` only); per-account limits count the normalised address
typed into the form, so case variants of one address share one count. Password guessing
is slowed per account by ``domain.throttle`` rather than by a fixed lock-out."""

from pansocial.account.domain.throttle import normalise

SIGN_IN_PER_IP = "10/m"
SIGN_IN_PER_IP_HOUR = "100/h"
CODE_PER_IP = "10/m"
CODE_PER_ACCOUNT = "20/h"
LINK_PER_IP = "5/m"
LINK_PER_ACCOUNT = "5/h"
SIGN_UP_PER_IP = "5/h"
SIGN_UP_PER_ACCOUNT = "5/h"
RESEND_PER_IP = "5/h"
RESEND_PER_ACCOUNT = "5/h"
RESET_PER_IP = "5/h"
RESET_PER_ACCOUNT = "5/h"


def email_key(group, request):
    """django-ratelimit key: the normalised address posted in the form."""
    return normalise(request.POST.get("email", ""))


def pending_account_key(group, request):
    """django-ratelimit key: the account waiting for its second-factor code."""
    return str(request.session.get("account_pending_user", ""))
