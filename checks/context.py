"""What the checks know besides the documents: programme, unit, dates and the applicant's statements.

Built once at the edge (CLI, bot) and passed down frozen, so rules never read settings or files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol as TypingProtocol

from knowledge.citations import Citation
from knowledge.errors import GrantbotError
from knowledge.programmes import Programme, get_programme


class CheckError(GrantbotError):
    """Bad input to the pre-screen (a date, an amount); the message is Polish."""


class UnitLike(TypingProtocol):
    """The part of `knowledge.registry.Unit` the checks use."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def level(self) -> str: ...

    @property
    def display_name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class CheckContext:
    programme: Programme
    unit: UnitLike | None = None
    max_grant: Decimal | None = None  # the unit's maximum grant, when known
    project_end: date | None = None  # None: not in our sources and not given (CS)
    project_end_given: bool = False  # True when the user supplied it
    vat_recoverable: bool | None = None  # None: the applicant has not said
    grant_amount: Decimal | None = None  # the awarded grant, base of the 5 % advisory cap
    used_equipment_declared: bool | None = None  # the three declarations for used equipment held
    unit_ineligible: str | None = None  # Polish reason from the grant calculator, when not eligible
    unit_ineligible_citation: Citation | None = None

    @classmethod
    def build(
        cls,
        programme: str | Programme,
        *,
        unit: UnitLike | None = None,
        max_grant: Decimal | None = None,
        project_end: date | None = None,
        vat_recoverable: bool | None = None,
        grant_amount: Decimal | None = None,
        used_equipment_declared: bool | None = None,
        unit_ineligible: str | None = None,
        unit_ineligible_citation: Citation | None = None,
    ) -> CheckContext:
        """Context with the programme's defaults filled in (project end from the rules data)."""
        prog = programme if isinstance(programme, Programme) else get_programme(programme)
        if project_end is not None and project_end < prog.costs_from:
            raise CheckError(
                f"Koniec projektu ({project_end:%d.%m.%Y}) nie może być wcześniejszy niż początek okresu "
                f"kwalifikowalności wydatków w programie {prog.name} ({prog.costs_from:%d.%m.%Y})."
            )
        return cls(
            programme=prog,
            unit=unit,
            max_grant=max_grant,
            project_end=project_end if project_end is not None else prog.project_end,
            project_end_given=project_end is not None,
            vat_recoverable=vat_recoverable,
            grant_amount=grant_amount,
            used_equipment_declared=used_equipment_declared,
            unit_ineligible=unit_ineligible,
            unit_ineligible_citation=unit_ineligible_citation,
        )

    @property
    def window(self) -> tuple[date, date | None]:
        """The cost-eligibility window; the end is None when nobody knows it (CS without input)."""
        start = self.programme.costs_from
        ends = [d for d in (self.programme.costs_to, self.project_end) if d is not None]
        # Costs count until the project ends and never after the programme's own limit.
        return start, min(ends) if ends else None
