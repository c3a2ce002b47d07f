from .mandate import Mandate, Position
from .table import Table, TableKind, TableMembership

__all__ = ["Mandate", "Position", "Table", "TableKind", "TableMembership"]
