from .invitation import ContactInvitation
from .organisation import Contact, Organisation, Scope, name_key, sort_key

__all__ = ["Contact", "ContactInvitation", "Organisation", "Scope", "name_key", "sort_key"]
