"""The audit app's own actions. The trail records other apps' actions (each app's
``domain/actions.py``); it writes none of its own today, and its entries are never changed
or deleted (``AuditEntry`` refuses it), so there is nothing here to name yet."""

from enum import StrEnum


class Action(StrEnum):
    pass
