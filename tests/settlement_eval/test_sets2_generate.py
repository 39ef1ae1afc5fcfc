"""Self-consistency of the part-2 generator only (never the product's accuracy)."""

from __future__ import annotations

from pathlib import Path

import yaml
from stdnum.pl import nip as stdnum_nip

from tests.settlement_eval.sets.generate import expected_yaml
from tests.settlement_eval.sets2.generate import generate
from tests.settlement_eval.sets2.specs import build_sets

SETS = build_sets()


def test_part2_has_at_least_ten_sets_and_four_clean_controls() -> None:
    assert len(SETS) >= 10
    assert len({s.name for s in SETS}) == len(SETS)
    assert sum(1 for s in SETS if s.clean) >= 4
    assert sum(1 for s in SETS if s.scanned) >= 2
    assert any(not s.vat_recoverable for s in SETS)


def test_part2_parties_have_valid_nips_and_clean_sets_have_no_findings() -> None:
    for st in SETS:
        for inv in st.invoices:
            assert stdnum_nip.is_valid(inv.seller.nip) and stdnum_nip.is_valid(inv.buyer.nip)
        if st.clean:
            assert not st.findings
            assert all(inv.issue_date <= st.project_end for inv in st.invoices)


def test_part2_expected_yaml_is_complete() -> None:
    for st in SETS:
        data = expected_yaml(st)
        assert data and isinstance(data, dict)


def test_part2_generation_is_deterministic(tmp_path: Path) -> None:
    names = ["p2_01_clean_summary", "p2_06_correction_blank_ref"]
    for a, b in zip(generate(tmp_path / "a", names), generate(tmp_path / "b", names), strict=True):
        assert yaml.safe_load((a / "expected.yaml").read_text()) == yaml.safe_load((b / "expected.yaml").read_text())
        for f in sorted(a.glob("*.pdf")):
            assert f.read_bytes() == (b / f.name).read_bytes()
