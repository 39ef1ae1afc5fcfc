"""`grantbot check` end to end: generated invoice and protocol PDFs with known problems, run as a
subprocess exactly as the acceptance checks run it; the findings must be exactly the planted ones.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.pdfgen import (
    BUYERS,
    SELLERS,
    InvoiceSpec,
    ItemSpec,
    ProtocolSpec,
    render_invoice,
    render_protocol,
)

GRANTBOT = [sys.executable, "-m", "bot.cli"]

FIREWALL = ItemSpec("Firewall FortiGate 60F z licencją UTP na 3 lata", D(1), "szt.", "23", D("7890.00"))
LAPTOP = ItemSpec("Laptop Dell Latitude 5540 i5-1335U 16 GB 512 GB SSD", D(5), "szt.", "23", D("4219.00"))
WINDOWS = ItemSpec("Licencja Microsoft Windows Server 2022 Standard 16 Core", D(1), "szt.", "23", D("4500.00"))
UPS = ItemSpec("Zasilacz awaryjny APC Smart-UPS 1500VA LCD RM 2U", D(2), "szt.", "23", D("3645.50"))
SERVER = ItemSpec("Serwer Dell PowerEdge R650 (2x Xeon Silver 4314, 128 GB RAM)", D(1), "szt.", "23", D("60000.00"))


def _invoice(
    name: str, number: str, issued: date, items: tuple[ItemSpec, ...], layout: str = "classic", seller: int = 0
) -> InvoiceSpec:
    return InvoiceSpec(name, layout, number, issued, issued, SELLERS[seller], BUYERS[0], items)


def _protocol(
    name: str, number: str, day: date, items: tuple[ItemSpec, ...], ref: str, seller: int = 0
) -> ProtocolSpec:
    return ProtocolSpec(
        name, "p_serials", number, day, SELLERS[seller], BUYERS[0], items, (ref,), signatures_filled=True
    )


def grantbot(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GRANTBOT, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.fixture(scope="module")
def cs_set(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A Cyberbezpieczny Samorząd settlement set with seven planted problems."""
    d = tmp_path_factory.mktemp("cs_set")
    files = []
    fv_a = _invoice("fv_a", "FV/2026/05/001", date(2026, 5, 10), (FIREWALL, LAPTOP, WINDOWS))
    fv_b = _invoice("fv_b", "FV/2023/05/117", date(2023, 5, 20), (UPS,), seller=1)
    fv_c = _invoice("fv_c", "FV/2026/06/020", date(2026, 6, 2), (SERVER,), seller=2)
    for spec in (fv_a, fv_b, fv_c):
        render_invoice(spec, d / f"{spec.name}.pdf")
        files.append(d / f"{spec.name}.pdf")
    # The same invoice again, printed by another program: a different file, the same seller and number.
    render_invoice(replace(fv_c, name="fv_c_druk", layout="borderless"), d / "fv_c_druk.pdf")
    files.append(d / "fv_c_druk.pdf")
    protocols = (
        _protocol("po_a", "PO/2026/05/01", date(2026, 5, 11), (FIREWALL, LAPTOP), "FV/2026/05/001"),  # no Windows
        _protocol("po_b", "PO/2023/05/02", date(2023, 5, 21), (UPS,), "FV/2023/05/117", seller=1),
        _protocol("po_c", "PO/2026/06/03", date(2026, 6, 3), (SERVER,), "FV/2026/06/020", seller=2),
    )
    for pspec in protocols:
        render_protocol(pspec, d / f"{pspec.name}.pdf")
        files.append(d / f"{pspec.name}.pdf")
    shutil.copy(d / "po_a.pdf", d / "po_a_kopia.pdf")  # the same file uploaded twice
    files.append(d / "po_a_kopia.pdf")
    (d / "notatka.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a Word file is not an invoice
    files.append(d / "notatka.docx")
    return files


@pytest.fixture(scope="module")
def cs_report(cs_set: list[Path]) -> dict[str, Any]:
    result = grantbot("check", *cs_set, "--program", "cs", "--project-end", "31.12.2026", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _found(report: dict[str, Any]) -> Counter[tuple[str, str | None, int | None]]:
    return Counter((f["code"], f["document"], f["line"]) for f in report["findings"])


def test_cs_set_has_exactly_the_planted_findings(cs_report: dict[str, Any]) -> None:
    assert _found(cs_report) == Counter(
        {
            ("unreadable_file", "notatka.docx", None): 1,
            ("ineligible_item", "fv_a.pdf", 2): 1,  # the laptop
            ("review_item", "fv_a.pdf", 3): 1,  # Windows Server: only when needed by a security system
            ("item_not_received", "fv_a.pdf", 3): 1,  # not in the protocol
            ("date_outside_window", "fv_b.pdf", None): 1,  # 20.05.2023, before 1.06.2023
            ("procurement_threshold", "fv_c.pdf", 1): 1,  # 60 000 zł netto server
            ("duplicate_invoice", "fv_c_druk.pdf", None): 1,
            ("duplicate_file", "po_a_kopia.pdf", None): 1,
            ("vat_statement", None, None): 1,
        }
    )


def test_cs_items_carry_verdicts_and_citations(cs_report: dict[str, Any]) -> None:
    items = {(i["document"], i["position"]): i for i in cs_report["items"]}
    assert set(items) == {("fv_a.pdf", 1), ("fv_a.pdf", 2), ("fv_a.pdf", 3), ("fv_b.pdf", 1), ("fv_c.pdf", 1)}
    verdicts = {key: item["verdict"] for key, item in items.items()}
    assert verdicts == {
        ("fv_a.pdf", 1): "eligible",
        ("fv_a.pdf", 2): "ineligible",
        ("fv_a.pdf", 3): "review",
        ("fv_b.pdf", 1): "ineligible",
        ("fv_c.pdf", 1): "eligible",  # a UPS, but invoiced too early
    }
    assert items[("fv_b.pdf", 1)]["overridden_by"] == "date_outside_window"
    assert items[("fv_b.pdf", 1)]["category"] == "ups"
    laptop = items[("fv_a.pdf", 2)]
    assert laptop["net"] == "21095.00" and laptop["gross"] == "25946.85"
    assert laptop["citation"] and laptop["citation"].startswith("cyberbezpieczny_samorzad_schemat_grantowy.txt")
    assert laptop["reason"] and laptop["category"]
    keys = {"category", "verdict", "reason", "citation", "document", "position", "name", "net", "gross"}
    for item in items.values():
        assert keys <= set(item)


def test_cs_totals(cs_report: dict[str, Any]) -> None:
    t = cs_report["totals"]
    # Eligible: firewall 7 890 + server 60 000; the duplicate print is not counted twice.
    assert t["eligible_net"] == "67890.00"
    # Ineligible: the laptops 21 095 + the UPS 7 291 invoiced before the window opened.
    assert t["ineligible_net"] == "28386.00"
    assert t["review_net"] == "4500.00"
    assert t["total_net"] == "100776.00"
    assert D(t["total_gross"]) == D("100776.00") * D("1.23")  # every line at 23 %


def test_cs_findings_are_cited_and_polish(cs_report: dict[str, Any]) -> None:
    by_code = {f["code"]: f for f in cs_report["findings"]}
    window = by_code["date_outside_window"]["citation"]
    assert window.endswith("Wydatki kwalifikowalne i sposób rozliczania Grantów, pkt 9")
    assert by_code["procurement_threshold"]["citation"].endswith("pkt 12")
    assert by_code["procurement_threshold"]["amount"] == "60000.00"
    assert by_code["vat_statement"]["citation"] is None  # not in our CS sources: no invented citation
    assert "20.05.2023" in by_code["date_outside_window"]["message"]
    assert "Office" in by_code["unreadable_file"]["message"]


def test_cs_text_report_and_summary(cs_set: list[Path]) -> None:
    result = grantbot("check", *cs_set, "--program", "cs", "--project-end", "2026-12-31")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Wstępna kontrola rozliczenia – Cyberbezpieczny Samorząd" in out
    assert "Laptop Dell Latitude 5540" in out and "niekwalifikowalna" in out
    assert "Co zrobić:" in out


def test_cs_without_project_end_says_it_is_unknown(cs_set: list[Path]) -> None:
    result = grantbot("check", cs_set[0], "--program", "cs", "--json")
    codes = {f["code"]: f for f in json.loads(result.stdout)["findings"]}
    assert codes["project_end_unknown"]["severity"] == "info"


def test_cg_set(tmp_path: Path) -> None:
    """Cyfrowa Gmina: a used laptop (declarations needed), an invoice after 31.12.2023, no protocols."""
    used = ItemSpec("Laptop poleasingowy Lenovo ThinkPad T14 Gen 2", D(3), "szt.", "23", D("1900.00"))
    late = _invoice("fv_late", "FV/2024/01/015", date(2024, 1, 15), (FIREWALL,), seller=1)
    ok = _invoice("fv_ok", "FV/2023/10/101", date(2023, 10, 2), (used,))
    for spec in (late, ok):
        render_invoice(spec, tmp_path / f"{spec.name}.pdf")
    result = grantbot("check", tmp_path / "fv_late.pdf", tmp_path / "fv_ok.pdf", "--program", "cg", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    found = {(f["code"], f["document"]): f for f in report["findings"]}
    assert found[("date_outside_window", "fv_late.pdf")]["severity"] == "error"
    assert found[("used_equipment", "fv_ok.pdf")]["severity"] == "warning"
    assert ("no_protocols", None) in found
    vat = found[("vat_statement", None)]
    assert vat["citation"] == "cyfrowa_gmina_regulamin.txt, §7, Załączniki: 9"


def test_teryt_sets_the_unit_and_its_grant(cs_set: list[Path]) -> None:
    result = grantbot("check", cs_set[0], "--program", "cs", "--teryt", "1209", "--project-end", "2026-12-31", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["unit"] == "powiat myślenicki" and report["max_grant"] == "850000.00"


def test_teryt_of_a_unit_outside_the_programme(cs_set: list[Path]) -> None:
    result = grantbot("check", cs_set[0], "--program", "cg", "--teryt", "1209", "--json")
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert "unit_not_eligible" in codes


def test_csv_and_html_exports(cs_set: list[Path], tmp_path: Path) -> None:
    out_csv, out_html = tmp_path / "raport.csv", tmp_path / "raport.html"
    r1 = grantbot("check", *cs_set[:3], "--program", "cs", "--csv", out_csv)
    r2 = grantbot("check", *cs_set[:3], "--program", "cs", "--html", out_html)
    assert r1.returncode == r2.returncode == 0, r1.stderr + r2.stderr
    assert f"Zapisano raport: {out_csv}" in r1.stdout and "Wstępna kontrola" in r1.stdout
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "nr dokumentu" and rows[-1][0] == "RAZEM" and len(rows) == 5 + 2
    page = out_html.read_text(encoding="utf-8")
    assert "@media print" in page and "Laptop Dell Latitude 5540" in page


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        pytest.param(["--program", "xx"], "nieznany program", id="unknown-programme"),
        pytest.param(["--program", "cs", "--project-end", "31.02.2026"], "Nieprawidłowa data", id="bad-date"),
        pytest.param(["--program", "cs", "--grant-amount", "dużo"], "Nieprawidłowa kwota", id="bad-amount"),
        pytest.param(["--program", "cs", "--grant-amount", "1e30"], "Nieprawidłowa kwota", id="huge-amount"),
        pytest.param(["--program", "cs", "--grant-amount", "1e999"], "Nieprawidłowa kwota", id="huge-exponent"),
        pytest.param(["--program", "cs", "--teryt", "9999999"], "", id="unknown-teryt"),
    ],
)
def test_bad_options_exit_2_in_polish(cs_set: list[Path], args: list[str], needle: str) -> None:
    result = grantbot("check", cs_set[0], *args, "--json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert needle in json.loads(result.stdout)["error"]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", id="truncated-pdf"),
        pytest.param(b"\x00\x01\x02garbage" * 50, id="binary-garbage"),
        pytest.param(b"MZ\x90\x00" + b"\x00" * 100, id="exe"),
    ],
)
def test_nothing_readable_exits_2_with_findings(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "faktura.pdf"
    bad.write_bytes(content)
    result = grantbot("check", bad, tmp_path / "nie-ma-takiego.pdf", "--program", "cs", "--json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == []
    assert [(f["code"], f["document"]) for f in report["findings"]] == [
        ("unreadable_file", "faktura.pdf"),
        ("unreadable_file", "nie-ma-takiego.pdf"),
    ]
    assert all(f["message"] for f in report["findings"])


def test_ksef_set_with_correction_company_buyer_and_foreign_currency(tmp_path: Path) -> None:
    """KSeF e-invoices: the correction's values count, a company buyer and EUR are flagged."""
    from tests.fixtures.ksef import KsefInvoice, Line, Subject, render

    seller = Subject(SELLERS[0].name, SELLERS[0].nip)
    gmina = Subject("Gmina Wiśniowa", BUYERS[0].nip)
    school = Subject("Szkoła Podstawowa nr 1 w Wiśniowej", "6810000000")
    eset = Line("Licencja ESET PROTECT Advanced On-Prem 12 mies.", "50", "szt.", "120.00", "23")
    tablet = Line("Tablet Samsung Galaxy Tab A9+", "2", "szt.", "900.00", "23")
    original = KsefInvoice(
        "FV/2026/07/031", date(2026, 7, 1), seller, gmina, (eset, tablet), jst=True, recipient=school
    )
    correction = KsefInvoice(
        "KOR/2026/07/002",
        date(2026, 7, 8),
        seller,
        gmina,
        (Line(tablet.name, "2", "szt.", "900.00", "23", before=True), Line(tablet.name, "1", "szt.", "900.00", "23")),
        kind="KOR",
        corrected_number="FV/2026/07/031",
        corrected_date=date(2026, 7, 1),
        reason="zwrot 1 szt.",
        jst=True,
        recipient=school,
    )
    company = KsefInvoice(
        "INV-2026-0815",
        date(2026, 7, 3),
        Subject(SELLERS[1].name, SELLERS[1].nip),
        Subject("Serwis IT Kowalski Sp. z o.o.", "5261040828"),
        (Line("Firewall Sophos XGS 2100", "1", "pcs", "3000.00", "23"),),
        currency="EUR",
    )
    files = []
    for name, inv in (("fv.xml", original), ("kor.xml", correction), ("eur.xml", company)):
        (tmp_path / name).write_bytes(render(inv))
        files.append(tmp_path / name)
    result = grantbot("check", *files, "--program", "cs", "--project-end", "2026-12-31", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert _found(report) == Counter(
        {
            ("ineligible_item", "kor.xml", 2): 1,  # the tablet, as corrected: one piece
            ("correction_applied", "kor.xml", None): 1,  # the report says the corrected values are used
            ("buyer_not_jst", "eur.xml", None): 1,
            ("currency", "eur.xml", None): 1,
            ("no_protocols", None, None): 1,
            ("vat_statement", None, None): 1,
        }
    )
    tablet_line = next(i for i in report["items"] if "Tablet" in i["name"])
    assert (tablet_line["qty"], tablet_line["net"], tablet_line["corrected"]) == ("1", "900.00", True)
    assert report["totals"]["ineligible_net"] == "900.00"
    assert report["totals"]["eligible_net"] == "6000.00"  # ESET; the EUR invoice is left out of the sums


@pytest.mark.ocr
def test_scanned_invoice_is_checked_like_a_pdf(cs_set: list[Path], tmp_path: Path) -> None:
    """A photographed invoice goes through the real tesseract; the laptop is still caught."""
    from tests.fixtures.pdfgen import make_scan

    scan = tmp_path / "fv_a_skan.jpg"
    make_scan(cs_set[0], scan, fmt="jpg", angle=1.0, seed=7)
    result = grantbot("check", scan, cs_set[4], "--program", "cs", "--project-end", "2026-12-31", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"][0]["source"] == "ocr"
    verdicts = sorted((i["category"], i["verdict"]) for i in report["items"])
    assert verdicts == [("firewall", "eligible"), ("laptop", "ineligible"), ("os_license", "review")]
    flagged = [f for f in report["findings"] if f["code"] == "ineligible_item"]
    assert len(flagged) == 1 and "Laptop" in flagged[0]["message"] and flagged[0]["document"] == "fv_a_skan.jpg"


def test_same_name_in_two_folders_stays_apart(cs_set: list[Path], tmp_path: Path) -> None:
    other = tmp_path / "inny"
    other.mkdir()
    shutil.copy(cs_set[0], other / cs_set[0].name)
    result = grantbot("check", cs_set[0], other / cs_set[0].name, "--program", "cs", "--json")
    report = json.loads(result.stdout)
    # Both shown with the path given (QA F36: not "Plik inny/fv_a.pdf … co fv_a.pdf").
    assert [d["file"] for d in report["documents"]] == [str(cs_set[0]), str(other / "fv_a.pdf")]
    dup = [f for f in report["findings"] if f["code"] == "duplicate_file"]
    assert [f["document"] for f in dup] == [str(other / "fv_a.pdf")]
    assert f"co {cs_set[0]}:" in dup[0]["message"]


# --- QA findings F4, F5, F6 -------------------------------------------------------------------------

TEXT_HEAD = """{kind} nr {number}
Data wystawienia: 15.03.2026
Data sprzedaży: 15.03.2026
{extra}Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387107
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
"""
USED_INVOICE = TEXT_HEAD.format(kind="Faktura VAT", number="FV/11/2026", extra="") + (
    "1 Serwer Dell PowerEdge R740 używany poleasingowy 1 szt. 5 000,00 5 000,00 23% 1 150,00 6 150,00\n"
    "2 Firewall FortiGate 60F 1 szt. 4 000,00 4 000,00 23% 920,00 4 920,00\n"
    "Razem: 9 000,00 2 070,00 11 070,00\nDo zapłaty: 11 070,00 zł\n"
)
CORRECTION = TEXT_HEAD.format(
    kind="Faktura korygująca", number="FK/5/2026", extra="Do faktury nr FV/99/2026 z dnia 2026-03-01\n"
) + (
    "1 Było: Firewall FortiGate 60F 1 szt. 5 000,00 5 000,00 23% 1 150,00 6 150,00\n"
    "Jest: Firewall FortiGate 60F 1 szt. 4 500,00 4 500,00 23% 1 035,00 5 535,00\n"
    "Razem korekta: -500,00 -115,00 -615,00\nDo zwrotu: 615,00 PLN\n"
)


@pytest.mark.parametrize(
    ("programme", "verdict", "severity", "total"),
    [("cs", "ineligible", "error", "ineligible_net"), ("cg", "review", "warning", "review_net")],
    ids=["cs", "cg"],
)
def test_used_server_verdict_and_totals_agree_with_the_finding(
    tmp_path: Path, programme: str, verdict: str, severity: str, total: str
) -> None:
    path = tmp_path / "used.txt"
    # CG costs end on 31.12.2023: an invoice dated inside the window, so the used rule is what decides
    path.write_text(USED_INVOICE.replace("2026", "2023" if programme == "cg" else "2026"), encoding="utf-8")
    end = ["--project-end", "2026-12-31"] if programme == "cs" else []
    result = grantbot("check", path, "--program", programme, *end, "--json")
    report = json.loads(result.stdout)
    server = report["items"][0]
    assert (server["category"], server["verdict"]) == ("server", verdict)
    line_findings = [(f["code"], f["severity"]) for f in report["findings"] if f.get("line") == 1]
    assert line_findings == [("used_equipment", severity)]
    assert D(report["totals"][total]) == D("5000.00")
    assert D(report["totals"]["eligible_net"]) == D("4000.00")  # the firewall


def test_correction_alone_asks_for_the_original(tmp_path: Path) -> None:
    corr = tmp_path / "korekta.txt"
    corr.write_text(CORRECTION, encoding="utf-8")
    report = json.loads(grantbot("check", corr, "--program", "cs", "--json").stdout)
    [found] = [f for f in report["findings"] if f["code"] == "correction_without_original"]
    assert "FK/5/2026" in found["message"] and "FV/99/2026" in found["message"]
    assert found["severity"] == "warning"


@pytest.mark.parametrize(
    ("option", "target", "reason"),
    [
        ("--csv", "missing/dir/out.csv", "katalog „missing/dir” nie istnieje"),
        ("--html", ".", "to jest katalog"),
        ("--csv", "report.txt/out.csv", "„report.txt” nie jest katalogiem"),
    ],
    ids=["no-such-dir", "is-a-dir", "file-as-dir"],
)
def test_unwritable_report_path_is_explained_in_polish(
    cs_set: list[Path], tmp_path: Path, option: str, target: str, reason: str
) -> None:
    (tmp_path / "report.txt").write_text("x", encoding="utf-8")
    result = grantbot("check", cs_set[0], "--program", "cs", option, target, cwd=tmp_path)
    assert result.returncode == 2
    assert reason in result.stderr and "Traceback" not in result.stderr
    assert not any(en in result.stderr for en in ("No such", "Is a directory", "Not a directory"))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (errno.EACCES, "brak uprawnień do zapisu"),
        (errno.EPERM, "brak uprawnień do zapisu"),
        (errno.EROFS, "system plików jest tylko do odczytu"),
        (errno.ENOSPC, "brak miejsca na dysku"),
        (errno.ENAMETOOLONG, "za długa nazwa pliku"),
        (errno.EIO, "błąd dysku"),
    ],
    ids=["eacces", "eperm", "erofs", "enospc", "enametoolong", "other"],
)
def test_write_error_reasons(error: int, expected: str) -> None:
    from bot.commands.check import write_error_reason

    assert expected in write_error_reason(OSError(error, os.strerror(error)), Path("/x/raport.csv"))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (
            lambda d: (d / "l1").symlink_to(d / "l2") or (d / "l2").symlink_to(d / "l1") or d / "l1",
            "dowiązanie symboliczne",
        ),
        (lambda d: d / ("a" * 5000), "za długa nazwa pliku"),
    ],
    ids=["symlink-loop", "name-too-long"],
)
def test_odd_paths_become_polish_findings(cs_set: list[Path], tmp_path: Path, make: Any, reason: str) -> None:
    result = grantbot("check", make(tmp_path), cs_set[0], "--program", "cs", "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    [found] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "unreadable_file"]
    assert reason in found["message"]


def test_pdf_xlsx_and_settlement_list_in_one_run(cs_set: list[Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    pdf, xlsx, lst = tmp_path / "raport.pdf", tmp_path / "raport.xlsx", tmp_path / "zestawienie.xlsx"
    result = grantbot(
        "check",
        *cs_set[:3],
        "--program",
        "cs",
        "--grant",
        "200000",
        "--pdf",
        pdf,
        "--xlsx",
        xlsx,
        "--settlement-xlsx",
        lst,
    )
    assert result.returncode == 0, result.stderr
    assert all(f"Zapisano: {p}" in result.stdout for p in (pdf, xlsx, lst))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert load_workbook(xlsx).sheetnames == ["Pozycje", "Zestawienie", "Kategorie", "Uwagi"]
    numbers = [row[0].value for row in load_workbook(lst)["Zestawienie"].iter_rows(min_row=2)]
    assert numbers == ["FV/2026/05/001", "FV/2023/05/117", "FV/2026/06/020", "RAZEM"]
