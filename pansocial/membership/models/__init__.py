from .organisation import Contact, Organisation, Scope, name_key

__all__ = ["Contact", "Organisation", "Scope", "name_key"]
