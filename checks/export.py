"""The report as tables a finance officer files: invoice lines, per-category and per-verdict sums,
the settlement list (one row per invoice as it is copied into the settlement application), and
findings. Used by the CSV, XLSX and PDF renderers alike, so every output shows the same figures.

Rules of the tables: amount columns hold amounts only (notes have their own columns); a line that
is outside every total (a correction joined to no invoice, a pro forma, a foreign currency) has
empty amount columns and says why in "poza sumą"; so SUM over the amount column equals the
totals row and the report's totals, to the grosz.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from checks.models import ZERO, Finding, ItemStatus, ItemVerdict, Report, Severity
from checks.runner import NOT_SPENDING
from extractors.models import DocumentKind, Invoice
from knowledge.money import num

VERDICT_PL = {
    ItemStatus.ELIGIBLE: "kwalifikowalna",
    ItemStatus.INELIGIBLE: "niekwalifikowalna",
    ItemStatus.REVIEW: "do wyjaśnienia",
}
SEVERITY_PL = {Severity.ERROR: "błąd", Severity.WARNING: "ostrzeżenie", Severity.INFO: "informacja"}


def counted(item: ItemVerdict) -> bool:
    """In the sums: PLN, spending, not a correction left on its own."""
    return item.counted and item.overridden_by not in NOT_SPENDING and item.currency == "PLN"


def outside_reason(item: ItemVerdict) -> str:
    if not item.counted:
        return "korekta bez faktury pierwotnej – nie doliczona"
    if item.overridden_by in NOT_SPENDING:
        return "faktura pro forma – nie rozlicza wydatku"
    if item.currency != "PLN":
        return f"waluta {item.currency} – przelicz na PLN"
    return ""


def _fmt(value: Decimal | None) -> str:
    return "" if value is None else num(value)


# --- invoice lines ---------------------------------------------------------------------------------

LINE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "nr dokumentu"),
    ("date", "data"),
    ("seller", "sprzedawca"),
    ("seller_nip", "NIP sprzedawcy"),
    ("file", "plik"),
    ("position", "lp."),
    ("name", "nazwa pozycji"),
    ("qty", "ilość"),
    ("unit", "j.m."),
    ("category", "kategoria"),
    ("verdict", "ocena"),
    ("reason", "uzasadnienie"),
    ("citation", "podstawa"),
    ("net", "netto"),
    ("vat_rate", "stawka VAT"),
    ("vat", "VAT"),
    ("gross", "brutto"),
    ("eligible_net", "kwalifikowalne netto"),
    ("eligible_gross", "kwalifikowalne brutto"),
    ("outside", "poza sumą"),
    ("amount_note", "uwagi do kwot"),
    ("findings", "uwagi kontroli"),
)
AMOUNT_KEYS = ("net", "vat", "gross", "eligible_net", "eligible_gross")


@dataclass(frozen=True, slots=True)
class LineRow:
    values: dict[str, Any]  # amounts as Decimal (None: empty cell), the rest as text


def _doc_index(report: Report) -> dict[str, Invoice]:
    return {d.file: d for d in report.invoices}


def line_rows(report: Report) -> list[LineRow]:
    docs = _doc_index(report)
    rows = []
    for item in report.items:
        doc = docs.get(item.document)
        inside = counted(item)
        net = item.net_value if inside else None
        gross = item.gross_value if inside else None
        vat = (gross - net) if inside and gross is not None and net is not None else None
        eligible = inside and item.verdict is ItemStatus.ELIGIBLE
        findings = [
            f.message
            for f in report.findings
            if f.document == item.document and f.line == item.position and f.code not in ("ineligible_item",)
        ]
        note = item.amount_note or ""
        if item.rounding:
            note += f" (zaokrąglenie {_fmt(item.rounding)} zł)"
        if not inside:
            note = (note + "; " if note else "") + (
                f"kwoty z dokumentu: netto {_fmt(item.net_value)}, brutto {_fmt(item.gross_value)}"
            )
        rows.append(
            LineRow(
                {
                    "document": (doc.number if doc and doc.number else item.invoice) or "",
                    "date": item.issue_date.strftime("%d.%m.%Y") if item.issue_date else "",
                    "seller": doc.seller.name if doc and doc.seller.name else "",
                    "seller_nip": item.seller_nip or "",
                    "file": item.document,
                    "position": item.position,
                    "name": item.name,
                    "qty": item.qty,
                    "unit": item.unit or "",
                    "category": item.category_label,
                    "verdict": VERDICT_PL[item.verdict],
                    "reason": item.reason,
                    "citation": item.citation.human() if item.citation else "",
                    "net": net,
                    "vat_rate": item.vat_rate or "",
                    "vat": vat,
                    "gross": gross,
                    "eligible_net": (net or ZERO) if eligible else (ZERO if inside else None),
                    "eligible_gross": (gross or ZERO) if eligible else (ZERO if inside else None),
                    "outside": outside_reason(item),
                    "amount_note": note.strip(),
                    "findings": " | ".join(findings),
                }
            )
        )
    return rows


def line_totals(rows: Sequence[LineRow]) -> dict[str, Decimal]:
    return {key: sum((r.values[key] or ZERO for r in rows), ZERO) for key in AMOUNT_KEYS}


# --- per verdict, per category ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SumRow:
    label: str
    lines: int
    net: Decimal
    vat: Decimal
    gross: Decimal
    eligible_net: Decimal
    eligible_gross: Decimal


def _sum_rows(groups: dict[str, list[ItemVerdict]]) -> list[SumRow]:
    out = []
    for label, items in groups.items():
        net = sum((i.net_value or ZERO for i in items), ZERO)
        gross = sum((i.gross_value or ZERO for i in items), ZERO)
        ok = [i for i in items if i.verdict is ItemStatus.ELIGIBLE]
        out.append(
            SumRow(
                label,
                len(items),
                net,
                gross - net,
                gross,
                sum((i.net_value or ZERO for i in ok), ZERO),
                sum((i.gross_value or ZERO for i in ok), ZERO),
            )
        )
    return out


def by_verdict(report: Report) -> list[SumRow]:
    groups: dict[str, list[ItemVerdict]] = {VERDICT_PL[s]: [] for s in ItemStatus}
    for item in report.items:
        if counted(item):
            groups[VERDICT_PL[item.verdict]].append(item)
    return _sum_rows(groups)


def by_category(report: Report) -> list[SumRow]:
    groups: dict[str, list[ItemVerdict]] = {}
    for item in sorted((i for i in report.items if counted(i)), key=lambda i: i.category_label):
        groups.setdefault(item.category_label, []).append(item)
    return _sum_rows(groups)


# --- the settlement list --------------------------------------------------------------------------

SETTLEMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "nr dokumentu"),
    ("date", "data wystawienia"),
    ("seller", "sprzedawca"),
    ("seller_nip", "NIP sprzedawcy"),
    ("net", "kwota netto"),
    ("vat", "kwota VAT"),
    ("gross", "kwota brutto"),
    ("eligible_net", "wydatki kwalifikowalne netto"),
    ("eligible_gross", "wydatki kwalifikowalne brutto"),
    ("category", "kategoria wydatku"),
    ("corrections", "korekty"),
    ("note", "uwagi"),
)


def settlement_rows(report: Report) -> list[dict[str, Any]]:
    """One row per invoice, with its corrections applied (the values as they stand), in upload order.

    A correction joined to its invoice is folded into that invoice's row (named in "korekty"); one
    joined to none gets no row in the list (it is a finding, not a purchase)."""
    docs = _doc_index(report)
    joined = {link.document.file: link.target.file for link in report.links}
    duplicates = {d.document.file for d in report.duplicates}
    rows: dict[str, dict[str, Any]] = {}
    for doc in report.invoices:
        if doc.file in duplicates or doc.kind is DocumentKind.CORRECTION:
            continue
        if doc.kind is DocumentKind.UNKNOWN:
            continue  # pro forma or an unknown document: not a settlement document
        rows[doc.file] = {
            "number": doc.number or "",
            "date": doc.issue_date.strftime("%d.%m.%Y") if doc.issue_date else "",
            "seller": doc.seller.name or "",
            "seller_nip": doc.seller.nip or "",
            "net": ZERO,
            "vat": ZERO,
            "gross": ZERO,
            "eligible_net": ZERO,
            "eligible_gross": ZERO,
            "category": "",
            "corrections": "",
            "note": "",
            "_cats": {},
        }
    for corr_file, target in joined.items():
        if target in rows:
            corr = docs[corr_file]
            row = rows[target]
            row["corrections"] = ", ".join(x for x in (row["corrections"], corr.number or corr.file) if x)
    for item in report.items:
        if not counted(item):
            continue
        file = joined.get(item.document, item.document)
        if file not in rows:
            continue
        row = rows[file]
        net, gross = item.net_value or ZERO, item.gross_value or ZERO
        row["net"] += net
        row["gross"] += gross
        row["vat"] += gross - net
        if item.verdict is ItemStatus.ELIGIBLE:
            row["eligible_net"] += net
            row["eligible_gross"] += gross
            row["_cats"][item.category_label] = row["_cats"].get(item.category_label, ZERO) + net
        elif item.verdict is ItemStatus.REVIEW:
            row["note"] = "pozycje do wyjaśnienia"
    out = []
    for row in rows.values():
        cats: dict[str, Decimal] = row.pop("_cats")
        row["category"] = "; ".join(label for label, _ in sorted(cats.items(), key=lambda kv: -kv[1]))
        out.append(row)
    return out


# --- findings ---------------------------------------------------------------------------------------


def finding_rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    return [
        {
            "severity": SEVERITY_PL[f.severity],
            "code": f.code,
            "document": f.document or "",
            "line": f.line or "",
            "message": f.message,
            "citation": f.citation.human() if f.citation else "",
            "amount": f.amount,
        }
        for f in findings
    ]


FINDING_COLUMNS = (
    ("severity", "waga"),
    ("code", "kod"),
    ("document", "plik"),
    ("line", "poz."),
    ("message", "opis"),
    ("citation", "podstawa"),
    ("amount", "kwota"),
)


# --- CSV --------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: object) -> str:
    """Text a spreadsheet must not evaluate (OWASP CSV injection): a leading ' keeps it text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_number(value: Decimal | None) -> str:
    # Decimal comma, no thousands separator: Polish Excel reads it as a number.
    return "" if value is None else format(value, "f").replace(".", ",")


def to_csv(report: Report) -> str:
    """One row per invoice line, then a totals row; semicolons and decimal commas (Polish Excel)."""
    rows = line_rows(report)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([label for _, label in LINE_COLUMNS])
    for row in rows:
        writer.writerow(
            [
                _csv_number(row.values[key])
                if key in AMOUNT_KEYS
                else (_csv_number(row.values[key]) if key == "qty" else _text(row.values[key]))
                for key, _ in LINE_COLUMNS
            ]
        )
    totals = line_totals(rows)
    writer.writerow(
        [
            "RAZEM" if key == "document" else (_csv_number(totals[key]) if key in AMOUNT_KEYS else "")
            for key, _ in LINE_COLUMNS
        ]
    )
    return buf.getvalue()


# --- XLSX -------------------------------------------------------------------------------------------

MONEY_FORMAT = "#,##0.00"


def _sheet(
    wb: Any,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[dict[str, Any]],
    money: Sequence[str],
    totals: dict[str, Decimal] | None = None,
    first: bool = False,
) -> Any:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append([label for _, label in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for row in rows:
        ws.append(
            [
                (float(row[key]) if isinstance(row[key], Decimal) and key not in money else row[key])
                if row[key] != ""
                else None
                for key, _ in columns
            ]
        )
    if totals is not None:
        ws.append(["RAZEM" if n == 0 else totals.get(key) for n, (key, _) in enumerate(columns)])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    for n, (key, label) in enumerate(columns, start=1):
        letter = get_column_letter(n)
        if key in money:
            for cell in ws[letter][1:]:
                cell.number_format = MONEY_FORMAT
        width = max([len(label)] + [len(str(r[key])) for r in rows[:200] if r[key] is not None])
        ws.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    return ws


def to_xlsx(report: Report) -> bytes:
    """Sheets: Pozycje (one row per line + totals), Zestawienie (the settlement list), Kategorie,
    Uwagi (findings). Amounts are numbers (Decimal kept exact), never text."""
    from openpyxl import Workbook

    wb = Workbook()
    rows = line_rows(report)
    _sheet(wb, "Pozycje", LINE_COLUMNS, [r.values for r in rows], AMOUNT_KEYS, line_totals(rows), first=True)
    settlement_sheet(wb, report)
    cat_rows: list[dict[str, Any]] = [
        {
            "label": r.label,
            "lines": r.lines,
            "net": r.net,
            "vat": r.vat,
            "gross": r.gross,
            "eligible_net": r.eligible_net,
            "eligible_gross": r.eligible_gross,
        }
        for r in (*by_category(report),)
    ]
    cat_cols = (
        ("label", "kategoria"),
        ("lines", "pozycje"),
        ("net", "netto"),
        ("vat", "VAT"),
        ("gross", "brutto"),
        ("eligible_net", "kwalifikowalne netto"),
        ("eligible_gross", "kwalifikowalne brutto"),
    )
    money = ("net", "vat", "gross", "eligible_net", "eligible_gross")
    _sheet(wb, "Kategorie", cat_cols, cat_rows, money, {k: sum((r[k] for r in cat_rows), ZERO) for k in money})
    _sheet(wb, "Uwagi", FINDING_COLUMNS, finding_rows(report.findings), ("amount",))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


SETTLEMENT_MONEY = ("net", "vat", "gross", "eligible_net", "eligible_gross")


def settlement_sheet(wb: Any, report: Report, *, first: bool = False) -> Any:
    rows = settlement_rows(report)
    totals = {k: sum((r[k] for r in rows), ZERO) for k in SETTLEMENT_MONEY}
    return _sheet(wb, "Zestawienie", SETTLEMENT_COLUMNS, rows, SETTLEMENT_MONEY, totals, first=first)


def settlement_xlsx(report: Report) -> bytes:
    """The settlement list alone: the sheet a grantee copies into the settlement application."""
    from openpyxl import Workbook

    wb = Workbook()
    settlement_sheet(wb, report, first=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = [
    "LINE_COLUMNS",
    "SETTLEMENT_COLUMNS",
    "by_category",
    "by_verdict",
    "counted",
    "line_rows",
    "line_totals",
    "settlement_rows",
    "settlement_xlsx",
    "to_csv",
    "to_xlsx",
]
