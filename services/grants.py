"""Grant lookup service: a code or name + optional inputs -> candidates or per-programme results.

It joins the pure pieces (registry, calculator) with what operators imported into storage (G/P
indices, official amount lists). With no engine it works from the reference data alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from grants import GrantInputs, GrantResult, OfficialAmount, compute
from grants.importer import AmountEntry, ImportReport, IndexEntry, parse_amounts, parse_indices
from knowledge import teryt
from knowledge.programmes import ProgrammeCode, get_programme
from knowledge.registry import Candidate, Registry, Unit, UnitNotFound, load_registry

INDEX_YEAR = {"G": 2021, "P": 2022}


@dataclass(frozen=True, slots=True)
class GrantLookup:
    query: str
    unit: Unit | None
    candidates: tuple[Candidate, ...] = ()
    results: tuple[GrantResult, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.unit is None and bool(self.candidates)


# A single candidate this close to the query is the unit meant ("Konina" -> Konin), not a list of one.
_SOLE_MATCH = 95.0
# a misspelt name read as the one unit it is far closer to than to any other ("sroda wielkopolksa")
_CLEAR_TYPO = 90.0
_CLEAR_GAP = 12.0


class GrantService:
    def __init__(self, engine: object | None = None, registry: Registry | None = None) -> None:
        self.engine = engine  # sqlalchemy Engine; typed loosely so this module imports without storage
        self.registry = registry or load_registry()

    # -- lookups ---------------------------------------------------------------------------------

    def find_unit(self, query: str) -> GrantLookup:
        """Resolve a code or a name; several plausible names -> candidates, none -> UnitNotFound."""
        query = query.strip()
        if not query:
            raise UnitNotFound("Podaj kod TERYT (np. 2206042) albo nazwę gminy, powiatu lub województwa.")
        if teryt.looks_like_code(query):
            resolved = self.registry.lookup_code(query)
            return GrantLookup(query, resolved.unit, notes=resolved.notes)
        candidates = tuple(self.registry.search(query))
        if not candidates:
            raise UnitNotFound(
                f"Nie znalazłem jednostki „{teryt.echo(query)}”. Podaj kod TERYT (np. 2206042) albo pełną nazwę "
                "gminy, powiatu lub województwa."
            )
        exact = [c for c in candidates if c.score >= 99.99]
        if len(exact) == 1:
            return GrantLookup(query, exact[0].unit)
        if len(candidates) == 1 and candidates[0].score >= _SOLE_MATCH:
            return GrantLookup(query, candidates[0].unit)  # "Konina": one unit, the name inflected
        best = candidates[0]
        if best.score >= _CLEAR_TYPO and all(best.score - c.score >= _CLEAR_GAP for c in candidates[1:]):
            # "sroda wielkopolksa": one name far closer than any other – that unit, the reading said
            note = f"Przyjąłem najbliższą nazwę z rejestru: „{best.unit.name}” (napisano: „{teryt.echo(query)}”)."
            return GrantLookup(query, best.unit, notes=(note,))
        return GrantLookup(query, None, candidates=tuple(exact) if exact else candidates)

    def lookup(self, query: str, programmes: list[str] | None = None, g: Decimal | None = None) -> GrantLookup:
        found = self.find_unit(query)
        if found.unit is None:
            return found
        return self.compute_for(found.unit, programmes, g, notes=found.notes, query=query)

    def compute_for(
        self,
        unit: Unit,
        programmes: list[str] | None = None,
        g: Decimal | None = None,
        *,
        notes: tuple[str, ...] = (),
        query: str = "",
    ) -> GrantLookup:
        codes = [ProgrammeCode(p) for p in programmes] if programmes else list(ProgrammeCode)
        if g is not None and (ProgrammeCode.CG not in codes or self.registry.city_gmina(unit).level.value != "gmina"):
            notes += ("Wskaźnik G dotyczy tylko gmin w programie Cyfrowa Gmina – tutaj go nie użyto.",)
        results = []
        for code in codes:
            programme = get_programme(code)
            target = unit if code is ProgrammeCode.CP else self.registry.city_gmina(unit)
            results.append(compute(target, programme, self._inputs(target, code, g)))
        return GrantLookup(query or unit.code, unit, results=tuple(results), notes=notes)

    def _inputs(self, unit: Unit, programme: ProgrammeCode, g: Decimal | None) -> GrantInputs:
        official = None
        g_source = "podany przez użytkownika"
        if self.engine is not None:
            from storage import repo
            from storage.database import session_scope

            with session_scope(self.engine) as session:  # type: ignore[arg-type]
                row = repo.get_official_amount(session, programme.value, unit.code)
                if row is not None:
                    official = OfficialAmount(Decimal(row.amount), f"{row.source}, {row.imported_at:%Y-%m-%d}")
                if g is None and programme is ProgrammeCode.CG:
                    index = repo.get_index(session, unit.code, "G")
                    if index is not None:
                        g = Decimal(index.value)
                        g_source = f"zaimportowana tabela wskaźników ({index.source})"
        return GrantInputs(g=g, g_source=g_source, official=official)

    # -- operator imports --------------------------------------------------------------------------

    def import_indices(self, path: Path, *, dry_run: bool = False) -> ImportReport[IndexEntry]:
        report = parse_indices(path.read_bytes(), path.name, self.registry)
        if not dry_run and report.accepted:
            from storage import repo
            from storage.database import session_scope

            rows = [repo.IndexRow(e.teryt, e.kind, INDEX_YEAR[e.kind], e.value, path.name) for e in report.accepted]
            with session_scope(self._require_engine()) as session:
                repo.replace_indices(session, rows)
        return report

    def import_amounts(self, path: Path, programme: str, *, dry_run: bool = False) -> ImportReport[AmountEntry]:
        report = parse_amounts(path.read_bytes(), path.name, self.registry, get_programme(programme))
        if not dry_run and report.accepted:
            from storage import repo
            from storage.database import session_scope

            rows = [repo.AmountRow(programme, e.teryt, e.amount, path.name) for e in report.accepted]
            with session_scope(self._require_engine()) as session:
                repo.replace_amounts(session, programme, rows)
        return report

    def _require_engine(self) -> Any:
        if self.engine is None:
            raise RuntimeError("GrantService needs a storage engine to save imports")
        return self.engine
