from .entry import AuditEntry

__all__ = ["AuditEntry"]
