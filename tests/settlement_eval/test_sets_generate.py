"""Self-consistency of the settlement-set generator. Never runs or judges the product."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
import yaml
from stdnum.pl import nip as stdnum_nip

from tests.settlement_eval.sets.generate import expected_yaml, generate
from tests.settlement_eval.sets.model import fmt_pln
from tests.settlement_eval.sets.specs import BAD_NIP_SELLER, build_sets

SETS = build_sets()
ITEMS = Path(__file__).resolve().parent / "items"


def test_enough_sets_of_each_kind() -> None:
    assert len(SETS) >= 15
    assert len({s.name for s in SETS}) == len(SETS)
    assert sum(s.clean for s in SETS) >= 5
    assert sum(s.scanned for s in SETS) >= 3
    layouts = {inv.layout for s in SETS for inv in s.invoices}
    assert layouts == {"classic", "summary", "gross", "compact"}
    assert any(inv.kind == "correction" and not inv.correction_ref_readable for s in SETS for inv in s.invoices)
    assert any(inv.kind == "correction" and inv.correction_ref_readable for s in SETS for inv in s.invoices)
    assert any(not (p.handing_over and p.receiving) for s in SETS for p in s.protocols)


@pytest.mark.parametrize("st", SETS, ids=[s.name for s in SETS])
def test_lines_sum_to_printed_totals(st) -> None:
    for inv in st.invoices:
        summary = inv.rate_summary()
        total = inv.totals()
        assert sum((a.net for a in summary.values()), Decimal(0)) == total.net
        assert total.net + total.vat == total.gross
        if not inv.per_rate_vat:
            assert sum((inv.line_amounts(ln).gross for ln in inv.lines), Decimal(0)) == total.gross
        else:
            # Per-rate VAT must equal the sum of per-line VAT, so eligible totals of a subset are unambiguous.
            assert sum((inv.line_amounts(ln).vat for ln in inv.lines), Decimal(0)) == total.vat
    exp = expected_yaml(st)
    assert Decimal(exp["totals"]["eligible_net"]) <= Decimal(exp["totals"]["documents_net"])
    assert Decimal(exp["totals"]["eligible_net"]) + Decimal(exp["totals"]["eligible_vat"]) == Decimal(
        exp["totals"]["eligible_gross"]
    )


@pytest.mark.parametrize("st", SETS, ids=[s.name for s in SETS])
def test_nips_and_dates(st) -> None:
    parties = [p for inv in st.invoices for p in (inv.seller, inv.buyer)]
    parties += [p for pr in st.protocols for p in (pr.seller, pr.buyer)]
    for party in parties:
        assert stdnum_nip.is_valid(party.nip) == (party is not BAD_NIP_SELLER), party.name
    for inv in st.invoices:
        # Art. 106i VAT Act: an invoice is issued at the latest on the 15th of the month after the sale.
        assert inv.sale_date <= inv.issue_date and (inv.issue_date - inv.sale_date).days <= 45, inv.number
        assert date(2020, 2, 1) <= inv.issue_date
        if inv.number not in st.excluded_from_totals:
            assert inv.issue_date <= st.project_end, inv.number
    if st.clean:
        assert not st.findings
        for inv in st.invoices:
            # A clean control must not hold a purchase that legitimately needs the competitiveness base.
            assert inv.totals().net <= Decimal(50000), inv.number
            assert all(ln.expected == "eligible" for ln in inv.lines), inv.number


def test_generated_text_pdfs_print_the_expected_fields(tmp_path: Path) -> None:
    names = ["s01_cg_clean_classic", "s03_cs_clean_gross_priced", "s13_cp_correction_unreadable_ref"]
    folders = generate(tmp_path, names)
    assert [f.name for f in folders] == names
    for folder in folders:
        exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        for doc in exp["documents"]:
            with pdfplumber.open(folder / doc["file"]) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            assert doc["number"] in text
            if doc["kind"] != "protocol":
                assert fmt_pln(abs(Decimal(doc["gross_total"]))) in text
            if doc.get("corrects_actual") and doc.get("corrects") is None:
                assert doc["corrects_actual"] not in text  # the unreadable reference is really absent


def test_generation_is_deterministic(tmp_path: Path) -> None:
    names = ["s04_cs_clean_numbers_in_names", "s15_cs_scan_used_server"]
    for first, second in zip(generate(tmp_path / "a", names), generate(tmp_path / "b", names), strict=True):
        for path in sorted(first.iterdir()):
            assert path.read_bytes() == (second / path.name).read_bytes(), path.name


@pytest.mark.parametrize("programme", ["cg", "cp", "cs"])
def test_item_lists_are_well_formed(programme: str) -> None:
    with (ITEMS / f"{programme}_fresh.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) >= 120
    assert {r["expected"] for r in rows} <= {"eligible", "ineligible", "review"}
    assert all(r["line"].strip() and r["source"].strip() for r in rows)
    assert len({r["line"] for r in rows}) == len(rows)
