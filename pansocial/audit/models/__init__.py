from .entry import AuditEntry, AuditEntryImmutable

__all__ = ["AuditEntry", "AuditEntryImmutable"]
