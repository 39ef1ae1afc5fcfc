"""Write every settlement set as a folder of PDFs plus `expected.yaml`.

    python -m tests.settlement_eval.sets.generate [--out DIR]

Deterministic: the same code writes byte-identical text PDFs (reportlab `invariant=1`) and the same
scans (seeded noise). The default output folder `tests/settlement_eval/sets/_build/` is not committed.
"""

from __future__ import annotations

import argparse
import shutil
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .model import Invoice, Line, SettlementSet, money
from .render import rasterise, render_invoice, render_protocol
from .specs import build_sets

DEFAULT_OUT = Path(__file__).resolve().parent / "_build"


def _s(value: Decimal) -> str:
    return f"{money(value):.2f}"


def _counted_invoices(st: SettlementSet) -> list[tuple[Invoice, list[Line]]]:
    """Invoices that count once, each with its lines after any correction (corrections never add a second time)."""
    corrections = {inv.correction_of: inv for inv in st.invoices if inv.kind == "correction"}
    out = []
    seen: set[str] = set()
    for inv in st.invoices:
        if inv.kind == "correction" or inv.is_duplicate_copy or inv.number in seen:
            continue
        seen.add(inv.number)
        if inv.number in st.excluded_from_totals:
            continue
        corr = corrections.get(inv.number)
        out.append((inv, corr.lines if corr else inv.lines))
    return out


def expected_totals(st: SettlementSet) -> dict[str, str]:
    net = vat = gross = Decimal(0)
    all_net = all_gross = Decimal(0)
    for inv, lines in _counted_invoices(st):
        for line in lines:
            amounts = inv.line_amounts(line)
            all_net += amounts.net
            all_gross += amounts.gross
            if line.expected == "eligible":
                net += amounts.net
                vat += amounts.vat
                gross += amounts.gross
    return {
        "eligible_net": _s(net),
        "eligible_vat": _s(vat),
        "eligible_gross": _s(gross),
        # The amount a settlement may claim: net when the JST recovers VAT, gross otherwise.
        "eligible_claimable": _s(net if st.vat_recoverable else gross),
        "documents_net": _s(all_net),
        "documents_gross": _s(all_gross),
    }


def _doc_expectation(inv: Invoice) -> dict[str, Any]:
    totals = inv.printed_totals()
    out: dict[str, Any] = {
        "file": inv.file,
        "kind": inv.kind,
        "number": inv.number,
        "issue_date": inv.issue_date.isoformat(),
        "seller_nip": inv.seller.nip,
        "buyer_nip": inv.buyer.nip,
        "net_total": _s(totals.net),
        "vat_total": _s(totals.vat),
        "gross_total": _s(totals.gross),
        "scanned": inv.scanned,
    }
    if inv.kind == "correction":
        after = inv.totals()
        out["corrects"] = inv.correction_of if inv.correction_ref_readable else None
        out["corrects_actual"] = inv.correction_of
        out["after_correction"] = {
            "net_total": _s(after.net),
            "vat_total": _s(after.vat),
            "gross_total": _s(after.gross),
        }
    if inv.is_duplicate_copy:
        out["duplicate_of_number"] = inv.number
    return out


def expected_yaml(st: SettlementSet) -> dict[str, Any]:
    lines = []
    for inv in st.invoices:
        if inv.kind == "correction" or inv.is_duplicate_copy:
            continue
        for line in inv.lines:
            lines.append({"file": inv.file, "name": line.name, "verdict": line.expected})
    documents = [_doc_expectation(inv) for inv in st.invoices]
    documents += [
        {
            "file": pr.file,
            "kind": "protocol",
            "number": pr.number,
            "date": pr.date.isoformat(),
            "seller_nip": pr.seller.nip,
            "buyer_nip": pr.buyer.nip,
            "signed": bool(pr.handing_over and pr.receiving),
            "with_values": any(it.value_net is not None for it in pr.items),
            "scanned": pr.scanned,
        }
        for pr in st.protocols
    ]
    return {
        "name": st.name,
        "description": st.description,
        "programme": st.programme,
        "project_end": st.project_end.isoformat(),
        "grant_amount": _s(st.grant_amount),
        "vat_recoverable": st.vat_recoverable,
        "scanned": st.scanned,
        "clean": st.clean,
        "documents": documents,
        "lines": lines,
        "findings": [
            {"kind": f.kind, "description": f.description, "keywords": f.keywords, "required": f.required}
            for f in st.findings
        ],
        "totals": expected_totals(st),
    }


def write_set(st: SettlementSet, out_dir: Path) -> Path:
    folder = out_dir / st.name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for inv in st.invoices:
        path = folder / inv.file
        render_invoice(inv, path)
        if inv.scanned:
            rasterise(path, zlib.crc32(f"{st.name}/{inv.file}".encode()))
    for pr in st.protocols:
        path = folder / pr.file
        render_protocol(pr, path)
        if pr.scanned:
            rasterise(path, zlib.crc32(f"{st.name}/{pr.file}".encode()))
    with (folder / "expected.yaml").open("w", encoding="utf-8") as fh:
        yaml.safe_dump(expected_yaml(st), fh, allow_unicode=True, sort_keys=False, width=110)
    return folder


def generate(out_dir: Path = DEFAULT_OUT, names: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_set(st, out_dir) for st in build_sets() if not names or st.name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("names", nargs="*", help="only these sets")
    args = parser.parse_args(argv)
    for folder in generate(args.out, args.names or None):
        print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
