from .organisation import Contact, Organisation, Scope

__all__ = ["Contact", "Organisation", "Scope"]
