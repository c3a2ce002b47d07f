from .record import changes, record

__all__ = ["changes", "record"]
