"""Kind detection, table rows in many column orders, corrections, protocols and odd input."""

from decimal import Decimal

import pytest

from extractors.models import DocumentKind, Invoice, Protocol, Source
from extractors.parse import detect_kind, parse_text
from extractors.parse.rows import parse_row


def _parse(text: str, source: Source = Source.PDF_TEXT) -> Invoice | Protocol:
    return parse_text(text, file="x.txt", source=source)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Faktura VAT nr 1/2024", DocumentKind.INVOICE),
        ("FAKTURA nr FV/1/2024\nORYGINAŁ", DocumentKind.INVOICE),
        ("Rachunek nr 5/2024", DocumentKind.INVOICE),
        ("Faktura korygująca nr FK/1/2024", DocumentKind.CORRECTION),
        ("KOREKTA nr 3/2024", DocumentKind.CORRECTION),
        ("Faktura VAT KORYGUJĄCA", DocumentKind.CORRECTION),
        ("Protokół odbioru nr 1/2024", DocumentKind.PROTOCOL),
        ("PROTOKÓŁ ZDAWCZO-ODBIORCZY", DocumentKind.PROTOCOL),
        ("Protokół odbioru końcowego\ndo faktury VAT nr 1/2024", DocumentKind.PROTOCOL),
        ("Faktura PRO FORMA nr 1/2024", DocumentKind.UNKNOWN),
        ("Zaproszenie na szkolenie", DocumentKind.UNKNOWN),
    ],
    ids=[
        "invoice",
        "invoice-caps",
        "rachunek",
        "correction",
        "korekta",
        "correction-caps",
        "protocol",
        "protocol-zdawczo",
        "protocol-mentions-invoice",
        "proforma",
        "letter",
    ],
)
def test_detect_kind(title: str, kind: DocumentKind) -> None:
    assert detect_kind(title + "\nNIP: 5252387107") == kind


@pytest.mark.parametrize(
    ("line", "qty", "unit", "unit_net", "net", "rate", "vat", "gross"),
    [
        pytest.param(
            "1 Serwer Dell R650 1 szt. 38 900,00 38 900,00 23% 8 947,00 47 847,00",
            "1",
            "szt.",
            "38900.00",
            "38900.00",
            "23",
            "8947.00",
            "47847.00",
            id="optima",
        ),
        pytest.param(
            "1 Serwer Dell R650 1 szt. 38 900,00 23% 38 900,00 8 947,00 47 847,00",
            "1",
            "szt.",
            "38900.00",
            "38900.00",
            "23",
            "8947.00",
            "47847.00",
            id="subiekt-rate-first",
        ),
        pytest.param(
            "1 Serwer Dell R650 23% 1 szt. 38.900,00 38.900,00 8.947,00 47.847,00",
            "1",
            "szt.",
            "38900.00",
            "38900.00",
            "23",
            "8947.00",
            "47847.00",
            id="wfirma-dot-thousands",
        ),
        pytest.param(
            "1 Toner HP szt 1 200,00 200,00 23% 46,00 246,00",
            "1",
            "szt",
            "200.00",
            "200.00",
            "23",
            "46.00",
            "246.00",
            id="unit-before-qty-ambiguous",
        ),
        pytest.param(
            "4 Toner HP 2 szt. 1 200,00 2 400,00 23% 552,00 2 952,00",
            "2",
            "szt.",
            "1200.00",
            "2400.00",
            "23",
            "552.00",
            "2952.00",
            id="grouped-price",
        ),
        pytest.param(
            "2 UPS APC Smart-UPS 1500 2 szt 3150,00 6300,00 23 1449,00 7749,00",
            "2",
            "szt",
            "3150.00",
            "6300.00",
            "23",
            "1449.00",
            "7749.00",
            id="bare-rate-name-ends-in-number",
        ),
        pytest.param(
            "3 Szkolenie 1 usł. 5 000,00 5 000,00 zw 0,00 5 000,00",
            "1",
            "usł.",
            "5000.00",
            "5000.00",
            "zw",
            "0.00",
            "5000.00",
            id="exempt",
        ),
        pytest.param(
            "3 Szkolenie 1 usł. 5 000,00 5 000,00 zw. - 5 000,00",
            "1",
            "usł.",
            "5000.00",
            "5000.00",
            "zw",
            "0.00",
            "5000.00",
            id="exempt-dash",
        ),
        pytest.param(
            "1 Hosting 12 m-c 250,00 3 000,00 np 3 000,00",
            "12",
            "m-c",
            "250.00",
            "3000.00",
            "np",
            "0.00",
            "3000.00",
            id="not-taxable",
        ),
        pytest.param(
            "5 Książka 10 szt 50,00 500,00 5% 25,00 525,00",
            "10",
            "szt",
            "50.00",
            "500.00",
            "5",
            "25.00",
            "525.00",
            id="five-percent",
        ),
        pytest.param(
            "1 Laptop 5 szt 6 150,00 23 % 25 000,00 5 750,00 30 750,00",
            "5",
            "szt",
            None,
            "25000.00",
            "23",
            "5750.00",
            "30750.00",
            id="gross-priced",
        ),
        pytest.param(
            "1 Zwrot UPS -1 szt. 3 150,00 23% -3 150,00 -724,50 -3 874,50",
            "-1",
            "szt.",
            "3150.00",
            "-3150.00",
            "23",
            "-724.50",
            "-3874.50",
            id="negative-correction",
        ),
    ],
)
def test_rows(line: str, qty: str, unit: str, unit_net: str | None, net: str, rate: str, vat: str, gross: str) -> None:
    row = parse_row(line)
    assert row is not None
    got = (row.qty, row.unit, row.unit_net, row.net, row.vat_rate, row.vat, row.gross)
    want = (
        Decimal(qty),
        unit,
        None if unit_net is None else Decimal(unit_net),
        Decimal(net),
        rate,
        Decimal(vat),
        Decimal(gross),
    )
    assert got == want


@pytest.mark.parametrize(
    "line",
    ["Razem do zapłaty", "ul. Chmielna 73, 00-801 Warszawa", "Termin płatności: 14 dni", ""],
    ids=["label", "address", "terms", "empty"],
)
def test_non_rows(line: str) -> None:
    assert parse_row(line) is None


def test_wrapped_item_names_are_joined() -> None:
    text = """Faktura VAT nr 5/2024
Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387107
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Licencja ESET PROTECT Entry
na 50 stanowisk, okres 3 lata 1 szt. 9 450,00 9 450,00 23% 2 173,50 11 623,50
2 Serwer Dell PowerEdge R650 1 szt. 38 900,00 38 900,00 23% 8 947,00 47 847,00
2x Xeon Silver 4314, S/N: 7XK2LM3
Razem: 48 350,00 11 120,50 59 470,50
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Licencja ESET PROTECT Entry na 50 stanowisk, okres 3 lata",
        "Serwer Dell PowerEdge R650 2x Xeon Silver 4314",
    ]
    assert doc.items[1].serial_numbers == ("7XK2LM3",)
    assert [w.code for w in doc.warnings] == ["missing_field"]  # no issue date


def test_inconsistent_totals_are_reported() -> None:
    text = """Faktura VAT nr 6/2024
Data wystawienia: 2024-03-01
Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387107
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 FortiGate 60F 2 szt. 3 500,00 7 000,00 23% 1 610,00 8 610,00
2 Toner HP 1 szt. 100,00 100,00 23% 23,00 123,00
Razem: 7 500,00 1 725,00 9 225,00
W tym: 23% 7 500,00 1 700,00 9 225,00
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice)
    codes = {w.code for w in doc.warnings}
    assert {"items_vs_totals", "net_vat_gross", "vat_rate_mismatch"} <= codes
    assert any("7 100,00" in w.message for w in doc.warnings if w.code == "items_vs_totals")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "%PDF-1.7 binary junk \x00\x01\x02",
        "Faktura\n" + "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20\n" * 50,
        "Lp. Nazwa Ilość Cena\n" + "1 x 1,00 1,00 1,00 1,00 1,00 1,00 1,00 1,00 1,00\n" * 200,
        "Sprzedawca: Nabywca:\n" * 30,
        "Protokół odbioru nr\n|||||||||\n......",
        "ąęśćżź" * 1000,
        "Faktura\n" + " ".join(["1 000,00"] * 3000),
        "Faktura\n" + "000 " * 3000 + ",00",
        "Faktura\nLp. Nazwa Ilość Cena netto\n" + ("1 x " + " ".join(["123"] * 40) + " 1,00\n") * 20,
        "Faktura\nLp. Nazwa Ilość Cena\n1 X 1 szt. 99999999999999999999999999,00 9,00 23% 1,00 2,00\n"
        "Razem 999999999999999999999999999999,00 1,00 2,00",
    ],
    ids=[
        "empty",
        "whitespace",
        "binary",
        "numbers-only",
        "many-identical-rows",
        "labels-only",
        "protocol-stub",
        "unicode",
        "one-line-of-3000-amounts",
        "3000-digit-groups",
        "integer-grid",
        "30-digit-amounts",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    doc = parse_text(text, file="odd.txt", source=Source.OCR)
    assert doc.file == "odd.txt"
    assert doc.warnings, "odd input must come with a warning"


def test_unknown_document_says_why() -> None:
    doc = _parse("Zaproszenie na szkolenie z cyberbezpieczeństwa\nTermin: 12.05.2024")
    assert isinstance(doc, Invoice) and doc.kind == DocumentKind.UNKNOWN
    assert doc.warnings[0].code == "kind_unknown"
    assert "Nie rozpoznano" in doc.warnings[0].message


def test_protocol_references_and_parties() -> None:
    text = """PROTOKÓŁ ODBIORU nr 4/2024
z dnia 2024-05-10
Przekazujący: NETSEC Sp. z o.o., NIP 5252387107
Przyjmujący: Gmina Nowa Wieś, NIP 5991003308
dotyczy faktury VAT nr FA/124/2024 oraz umowy nr ZP.272.5.2024
Lp. Nazwa Ilość j.m. S/N
1 Zapora FortiGate 60F 1 szt. FGT60FTK23001234
Przekazał: Jan Wiśniewski Odebrał: ..................
"""
    doc = _parse(text)
    assert isinstance(doc, Protocol)
    assert (doc.number, str(doc.date)) == ("4/2024", "2024-05-10")
    assert (doc.seller.nip, doc.buyer.nip) == ("5252387107", "5991003308")
    assert doc.references == ("FA/124/2024", "ZP.272.5.2024")
    assert doc.items[0].serial_numbers == ("FGT60FTK23001234",)
    # One side signed, the other's line still dotted: not a fully signed protocol.
    assert doc.signatures_filled is False


@pytest.mark.parametrize(
    ("line", "qty", "unit_net", "rate"),
    [
        pytest.param(
            "1 Sophos XGS 2100 szt. 1 20 000,00 10% 18 000,00 18 000,00 23% 4 140,00 22 140,00",
            "1",
            "18000.00",
            "23",
            id="discount-column",
        ),
        pytest.param(
            "1 Serwer 1,00 szt. 9 450,00 9 450,00 23,00% 2 173,50 11 623,50",
            "1",
            "9450.00",
            "23",
            id="decimal-qty-and-rate",
        ),
        pytest.param(
            "2 Drukarka HP 951,54 2 854,62 23% 656,56 3 511,18", "3", "951.54", "23", id="qty-column-lost-derived"
        ),
        pytest.param(
            "3 Serwer 2 szt. 42 790,00 85 580,00 23% 19 683,40 105.",
            "2",
            "42790.00",
            "23",
            id="gross-wrapped-to-next-line",
        ),
    ],
)
def test_harder_rows(line: str, qty: str, unit_net: str, rate: str) -> None:
    row = parse_row(line)
    assert row is not None
    assert (row.qty, row.unit_net, row.vat_rate) == (Decimal(qty), Decimal(unit_net), rate)


def test_ocr_truncated_amounts_keep_the_item_without_values() -> None:
    text = """Faktura VAT nr 9/2026
Lp. Nazwa Ilość j.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Zasilacz UPS 2 szt. 3 645,50 7291,00 23% 1676,93 8967,93
2 Licencja ESET PROTECT Complete 50 lic. 289,00 14 23% 3 17
3 Toner HP 59A 1 szt. 100,00 100,00 23% 23,00 123,00
"""
    doc = _parse(text, Source.OCR)
    assert isinstance(doc, Invoice)
    assert [i.position for i in doc.items] == [1, 2, 3]
    assert doc.items[1].name == "Licencja ESET PROTECT Complete"
    assert doc.items[1].net is None and doc.items[1].gross is None


def test_wrapped_gross_is_completed_from_the_next_line() -> None:
    text = """Faktura VAT nr 9/2026
Lp. Nazwa Ilość j.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Serwer Dell PowerEdge R650 (2x Xeon 2 szt. 42 790,00 85580,00 23% 19 683,40 105.
Silver 4314, 128 GB RAM) 263,40
"""
    doc = _parse(text, Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.items[0].gross == Decimal("105263.40")
    assert doc.items[0].name == "Serwer Dell PowerEdge R650 (2x Xeon Silver 4314, 128 GB RAM)"


@pytest.mark.parametrize(
    ("heading", "seller_nip", "buyer_nip"),
    [
        ("Sprzeuawca                    Nabywca", "5252387107", "5991003308"),
        ("=ca:                          Nabywca:", "5252387107", "5991003308"),
        ("Sprzedawca:                   Nabywca:", "5252387107", "5991003308"),
    ],
    ids=["ocr-misread-heading", "ocr-lost-heading", "clean"],
)
def test_side_by_side_parties_survive_ocr(heading: str, seller_nip: str, buyer_nip: str) -> None:
    text = f"""Faktura VAT nr 1/2026
{heading}
NETSEC Sp. z o.o.             Gmina Nowa Wieś
ul. Chmielna 73               ul. Szkolna 1
NIP: 525-238-71-07            NIP: 599-100-33-08
"""
    doc = _parse(text, Source.OCR)
    assert (doc.seller.nip, doc.buyer.nip) == (seller_nip, buyer_nip)
    assert (doc.seller.name, doc.buyer.name) == ("NETSEC Sp. z o.o.", "Gmina Nowa Wieś")


@pytest.mark.parametrize(
    "heading",
    [
        # a second-language heading line under the Polish one
        "Sprzedawca                                   Nabywca\nVendor                                       Customer",
        # two names of one role in one heading, the column starting at the first
        "Dostawca / Sprzedawca                        Zamawiający / Nabywca",
    ],
    ids=["bilingual-headings", "double-role-headings"],
)
def test_party_headings_in_other_shapes(heading: str) -> None:
    text = f"""Faktura VAT nr 7/2026
{heading}
KOMPNET Sp. z o.o.                           Gmina Dobra
ul. Polna 3                                  Urząd Gminy Dobra
NIP: 525-238-71-07                           NIP: 599-100-33-08
"""
    doc = _parse(text)
    assert (doc.seller.name, doc.buyer.name) == ("KOMPNET Sp. z o.o.", "Gmina Dobra")
    assert (doc.seller.nip, doc.buyer.nip) == ("5252387107", "5991003308")


def test_parties_printed_in_the_right_column_beside_document_data() -> None:
    text = """                                                                   Sprzedawca
 Faktura                                                  KOMPNET Sp. z o.o.
                                                                 ul. Polna 3
 nr 12/2026                                               NIP 525-238-71-07
 Data wystawienia: 2026.03.01
 Data sprzedaży: 2026.03.01                                           Nabywca
 Sposób zapłaty: przelew                                       Powiat Dobrski
 Termin zapłaty: 2026.03.15                                   ul. Rynek 1
 Nr rachunku: PL10931398808029266957427246                  NIP 599-100-33-08
"""
    doc = _parse(text)
    assert (doc.seller.name, doc.seller.nip) == ("KOMPNET Sp. z o.o.", "5252387107")
    assert (doc.buyer.name, doc.buyer.nip) == ("Powiat Dobrski", "5991003308")


def test_a_title_beside_a_heading_is_not_the_name_and_protocol_roles_are_read() -> None:
    text = """Nabywca                                                   Faktura VAT
Gmina Dobra
                                                               nr 3/S/2026
NIP 599-100-33-08
Sprzedawca
KOMPNET Sp. z o.o.
NIP 525-238-71-07
"""
    doc = _parse(text)
    assert (doc.buyer.name, doc.seller.name) == ("Gmina Dobra", "KOMPNET Sp. z o.o.")
    protocol = _parse("""PROTOKÓŁ ZDAWCZO-ODBIORCZY nr 4/2026
Przekazujący (Wykonawca):     KOMPNET Sp. z o.o.
                              NIP: 525-238-71-07
Przejmujący (Zamawiający):    Powiat Dobrski
                              NIP: 599-100-33-08
Podstawa: umowa nr 5/2026. Przekazujący przekazuje, a Przejmujący przyjmuje sprzęt:
""")
    assert (protocol.seller.name, protocol.buyer.name) == ("KOMPNET Sp. z o.o.", "Powiat Dobrski")
    assert protocol.buyer.nip == "5991003308"


def test_ocr_units_get_their_period_back() -> None:
    text = """Faktura VAT nr 1/2026
Lp. Nazwa Ilość j.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Toner HP 59A 2 szt 100,00 200,00 23% 46,00 246,00
"""
    assert _parse(text, Source.OCR).items[0].unit == "szt."  # type: ignore[union-attr]
    assert _parse(text, Source.PDF_TEXT).items[0].unit == "szt"  # type: ignore[union-attr]


def test_printed_rate_is_kept_when_vat_does_not_match_it() -> None:
    row = parse_row("2 Toner HP 59A 1 szt. 400,00 400,00 23% 82,00 482,00")
    assert row is not None and (row.vat_rate, row.vat, row.net) == ("23", Decimal("82.00"), Decimal("400.00"))
    text = """Faktura VAT nr FV/77/2026
Data wystawienia: 2026-05-04
Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387107
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Toner HP 59A 1 szt. 400,00 400,00 23% 82,00 482,00
Razem: 400,00 82,00 482,00
"""
    codes = [w.code for w in _parse(text).warnings]
    assert "vat_rate_mismatch" in codes


def test_dates_under_a_row_of_labels() -> None:
    text = """Faktura VAT nr 3/2026
Data wystawienia Data sprzedaży Termin płatności
2026-03-15 2026-03-14 2026-03-29
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice)
    assert (str(doc.issue_date), str(doc.sale_date)) == ("2026-03-15", "2026-03-14")


def test_bilingual_vat_id_is_the_nip() -> None:
    text = """Faktura / Invoice nr 3/2026
Sprzedawca / Seller:
DataGuard Polska Sp. z o.o.
VAT ID: PL1132904704
Nabywca / Buyer:
Gmina Stare Pole
NIP: 5783102907
"""
    doc = _parse(text)
    assert (doc.seller.nip, doc.buyer.nip) == ("1132904704", "5783102907")


def test_protocol_table_without_lp_column() -> None:
    text = """Protokół odbioru nr 7/2026
Data odbioru: 2026-05-05
Wykonawca: NETSEC Sp. z o.o., NIP 5252387107
Zamawiający: Gmina Nowa Wieś, NIP 5991003308
Nazwa Ilość j.m. Numer seryjny
Serwer Dell PowerEdge R650 1 szt. S/N: CN7XK93
Zasilacz UPS APC Smart-UPS 1500VA 2 szt. S/N: AS2241123456, AS2241123499
licencja na 36 miesięcy
Uwagi: brak
Przekazał: Jan Nowak Odebrał: Anna Kowalska
"""
    doc = _parse(text)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty, i.serial_numbers) for i in doc.items] == [
        ("Serwer Dell PowerEdge R650", Decimal(1), ("CN7XK93",)),
        ("Zasilacz UPS APC Smart-UPS 1500VA licencja na 36 miesięcy", Decimal(2), ("AS2241123456", "AS2241123499")),
    ]
    assert doc.signatures_filled is True


@pytest.mark.parametrize(
    ("title", "invoice_type"),
    [
        ("Faktura VAT nr 1/2026", "VAT"),
        ("Faktura zaliczkowa nr ZAL/1/2026", "ZAL"),
        ("Faktura końcowa rozliczeniowa nr 2/2026", "ROZ"),
        ("Faktura korygująca nr K/1/2026", "KOR"),
        ("Faktura korygująca fakturę zaliczkową nr K/2/2026", "KOR_ZAL"),
    ],
    ids=["vat", "advance", "settlement", "correction", "correction-of-advance"],
)
def test_invoice_type_from_the_title(title: str, invoice_type: str) -> None:
    doc = _parse(title + "\nSprzedawca: NETSEC Sp. z o.o., NIP 5252387107")
    assert isinstance(doc, Invoice) and doc.invoice_type == invoice_type


def test_protocol_with_strona_labels_and_bare_number() -> None:
    text = """PROTOKÓŁ ODBIORU 5/2026
Data: 06.05.2026
Strona przekazująca: NETSEC Sp. z o.o., NIP 5252387107
Strona odbierająca: Gmina Nowa Wieś, NIP 5991003308
Lp. Nazwa Ilość j.m.
1 Zapora FortiGate 60F 1 szt.
"""
    doc = _parse(text)
    assert isinstance(doc, Protocol)
    assert (doc.number, str(doc.date)) == ("5/2026", "2026-05-06")
    assert (doc.seller.nip, doc.buyer.nip) == ("5252387107", "5991003308")


def test_amount_to_refund_is_negative() -> None:
    text = """Faktura korygująca nr K/5/2026
Do faktury nr FV/1/2026 z dnia 2026-01-10
Sprzedawca: NETSEC Sp. z o.o., NIP 5252387107
Nabywca: Gmina Nowa Wieś, NIP 5991003308
Do zwrotu: 1 230,00 PLN
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice) and doc.gross_total == Decimal("-1230.00")
    assert doc.corrected_number == "FV/1/2026" and str(doc.corrected_issue_date) == "2026-01-10"


def test_one_column_lines_in_a_side_by_side_block() -> None:
    text = """Faktura VAT nr 4/2026
 Sprzedawca:                                  Nabywca:
 NETSEC Sp. z o.o.                            Gmina Nowa Wieś
 ul. Chmielna 73                              ul. Szkolna 1
 NIP: 525-238-71-07
                                              NIP: 599-100-33-08
"""
    doc = _parse(text)
    assert (doc.seller.nip, doc.buyer.nip) == ("5252387107", "5991003308")


def test_right_column_name_alone_on_its_line() -> None:
    text = """Faktura VAT nr 4/2026
 Sprzedawca:                                  Nabywca:
                                              Gmina Nowa Wieś
 NETSEC Sp. z o.o.
 NIP: 5252387107                              NIP: 5991003308
"""
    doc = _parse(text)
    assert (doc.seller.name, doc.buyer.name) == ("NETSEC Sp. z o.o.", "Gmina Nowa Wieś")


def test_a_heading_pair_broken_over_two_lines_by_a_curved_photo() -> None:
    text = """Faktura nr 207/EU/2026
                                                       Nabywca
Sprzedawca
KOMPNET Sp. z o.o.                                     Gmina i Miasto Dobra
ul. Polna 3                                            ul. Rynek 1
NIP: 525-238-71-07                                     NIP: 599-100-33-08
"""
    doc = _parse(text, Source.OCR)
    assert (doc.seller.name, doc.buyer.name) == ("KOMPNET Sp. z o.o.", "Gmina i Miasto Dobra")
    assert (doc.seller.nip, doc.buyer.nip) == ("5252387107", "5991003308")


# -- cases from the third blind batch's layouts (new wordings, written for these tests) ---------------

_CODE_LINES = """FAKTURA VAT nr 12/2026                                    Data wystawienia: 03.03.2026
Sprzedawca                                               Nabywca
Alfa-Serwis Sp. z o.o.                                   Gmina Wola
ul. Polna 2, 00-001 Warszawa                             ul. Główna 1, 00-002 Wola
NIP: 526-000-12-46                                       NIP: 599-100-33-08
 Lp.  Nazwa towaru / usługi                       Ilość    Cena netto  Stawka   Wartość netto   VAT     Wartość brutto
  1.  Drukarka laserowa Brother HL-L5210DN        2 szt.     1 000,00   23%      2 000,00     460,00      2 460,00
      indeks: DR-5210  ·  PKWiU 26.20.16.0
  2.  Wdrożenie kopii zapasowych serwera          1 usł.     3 000,00   23%      3 000,00     690,00      3 690,00
      plików i poczty w urzędzie
      kod: 55523-USŁ -«
 Razem                                                                            5 000,00   1 150,00     6 150,00
"""


def test_a_sellers_code_line_under_the_name_is_not_part_of_it() -> None:
    doc = _parse(_CODE_LINES)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Drukarka laserowa Brother HL-L5210DN",
        "Wdrożenie kopii zapasowych serwera plików i poczty w urzędzie",
    ]


@pytest.mark.parametrize(
    ("read", "qty"),
    [("lszt.", 1), ("1lkpl", 1), ("2usłŁ", 2), ("15 szt«", 15)],
    ids=["l-for-1", "1l", "L-tail", "guillemet"],
)
def test_ocr_variants_of_a_quantity_with_its_unit_leave_the_name(read: str, qty: int) -> None:
    from extractors.parse.invoice import _make_item

    row = parse_row(
        f"1 Drukarka {qty} szt. 10,00 23% {10 * qty},00 {23 * qty / 10:.2f} {123 * qty / 10:.2f}".replace(".", ",")
    )
    assert row is not None and row.qty == qty
    assert _make_item(row, f"Drukarka laserowa {read} Brother HL-L5210DN", 1, False).name == (
        "Drukarka laserowa Brother HL-L5210DN"
    )


def test_a_quantity_glued_to_its_unit_is_not_read_into_the_name() -> None:
    text = _CODE_LINES.replace(
        "  2.  Wdrożenie kopii zapasowych serwera          1 usł.     3 000,00",
        "  2.  Wdrożenie kopii zapasowych serwera          1usł,      3 000,00",
    )
    doc = _parse(text, Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.items[1].name == "Wdrożenie kopii zapasowych serwera plików i poczty w urzędzie"
    assert doc.items[1].qty == Decimal(1)


def test_a_letterhead_without_nip_takes_it_from_its_own_footer_line_only() -> None:
    text = """MEGA-NET Jan Nowak
usługi informatyczne dla samorządów
                                                                FAKTURA VAT
                                                                Nr 7/06/2026/S
   Nabywca:
   Gmina Wola
                                                                Data wystawienia:  27/06/2026
   ul. Główna 1
                                                                Data dostawy:      21/06/2026
   00-002 Wola
   NIP: 599-100-33-08
 Lp.  Nazwa towaru / usługi            Ilość  J.m.  Cena netto  VAT   Wartość netto   VAT     Wartość brutto
  1.  Router Mikrotik RB5009            1     szt.    1 000,00  23%      1 000,00     230,00      1 230,00
                                                               Razem:    1 000,00     230,00      1 230,00
Bank Przykładowy S.A. · NIP 525-000-00-00
MEGA-NET Jan Nowak · ul. Hallera 3, 26-600 Radom · NIP PL5260001246 · REGON 583805402
"""
    doc = _parse(text)
    assert (doc.seller.name, doc.seller.nip) == ("MEGA-NET Jan Nowak", "5260001246")
    # the right column's dates between the buyer's lines do not end the buyer's block
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Wola", "5991003308")
    assert str(doc.sale_date) == "2026-06-21"


def test_a_number_ocr_split_at_a_narrow_gap_is_one_number_and_the_title_beside_a_date_is_ours() -> None:
    text = _CODE_LINES.replace(
        "FAKTURA VAT nr 12/2026                                    Data wystawienia: 03.03.2026",
        "Faktura      nr FV/CS/7 1/2026                          Data wykonania dostawy: 28-02-2026\n"
        "                                                        Data wystawienia: 03.03.2026",
    )
    doc = _parse(text, Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "FV/CS/71/2026"
    assert str(doc.sale_date) == "2026-02-28"


def test_protocol_names_keep_specifications_model_codes_and_commas_across_wrapped_lines() -> None:
    text = """PROTOKÓŁ ODBIORU ILOŚCIOWO-JAKOŚCIOWEGO nr 16/ODB/2026 z dnia 12-05-2026
Zamawiający:        Gmina Wola, ul. Główna 1, 00-002 Wola, NIP: 599-100-33-08
Wykonawca:          Alfa-Serwis Sp. z o.o., ul. Polna 2, 00-001 Warszawa, NIP 526-000-12-46
 Lp.  Nazwa / opis przedmiotu dostawy         Nr seryjny                  Ilość        Ilość  Zgodność z
                                                                    zamówiona   dostarczona    umową
  1.  Komputer stacjonarny HP Pro Tower 400 G9,  SN16D5326FA              1 szt.       1 szt.    TAK
     Intel Core i5-13500, 16 GB DDR4, SSD 512 GB
     NVMe, Windows 11 Pro
  2.  Przełącznik sieciowy Cisco Catalyst     SN56A961468,                3 szt.       3 szt.    TAK
     1000-24P-4G-L PoE+
Ustalenia komisji:
"""
    doc = _parse(text)
    assert isinstance(doc, Protocol)
    assert [i.name for i in doc.items] == [
        "Komputer stacjonarny HP Pro Tower 400 G9, Intel Core i5-13500, 16 GB DDR4, SSD 512 GB NVMe, Windows 11 Pro",
        "Przełącznik sieciowy Cisco Catalyst 1000-24P-4G-L PoE+",
    ]
    assert doc.items[1].serial_numbers == ("SN56A961468",)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("16/0DB/2026", "16/ODB/2026"),
        ("PR0/12/2026", "PRO/12/2026"),
        ("FV/2026/0042", "FV/2026/0042"),
        ("10/A0/2026", "10/A0/2026"),
    ],
)
def test_ocr_zero_inside_a_numbers_letter_segment_is_the_letter(read: str, meant: str) -> None:
    text = f"FAKTURA VAT nr {read}\nData wystawienia: 03.03.2026\n"
    assert _parse(text, Source.OCR).number == meant
    assert _parse(text, Source.PDF_TEXT).number == read  # a text PDF's characters are what was printed


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (["Powiat", "Sztumski   Data wystawienia: 27/06/2026", "82-400 Sztum"], "Powiat Sztumski"),  # a baseline step
        (["Gmina", "Urząd Gminy Wiśniowa", "32-412 Wiśniowa"], "Gmina"),  # the office is not the name's end
        (["Pomorskie Systemy PSI Sp.", "z o.o.", "ul. Jagiellońska 5"], "Pomorskie Systemy PSI Sp. z o.o."),
        (["Pomorskie Systemy PSI", "Sp. Z 0.0.", "ul. Jagiellońska 5"], "Pomorskie Systemy PSI Sp. z o.o."),  # OCR
    ],
)
def test_a_party_name_broken_onto_the_next_line_is_joined(block: list[str], name: str) -> None:
    from extractors.parse.parties import party_from_block

    assert party_from_block(block).name == name


def test_ocr_split_decimal_is_joined_but_a_specification_list_is_not() -> None:
    from extractors.parse.text import split_lines

    assert split_lines("Razem 14 200, 00 zł", ocr=True)[0].text == "Razem 14 200,00 zł"
    assert split_lines("400 G9, Intel Core i5-13500, 16 GB", ocr=True)[0].text == "400 G9, Intel Core i5-13500, 16 GB"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Veeam Backup 6 Replication Universal License", "Veeam Backup & Replication Universal License"),
        ("Veeam Backup 6. Replication", "Veeam Backup & Replication"),
        ("Monitor 24 cale 6 szt", "Monitor 24 cale 6 szt"),  # a figure, not an ampersand
        ("iPhone 6 Plus", "iPhone 6 Plus"),
    ],
)
def test_ocr_ampersand_read_as_six_between_capitalised_words(read: str, meant: str) -> None:
    from extractors.parse.invoice import ocr_name

    assert ocr_name(read) == meant


def test_a_podatnik_sidebar_is_the_seller_with_its_wrapped_name_and_bare_nip() -> None:
    text = """PODATNIK
                                 FAKTURA VAT
Przedsiębiorstwo Usług
Informatycznych                  Nr 0116/2026
„ALFA-NET” Jan
Nowak
                                 Data wystawienia                        Data dostawy
ul. Polna 3
                                 11.07.2026                              08.07.2026
10-691 Olsztyn
N I P
5260001246
RACHUNEK   BANKOWY
                                 NABYWCA
                                 Gmina Wola
                                 ul. Główna 1, 00-002 Wola
                                 NIP PL5991003308
"""
    doc = _parse(text)
    assert (doc.seller.name, doc.seller.nip) == (
        "Przedsiębiorstwo Usług Informatycznych „ALFA-NET” Jan Nowak",
        "5260001246",
    )
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Wola", "5991003308")


def test_a_sole_traders_spaced_letterhead_and_signature_captions() -> None:
    # The business name is spaced out up to the dates column and the owner's name is on the next
    # line; "podpis wystawcy" under the table is a caption, not the seller's heading.
    text = """P.H.U.     „BIT-SERWIS”                                       Data wystawienia:   3 marca 2026 r.
Anna Zięba
ul. Polna 2, 26-600 Radom                                          Data sprzedaży:     2 marca 2026 r.
NIP: 526-000-12-46
                                      FAKTURA  Nr 5/2026
Nabywca:
Gmina Wola
ul. Główna 1, 00-002 Wola
NIP: 599-100-33-08
 Lp.  Nazwa towaru / usługi            Ilość  J.m.  Cena netto  VAT   Wartość netto   VAT     Wartość brutto
  1.  Router Mikrotik RB5009            1     szt.    1 000,00  23%      1 000,00     230,00      1 230,00
                                                               Razem:    1 000,00     230,00      1 230,00

      ..........................                        ..........................
         podpis odbiorcy                                     podpis wystawcy
"""
    doc = _parse(text)
    assert doc.seller.nip == "5260001246"
    assert doc.seller.name == "P.H.U. „BIT-SERWIS” Anna Zięba"
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Wola", "5991003308")


def test_a_spaced_number_under_the_title_and_a_seller_named_data() -> None:
    # "nr" and a prefix with a space under the title; a company whose name begins with "Data"
    text = """Magazyn IT S.A.                                                      FAKTURA VAT
ul. Długa 4                                                        nr MG 2024/05/112
00-950 Warszawa                                                Data wystawienia: 14.05.2024
Sprzedawca                                          Nabywca
Data Systemy Sp. z o.o.                             Gmina Wola
ul. Polna 2, 26-600 Radom                           ul. Główna 1, 00-002 Wola
NIP: 526-000-12-46                                  NIP: 599-100-33-08
 Lp.  Nazwa towaru / usługi            Ilość  J.m.  Cena netto  VAT   Wartość netto   VAT     Wartość brutto
  1.  Router Mikrotik RB5009            1     szt.    1 000,00  23%      1 000,00     230,00      1 230,00
                                                               Razem:    1 000,00     230,00      1 230,00
"""
    doc = _parse(text)
    assert doc.number == "MG 2024/05/112"
    assert (doc.seller.name, doc.seller.nip) == ("Data Systemy Sp. z o.o.", "5260001246")
    assert "seller_name" not in doc.uncertain


def test_a_speck_before_the_last_amount_of_an_ocr_row() -> None:
    from extractors.parse.text import split_lines

    line = "1    Firewall Sophos XGS 126       1     szt.  8900,00   8900,00    23%   2047,00    .10 947,00"
    (cleaned,) = [ln.text for ln in split_lines(line, ocr=True) if ln.text]
    assert cleaned.endswith("2047,00 10 947,00") or cleaned.endswith("2047,00    10 947,00"), cleaned


def test_a_licence_protocol_read_under_its_header_with_a_third_party_block() -> None:
    text = """PROTOKÓŁ ODBIORU LICENCJI                                              Nr: 7/LIC/2026
Dostawca                          Odbiorca (Zamawiający)            Użytkownik licencji
SOFT-IT Sp. z o.o.                Gmina Wola                        Szkoła Podstawowa w Woli
ul. Polna 2, 26-600 Radom         ul. Główna 1, 00-002 Wola         ul. Szkolna 3, 00-002 Wola
NIP 526-000-12-46                 NIP 599-100-33-08
 Lp.  Producent    Nazwa produktu                  Kod (SKU)        Liczba   Okres            Klucz
  1   ESET         ESET PROTECT Entry              EPE-50-1Y           50    2026-02-01 –     AB12C-DE34F
  2   Veeam        Backup Essentials               V-ESS-5-1Y           5    2026-02-01 –     GH56J-KL78M
Odbiorca potwierdza otrzymanie kluczy licencyjnych.
"""
    doc = _parse(text)
    assert isinstance(doc, Protocol)
    assert [(i.name, str(i.qty)) for i in doc.items] == [("ESET PROTECT Entry", "50"), ("Backup Essentials", "5")]
    assert doc.buyer.name == "Gmina Wola"


def test_a_service_protocols_rating_column_is_not_part_of_the_name() -> None:
    text = """PROTOKÓŁ ODBIORU KOŃCOWEGO
                                Nr 3/OK/2026
ZAMAWIAJĄCY        Gmina Wola
                   NIP 599 100 33 08
WYKONAWCA          SOFT-IT Sp. z o.o.
                   NIP 526 000 12 46
 Lp.  Zakres prac / etap                              Ilość  J.m.      Data       Ocena
  1.  Wdrożenie uwierzytelniania dwuskładnikowego        1   kpl.   16.02.2026 r.  wykonano bez
      dla pracowników urzędu                                                      zastrzeżeń
Stwierdzenia / Uwagi:
 1.  Prace wykonano w terminie.
"""
    doc = _parse(text)
    assert [i.name for i in doc.items] == ["Wdrożenie uwierzytelniania dwuskładnikowego dla pracowników urzędu"]


def test_a_row_with_a_discount_column_between_price_and_value() -> None:
    from extractors.parse.rows import parse_row

    row = parse_row(
        "  2  Switch Aruba 1930 24G          12  szt.    1 100,00   8      12 144,00  23    2 793,12  14 937,12"
    )
    assert row is not None and (row.qty, row.net, row.gross) == (Decimal(12), Decimal("12144.00"), Decimal("14937.12"))


def test_dates_under_a_heading_row_with_a_block_between() -> None:
    text = """KOMP-NET Sp. z o.o.                                                    FAKTURA VAT
NIP 526-000-12-46                                                     nr FS-2026-00117
                                                     Wystawiono    Sprzedaż      Zapłata do
Nabywca:
                                                     12.03.2026    09.03.2026    26.03.2026
Gmina Wola
ul. Główna 1, 00-002 Wola
NIP: 599-100-33-08
 Lp.  Nazwa towaru / usługi            Ilość  J.m.  Cena netto  VAT   Wartość netto   VAT     Wartość brutto
  1.  Router Mikrotik RB5009            1     szt.    1 000,00  23%      1 000,00     230,00      1 230,00
                                                               Razem:    1 000,00     230,00      1 230,00
"""
    doc = _parse(text)
    assert str(doc.sale_date) == "2026-03-09"


def test_quantity_and_unit_before_the_name_and_a_dla_heading_beside_the_title() -> None:
    # An unlabelled letterhead with a NIP in 3-2-2-3 groups, the buyer under "Dla:" right of the title,
    # rows "Ilość | J.m. | Kod | Opis | …" and an exemption note under the table.
    text = """  Mazowiecki Serwis Biurowy sp. z o.o.
  ul. Grochowska 12 · 03-801 Warszawa · NIP 447-71-27-826
Faktura VAT MSB/2026/17                                    Dla:
wystawiona 2026.03.02                                      Gmina Mrozy
sprzedaż 2026.03.02                                        ul. Mazowiecka 2
                                                           05-320 Mrozy
                                                           NIP 261-97-30-691
   Ilość  J.m.  Kod       Opis                                      Cena      Wartość   St.   Wartość brutto
      2  szt.   MS-101    Niszczarka Fellowes Powershred 79Ci      612,40     1 224,80   23         1 506,50
      1  usł.   MS-200    Kurs obsługi kancelarii                2 400,00     2 400,00   zw         2 400,00
                          elektronicznej dla pracowników urzędu
zw – zwolnienie: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT (usługa kształcenia
zawodowego finansowana ze środków publicznych)
                                                           razem netto                   3 624,80
                                                           razem VAT                       281,70
                                                           razem brutto                  3 906,50
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Mazowiecki Serwis Biurowy sp. z o.o.", "4477127826")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Mrozy", "2619730691")
    assert [(i.name, i.qty, i.unit) for i in doc.items] == [
        ("Niszczarka Fellowes Powershred 79Ci", Decimal(2), "szt."),
        ("Kurs obsługi kancelarii elektronicznej dla pracowników urzędu", Decimal(1), "usł."),
    ]


def test_a_title_printed_right_of_the_sellers_heading_is_not_its_name() -> None:
    text = """Wystawca:
                                                                         FAKTURA
Podkarpackie Centrum Druku Sp. z o.o.
ul. Lwowska 8, 35-301 Rzeszów                                           nr 77/FV/2026
NIP 5239384994                                                          Rzeszów, 10.03.2026
Nabywca:
Gmina Tyczyn
NIP 7989355727
 Nazwa towaru lub usługi                      Ilość  Jedn.  Cena jedn.   Wartość   VAT     Wartość z VAT
 1. Toner Brother TN-3480                        4   szt.      310,00     1.240,00  23%       1.525,20
                                                          Ogółem:        1.240,00            1.525,20
"""
    doc = _parse(text)
    assert doc.seller.name == "Podkarpackie Centrum Druku Sp. z o.o."


def test_parties_in_a_left_sidebar_beside_the_item_table_with_the_rate_after_each_name() -> None:
    text = """FAKTURA VAT
nr 2026-04-017
                                         Pozycja                          Ilość × cena      Netto       Brutto
SPRZEDAWCA
                                         Audyt bezpieczeństwa sieci       1 × 8 214,37    8 214,37    10 103,68
Zakład Usług Sieciowych                  urzędu (VAT 23%)
NETPOL Sp. z o.o.
ul. Długa 4
80-827 Gdańsk
                                         Przełącznik Cisco CBS350-24T     2 × 2 150,00    4 300,00     5 289,00
NIP 6753989220                           (VAT 23%)
NABYWCA                                  Książka „Cyberbezpieczeństwo     4 × 50,00         200,00       210,00
Gmina Kolbudy                            w samorządzie” (VAT 5%)
Urząd Gminy Kolbudy
ul. Staropolska 1
83-050 Kolbudy
                                                                          Razem netto                12 714,37
NIP 2010713642
                                                                                  VAT                 2 888,31
PŁATNOŚĆ
przelew do 30.04.2026                   Razem do zapłaty
                                                                                  15 602,68 PLN
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Zakład Usług Sieciowych NETPOL Sp. z o.o.", "6753989220")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Kolbudy", "2010713642")
    assert [(i.name, i.qty, i.vat_rate, i.gross) for i in doc.items] == [
        ("Audyt bezpieczeństwa sieci urzędu", Decimal(1), "23", Decimal("10103.68")),
        ("Przełącznik Cisco CBS350-24T", Decimal(2), "23", Decimal("5289.00")),
        ("Książka „Cyberbezpieczeństwo w samorządzie”", Decimal(4), "5", Decimal("210.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("12714.37"),
        Decimal("2888.31"),
        Decimal("15602.68"),
    )


def test_item_blocks_with_the_value_before_its_label_and_a_decimal_in_the_name() -> None:
    text = """Faktura                                                     02.02.2026
F/7/02/2026                                                 data wystawienia
OD
Pomorskie Systemy IT Sp. z o.o.
NIP 1518471566
DLA
Gmina Kolbudy
NIP 2010713642
1. Dysk Samsung 870 EVO 2,5" 1TB
   4 szt. × 389,00 zł = 1 556,00 zł netto
   VAT 23%: 357,88 zł  ·  brutto 1 913,88 zł
2. Serwer HPE ProLiant ML30 Gen11 2x1,92TB
   1 szt. × 9 800,00 zł = 9 800,00 zł netto
   VAT 23%: 2 254,00 zł  ·  brutto 12 054,00 zł
                                                 Netto            11 356,00 zł
                                                  VAT              2 611,88 zł
                                                Brutto            13 967,88 zł
"""
    doc = _parse(text)
    assert [(i.name, i.qty, i.net, i.gross) for i in doc.items] == [
        ('Dysk Samsung 870 EVO 2,5" 1TB', Decimal(4), Decimal("1556.00"), Decimal("1913.88")),
        ("Serwer HPE ProLiant ML30 Gen11 2x1,92TB", Decimal(1), Decimal("9800.00"), Decimal("12054.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("11356.00"),
        Decimal("2611.88"),
        Decimal("13967.88"),
    )


def test_a_correction_with_before_after_and_difference_column_groups_in_one_row() -> None:
    text = """FAKTURA KORYGUJĄCA
nr KOR/3/2026                                                   Data wystawienia: 12.05.2026
Dotyczy faktury nr FV/101/2026 z dnia 20.04.2026
Sprzedawca                                          Nabywca
Kujawskie Centrum Sprzętu Sp. z o.o.                Gmina Łapy
NIP 5239384994                                      NIP 9818365536
                                   PRZED KOREKTĄ              PO KOREKCIE                 KOREKTA
 Lp  Nazwa                   Ilość  Cena netto    Netto  Ilość  Cena netto    Netto      Netto     VAT     Brutto
  1  Monitor Dell P2425H 24"    6     712,40   4 274,40     6     650,00   3 900,00    -374,40  -86,11    -460,51
  2  Stacja dokująca Lenovo     4     899,00   3 596,00     2     899,00   1 798,00  -1 798,00  -413,54  -2 211,54
     ThinkPad Universal USB-C
Stawka     Netto przed    VAT przed    Netto po    VAT po    Różnica netto   Różnica VAT   Różnica brutto
23%           7 870,40     1 810,19    5 698,00   1 310,54      -2 172,40       -499,65        -2 672,05
"""
    doc = _parse(text)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.vat, i.before_correction) for i in doc.items] == [
        ('Monitor Dell P2425H 24"', Decimal(6), Decimal("4274.40"), Decimal("983.11"), True),
        ('Monitor Dell P2425H 24"', Decimal(6), Decimal("3900.00"), Decimal("897.00"), False),
        ("Stacja dokująca Lenovo ThinkPad Universal USB-C", Decimal(4), Decimal("3596.00"), Decimal("827.08"), True),
        ("Stacja dokująca Lenovo ThinkPad Universal USB-C", Decimal(2), Decimal("1798.00"), Decimal("413.54"), False),
    ]


def test_a_few_letters_above_the_letterhead_are_not_the_sellers_name() -> None:
    # OCR made "KAI" of the bold "Wystawca:" heading above the company's own lines.
    text = """KAI
                                                                     FAKTURA
Lubuskie Centrum Serwisowe Sp. z o.o.
ul. Bohaterów Westerplatte 9, 65-034 Zielona Góra                  nr 41/FVS/2026
NIP 1518471566  REGON 081234567                                    Zielona Góra, 03.03.2026
Nabywca:                                                  Odbiorca:
Gmina Świdnica                                            Urząd Gminy Świdnica
NIP 9818365536
 Nazwa towaru lub usługi                      Ilość  Jedn.  Cena jedn.   Wartość   VAT     Wartość z VAT
 1. Toner Brother TN-3480                        4   szt.      310,00     1.240,00  23%       1.525,20
"""
    doc = _parse(text, Source.OCR)
    assert (doc.seller.name, doc.seller.nip) == ("Lubuskie Centrum Serwisowe Sp. z o.o.", "1518471566")


def test_ocr_column_groups_with_a_garbled_quantity_heading_and_dotted_decimals() -> None:
    text = """FAKTURA KORYGUJĄCA nr KOR/9/2026
Sprzedawca                                          Nabywca
Kujawskie Centrum Sprzętu Sp. z o.o.                Gmina Łapy
NIP 5239384994                                      NIP 9818365536
                               PRZED KOREKTĄ             PO KOREKCIE                KOREKTA
 Łp  Nazwa               llość  Cena netto    Netto  łlość  Cena netto    Netto      Netto     VAT     Brutto
  1  Router MikroTik        3     712,40   2 137.20     2     712,40   1 424.80    -712,40  -163,85    -876,25
Stawka     Netto przed    VAT przed    Netto po    VAT po    Różnica netto   Różnica VAT   Różnica brutto
23%           2 137,20       491,56    1 424,80     327,70        -712,40       -163,86          -876,26
"""
    doc = _parse(text, Source.OCR)
    assert [(i.qty, i.net, i.before_correction) for i in doc.items] == [
        (Decimal(3), Decimal("2137.20"), True),
        (Decimal(2), Decimal("1424.80"), False),
    ]
