from .outbox import approve_draft, queue_email, send_outbound

__all__ = ["approve_draft", "queue_email", "send_outbound"]
