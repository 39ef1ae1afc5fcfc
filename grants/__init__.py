"""Grant calculator: TERYT unit + programme facts + user inputs -> GrantResult (pure, Decimal)."""

from grants.calculator import compute
from grants.models import GrantInputs, GrantResult, GrantStatus, InputUsed, OfficialAmount
from knowledge.money import num, zl

__all__ = ["GrantInputs", "GrantResult", "GrantStatus", "InputUsed", "OfficialAmount", "compute", "num", "zl"]
