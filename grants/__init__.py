"""Grant calculator: TERYT unit + programme facts + user inputs -> GrantResult (pure, Decimal)."""

from grants.calculator import compute, num, zl
from grants.models import GrantInputs, GrantResult, GrantStatus, InputUsed, OfficialAmount

__all__ = ["GrantInputs", "GrantResult", "GrantStatus", "InputUsed", "OfficialAmount", "compute", "num", "zl"]
