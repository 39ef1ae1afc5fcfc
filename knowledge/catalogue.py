"""The item catalogue: reviewed categories of invoice items and their verdict per programme.

Data lives in `knowledge/items/*.yaml`: `rules.yaml` holds the verdict rules (verdict, Polish reason,
citation), the other files hold categories (names, brands, patterns, guards, refinements) that point
at a rule per programme. Loaded once into frozen dataclasses; every citation is checked against the
programme documents at load time, so a typo in a section reference fails loudly, not in front of a
user.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from knowledge.citations import Citation, is_valid
from knowledge.errors import GrantbotError
from knowledge.programmes import ProgrammeCode, get_programme

ITEMS_DIR = Path(__file__).parent / "items"
RULES_FILE = "rules.yaml"


class CatalogueError(GrantbotError):
    """The reviewed catalogue data is inconsistent (a developer error, reported in Polish)."""


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    REVIEW = "review"

    @property
    def polish(self) -> str:
        return _VERDICT_PL[self]


_VERDICT_PL = {
    Verdict.ELIGIBLE: "kwalifikowalny",
    Verdict.INELIGIBLE: "niekwalifikowalny",
    Verdict.REVIEW: "do weryfikacji",
}


class Kind(StrEnum):
    HARDWARE = "hardware"
    SOFTWARE = "software"
    SERVICE = "service"
    CONSUMABLE = "consumable"


class ClassificationLike(Protocol):
    """What callers read from `checks.classifier.Classification`.

    Declared here, below `checks`, so the FAQ and the dialogue can take a classifier as an argument
    without importing `checks`.
    """

    @property
    def category(self) -> str | None: ...
    @property
    def category_label(self) -> str | None: ...
    @property
    def verdict(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def citation(self) -> Citation | None: ...
    @property
    def confidence(self) -> float: ...
    @property
    def is_service(self) -> bool: ...
    @property
    def matched(self) -> str | None: ...


Classify = Callable[[str, str], ClassificationLike]


@dataclass(frozen=True, slots=True)
class Ruling:
    """One programme's decision on a category: verdict, Polish reason, source."""

    rule_id: str
    verdict: Verdict
    reason: str
    citation: Citation | None


@dataclass(frozen=True, slots=True)
class Refinement:
    """If any of `triggers` (word starts, folded) occurs in the item text, use category `to`."""

    triggers: tuple[str, ...]
    to: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    kind: Kind
    names: tuple[str, ...]
    brands: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    guards: tuple[str, ...]
    refinements: tuple[Refinement, ...]
    rulings: dict[ProgrammeCode, Ruling]
    generic: bool = False
    source: str = ""

    @property
    def is_service(self) -> bool:
        return self.kind is Kind.SERVICE

    def ruling(self, programme: str | ProgrammeCode) -> Ruling:
        return self.rulings[ProgrammeCode(str(programme).lower())]


@dataclass(frozen=True, slots=True)
class Catalogue:
    categories: tuple[Category, ...]

    def get(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)


def _read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        # the C loader when built with libyaml: the pure-Python one takes ~1 s for the catalogue
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise CatalogueError(f"Plik katalogu {path.name} nie zawiera mapy YAML.")
    return data


@cache
def _checked(citation: Citation) -> bool:
    return is_valid(citation)


def _citation(raw: Any, programme: ProgrammeCode, where: str) -> Citation | None:
    if raw is None:
        return None
    if "doc" not in raw:  # a per-programme map for rules shared by CG and CP
        raw = raw.get(programme.value)
        if raw is None:
            raise CatalogueError(f"{where}: brak cytatu dla programu {programme.value}.")
    citation = Citation(document=str(raw["doc"]), section=str(raw["section"]))
    if not _checked(citation):
        raise CatalogueError(f"{where}: cytat „{citation}” nie wskazuje istniejącego fragmentu dokumentu.")
    return citation


def _rulings_for(
    category: dict[str, Any], rules: dict[str, Any], label: str, where: str
) -> dict[ProgrammeCode, Ruling]:
    raw_verdicts = dict(category.get("verdicts") or {})
    if "cgcp" in raw_verdicts:  # CG and CP share their catalogue word for word
        shared = raw_verdicts.pop("cgcp")
        raw_verdicts.setdefault("cg", shared)
        raw_verdicts.setdefault("cp", shared)
    rulings: dict[ProgrammeCode, Ruling] = {}
    for code in ProgrammeCode:
        rule_id = raw_verdicts.get(code.value)
        if rule_id is None:
            raise CatalogueError(f"{where}: brak werdyktu dla programu {code.value}.")
        rule = rules.get(rule_id)
        if rule is None:
            raise CatalogueError(f"{where}: nieznana reguła „{rule_id}”.")
        reason = str(rule["reason"]).format(label=label, programme=get_programme(code).name)
        rulings[code] = Ruling(
            rule_id=rule_id,
            verdict=Verdict(rule["verdict"]),
            reason=reason,
            citation=_citation(rule.get("citation"), code, f"{where} / {rule_id}"),
        )
    return rulings


def _strings(raw: Any) -> tuple[str, ...]:
    return tuple(str(x) for x in (raw or ()))


def load_catalogue(directory: Path = ITEMS_DIR) -> Catalogue:
    """Read and validate every YAML file in `directory`; raise CatalogueError on any inconsistency."""
    rules = _read_yaml(directory / RULES_FILE).get("rules") or {}
    categories: list[Category] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        if path.name == RULES_FILE:
            continue
        for raw in _read_yaml(path).get("categories") or ():
            cid = str(raw["id"])
            where = f"{path.name}: {cid}"
            if cid in seen:
                raise CatalogueError(f"{where}: identyfikator kategorii powtórzony.")
            seen.add(cid)
            label = str(raw["label"])
            try:
                patterns = tuple(re.compile(p) for p in _strings(raw.get("patterns")))
            except re.error as exc:
                raise CatalogueError(f"{where}: błędne wyrażenie regularne ({exc}).") from exc
            refinements = tuple(
                Refinement(triggers=_strings(r["any"]), to=str(r["to"])) for r in raw.get("refine") or ()
            )
            categories.append(
                Category(
                    id=cid,
                    label=label,
                    kind=Kind(raw["kind"]),
                    names=_strings(raw.get("names")),
                    brands=_strings(raw.get("brands")),
                    patterns=patterns,
                    guards=_strings(raw.get("guards")),
                    refinements=refinements,
                    rulings=_rulings_for(raw, rules, label, where),
                    generic=bool(raw.get("generic", False)),
                    source=path.name,
                )
            )
    for category in categories:
        for refinement in category.refinements:
            if refinement.to not in seen:
                raise CatalogueError(
                    f"{category.source}: {category.id}: doprecyzowanie do nieznanej kategorii „{refinement.to}”."
                )
    return Catalogue(categories=tuple(categories))


@cache
def catalogue() -> Catalogue:
    """The packaged catalogue, loaded once per process."""
    return load_catalogue()
