"""Typed inputs and results of the grant calculator."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from knowledge.citations import Citation
from knowledge.programmes import ProgrammeCode
from knowledge.registry import Unit


class GrantStatus(StrEnum):
    EXACT = "exact"  # a single amount: formula with G, a fixed amount, or the official list
    RANGE = "range"  # only the programme's range is known from our sources
    NEEDS_INPUT = "needs_input"  # computable once the user gives an input (G for Cyfrowa Gmina)
    NOT_ELIGIBLE = "not_eligible"


@dataclass(frozen=True, slots=True)
class OfficialAmount:
    amount: Decimal
    source: str  # e.g. "lista_cg_zal2.xlsx, zaimportowano 2026-11-21"


@dataclass(frozen=True, slots=True)
class GrantInputs:
    """What the user or an operator supplied beyond our reference data."""

    g: Decimal | None = None  # wskaźnik G 2021 (Cyfrowa Gmina), zł per inhabitant
    g_source: str = "podany przez użytkownika"
    official: OfficialAmount | None = None  # from an imported Załącznik nr 2


@dataclass(frozen=True, slots=True)
class InputUsed:
    name: str  # "L", "G", "Gk", …
    value: str  # as shown to the user
    source: str  # Polish: where it comes from


@dataclass(frozen=True, slots=True)
class GrantResult:
    programme: ProgrammeCode
    unit: Unit
    status: GrantStatus
    amount: Decimal | None
    min: Decimal | None
    max: Decimal | None
    steps: tuple[str, ...]
    inputs: tuple[InputUsed, ...]
    citations: tuple[Citation, ...]
    missing: tuple[str, ...] = ()  # Polish: what the user could provide to get an exact amount
