from .version import ContentVersion

__all__ = ["ContentVersion"]
