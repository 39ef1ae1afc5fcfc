"""The reviewed item catalogue: loads, cites real sections, covers every exclusion, fails loudly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checks.classifier import fold
from knowledge.catalogue import ITEMS_DIR, CatalogueError, Kind, Verdict, catalogue, load_catalogue
from knowledge.citations import is_valid
from knowledge.programmes import ProgrammeCode

CS_DOC = "cyberbezpieczny_samorzad_schemat_grantowy.txt"


def test_catalogue_loads_with_unique_ids_and_a_ruling_per_programme() -> None:
    cat = catalogue()
    assert len(cat.categories) >= 60
    assert len(set(cat.ids)) == len(cat.ids)
    for category in cat.categories:
        assert category.names or category.brands, category.id
        assert set(category.rulings) == set(ProgrammeCode), category.id
        assert isinstance(category.kind, Kind)


def test_every_citation_points_at_a_real_section() -> None:
    for category in catalogue().categories:
        for code, ruling in category.rulings.items():
            if category.generic:
                continue
            assert ruling.citation is not None, f"{category.id}/{code}: a verdict needs its source"
            assert is_valid(ruling.citation), f"{category.id}/{code}: {ruling.citation}"
            assert ruling.reason and "{" not in ruling.reason, f"{category.id}/{code}: unformatted reason"


@pytest.mark.parametrize("letter", list("abcdefg"), ids=lambda x: f"lit_{x}")
def test_every_cs_exclusion_letter_is_used_by_some_category(letter: str) -> None:
    section = f"pkt 2 ppkt 2 lit. {letter}"
    used = [
        c.id
        for c in catalogue().categories
        if (citation := c.ruling("cs").citation) and citation.document == CS_DOC and citation.section.endswith(section)
    ]
    assert used, f"no category cites the CS exclusion lit. {letter}"


@pytest.mark.parametrize(
    ("category", "cs", "cg"),
    [
        ("laptop", Verdict.INELIGIBLE, Verdict.ELIGIBLE),
        ("desktop", Verdict.INELIGIBLE, Verdict.ELIGIBLE),
        ("smartphone", Verdict.INELIGIBLE, Verdict.REVIEW),
        ("printer", Verdict.INELIGIBLE, Verdict.ELIGIBLE),
        ("consumables", Verdict.INELIGIBLE, Verdict.INELIGIBLE),
        ("office_software", Verdict.INELIGIBLE, Verdict.ELIGIBLE),
        ("os_license", Verdict.REVIEW, Verdict.ELIGIBLE),
        ("training_it", Verdict.INELIGIBLE, Verdict.ELIGIBLE),
        ("telecom", Verdict.INELIGIBLE, Verdict.INELIGIBLE),
        ("firewall", Verdict.ELIGIBLE, Verdict.ELIGIBLE),
        ("ups", Verdict.ELIGIBLE, Verdict.ELIGIBLE),
        ("generator", Verdict.ELIGIBLE, Verdict.REVIEW),
        ("advisory", Verdict.ELIGIBLE, Verdict.ELIGIBLE),
        ("it_service", Verdict.REVIEW, Verdict.ELIGIBLE),
        ("generic", Verdict.REVIEW, Verdict.REVIEW),
    ],
    ids=lambda x: str(x),
)
def test_reviewed_decisions(category: str, cs: Verdict, cg: Verdict) -> None:
    entry = catalogue().get(category)
    assert entry.ruling("cs").verdict is cs
    assert entry.ruling("cg").verdict is cg
    assert entry.ruling("cp").verdict is cg  # CG and CP share their catalogue word for word


def test_cg_and_cp_cite_their_own_documents() -> None:
    ups = catalogue().get("ups")
    assert ups.ruling("cg").citation.document == "cyfrowa_gmina_regulamin.txt"  # type: ignore[union-attr]
    assert ups.ruling("cp").citation.document == "cyfrowy_powiat_schemat_grantowy.txt"  # type: ignore[union-attr]
    assert "Cyfrowy Powiat" in ups.ruling("cp").reason


def test_advisory_reason_mentions_the_five_percent_cap() -> None:
    assert "5 %" in catalogue().get("advisory").ruling("cg").reason


def test_cs_os_licence_reason_explains_the_exception() -> None:
    reason = catalogue().get("os_license").ruling("cs").reason
    assert "systemy operacyjne niezbędne" in reason


def test_no_term_belongs_to_two_categories() -> None:
    owner: dict[str, str] = {}
    for category in catalogue().categories:
        for term in category.names + category.brands:
            key = " ".join(fold(term).replace("-", " ").split())
            assert owner.setdefault(key, category.id) == category.id, f"„{term}”: {owner[key]} and {category.id}"


@pytest.fixture
def items_copy(tmp_path: Path) -> Path:
    target = tmp_path / "items"
    shutil.copytree(ITEMS_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_citation_to_a_missing_section_fails_loudly(items_copy: Path) -> None:
    _edit(items_copy / "rules.yaml", 'section: "§4 ust. 6 pkt 1 lit. a"', 'section: "§44 ust. 6"')
    with pytest.raises(CatalogueError, match="§44"):
        load_catalogue(items_copy)


def test_an_unknown_rule_fails_loudly(items_copy: Path) -> None:
    _edit(items_copy / "endpoints.yaml", "cs: cs_excluded_a", "cs: cs_no_such_rule")
    with pytest.raises(CatalogueError, match="cs_no_such_rule"):
        load_catalogue(items_copy)


def test_a_duplicate_category_id_fails_loudly(items_copy: Path) -> None:
    _edit(items_copy / "endpoints.yaml", "id: desktop", "id: laptop")
    with pytest.raises(CatalogueError, match="powtórzony"):
        load_catalogue(items_copy)


def test_a_refinement_to_an_unknown_category_fails_loudly(items_copy: Path) -> None:
    _edit(items_copy / "other.yaml", "to: array_disk", "to: no_such_category")
    with pytest.raises(CatalogueError, match="no_such_category"):
        load_catalogue(items_copy)
