"""Pure renderers of grant results: Polish text for chat/CLI and JSON-ready dicts."""

from __future__ import annotations

from typing import Any

from grants.models import GrantResult, GrantStatus
from knowledge.money import zl
from knowledge.programmes import get_programme
from knowledge.registry import Candidate, Unit


def unit_dict(unit: Unit) -> dict[str, Any]:
    return {
        "teryt": unit.code,
        "name": unit.name,
        "display_name": unit.display_name,
        "level": unit.level.value,
        "kind": unit.kind.value,
        "powiat": unit.powiat_name,
        "powiat_teryt": unit.powiat_code,
        "wojewodztwo": unit.wojewodztwo_name,
        "population_2020": unit.population_2020,
    }


def candidate_dict(candidate: Candidate) -> dict[str, Any]:
    unit = candidate.unit
    return {
        "teryt": unit.code,
        "name": unit.name,
        "kind": unit.kind.value,
        "level": unit.level.value,
        "powiat": unit.powiat_name,
        "wojewodztwo": unit.wojewodztwo_name,
        "score": candidate.score,
    }


def _money(value: Any) -> str | None:
    return None if value is None else f"{value:.2f}"


def result_dict(result: GrantResult) -> dict[str, Any]:
    return {
        "programme": result.programme.value,
        "programme_name": get_programme(result.programme).name,
        "unit_teryt": result.unit.code,
        "status": result.status.value,
        "amount": _money(result.amount),
        "min": _money(result.min),
        "max": _money(result.max),
        "steps": list(result.steps),
        "inputs": [{"name": i.name, "value": i.value, "source": i.source} for i in result.inputs],
        "missing": list(result.missing),
        "citations": [str(c) for c in result.citations],
    }


def headline(result: GrantResult) -> str:
    """One line per programme: 'Cyfrowa Gmina: 1 662 072,41 zł'."""
    name = get_programme(result.programme).name
    if result.status is GrantStatus.EXACT and result.amount is not None:
        return f"{name}: {zl(result.amount)}"
    if result.status is GrantStatus.NOT_ELIGIBLE:
        return f"{name}: jednostka nieuprawniona"
    if result.min is not None and result.max is not None:
        suffix = " – podaj wskaźnik G, aby policzyć dokładnie" if result.status is GrantStatus.NEEDS_INPUT else ""
        return f"{name}: od {zl(result.min)} do {zl(result.max)}{suffix}"
    return f"{name}: brak danych"


def render_result(result: GrantResult, *, details: bool = True) -> str:
    lines = [headline(result)]
    if details:
        lines += [f"  • {step}" for step in result.steps[1:] or result.steps]
        if result.missing:
            lines.append("  Brakuje: " + "; ".join(result.missing) + ".")
        lines.append("  Źródło: " + "; ".join(c.human() for c in result.citations))
    return "\n".join(lines)


def render_candidates(query: str, candidates: tuple[Candidate, ...]) -> str:
    lines = [f"„{query}” pasuje do kilku jednostek – wybierz jedną (podaj kod TERYT):"]
    for number, candidate in enumerate(candidates, start=1):
        lines.append(f"  {number}. {candidate.unit.describe()}")
    return "\n".join(lines)
