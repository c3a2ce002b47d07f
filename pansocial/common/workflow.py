"""State machines for workflows (applications, practices, mandates, and what comes next).

Each workflow has one state enum (a ``TextChoices`` on its model) and one transition
function in its app's domain, which:
1. locks the row (``select_for_update``) and re-reads its state, so two people deciding
   at once cannot both win;
2. asks its ``Workflow`` whether the move is allowed (``InvalidTransition`` otherwise,
   which views show as a clear message: never a 500);
3. writes the new state, the audit entry (a named action constant) and queues e-mails,
   all in the same transaction.
"""

from django.utils.translation import gettext_lazy as _


class InvalidTransition(Exception):  # noqa: N818 - reads as a domain outcome
    """The object is not in a state from which this move is allowed (often: someone else
    decided first)."""

    message = _("This was changed in the meantime and the action no longer applies.")

    def __init__(self, current, target):
        self.current = current
        self.target = target
        super().__init__(f"{current} → {target} is not allowed")


class Workflow:
    """The allowed moves of one workflow: ``{from_state: {to_state, ...}}``."""

    def __init__(self, transitions):
        self.transitions = {source: frozenset(targets) for source, targets in transitions.items()}

    def allowed(self, current):
        return self.transitions.get(current, frozenset())

    def can(self, current, target):
        return target in self.allowed(current)

    def check(self, current, target):
        if not self.can(current, target):
            raise InvalidTransition(current, target)


def locked(instance):
    """Re-read ``instance`` under a row lock (inside ``transaction.atomic``)."""
    return type(instance)._default_manager.select_for_update().get(pk=instance.pk)
