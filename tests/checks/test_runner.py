"""The runner: lines after corrections, totals, duplicates left out, findings collected and ordered.

The classifier is the runner's seam; these tests pass a tiny keyword catalogue so that the verdicts
are known and the runner's own behaviour is what is measured. The real classifier runs in the
end-to-end CLI tests.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal as D

import pytest

from checks import CheckContext, ItemStatus, Severity, UnreadableFile, run_checks
from checks.runner import compute_totals
from extractors.models import DocumentKind, ExtractionWarning, Invoice, LineItem, Party, Protocol, ProtocolItem, Source
from knowledge.citations import Citation

SELLER = Party("NetSec Sp. z o.o.", "5260250274")
BUYER = Party("Gmina Wiśniowa", "6010081500")
CITE = Citation(
    "cyberbezpieczny_samorzad_schemat_grantowy.txt", "Wydatki kwalifikowalne i sposób rozliczania Grantów, pkt 2"
)


@dataclass(frozen=True)
class Verdict:
    category: str
    category_label: str
    verdict: str
    reason: str
    citation: Citation | None
    confidence: float = 0.9
    is_service: bool = False


CATALOGUE = {
    "laptop": Verdict("laptop", "Laptop", "ineligible", "Laptopy są niekwalifikowalne", CITE),
    "windows": Verdict("os", "System operacyjny", "review", "Tylko jeśli niezbędny dla systemu bezpieczeństwa", None),
    "fortigate": Verdict("firewall", "Firewall / UTM", "eligible", "Sprzęt z listy wydatków kwalifikowalnych", None),
    "dziwne": Verdict("?", "?", "maybe", "nieznany werdykt", None),
}
calls: list[str] = []


def classify(text: str, programme: str) -> Verdict:
    calls.append(text)
    for key, value in CATALOGUE.items():
        if key in text.lower():
            return value
    return Verdict("unknown", "Nierozpoznana pozycja", "review", "Nie rozpoznano pozycji", None)


def line(name: str, net: str, position: int, qty: str = "1", *, before: bool = False) -> LineItem:
    n = D(net)
    return LineItem(
        name,
        D(qty),
        "szt.",
        net=n,
        vat_rate="23",
        vat=(n * D("0.23")).quantize(D("0.01")),
        gross=n + (n * D("0.23")).quantize(D("0.01")),
        position=position,
        before_correction=before,
    )


def invoice(
    file: str = "fv1.pdf", number: str = "FV/1/2024", items: tuple[LineItem, ...] = (), **kw: object
) -> Invoice:
    base = Invoice(
        file=file,
        kind=DocumentKind.INVOICE,
        source=Source.PDF_TEXT,
        number=number,
        issue_date=date(2024, 3, 1),
        seller=SELLER,
        buyer=BUYER,
        items=items
        or (
            line("FortiGate 60F", "10000.00", 1),
            line("Laptop Dell Latitude 5540", "4000.00", 2, "2"),
            line("Windows Server 2022 Standard", "3000.00", 3),
        ),
    )
    return replace(base, **kw)


def protocol(items: tuple[ProtocolItem, ...], refs: tuple[str, ...] = ("FV/1/2024",)) -> Protocol:
    return Protocol(
        file="prot.pdf", source=Source.PDF_TEXT, number="P/1", items=items, references=refs, signatures_filled=True
    )


def ctx(programme: str = "cs", **kw: object) -> CheckContext:
    return CheckContext.build(programme, project_end=date(2025, 12, 31), **kw)  # type: ignore[arg-type]


def test_items_are_classified_and_totalled() -> None:
    report = run_checks([invoice()], ctx(), classify)
    assert [(i.position, i.verdict) for i in report.items] == [
        (1, ItemStatus.ELIGIBLE),
        (2, ItemStatus.INELIGIBLE),
        (3, ItemStatus.REVIEW),
    ]
    t = report.totals
    assert (t.eligible_net, t.eligible_gross) == (D("10000.00"), D("12300.00"))
    assert (t.ineligible_net, t.ineligible_gross) == (D("4000.00"), D("4920.00"))
    assert (t.review_net, t.review_gross) == (D("3000.00"), D("3690.00"))
    assert t.total_net == D("17000.00")
    assert report.programme == "cs" and report.programme_name == "Cyberbezpieczny Samorząd"


def test_same_text_is_classified_once() -> None:
    calls.clear()
    items = (line("FortiGate 60F", "100.00", 1), line("FortiGate 60F", "100.00", 2))
    run_checks([invoice(items=items)], ctx(), classify)
    assert calls == ["FortiGate 60F"]


def test_unknown_verdict_is_never_eligible() -> None:
    report = run_checks([invoice(items=(line("Dziwne coś", "10.00", 1),))], ctx(), classify)
    assert report.items[0].verdict is ItemStatus.REVIEW


def test_findings_are_ordered_errors_first() -> None:
    report = run_checks([invoice()], ctx(), classify)
    ranks = [f.severity.rank for f in report.findings]
    assert ranks == sorted(ranks)
    assert report.findings[0].severity is Severity.ERROR
    assert {"ineligible_item", "review_item", "no_protocols", "vat_statement"} <= set(report.codes())


def test_duplicate_is_reported_and_left_out_of_totals() -> None:
    first, copy = invoice(), invoice(file="fv1-kopia.pdf")
    report = run_checks([first, copy], ctx(), classify, file_hashes={"fv1.pdf": "h", "fv1-kopia.pdf": "h"})
    assert report.codes().count("duplicate_file") == 1
    assert report.codes().count("ineligible_item") == 1  # the copy's laptop is not reported again
    assert report.totals.total_net == D("17000.00")
    assert {i.document for i in report.items} == {"fv1.pdf"}


def test_unreadable_files_become_error_findings() -> None:
    report = run_checks([], ctx(), classify, unreadable=[UnreadableFile("zdjecie.heic", "Nieobsługiwany format.")])
    [f] = report.findings
    assert (f.code, f.severity, f.document) == ("unreadable_file", Severity.ERROR, "zdjecie.heic")
    assert "Nieobsługiwany format." in f.message


@pytest.mark.parametrize(
    ("position", "expected_net", "expected_doc"),
    [
        pytest.param(2, D("2000.00"), "kor1.pdf", id="by-position"),
        pytest.param(None, D("2000.00"), "kor1.pdf", id="by-name-when-no-position"),
    ],
)
def test_correction_replaces_the_corrected_line(position: int | None, expected_net: D, expected_doc: str) -> None:
    correction = invoice(
        file="kor1.pdf",
        number="KOR/1/2024",
        kind=DocumentKind.CORRECTION,
        corrected_number="FV/1/2024",
        items=(
            replace(line("Laptop Dell Latitude 5540", "4000.00", 2, "2", before=True), position=position),
            replace(line("Laptop Dell Latitude 5540", "2000.00", 2, "1"), position=position),
        ),
    )
    report = run_checks([invoice(), correction], ctx(), classify)
    assert len(report.items) == 3
    laptop = next(i for i in report.items if "Laptop" in i.name)
    assert (laptop.net, laptop.qty, laptop.document, laptop.corrected) == (expected_net, D(1), expected_doc, True)
    assert laptop.position == 2 and laptop.invoice == "FV/1/2024"  # its row on the correction
    assert [i.name for i in report.items][1] == "Laptop Dell Latitude 5540"  # where it stood on the original
    assert report.totals.ineligible_net == D("2000.00")


def test_correction_without_original_uses_its_own_lines() -> None:
    correction = invoice(
        file="kor1.pdf",
        number="KOR/1/2024",
        kind=DocumentKind.CORRECTION,
        corrected_number="FV/9/2023",
        items=(line("FortiGate 60F", "900.00", 1, before=True), line("FortiGate 60F", "800.00", 1)),
    )
    report = run_checks([correction], ctx(), classify)
    [item] = report.items
    assert (item.net, item.corrected, item.invoice) == (D("800.00"), True, "FV/9/2023")


def test_correction_goods_count_as_received_on_the_original_protocol() -> None:
    correction = invoice(
        file="kor1.pdf",
        number="KOR/1/2024",
        kind=DocumentKind.CORRECTION,
        corrected_number="FV/1/2024",
        items=(
            line("Laptop Dell Latitude 5540", "4000.00", 2, "2", before=True),
            line("Laptop Dell Latitude 5540", "2000.00", 2, "1"),
        ),
    )
    prot = protocol(
        (
            ProtocolItem("FortiGate 60F", D(1)),
            ProtocolItem("Laptop Dell Latitude", D(1)),
            ProtocolItem("Windows Server 2022", D(1)),
        )
    )
    report = run_checks([invoice(), correction, prot], ctx(), classify)
    recon = {"item_not_received", "quantity_mismatch", "invoice_without_protocol", "protocol_item_not_invoiced"}
    assert not recon & set(report.codes())


def test_foreign_currency_lines_stay_out_of_totals() -> None:
    report = run_checks([invoice(currency="EUR")], ctx(), classify)
    assert report.totals.total_net == 0 and report.totals.foreign_currency_lines == 3
    assert "currency" in report.codes()


def test_compute_totals_of_nothing_is_zero() -> None:
    t = compute_totals(())
    assert t.total_net == t.total_gross == D("0.00")


def test_unit_name_and_max_grant_reach_the_report() -> None:
    class Unit:
        code, name, level, display_name = "1209052", "Wiśniowa", "gmina", "gmina wiejska Wiśniowa"

    report = run_checks([invoice()], ctx(unit=Unit(), max_grant=D("5000.00")), classify)
    assert report.unit_name == "gmina wiejska Wiśniowa" and report.max_grant == D("5000.00")
    assert "over_max_grant" in report.codes()


def test_ksef_style_correction_matches_by_name_not_row_number() -> None:
    """KSeF numbers every row of a correction (before and after) anew: row 2 need not be row 2."""
    original = invoice(
        items=(
            line("FortiGate 60F", "10000.00", 1),
            line("Windows Server 2022", "3000.00", 2),
            line("Laptop Dell Latitude 5540", "4000.00", 3, "2"),
        )
    )
    correction = invoice(
        file="kor1.xml",
        number="KOR/1/2024",
        kind=DocumentKind.CORRECTION,
        corrected_number="FV/1/2024",
        items=(
            line("Laptop Dell Latitude 5540", "4000.00", 1, "2", before=True),
            line("Laptop Dell Latitude 5540", "2000.00", 2, "1"),
        ),
    )
    report = run_checks([original, correction], ctx(), classify)
    assert [(i.document, i.position, i.net) for i in report.items] == [
        ("fv1.pdf", 1, D("10000.00")),
        ("fv1.pdf", 2, D("3000.00")),
        ("kor1.xml", 2, D("2000.00")),
    ]


def test_lines_of_an_invoice_outside_the_window_are_ineligible() -> None:
    early = invoice(issue_date=date(2023, 5, 31))
    report = run_checks([early], ctx(), classify)
    assert [i.verdict for i in report.items] == [ItemStatus.INELIGIBLE] * 3
    firewall = report.items[0]
    assert firewall.overridden_by == "date_outside_window" and firewall.category == "firewall"
    assert "31.05.2023" in firewall.reason and firewall.citation is not None
    assert report.totals.eligible_net == 0 and report.totals.ineligible_net == D("17000.00")
    # One finding for the date and one for the laptop, not one per line.
    assert report.codes().count("date_outside_window") == 1
    assert report.codes().count("ineligible_item") == 1


# --- used equipment (QA F6): the line's verdict and the totals agree with the finding ------------------

USED_SERVER = "Serwer Dell PowerEdge R740 używany poleasingowy"


@pytest.mark.parametrize(
    ("programme", "status", "severity", "total"),
    [
        pytest.param("cs", ItemStatus.INELIGIBLE, Severity.ERROR, "ineligible_net", id="cs-ineligible"),
        pytest.param("cg", ItemStatus.REVIEW, Severity.WARNING, "review_net", id="cg-review"),
        pytest.param("cp", ItemStatus.REVIEW, Severity.WARNING, "review_net", id="cp-review"),
    ],
)
def test_used_equipment_line_verdict_and_totals_agree_with_the_finding(
    programme: str, status: ItemStatus, severity: Severity, total: str
) -> None:
    fv = invoice(issue_date=date(2023, 9, 1), items=(line(USED_SERVER, "5000.00", 1),))
    report = run_checks([fv], ctx(programme))  # the real classifier
    [item] = report.items
    assert (item.verdict, item.overridden_by, item.used_word) == (status, "used_equipment", "używany")
    assert getattr(report.totals, total) == D("5000.00") and report.totals.eligible_net == 0
    line_findings = [f for f in report.findings if f.line == 1]
    # One finding for the line (the used-equipment rule), not a second one restating it.
    assert [(f.code, f.severity) for f in line_findings] == [("used_equipment", severity)]
    assert line_findings[0].citation == item.citation


def test_used_laptop_in_cs_reports_both_reasons_once_each() -> None:
    fv = invoice(items=(line("Laptop poleasingowy Dell Latitude 7490", "2000.00", 1),))
    report = run_checks([fv], ctx("cs"))
    [item] = report.items
    assert item.verdict is ItemStatus.INELIGIBLE and item.overridden_by is None
    assert sorted(f.code for f in report.findings if f.line == 1) == ["ineligible_item", "used_equipment"]


def test_used_equipment_with_declarations_held_is_still_explained() -> None:
    fv = invoice(issue_date=date(2023, 9, 1), items=(line(USED_SERVER, "5000.00", 1),))
    report = run_checks([fv], ctx("cg", used_equipment_declared=True))
    [finding] = [f for f in report.findings if f.line == 1]
    assert (finding.code, finding.severity) == ("used_equipment", Severity.INFO)
    assert report.items[0].verdict is ItemStatus.REVIEW


# --- documents that do not settle an expense (QA F19) ----------------------------------------------

PROFORMA_WARNING = ExtractionWarning(
    "kind_unknown", "To faktura pro forma — nie jest dokumentem księgowym i nie rozlicza wydatku."
)


def proforma() -> Invoice:
    return invoice(
        file="pf3.txt",
        number="PF/3/2026",
        kind=DocumentKind.UNKNOWN,
        items=(line("FortiGate 60F", "5000.00", 1),),
        warnings=(PROFORMA_WARNING,),
    )


def test_proforma_lines_are_not_spending() -> None:
    final = invoice(file="fv20.txt", number="FV/20/2026", items=(line("FortiGate 60F", "5000.00", 1),))
    report = run_checks([proforma(), final], ctx(), classify)
    pf_line = next(i for i in report.items if i.document == "pf3.txt")
    assert (pf_line.verdict, pf_line.overridden_by) == (ItemStatus.INELIGIBLE, "proforma")
    assert "pro forma" in pf_line.reason
    totals = report.totals
    assert (totals.eligible_net, totals.ineligible_net, totals.review_net) == (D("5000.00"), 0, 0)
    codes = [f.code for f in report.findings if f.document == "pf3.txt"]
    assert codes.count("proforma") == 1 and "ineligible_item" not in codes and "extraction_warning" not in codes


def test_lines_of_an_unrecognised_document_are_never_eligible() -> None:
    odd = invoice(
        file="dok.txt",
        kind=DocumentKind.UNKNOWN,
        items=(line("FortiGate 60F", "700.00", 1),),
        warnings=(ExtractionWarning("kind_unknown", "Nie rozpoznano rodzaju dokumentu."),),
    )
    report = run_checks([odd], ctx(), classify)
    [item] = report.items
    assert (item.verdict, item.overridden_by) == (ItemStatus.REVIEW, "unknown_document")
    assert report.totals.review_net == D("700.00") and report.totals.eligible_net == 0
    assert [f.code for f in report.findings if f.document == "dok.txt"] == ["unknown_document"]


def test_lines_of_an_invoice_without_a_readable_date_are_not_eligible() -> None:
    # Without a date nobody can tell whether the cost falls inside the eligibility window.
    undated = invoice(issue_date=None, sale_date=None)
    report = run_checks([undated], ctx(), classify)
    firewall = report.items[0]
    assert (firewall.verdict, firewall.overridden_by) == (ItemStatus.REVIEW, "date_missing")
    assert report.totals.eligible_net == 0 and report.totals.review_net == D("13000.00")
    assert report.codes().count("date_missing") == 1 and "review_item" in report.codes()  # Windows' own


@pytest.mark.parametrize(
    ("vat_recoverable", "eligible", "ineligible"),
    [
        # VAT recovered: 10 000 net against a 5 % cap of 160 000 = 8 000; 2 000 net (2 460 gross) is the excess
        pytest.param(True, (D("8000.00"), D("9840.00")), (D("2000.00"), D("2460.00")), id="net-counted"),
        # VAT not said: 12 300 gross counted; 4 300 gross (3 495,93 net in the line's proportion) is the excess
        pytest.param(None, (D("6504.07"), D("8000.00")), (D("3495.93"), D("4300.00")), id="gross-counted"),
    ],
)
def test_the_advisory_excess_leaves_the_eligible_total(
    vat_recoverable: bool | None, eligible: tuple[D, D], ineligible: tuple[D, D]
) -> None:
    """probe22: "Kwalifikowalne: 9 000 netto" beside "nadwyżka 1 500 jest niekwalifikowalna" contradicted itself."""

    def advisory(text: str, programme: str) -> Verdict:
        return Verdict("advisory", "Usługi doradcze", "eligible", "Usługi doradcze w limicie", None)

    report = run_checks(
        [invoice(items=(line("Doradztwo – opis przedmiotu zamówienia", "10000.00", 1),), issue_date=date(2023, 5, 4))],
        ctx("cg", grant_amount=D("160000"), vat_recoverable=vat_recoverable),
        advisory,
    )
    t = report.totals
    assert [i.verdict for i in report.items] == [ItemStatus.ELIGIBLE]  # the line stays eligible, its excess does not
    assert (t.eligible_net, t.eligible_gross) == eligible and (t.ineligible_net, t.ineligible_gross) == ineligible
