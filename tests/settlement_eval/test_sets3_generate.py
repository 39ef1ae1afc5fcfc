"""Self-consistency of the part-3 item lists and set generator only (never the product's accuracy)."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import yaml
from stdnum.pl import nip as stdnum_nip

from tests.settlement_eval.sets.generate import expected_totals, expected_yaml
from tests.settlement_eval.sets.model import SettlementSet
from tests.settlement_eval.sets3.generate import generate
from tests.settlement_eval.sets3.render import NEW_LAYOUTS, Invoice3, Protocol3
from tests.settlement_eval.sets3.specs import build_sets

SETS = build_sets()
ITEMS4 = Path(__file__).resolve().parent / "items4"
# Eligibility periods from the programme documents (see sets3/specs.py): first day, last possible project end.
PERIOD = {"cg": (date(2020, 2, 1), date(2023, 12, 31)), "cp": (date(2020, 2, 1), date(2023, 12, 31))}
CS_SHORT_PERIOD_START = date(2023, 6, 1)


def _by_name(name: str) -> SettlementSet:
    return next(s for s in SETS if s.name == name)


def _window(st: SettlementSet) -> tuple[date, date]:
    if st.programme == "cs":
        return CS_SHORT_PERIOD_START, st.project_end
    first, last = PERIOD[st.programme]
    assert st.project_end <= last, f"{st.name}: project end after the programme's last day"
    return first, st.project_end


def test_part3_item_lists_are_complete_and_labelled() -> None:
    for prog in ("cg", "cp", "cs"):
        with (ITEMS4 / f"{prog}.tsv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        assert len(rows) >= 50
        assert {tuple(r.keys()) for r in rows} == {("line", "expected", "source", "note")}
        assert len({r["line"] for r in rows}) == len(rows)
        assert all(r["expected"] in ("eligible", "ineligible", "review") and r["source"] for r in rows)
        review = sum(r["expected"] == "review" for r in rows)
        assert 0 < review <= len(rows) // 5
        assert sum(r["expected"] == "ineligible" for r in rows) >= 10


def test_part3_has_the_required_kinds_of_sets() -> None:
    assert len(SETS) >= 6
    assert len({s.name for s in SETS}) == len(SETS)
    assert sum(s.clean for s in SETS) >= 3
    assert any(s.scanned for s in SETS)
    kinds = {f.kind for s in SETS for f in s.findings}
    assert {"advisory_cap", "duplicate_invoice", "protocol_before_delivery"} <= kinds
    layouts = {inv.layout for s in SETS for inv in s.invoices}
    assert set(NEW_LAYOUTS) <= layouts
    assert any(isinstance(p, Protocol3) and p.style == "commission" for s in SETS for p in s.protocols)


def test_part3_parties_have_valid_nips_and_documents_lie_in_the_eligibility_period() -> None:
    for st in SETS:
        first, last = _window(st)
        for inv in st.invoices:
            assert stdnum_nip.is_valid(inv.seller.nip) and stdnum_nip.is_valid(inv.buyer.nip)
            assert first <= inv.sale_date <= inv.issue_date <= last, (st.name, inv.number)
        for pr in st.protocols:
            assert first <= pr.date <= last, (st.name, pr.number)


def test_part3_clean_controls_are_quiet_by_construction() -> None:
    for st in (s for s in SETS if s.clean):
        assert not st.findings and not st.excluded_from_totals
        invoices = {inv.number: inv for inv in st.invoices}
        assert len(invoices) == len(st.invoices)  # no duplicate
        for inv in st.invoices:
            assert inv.kind == "invoice" and all(ln.expected == "eligible" for ln in inv.lines)
            assert inv.totals().net <= Decimal(50000)  # no baza konkurencyjności warning
            assert not any("doradcz" in ln.name.lower() for ln in inv.lines)  # no 5 % advisory cap
            protocols = [p for p in st.protocols if p.invoice_ref == inv.number]
            assert len(protocols) == 1 and protocols[0].handing_over and protocols[0].receiving
            assert protocols[0].date >= inv.sale_date
            assert sum(it.qty for it in protocols[0].items) == sum(ln.qty for ln in inv.lines)
        assert Decimal(expected_totals(st)["eligible_claimable"]) < st.grant_amount


def test_part3_defects_are_where_the_expectations_say() -> None:
    cap = _by_name("p3_04_cp_advisory_over_5pct")
    advisory = sum(inv.totals().net for inv in cap.invoices if any("doradcz" in ln.name for ln in inv.lines))
    assert advisory > cap.grant_amount * Decimal("0.05")

    dup = _by_name("p3_05_cg_duplicate_ksef_copy")
    copies = [inv for inv in dup.invoices if inv.number == "FV/2023/08/0147"]
    assert len(copies) == 2 and sum(inv.is_duplicate_copy for inv in copies) == 1
    assert copies[0].layout != copies[1].layout and copies[0].file != copies[1].file
    assert copies[0].printed_totals() == copies[1].printed_totals()

    early = []
    for st in SETS:
        invoices = {inv.number: inv for inv in st.invoices}
        early += [(st.name, p.number) for p in st.protocols if p.date < invoices[p.invoice_ref].sale_date]
    assert early == [("p3_06_cs_protocol_before_delivery", "PZO/3/2024")]

    data = expected_yaml(_by_name("p3_07_cs_scanned_three_party"))
    assert [line["verdict"] for line in data["lines"]] == ["eligible", "ineligible", "eligible"]


def test_part3_expected_yaml_counts_the_duplicate_once() -> None:
    st = _by_name("p3_05_cg_duplicate_ksef_copy")
    data = expected_yaml(st)
    assert len(data["lines"]) == 4
    gross = sum((inv.totals().gross for inv in st.invoices if not inv.is_duplicate_copy), Decimal(0))
    assert Decimal(data["totals"]["eligible_gross"]) == gross


def test_part3_scan_is_image_only_at_200_dpi_and_generation_is_deterministic(tmp_path: Path) -> None:
    names = ["p3_02_clean_cp_three_party", "p3_07_cs_scanned_three_party"]
    first = generate(tmp_path / "a", names)
    second = generate(tmp_path / "b", names)
    for a, b in zip(first, second, strict=True):
        assert yaml.safe_load((a / "expected.yaml").read_text()) == yaml.safe_load((b / "expected.yaml").read_text())
        for f in sorted(a.glob("*.pdf")):
            assert f.read_bytes() == (b / f.name).read_bytes()
    scan = first[1] / "skan_faktura_ProSec_0318.pdf"
    text = first[0] / "FS_2023_10_387.pdf"
    pdf = pdfium.PdfDocument(str(scan))
    try:
        page = pdf[0]
        assert page.get_textpage().get_text_range().strip() == ""
        images = [obj for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        assert len(images) == 1
        width_px = images[0].get_px_size()[0]
        assert abs(width_px / (page.get_width() / 72) - 200) < 1
    finally:
        pdf.close()
    pdf = pdfium.PdfDocument(str(text))
    try:
        printed = pdf[0].get_textpage().get_text_range()
        assert "FS 2023/10/387" in printed and "Odbiorca" in printed and "8471 41 00" in printed
    finally:
        pdf.close()
    assert all(isinstance(inv, Invoice3) for st in SETS for inv in st.invoices)
