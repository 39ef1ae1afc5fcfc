"""Each pre-screen rule on hand-built documents: when it fires, and when it must stay silent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from checks.context import CheckContext
from checks.models import Finding, ItemStatus, ItemVerdict, Severity
from checks.rules import (
    RULES,
    CheckInput,
    find_duplicates,
    looks_like_company,
    looks_like_jst,
    zl,
)
from checks.used import used_word
from extractors.models import (
    Document,
    DocumentKind,
    ExtractionWarning,
    Invoice,
    LineItem,
    Party,
    Protocol,
    ProtocolItem,
    Source,
)
from knowledge.citations import Citation, is_valid

SELLER = Party("NetSec Sp. z o.o.", "5260250274", "ul. Prosta 1, Warszawa")
CS_INELIGIBLE = Citation(
    "cyberbezpieczny_samorzad_schemat_grantowy.txt", "Wydatki kwalifikowalne i sposób rozliczania Grantów, pkt 2"
)
BUYER = Party("Gmina Wiśniowa", "6010081500", "Wiśniowa 1")


def invoice(file: str = "fv1.pdf", number: str = "FV/1/2024", **changes: object) -> Invoice:
    base = Invoice(
        file=file,
        kind=DocumentKind.INVOICE,
        source=Source.PDF_TEXT,
        number=number,
        issue_date=date(2024, 3, 1),
        sale_date=date(2024, 3, 1),
        seller=SELLER,
        buyer=BUYER,
        items=(
            LineItem(
                "Firewall FortiGate 60F",
                D(1),
                "szt.",
                net=D("10000.00"),
                vat=D("2300.00"),
                gross=D("12300.00"),
                position=1,
            ),
        ),
        net_total=D("10000.00"),
        vat_total=D("2300.00"),
        gross_total=D("12300.00"),
    )
    return replace(base, **changes)


def protocol(file: str = "prot1.pdf", **changes: object) -> Protocol:
    base = Protocol(
        file=file,
        source=Source.PDF_TEXT,
        number="PO/1/2024",
        date=date(2024, 3, 2),
        seller=SELLER,
        buyer=BUYER,
        items=(ProtocolItem("Firewall FortiGate 60F", D(1), "szt."),),
        references=("FV/1/2024",),
        signatures_filled=True,
    )
    return replace(base, **changes)


def verdict(
    name: str = "Firewall FortiGate 60F",
    status: ItemStatus = ItemStatus.ELIGIBLE,
    *,
    document: str = "fv1.pdf",
    position: int = 1,
    net: str = "10000.00",
    vat: str | None = "2300.00",
    qty: str = "1",
    category: str = "firewall",
    label: str = "Firewall / UTM",
    currency: str = "PLN",
) -> ItemVerdict:
    net_d = D(net)
    vat_d = D(vat) if vat is not None else None
    return ItemVerdict(
        document=document,
        invoice="FV/1/2024",
        position=position,
        name=name,
        qty=D(qty),
        unit="szt.",
        net=net_d,
        vat_rate="23",
        vat=vat_d,
        gross=net_d + (vat_d or D(0)),
        category=category,
        category_label=label,
        verdict=status,
        reason="powód z katalogu",
        citation=CS_INELIGIBLE,
        currency=currency,
    )


def run(
    rule: str, docs: tuple[Document, ...], items: tuple[ItemVerdict, ...] = (), programme: str = "cs", **context: object
) -> list[Finding]:
    ctx = CheckContext.build(programme, **context)  # type: ignore[arg-type]
    return list(RULES[rule](CheckInput(documents=docs, items=items, context=ctx)))


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# --- items ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "rule", "expected"),
    [
        pytest.param(ItemStatus.INELIGIBLE, "ineligible_item", ["ineligible_item"], id="ineligible-fires"),
        pytest.param(ItemStatus.ELIGIBLE, "ineligible_item", [], id="ineligible-silent-on-eligible"),
        pytest.param(ItemStatus.REVIEW, "ineligible_item", [], id="ineligible-silent-on-review"),
        pytest.param(ItemStatus.REVIEW, "review_item", ["review_item"], id="review-fires"),
        pytest.param(ItemStatus.ELIGIBLE, "review_item", [], id="review-silent-on-eligible"),
    ],
)
def test_item_verdict_rules(status: ItemStatus, rule: str, expected: list[str]) -> None:
    item = verdict("Laptop Dell Latitude 5540", status, position=3, net="4000.00")
    found = run(rule, (invoice(),), (item,))
    assert codes(found) == expected
    for f in found:
        assert (f.document, f.line, f.amount) == ("fv1.pdf", 3, D("4000.00"))
        assert f.citation == item.citation
        assert "Laptop Dell Latitude 5540" in f.message
    if expected == ["ineligible_item"]:
        assert found[0].severity is Severity.ERROR


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("programme", "issued", "project_end", "expected"),
    [
        pytest.param(
            "cs", date(2023, 5, 31), None, ["project_end_unknown", "date_outside_window"], id="cs-day-before-start"
        ),
        pytest.param("cs", date(2023, 6, 1), None, ["project_end_unknown"], id="cs-first-day-no-end"),
        pytest.param("cs", date(2025, 7, 1), date(2025, 6, 30), ["date_outside_window"], id="cs-after-given-end"),
        pytest.param("cs", date(2025, 6, 30), date(2025, 6, 30), [], id="cs-on-given-end"),
        pytest.param("cg", date(2020, 1, 31), None, ["date_outside_window"], id="cg-before-start"),
        pytest.param("cg", date(2020, 2, 1), None, [], id="cg-first-day"),
        pytest.param("cg", date(2023, 12, 31), None, [], id="cg-last-day"),
        pytest.param("cg", date(2024, 1, 2), None, ["date_outside_window"], id="cg-after-end"),
        pytest.param("cp", date(2024, 1, 1), None, ["date_outside_window"], id="cp-after-end"),
        pytest.param(
            "cg", date(2023, 11, 1), date(2023, 10, 31), ["date_outside_window"], id="cg-after-earlier-project-end"
        ),
        pytest.param(
            "cg",
            date(2024, 1, 2),
            date(2024, 6, 30),
            ["date_outside_window"],
            id="cg-later-project-end-cannot-extend-the-programme",
        ),
    ],
)
def test_date_window(programme: str, issued: date, project_end: date | None, expected: list[str]) -> None:
    found = run("date_window", (invoice(issue_date=issued),), programme=programme, project_end=project_end)
    assert codes(found) == expected
    by_code = {f.code: f for f in found}
    if "date_outside_window" in by_code:
        f = by_code["date_outside_window"]
        assert f.severity is Severity.ERROR and f.document == "fv1.pdf"
        assert issued.strftime("%d.%m.%Y") in f.message
        if project_end is not None and issued > project_end:  # the user's own end date, named as such
            assert f"po podanym końcu projektu ({project_end:%d.%m.%Y}), czyli po zakończeniu projektu" in f.message
    if "project_end_unknown" in by_code:
        assert by_code["project_end_unknown"].severity is Severity.INFO


def test_date_window_missing_date_is_a_warning() -> None:
    found = run("date_window", (invoice(issue_date=None, sale_date=None),), programme="cg")
    assert codes(found) == ["date_missing"]


def test_date_window_cites_the_programme_start() -> None:
    [found] = run("date_window", (invoice(issue_date=date(2020, 1, 1)),), programme="cg")
    assert found.citation is not None and is_valid(found.citation)
    assert found.citation == Citation("cyfrowa_gmina_regulamin.txt", "§3 ust. 8 pkt 2")


# --- used equipment ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Serwer Dell PowerEdge R640 używany", "używany", id="uzywany"),
        pytest.param("Laptop poleasingowy Lenovo ThinkPad T480", "poleasingowy", id="poleasingowy"),
        pytest.param("Switch Cisco 2960X refurbished", "refurbished", id="refurbished"),
        pytest.param("UPS APC Smart-UPS 1500 odnowiony", "odnowiony", id="odnowiony"),
        pytest.param("Serwer HP ProLiant DL380 Gen9 (używana)", "używana", id="uzywana"),
        pytest.param("Komputer po leasingu Dell OptiPlex 7060", "po leasingu", id="po-leasingu"),
        pytest.param("NAS QNAP TS-464 demo", "demo", id="demo"),
        pytest.param("Serwer Dell R640 b/u", "b/u", id="b-u"),
        pytest.param("Firewall FortiGate 60F powystawowy", "powystawowy", id="powystawowy"),
        pytest.param("Serwer fabrycznie nowy, nie używany", None, id="negated-nie-uzywany"),
        pytest.param("Dysk SSD nieużywany w oryginalnym opakowaniu", None, id="nieuzywany-one-word"),
        pytest.param("Odnowienie licencji ESET PROTECT Advanced 50 stanowisk", None, id="licence-renewal"),
        pytest.param("Licencja FortiGuard odnowiona na 1 rok", None, id="licence-renewed"),
        pytest.param("Oprogramowanie w wersji demo", None, id="trial-version"),
        pytest.param("Demontaż i utylizacja starego UPS", None, id="demontaz"),
        pytest.param("Licencja – prawo do używania 3 lata", None, id="prawo-do-uzywania"),
        pytest.param("Firewall FortiGate 60F", None, id="plain-new"),
    ],
)
def test_used_word_detector(name: str, expected: str | None) -> None:
    assert used_word(name) == expected


def used(name: str, word: str = "używany", status: ItemStatus = ItemStatus.INELIGIBLE) -> ItemVerdict:
    """A line the classifier read as second-hand equipment."""
    return replace(verdict(name, status), used_word=word, overridden_by="used_equipment")


@pytest.mark.parametrize(
    ("programme", "status", "expected"),
    [
        pytest.param("cs", ItemStatus.INELIGIBLE, Severity.ERROR, id="cs-error"),
        pytest.param("cg", ItemStatus.REVIEW, Severity.WARNING, id="cg-warning"),
        pytest.param("cp", ItemStatus.REVIEW, Severity.WARNING, id="cp-warning"),
    ],
)
def test_used_equipment(programme: str, status: ItemStatus, expected: Severity) -> None:
    found = run("used_equipment", (invoice(),), (used("Serwer Dell R640 używany", status=status),), programme=programme)
    [f] = found
    assert f.code == "used_equipment" and f.severity is expected and "„używany”" in f.message
    assert f.citation is not None and is_valid(f.citation)


def test_used_equipment_silent_without_the_classifiers_word() -> None:
    # Detection is the classifier's (it knows a licence from a device); the rule reports what it found.
    assert run("used_equipment", (invoice(),), (verdict("Serwer Dell R640 używany"),)) == []


@pytest.mark.parametrize(
    ("rule", "status"), [("ineligible_item", ItemStatus.INELIGIBLE), ("review_item", ItemStatus.REVIEW)]
)
def test_item_rules_leave_used_lines_to_the_used_rule(rule: str, status: ItemStatus) -> None:
    assert run(rule, (invoice(),), (used("Serwer używany", status=status),)) == []


def test_used_equipment_cg_with_declarations_held_is_a_reminder() -> None:
    item = used("Serwer HP ProLiant używany", status=ItemStatus.REVIEW)
    [f] = run("used_equipment", (invoice(),), (item,), programme="cg", used_equipment_declared=True)
    assert f.severity is Severity.INFO and "oświadcz" in f.message


# --- advisory cap ---------------------------------------------------------------------------------

ADVISORY = {"category": "advisory", "label": "Usługi doradcze"}


@pytest.mark.parametrize(
    ("programme", "grant", "net", "expected"),
    [
        pytest.param("cg", "200000.00", "9000.00", ["advisory_cap"], id="cg-over-5pct"),
        pytest.param("cg", "200000.00", "8000.00", [], id="cg-exactly-5pct-gross"),
        pytest.param("cp", "100000.00", "4000.00", [], id="cp-under"),
        pytest.param("cg", None, "1000.00", ["advisory_cap_unknown"], id="cg-grant-unknown"),
        pytest.param("cs", "200000.00", "90000.00", [], id="cs-has-no-cap-in-sources"),
    ],
)
def test_advisory_cap(programme: str, grant: str | None, net: str, expected: list[str]) -> None:
    # VAT 25 % of net keeps the gross round: 8 000 net -> 10 000 gross = 5 % of 200 000.
    item = verdict(
        "Usługa doradcza – opis przedmiotu zamówienia",
        net=net,
        vat=str(D(net) / 4),
        category=ADVISORY["category"],
        label=ADVISORY["label"],
    )
    found = run("advisory_cap", (invoice(),), (item,), programme=programme, grant_amount=D(grant) if grant else None)
    assert codes(found) == expected
    if expected == ["advisory_cap"]:
        assert found[0].severity is Severity.ERROR
        assert found[0].amount == D(net) * D("1.25") - D("10000.00")


def test_advisory_cap_uses_net_when_vat_is_recoverable() -> None:
    item = verdict("Doradztwo", net="10000.00", vat="2300.00", category="advisory", label="Usługi doradcze")
    found = run("advisory_cap", (invoice(),), (item,), programme="cg", grant_amount=D("200000"), vat_recoverable=True)
    assert found == []  # 10 000 net is exactly 5 %


@pytest.mark.parametrize(
    ("vat_recoverable", "said", "unsaid"),
    [
        pytest.param(
            None,
            ["12 300,00 zł brutto", "Jeśli VAT odzyskujecie, liczy się netto: 10 000,00 zł, nadwyżka 2 000,00 zł."],
            [],
            id="unknown-both-bases",
        ),
        pytest.param(False, ["12 300,00 zł brutto", "nadwyżka 4 300,00 zł"], ["odzyskujecie"], id="vat-a-cost"),
        pytest.param(True, ["10 000,00 zł netto", "nadwyżka 2 000,00 zł"], ["brutto"], id="vat-recovered"),
    ],
)
def test_advisory_excess_names_its_basis(vat_recoverable: bool | None, said: list[str], unsaid: list[str]) -> None:
    """The excess on the basis counted; with the VAT status not given (gross counted), the net variant too."""
    item = verdict("Doradztwo", net="10000.00", vat="2300.00", category="advisory", label="Usługi doradcze")
    found = run(
        "advisory_cap", (invoice(),), (item,), programme="cg", grant_amount=D("160000"), vat_recoverable=vat_recoverable
    )
    assert codes(found) == ["advisory_cap"]
    assert all(s in found[0].message for s in said) and not any(u in found[0].message for u in unsaid), found[0].message


def test_advisory_cap_ignores_other_categories() -> None:
    assert run("advisory_cap", (invoice(),), (verdict(net="90000.00"),), programme="cg", grant_amount=D("100000")) == []


# --- procurement threshold -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nets", "invoice_net", "expected_lines"),
    [
        pytest.param(["60000.00"], "60000.00", [1], id="one-item-over"),
        pytest.param(["50000.00"], "50000.00", [], id="exactly-threshold-is-not-over"),
        pytest.param(["30000.00", "30000.00"], "60000.00", [None], id="invoice-total-over"),
        pytest.param(["50000.01", "100.00"], "50100.01", [1], id="item-over-no-duplicate-invoice-finding"),
        pytest.param(["20000.00", "20000.00"], "40000.00", [], id="all-under"),
    ],
)
def test_procurement_threshold(nets: list[str], invoice_net: str, expected_lines: list[int | None]) -> None:
    items = tuple(verdict(f"Pozycja {n}", position=n, net=net) for n, net in enumerate(nets, start=1))
    found = run("procurement_threshold", (invoice(net_total=D(invoice_net)),), items)
    assert [f.line for f in found] == expected_lines
    for f in found:
        assert f.code == "procurement_threshold" and f.severity is Severity.WARNING
        assert "bazy konkurencyjności" in f.message
        assert f.citation is not None and is_valid(f.citation)


def test_procurement_threshold_skips_foreign_currency() -> None:
    item = verdict(net="60000.00", currency="EUR")
    assert run("procurement_threshold", (invoice(currency="EUR", net_total=D("60000")),), (item,)) == []


# --- extraction warnings, NIP, currency ----------------------------------------------------------


def test_extraction_warnings_are_carried() -> None:
    doc = invoice(
        warnings=(
            ExtractionWarning("items_vs_totals", "Suma pozycji (100,00 zł) różni się od sumy faktury (110,00 zł)."),
            ExtractionWarning("low_ocr_confidence", "Skan słabej jakości."),
            ExtractionWarning("currency", "Dokument wystawiono w walucie EUR, nie w złotych."),
            ExtractionWarning("nip_checksum", "NIP ma złą sumę kontrolną."),
        )
    )
    found = run("extraction_warnings", (doc,))
    assert codes(found) == ["arithmetic", "extraction_warning"]
    assert "Suma pozycji" in found[0].message and found[0].document == "fv1.pdf"


def test_a_scan_only_doubt_is_a_note_and_a_bad_nip_is_reported_once() -> None:
    doc = invoice(
        warnings=(
            ExtractionWarning(
                "uncertain_field",
                "Niepewne: numer (number) – skaner odczytał „AK/31” z niską pewnością.",
                ("number",),
                scan_only=True,
            ),
            ExtractionWarning(
                "uncertain_field",
                "Niepewne: data wystawienia (issue_date), data sprzedaży (sale_date) – daty 06.11.2023 i "
                "03.11.2023 różnią się jedną cyfrą, którą skaner często myli.",
                ("issue_date", "sale_date"),
                scan_only=True,
            ),
            ExtractionWarning(
                "uncertain_field", "Niepewne: NIP nabywcy (buyer_nip) – NIP 1250761319 ma błędną cyfrę.", ("buyer_nip",)
            ),
            ExtractionWarning(
                "uncertain_field",
                "Niepewne: suma VAT (vat_total) – VAT stawki 23% nie odpowiada stawce.",
                ("vat_total",),
            ),
        )
    )
    found = run("extraction_warnings", (doc,))
    # the NIP is left to the NIP rule (one finding, not two); weak OCR alone is a note to verify
    assert [(f.code, f.severity) for f in found] == [
        ("extraction_warning", Severity.INFO),
        ("extraction_warning", Severity.INFO),
        ("extraction_warning", Severity.WARNING),
    ]


def test_no_extraction_warnings_no_findings() -> None:
    assert run("extraction_warnings", (invoice(), protocol())) == []


@pytest.mark.parametrize(
    ("seller_nip", "buyer_nip", "expected"),
    [
        pytest.param("5260250274", "6010081500", [], id="both-valid"),
        pytest.param("5260250275", "6010081500", ["invalid_nip"], id="seller-bad-checksum"),
        pytest.param("5260250274", "601008151", ["invalid_nip"], id="buyer-too-short"),
        pytest.param("PL 526-025-02-74", None, [], id="pl-prefix-and-dashes"),
        pytest.param("DE123456789", None, [], id="foreign-vat-number-not-judged"),
        pytest.param(None, None, ["nip_missing"], id="seller-missing"),
    ],
)
def test_invalid_nip(seller_nip: str | None, buyer_nip: str | None, expected: list[str]) -> None:
    doc = invoice(seller=Party("NetSec Sp. z o.o.", seller_nip), buyer=Party("Gmina Wiśniowa", buyer_nip))
    assert codes(run("invalid_nip", (doc,))) == expected


@pytest.mark.parametrize(
    ("currency", "expected"),
    [
        pytest.param("PLN", [], id="pln"),
        pytest.param("EUR", ["currency"], id="eur"),
        pytest.param("usd", ["currency"], id="usd-lowercase"),
    ],
)
def test_currency(currency: str, expected: list[str]) -> None:
    assert codes(run("currency", (invoice(currency=currency),))) == expected


# --- buyer ---------------------------------------------------------------------------------------

JST_NAMES = [
    "Gmina Wiśniowa",
    "Urząd Miasta Krakowa",
    "Starostwo Powiatowe w Myślenicach",
    "Powiat Myślenicki",
    "Województwo Małopolskie",
    "Szkoła Podstawowa nr 3 im. Jana Pawła II w Wiśniowej",
    "Miasto i Gmina Dobczyce",
    "Gminny Ośrodek Pomocy Społecznej w Wiśniowej",
    "Urząd Gminy Wiśniowa",
    "Zespół Szkół Ponadpodstawowych nr 1",
    "Urząd Marszałkowski Województwa Łódzkiego",
]
COMPANY_NAMES = [
    "NetSec Sp. z o.o.",
    "Komputronik S.A.",
    "Zakład Gospodarki Komunalnej sp. z o.o.",
    "P.H.U. Jan Kowalski",
    "ABC Spółka Jawna",
    "Kowalski i Wspólnicy s.c.",
]


@pytest.mark.parametrize("name", JST_NAMES)
def test_jst_names_never_flagged(name: str) -> None:
    assert looks_like_jst(name) and not looks_like_company(name)
    for flag in (None, True, False):
        assert run("buyer_not_jst", (invoice(buyer=Party(name, "6010081500"), buyer_is_jst=flag),)) == []


@pytest.mark.parametrize("name", COMPANY_NAMES)
def test_company_buyer_flagged(name: str) -> None:
    assert looks_like_company(name)
    [f] = run("buyer_not_jst", (invoice(buyer=Party(name, "5260250274")),))
    assert f.code == "buyer_not_jst" and f.severity is Severity.WARNING and name in f.message


@pytest.mark.parametrize(
    ("name", "flag", "expected"),
    [
        pytest.param("Jan Kowalski", False, ["buyer_not_jst"], id="ksef-flag-false-person"),
        pytest.param("Jan Kowalski", None, [], id="no-flag-person-not-judged"),
        pytest.param("Gmina Wiśniowa", False, [], id="ksef-flag-false-but-gmina"),
    ],
)
def test_buyer_ksef_flag(name: str, flag: bool | None, expected: list[str]) -> None:
    assert codes(run("buyer_not_jst", (invoice(buyer=Party(name), buyer_is_jst=flag),))) == expected


def test_school_as_recipient_is_not_a_problem() -> None:
    doc = invoice(recipient=Party("Szkoła Podstawowa nr 1 w Wiśniowej"), buyer_is_jst=True)
    assert run("buyer_not_jst", (doc,)) == []


# --- duplicates ----------------------------------------------------------------------------------


def _duplicates(docs: tuple[Document, ...], hashes: dict[str, str]) -> list[Finding]:
    ctx = CheckContext.build("cs")
    inp = CheckInput(documents=docs, items=(), context=ctx, duplicates=find_duplicates(docs, hashes))
    return list(RULES["duplicate_invoice"](inp))


@pytest.mark.parametrize(
    ("second", "hashes", "expected"),
    [
        pytest.param(
            invoice("fv1-skan.pdf"),
            {"fv1.pdf": "a", "fv1-skan.pdf": "b"},
            ["duplicate_invoice"],
            id="same-nip-and-number-other-file",
        ),
        pytest.param(
            invoice("kopia.pdf"), {"fv1.pdf": "a", "kopia.pdf": "a"}, ["duplicate_file"], id="same-bytes-reported-once"
        ),
        pytest.param(invoice("fv2.pdf", number="FV/2/2024"), {}, [], id="other-number"),
        pytest.param(
            invoice("fv1-other-seller.pdf", seller=Party("Inna firma Sp. z o.o.", "7740001454")),
            {},
            [],
            id="same-number-other-seller",
        ),
        pytest.param(
            invoice("fv1-lower.pdf", number="fv/1/2024"), {}, ["duplicate_invoice"], id="case-insensitive-number"
        ),
    ],
)
def test_duplicates(second: Invoice, hashes: dict[str, str], expected: list[str]) -> None:
    found = _duplicates((invoice(), second), hashes)
    assert codes(found) == expected
    for f in found:
        assert f.document == second.file and f.severity is Severity.ERROR


def test_same_protocol_file_twice() -> None:
    found = _duplicates((protocol(), protocol("prot1 (1).pdf")), {"prot1.pdf": "x", "prot1 (1).pdf": "x"})
    assert codes(found) == ["duplicate_file"]


# --- reconciliation ------------------------------------------------------------------------------


def _recon(docs: tuple[Document, ...], items: tuple[ItemVerdict, ...]) -> list[Finding]:
    return run("reconciliation", docs, items)


TWO_ITEMS = (
    verdict("Firewall FortiGate 60F z licencją UTP 1 rok", position=1),
    verdict("Serwer Dell PowerEdge R650", position=2, qty="2", net="40000.00"),
)


@pytest.mark.parametrize(
    ("protocol_items", "expected"),
    [
        pytest.param(
            (ProtocolItem("Firewall FortiGate 60F", D(1)), ProtocolItem("Serwer PowerEdge R650", D(2))),
            [],
            id="all-received-fuzzy-names",
        ),
        pytest.param(
            (ProtocolItem("Firewall FortiGate 60F", D(1)),), [("item_not_received", 2)], id="one-item-missing"
        ),
        pytest.param(
            (ProtocolItem("FortiGate 60F", D(1)), ProtocolItem("Serwer Dell PowerEdge R650", D(1))),
            [("quantity_mismatch", 2)],
            id="quantity-differs",
        ),
        pytest.param(
            (
                ProtocolItem("Firewall FortiGate 60F", D(1)),
                ProtocolItem("Serwer Dell PowerEdge R650", D(1)),
                ProtocolItem("Serwer Dell PowerEdge R650", D(1)),
            ),
            [],
            id="partial-deliveries-add-up",
        ),
        pytest.param(
            (
                ProtocolItem("Firewall FortiGate 60F", D(1)),
                ProtocolItem("Serwer Dell PowerEdge R650", D(2)),
                ProtocolItem("Drukarka HP LaserJet M404", D(1)),
            ),
            [("protocol_item_not_invoiced", 3)],
            id="protocol-item-not-on-invoice",
        ),
        pytest.param(
            (ProtocolItem("Firewall FortiGate 60F", None), ProtocolItem("Serwer Dell PowerEdge R650", D(2))),
            [],
            id="unknown-quantity-not-judged",
        ),
    ],
)
def test_reconciliation_items(protocol_items: tuple[ProtocolItem, ...], expected: list[tuple[str, int]]) -> None:
    found = _recon((invoice(), protocol(items=protocol_items)), TWO_ITEMS)
    assert [(f.code, f.line) for f in found] == expected


def test_no_protocols_at_all_is_one_finding() -> None:
    found = _recon((invoice(), invoice("fv2.pdf", number="FV/2/2024")), TWO_ITEMS)
    assert codes(found) == ["no_protocols"]
    assert found[0].citation is not None and is_valid(found[0].citation)


def test_invoice_without_protocol() -> None:
    other = invoice("fv2.pdf", number="FV/2/2024")
    items = (*TWO_ITEMS, verdict("Licencja Veeam Backup", document="fv2.pdf", position=1))
    prot = protocol(items=(ProtocolItem("Firewall FortiGate 60F", D(1)), ProtocolItem("Serwer PowerEdge R650", D(2))))
    found = _recon((invoice(), other, prot), items)
    assert [(f.code, f.document) for f in found] == [("invoice_without_protocol", "fv2.pdf")]


def test_protocol_without_references_matches_by_names() -> None:
    prot = protocol(references=(), items=(ProtocolItem("FortiGate 60F", D(1)), ProtocolItem("PowerEdge R650", D(2))))
    assert _recon((invoice(), prot), TWO_ITEMS) == []


@pytest.mark.parametrize(
    ("references", "expected"),
    [
        pytest.param(("FV/9/2024",), ["protocol_unknown_invoice"], id="unknown-invoice"),
        pytest.param(("FV/1/2024", "FV/9/2024"), [], id="beside-an-uploaded-invoice-other-refs-are-not-invoices"),
        pytest.param(("ZP.272.4.2026",), [], id="procurement-case-sign"),
        pytest.param(("RI.271.5.2023",), [], id="another-case-sign"),
        pytest.param(("FV-2024-009",), ["protocol_unknown_invoice"], id="year-after-prefix-is-an-invoice"),
        pytest.param(("FV 1/2024",), [], id="separators-ignored"),
        pytest.param(("faktura nr FV/1/2024",), [], id="words-around-the-number"),
        pytest.param(("FV/1/20245",), ["protocol_unknown_invoice"], id="longer-number-is-another-invoice"),
        pytest.param(("FV/1/2024", "Umowa nr 12/2024"), [], id="contract-reference-not-an-invoice"),
    ],
)
def test_protocol_references(references: tuple[str, ...], expected: list[str]) -> None:
    prot = protocol(
        references=references,
        items=(ProtocolItem("Firewall FortiGate 60F", D(1)), ProtocolItem("Serwer PowerEdge R650", D(2))),
    )
    assert codes(_recon((invoice(), prot), TWO_ITEMS)) == expected


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        pytest.param(False, ["protocol_unsigned"], id="unsigned"),
        pytest.param(True, [], id="signed"),
        pytest.param(None, [], id="could-not-tell"),
    ],
)
def test_protocol_signatures(signed: bool | None, expected: list[str]) -> None:
    prot = protocol(
        signatures_filled=signed,
        items=(ProtocolItem("Firewall FortiGate 60F", D(1)), ProtocolItem("Serwer PowerEdge R650", D(2))),
    )
    assert codes(_recon((invoice(), prot), TWO_ITEMS)) == expected


# --- unit, grant, VAT, empty invoices ------------------------------------------------------------


class _Unit:
    def __init__(self, level: str) -> None:
        self.code, self.name, self.level = "1209", "myślenicki", level
        self.display_name = f"{level} myślenicki"


@pytest.mark.parametrize(
    ("programme", "level", "expected"),
    [
        pytest.param("cp", "gmina", ["unit_not_eligible"], id="gmina-in-cp"),
        pytest.param("cg", "powiat", ["unit_not_eligible"], id="powiat-in-cg"),
        pytest.param("cs", "powiat", [], id="powiat-in-cs"),
        pytest.param("cp", "powiat", [], id="powiat-in-cp"),
    ],
)
def test_unit_level(programme: str, level: str, expected: list[str]) -> None:
    assert codes(run("unit_level", (invoice(),), programme=programme, unit=_Unit(level))) == expected


def test_unit_ineligible_reason_from_the_calculator_wins() -> None:
    reason = "Miasto na prawach powiatu składa wniosek jako gmina."
    [f] = run("unit_level", (), programme="cg", unit=_Unit("powiat"), unit_ineligible=reason)
    assert f.message == reason


@pytest.mark.parametrize(
    ("max_grant", "nets", "expected"),
    [
        pytest.param("120000.00", ["50000.00", "40000.00"], None, id="under-unit-max-gross"),
        pytest.param("100000.00", ["50000.00", "40000.00", "10000.00"], D("23000.00"), id="over-unit-max-gross"),
        pytest.param(None, ["700000.00"], D("11000.00"), id="over-programme-max-without-unit"),
        pytest.param(None, ["600000.00"], None, id="under-programme-max"),
    ],
)
def test_over_max_grant(max_grant: str | None, nets: list[str], expected: D | None) -> None:
    items = tuple(verdict(position=n, net=net, vat=str(D(net) * D("0.23"))) for n, net in enumerate(nets, 1))
    found = run("over_max_grant", (invoice(),), items, max_grant=D(max_grant) if max_grant else None)
    if expected is None:
        assert found == []
    else:
        [f] = found
        assert f.code == "over_max_grant" and f.amount == expected


def test_over_max_grant_counts_only_eligible_items() -> None:
    items = (verdict(net="900000.00", status=ItemStatus.INELIGIBLE),)
    assert run("over_max_grant", (invoice(),), items) == []


@pytest.mark.parametrize(
    ("programme", "recoverable", "code", "severity", "cited"),
    [
        pytest.param("cg", None, "vat_statement", Severity.WARNING, True, id="cg-statement-zal-9"),
        pytest.param("cg", False, "vat_statement", Severity.INFO, True, id="cg-not-recoverable-reminder"),
        pytest.param("cs", None, "vat_statement", Severity.INFO, False, id="cs-no-invented-citation"),
        pytest.param("cp", None, "vat_statement", Severity.INFO, False, id="cp-no-invented-citation"),
        pytest.param("cs", True, "vat_recoverable", Severity.INFO, False, id="recoverable-net-only"),
    ],
)
def test_vat(programme: str, recoverable: bool | None, code: str, severity: Severity, cited: bool) -> None:
    [f] = run("vat_statement", (invoice(),), (verdict(),), programme=programme, vat_recoverable=recoverable)
    assert (f.code, f.severity) == (code, severity)
    assert (f.citation is not None) is cited
    if cited:
        assert f.citation is not None and is_valid(f.citation) and "Załącznik" in str(f.citation)
        assert "załącznik nr 9" in f.message
    if recoverable is False:  # the user said so: the report says what it did, not "only if"
        assert "wliczono" in f.message and "tylko wtedy" not in f.message


def test_vat_silent_without_vat() -> None:
    assert run("vat_statement", (invoice(),), (verdict(vat="0"),), programme="cg") == []


def test_no_items() -> None:
    assert codes(run("no_items", (invoice(items=()),))) == ["no_items"]
    assert run("no_items", (invoice(),)) == []


def test_every_citation_in_findings_is_valid() -> None:
    """A broad set of documents firing most rules: every citation points at a real section."""
    docs: tuple[Document, ...] = (
        invoice(issue_date=date(2019, 1, 1), net_total=D("60000.00"), currency="PLN"),
        protocol(signatures_filled=False, references=("FV/7/2024",)),
    )
    items = (verdict("Serwer używany", net="60000.00"), verdict("Laptop", ItemStatus.INELIGIBLE, position=2))
    for programme in ("cg", "cp", "cs"):
        ctx = CheckContext.build(programme, grant_amount=D("100000"))
        inp = CheckInput(documents=docs, items=items, context=ctx)
        for rule in RULES.values():
            for f in rule(inp):
                assert f.message.rstrip().endswith((".", ")")), f.message
                if f.citation is not None:
                    assert is_valid(f.citation), (f.code, f.citation)


def test_polish_money() -> None:
    assert zl(D("50000")) == "50 000,00 zł"
    assert zl(D("1234567.891")) == "1 234 567,89 zł"
    assert zl(None) == "? zł"


@pytest.mark.parametrize("amount", ["0.005", "-1234.5", "999999999.99", "0"])
def test_money_is_written_as_the_grant_calculator_writes_it(amount: str) -> None:
    from knowledge.money import zl as grants_zl

    assert zl(D(amount)) == grants_zl(D(amount))


@pytest.mark.parametrize(
    ("net", "vat", "gross", "rate", "expected"),
    [
        pytest.param("100.00", "23.00", "123.00", "23", "100.00", id="stated"),
        pytest.param(None, "23.00", "123.00", "23", "100.00", id="gross-minus-vat"),
        pytest.param(None, None, "73800.00", "23", "60000.00", id="from-the-rate"),
        pytest.param(None, None, "108.00", "8", "100.00", id="from-8-percent"),
        pytest.param(None, None, "100.00", "zw", None, id="exempt-rate-unknown-net"),
        pytest.param(None, None, None, "23", None, id="nothing-stated"),
    ],
)
def test_net_value(net: str | None, vat: str | None, gross: str | None, rate: str, expected: str | None) -> None:
    item = replace(
        verdict(),
        net=D(net) if net else None,
        vat=D(vat) if vat else None,
        gross=D(gross) if gross else None,
        vat_rate=rate,
    )
    assert item.net_value == (D(expected) if expected else None)


def test_procurement_threshold_on_a_gross_priced_line() -> None:
    item = replace(verdict(), net=None, vat=None, gross=D("73800.00"), vat_rate="23")
    [f] = run("procurement_threshold", (invoice(net_total=None),), (item,))
    assert f.amount == D("60000.00") and f.line == 1


def test_invalid_nip_on_a_scan_is_a_warning() -> None:
    doc = invoice(source=Source.OCR, seller=Party("NetSec Sp. z o.o.", "5260250275"))
    [f] = run("invalid_nip", (doc,))
    assert f.severity is Severity.WARNING


def test_protocol_without_items() -> None:
    assert codes(run("no_items", (protocol(items=()),))) == ["no_items"]
    assert run("no_items", (protocol(),)) == []


@pytest.mark.parametrize(
    ("categories", "expected"),
    [
        pytest.param({("prot1.pdf", 1): "firewall"}, [], id="same-category-pairs-different-wording"),
        pytest.param({}, ["protocol_item_not_invoiced", "item_not_received"], id="names-alone-too-far-apart"),
        pytest.param(
            {("prot1.pdf", 1): "ups"},
            ["protocol_item_not_invoiced", "item_not_received"],
            id="other-category-no-pairing",
        ),
    ],
)
def test_reconciliation_uses_catalogue_categories(categories: dict[tuple[str, int], str], expected: list[str]) -> None:
    item = verdict("Urządzenie UTM FG-60F", category="firewall")
    prot = protocol(items=(ProtocolItem("Firewall Fortinet 60F", D(1)),))
    inp = CheckInput(
        documents=(invoice(), prot), items=(item,), context=CheckContext.build("cs"), protocol_categories=categories
    )
    assert sorted(codes(list(RULES["reconciliation"](inp)))) == sorted(expected)


def test_project_end_before_the_window_opens_is_refused() -> None:
    from checks.context import CheckError

    with pytest.raises(CheckError, match="Koniec projektu"):
        CheckContext.build("cs", project_end=date(2023, 5, 1))


# --- a correction without its original (QA F5) ----------------------------------------------------


def correction(number: str = "FK/5/2026", corrected: str | None = "FV/99/2026", **changes: object) -> Invoice:
    return invoice(file="fk5.txt", number=number, kind=DocumentKind.CORRECTION, corrected_number=corrected, **changes)


def test_correction_without_its_original_names_both_numbers() -> None:
    [f] = run("correction_without_original", (correction(),))
    assert (f.code, f.severity, f.document) == ("correction_without_original", Severity.WARNING, "fk5.txt")
    assert "FK/5/2026" in f.message and "FV/99/2026" in f.message and "dołącz fakturę pierwotną" in f.message
    assert f.citation is not None and is_valid(f.citation)


@pytest.mark.parametrize(
    "original",
    [
        pytest.param(invoice(number="FV/99/2026"), id="same-number"),
        pytest.param(invoice(number="FV 99/2026"), id="number-spelled-differently"),
    ],
)
def test_correction_with_its_original_only_says_it_was_applied(original: Invoice) -> None:
    [found] = run("correction_without_original", (original, correction()))
    assert (found.code, found.severity) == ("correction_applied", Severity.INFO)
    # the report states which invoice the correction changes and that the corrected values are used
    assert "FK/5/2026" in found.message and original.number in found.message and "po korekcie" in found.message


def test_original_from_another_seller_does_not_count() -> None:
    other = invoice(number="FV/99/2026", seller=Party("Inna firma", "7740001454"))
    [f] = run("correction_without_original", (other, correction()))
    assert "FV/99/2026" in f.message


def test_correction_without_a_readable_reference_asks_for_the_original() -> None:
    [f] = run("correction_without_original", (correction(corrected=None),))
    assert "FK/5/2026" in f.message and "nie odczytano numeru" in f.message


def test_used_word_on_an_unrecognised_line_in_cs_is_a_warning_matching_its_review_verdict() -> None:
    item = replace(verdict("QWX-1234 używany", ItemStatus.REVIEW), used_word="używany")
    [f] = run("used_equipment", (invoice(),), (item,))
    assert f.severity is Severity.WARNING and "Jeśli to sprzęt" in f.message


def test_vat_reminder_leaves_out_foreign_currency_lines() -> None:
    """QA F45: EUR VAT must not be summed and printed as złoty."""
    eur = verdict("Firewall FortiGate 60F", currency="EUR", vat="110.40")
    pln = verdict("UPS APC", position=2, vat="230.00")
    assert run("vat_statement", (invoice(),), (eur,)) == []
    [f] = run("vat_statement", (invoice(),), (eur, pln))
    assert "230,00 zł" in f.message and "340,40" not in f.message


@pytest.mark.parametrize(
    ("accepted", "expected"),
    [
        pytest.param(date(2024, 2, 27), ["protocol_before_delivery"], id="accepted-before-delivery"),
        pytest.param(date(2024, 3, 1), [], id="same-day"),
        pytest.param(date(2024, 3, 4), [], id="after"),
    ],
)
def test_a_protocol_dated_before_the_delivery(accepted: date, expected: list[str]) -> None:
    # the invoice states delivery on 1.03.2024 (sale_date); its protocol names it by number
    findings = run("protocol_dates", (invoice(), protocol(date=accepted)), (verdict(),))
    assert codes(findings) == expected
    if expected:
        assert "27.02.2024" in findings[0].message and "01.03.2024" in findings[0].message


def test_one_service_left_on_each_side_is_the_same_service() -> None:
    # The invoice names the training's title, the protocol its groups: one line left on each side.
    course = verdict(
        'Szkolenie stacjonarne "Higiena haseł w urzędzie" – grupa 12 os.',
        position=2,
        net="4800.00",
        category="training_cyber",
        label="Szkolenie z cyberbezpieczeństwa",
    )
    prot = protocol(
        items=(
            ProtocolItem("Firewall FortiGate 60F", D(1), "szt."),
            ProtocolItem("Szkolenie stacjonarne – 2 grupy po 12 osób, lista obecności", D(1), "usł."),
        )
    )
    findings = _recon((invoice(), prot), (verdict(), course))
    assert codes(findings) == [], [f.message for f in findings]
