"""The files a finance officer files: the printable PDF, the XLSX workbook and the settlement list,
read back with real readers (pdfplumber, openpyxl)."""

from __future__ import annotations

import io
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook

from checks import CheckContext, run_checks
from checks.models import Report
from checks.render import report_pdf, settlement_xlsx, to_xlsx
from tests.checks.settlement_sets import big_set, settlement_sets

WHEN = datetime(2026, 11, 21, 14, 5)


def _report(name: str) -> Report:
    s = next(x for x in settlement_sets() if x.name == name)
    ctx = CheckContext.build(s.programme, project_end=s.project_end, vat_recoverable=s.vat_recoverable)
    return run_checks(s.documents, ctx, checked_at=WHEN)


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_pdf_is_a_report_to_sign_and_file() -> None:
    pages = _pages(report_pdf(_report("ineligible-lines-cs")))
    text = "\n".join(pages)
    assert "Wstępna kontrola rozliczenia grantu" in text and "Program: Cyberbezpieczny Samorząd" in text
    assert "Data i godzina kontroli: 21.11.2026, godz. 14:05" in text
    assert "Podsumowanie według oceny" in text and "Podsumowanie według kategorii" in text
    assert "Usługa sprzątania serwerowni" in text and "niekwalifikowalna" in text
    assert "pkt 2 ppkt 2" in text  # findings carry their citations
    assert "Sporządził(a)" in text and "Sprawdził(a)" in text and "Nie jest decyzją" in text
    for n, page in enumerate(pages, start=1):
        assert f"strona {n} z {len(pages)}" in page
    assert len(pages) <= 2  # four lines do not fill three pages


def test_pdf_repeats_table_headers_on_every_page() -> None:
    report = run_checks(big_set(6), CheckContext.build("cs", vat_recoverable=False), checked_at=WHEN)
    pages = _pages(report_pdf(report))
    assert len(pages) > 3
    with_lines = [p for p in pages if re.search(r"FV/2026/000\d", p) and "lokalizacja" in p]
    assert len(with_lines) >= 3
    for page in with_lines:
        # The table's header row stands at the top of each page it continues on.
        assert ("nazwa" in page and "ocena" in page) or "pozycja protokołu" in page or "opis" in page


def test_xlsx_amounts_are_numbers_and_sum_to_the_totals_row() -> None:
    report = _report("correction-reference-unread")
    wb = load_workbook(io.BytesIO(to_xlsx(report)))
    assert wb.sheetnames == ["Pozycje", "Zestawienie", "Kategorie", "Uwagi"]
    ws = wb["Pozycje"]
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    body, total = rows[:-1], rows[-1]
    assert total[0] == "RAZEM" and len(body) == len(report.items)
    for name in ("netto", "VAT", "brutto", "kwalifikowalne netto", "kwalifikowalne brutto"):
        k = header.index(name)
        assert all(r[k] is None or isinstance(r[k], int | float | Decimal) for r in body)
        assert Decimal(str(sum(Decimal(str(r[k])) for r in body if r[k] is not None))) == Decimal(str(total[k]))
    assert Decimal(str(total[header.index("kwalifikowalne netto")])) == Decimal("33000.00")


def test_settlement_list_is_one_row_per_invoice_with_corrections_applied(tmp_path: Path) -> None:
    report = _report("correction-reference-unread")
    wb = load_workbook(io.BytesIO(settlement_xlsx(report)))
    ws = wb["Zestawienie"]
    header = [c.value for c in ws[1]]
    assert header[:7] == [
        "nr dokumentu",
        "data wystawienia",
        "sprzedawca",
        "NIP sprzedawcy",
        "kwota netto",
        "kwota VAT",
        "kwota brutto",
    ]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    [invoice, total] = rows
    assert invoice[0] == "FV/2026/03/020" and invoice[header.index("korekty")] == "KOR/2026/004"
    assert Decimal(str(invoice[header.index("wydatki kwalifikowalne netto")])) == Decimal("33000.00")
    assert total[0] == "RAZEM"
