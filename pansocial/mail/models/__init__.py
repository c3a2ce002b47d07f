from .outbound import OutboundEmail

__all__ = ["OutboundEmail"]
