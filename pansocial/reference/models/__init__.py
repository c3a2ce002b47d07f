from .gcm import Cluster, Objective, Principle, StakeholderGroup, TableTheme
from .geography import Country, Subregion

__all__ = [
    "Cluster",
    "Country",
    "Objective",
    "Principle",
    "StakeholderGroup",
    "Subregion",
    "TableTheme",
]
