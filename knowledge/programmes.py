"""Programme rules as reviewed data: knowledge/rules/{cg,cp,cs}.toml loaded into typed objects.

Every value carries its citation. Where two documents disagree the newer wins and the older value
is kept as `superseded` so answers can mention the difference.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from knowledge.citations import Citation
from knowledge.errors import GrantbotError

RULES_DIR = Path(__file__).parent / "rules"


class ProgrammeCode(StrEnum):
    CG = "cg"
    CP = "cp"
    CS = "cs"


class UnknownProgramme(GrantbotError):
    pass


@dataclass(frozen=True, slots=True)
class Fact:
    """One sourced value: a number, date or sentence from the programme documents."""

    value: Any
    citation: Citation
    note: str | None = None
    superseded: Fact | None = None

    @property
    def decimal(self) -> Decimal:
        return Decimal(str(self.value))

    @property
    def date(self) -> date:
        if not isinstance(self.value, date):
            raise TypeError(f"{self.citation}: not a date: {self.value!r}")
        return self.value


@dataclass(frozen=True, slots=True)
class Programme:
    code: ProgrammeCode
    name: str
    aliases: tuple[str, ...]
    eligible_levels: tuple[str, ...]  # "gmina" | "powiat" | "wojewodztwo"
    facts: dict[str, Fact]

    def fact(self, key: str) -> Fact:
        return self.facts[key]

    def get(self, key: str) -> Fact | None:
        return self.facts.get(key)

    @property
    def min_grant(self) -> Decimal:
        return self.facts["min_grant"].decimal

    @property
    def max_grant(self) -> Decimal:
        return self.facts["max_grant"].decimal

    @property
    def costs_from(self) -> date:
        return self.facts["costs_from"].date

    @property
    def costs_to(self) -> date | None:
        """End of the cost-eligibility window, or None where our sources do not give it (CS)."""
        fact = self.facts.get("costs_to")
        return fact.date if fact else None

    @property
    def project_end(self) -> date | None:
        fact = self.facts.get("project_end")
        return fact.date if fact else None

    @property
    def hotline(self) -> str:
        return str(self.facts["hotline"].value)

    @property
    def email(self) -> str:
        return str(self.facts["email"].value)

    def contact(self) -> str:
        """Polish one-liner with the programme's hotline and e-mail."""
        return f"{self.name}: infolinia {self.hotline}, e-mail {self.email}"


def _fact(raw: dict[str, Any]) -> Fact:
    superseded = raw.get("superseded")
    return Fact(
        value=raw["value"],
        citation=Citation(document=raw["doc"], section=raw["section"]),
        note=raw.get("note"),
        superseded=_fact(superseded) if superseded else None,
    )


def _load(code: ProgrammeCode) -> Programme:
    with (RULES_DIR / f"{code.value}.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    facts = {key: _fact(value) for key, value in raw.items() if isinstance(value, dict)}
    return Programme(
        code=code,
        name=raw["name"],
        aliases=tuple(raw["aliases"]),
        eligible_levels=tuple(raw["eligible_levels"]),
        facts=facts,
    )


@cache
def programmes() -> dict[ProgrammeCode, Programme]:
    return {code: _load(code) for code in ProgrammeCode}


def get_programme(code: str | ProgrammeCode) -> Programme:
    """Programme by code ('cg', 'CP', …).

    >>> get_programme("CS").name
    'Cyberbezpieczny Samorząd'
    """
    try:
        return programmes()[ProgrammeCode(str(code).strip().lower())]
    except ValueError:
        raise UnknownProgramme(
            f"Nie znam programu „{code}”. Dostępne: cg (Cyfrowa Gmina), cp (Cyfrowy Powiat), "
            "cs (Cyberbezpieczny Samorząd)."
        ) from None


def contact_lines(codes: Iterable[str | ProgrammeCode]) -> str:
    """The operator's hotline and e-mail, one bullet per programme."""
    return "\n".join(f"• {get_programme(c).contact()}" for c in codes)
