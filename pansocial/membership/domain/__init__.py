from .application import apply, possible_duplicates
from .life import add_contact, join_table, leave_table, remove_contact, withdraw
from .review import accept, decline

__all__ = [
    "accept",
    "add_contact",
    "apply",
    "decline",
    "join_table",
    "leave_table",
    "possible_duplicates",
    "remove_contact",
    "withdraw",
]
