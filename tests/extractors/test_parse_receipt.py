"""Layouts read since the blind2 batch became development material: a till-printed invoice strip,
a protocol with a serial-number and a state column, a number under a title printed beside a heading,
"(nie pro forma)", a row of dates under one heading, a totals block of "Netto:" / "VAT 23%:" labels."""

from __future__ import annotations

from decimal import Decimal

from extractors.models import DocumentKind, Invoice, Protocol, Source
from extractors.parse import detect_kind, parse_text

STRIP = """        KOMPNET Sp. z o.o.
        NIP 525-238-71-07
----------------------------------------
               FAKTURA VAT
            nr 41/F/2026/K1
----------------------------------------
NABYWCA:
Gmina Dobra
NIP: 599-100-33-08
----------------------------------------
Przełącznik zarządzalny 24 porty
PoE+
              2 szt. x1230,00 2460,00 A
Toner do drukarki
              1 szt. x108,00 108,00 B
----------------------------------------
PTU A 23,00 %                      460,00
PTU B 8,00 %                         8,00
SUMA PTU                           468,00
WARTOŚĆ NETTO                     2100,00
SUMA PLN                          2568,00
"""


def test_a_till_printed_invoice_strip_is_read_line_by_line() -> None:
    doc = parse_text(STRIP, file="kasa.txt", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.vat_rate, i.gross) for i in doc.items] == [
        ("Przełącznik zarządzalny 24 porty PoE+", Decimal("2"), "23", Decimal("2460.00")),
        ("Toner do drukarki", Decimal("1"), "8", Decimal("108.00")),
    ]
    assert (doc.items[0].net, doc.items[1].net) == (Decimal("2000.00"), Decimal("100.00"))
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("2100.00"),
        Decimal("468.00"),
        Decimal("2568.00"),
    )
    assert doc.number == "41/F/2026/K1" and doc.buyer.name == "Gmina Dobra"


def test_protocol_serial_and_state_columns_stay_out_of_the_name() -> None:
    text = """PROTOKÓŁ ODBIORU nr 9/2026
 Lp.  Nazwa sprzętu                          Numer seryjny / klucz        Ilość  J.m.    Stan
  1   Serwer Dell PowerEdge R350 z           SN7XK93CN1                       1  szt.    nowy,
      dyskami SSD                                                                        kompletny
  2   Czytnik e-dowodu                       S/N 4F5A6B7C                     2  szt.    nowy
"""
    doc = parse_text(text, file="p.txt", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty, i.serial_numbers) for i in doc.items] == [
        ("Serwer Dell PowerEdge R350 z dyskami SSD", Decimal("1"), ("SN7XK93CN1",)),
        ("Czytnik e-dowodu", Decimal("2"), ("4F5A6B7C",)),
    ]


def test_number_under_a_title_beside_a_heading_dates_in_a_row_and_label_totals() -> None:
    text = """Nabywca                                                   Faktura VAT
Gmina Dobra                                                 FS-12/26
NIP 599-100-33-08
DATY          wystawienia 12.09.2026      sprzedaży 11.09.2026
Sprzedawca
KOMPNET Sp. z o.o.
NIP 525-238-71-07
Lp. Usługa                       Ilość   J.m.   Stawka    Netto    VAT     Brutto
 1.  Administrowanie serwerami     2,5   godz.   200,00   500,00   23%     615,00
Łącznie przepracowano: 2,5 godz.                       Netto: 500,00 zł
                                                    VAT 23%: 115,00 zł
                                                     Brutto: 615,00 zł
"""
    doc = parse_text(text, file="f.txt", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.number == "FS-12/26"
    assert str(doc.sale_date) == "2026-09-11"
    assert [i.name for i in doc.items] == ["Administrowanie serwerami"]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (Decimal("500.00"), Decimal("115.00"), Decimal("615.00"))


def test_an_invoice_saying_it_is_not_a_pro_forma_is_an_invoice() -> None:
    assert detect_kind("FAKTURA\ndokument sprzedaży – faktura VAT (nie pro forma)") is DocumentKind.INVOICE
    assert detect_kind("FAKTURA PRO FORMA nr 3/2026") is DocumentKind.UNKNOWN


def test_a_correction_printed_as_one_card_per_line() -> None:
    text = """FAKTURA KORYGUJĄCA nr KOR/7/2026
Korekta do faktury nr FV/70/2026 z dnia 2026-02-01
Sprzedawca: KOMPNET Sp. z o.o. NIP 525-238-71-07
Nabywca: Gmina Dobra NIP 599-100-33-08

Poz. 1 – Switch zarządzalny 48 portów
                 Ilość   Cena netto   Wartość netto   VAT %   Kwota VAT   Wartość brutto
stan przed korektą   4     1 000,00       4 000,00       23      920,00         4 920,00
stan po korekcie     3     1 000,00       3 000,00       23      690,00         3 690,00
różnica             -1         0,00      -1 000,00              -230,00        -1 230,00
"""
    doc = parse_text(text, file="k.txt", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice) and doc.kind is DocumentKind.CORRECTION
    assert [(i.before_correction, i.qty, i.net) for i in doc.items] == [
        (True, Decimal("4"), Decimal("4000.00")),
        (False, Decimal("3"), Decimal("3000.00")),
    ]
    assert {i.name for i in doc.items} == {"Switch zarządzalny 48 portów"}


def test_a_protocol_in_prose_names_its_parties_in_a_sentence_and_lists_its_items() -> None:
    text = """Protokół odbioru usług nr 5/US/2026
Sporządzony dnia 3 marca 2026 r. pomiędzy Gmina Dobra, ul. Rynek 1, 00-001 Dobra, NIP 599-100-33-08,
zwaną dalej Zamawiającym, a KOMPNET Sp. z o.o., ul. Polna 3, 00-002 Warszawa, NIP 5252387107,
zwaną dalej Wykonawcą.
2. Zamawiający odbiera następujące usługi:
    a) Wdrożenie systemu kopii zapasowych – 1 usł.
    b) Szkolenie z cyberhigieny dla pracowników - 2 szkol.
"""
    doc = parse_text(text, file="p.txt", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert (doc.seller.name, doc.seller.nip) == ("KOMPNET Sp. z o.o.", "5252387107")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Dobra", "5991003308")
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Wdrożenie systemu kopii zapasowych", Decimal("1")),
        ("Szkolenie z cyberhigieny dla pracowników", Decimal("2")),
    ]


def test_a_quantity_cell_with_its_unit_and_a_remarks_column() -> None:
    text = """PROTOKÓŁ ZDAWCZO-ODBIORCZY nr 8/2026
 Lp.   Nazwa sprzętu / usługi                                     Ilość    Wartość netto Uwagi
  1.   Wdrożenie SIEM wraz z                                      1 usł.       31 825,96 bez uwag
       konfiguracją reguł
  2.   Przełącznik 24 porty                                       12 szt.       9 332,66 bez uwag
"""
    doc = parse_text(text, file="p.txt", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty, i.unit) for i in doc.items] == [
        ("Wdrożenie SIEM wraz z konfiguracją reguł", Decimal("1"), "usł."),
        ("Przełącznik 24 porty", Decimal("12"), "szt."),
    ]


def test_ksef_visualisation_parties_and_per_rate_sums_in_words() -> None:
    text = """Faktura VAT
Kolejny numer faktury: 12/04/2026/KSEF
Data wystawienia (P_1): 2026-01-29
 Podmiot1 (sprzedawca)                                            Podmiot2 (nabywca)
 NIP 5252387107                                                   NIP 5991003308
 KOMPNET Sp. z o.o.                                               Gmina Dobra
  Nr    P_7 Nazwa                                         P_8A       P_8B       P_9A Cena     P_11 Wartość      P_12
   1    Serwer Dell R350                                  szt.          2         5000.00           10000.00    23
   2    Licencja antywirusa                               szt.         10          100.00            1000.00     8
Suma wartości sprzedaży netto (23%): 10000.00 podatek: 2300.00
Suma wartości sprzedaży netto (8%): 1000.00 podatek: 80.00
P_15 Kwota należności ogółem: 13380.00 PLN
"""
    doc = parse_text(text, file="ksef.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip, doc.buyer.name) == ("KOMPNET Sp. z o.o.", "5252387107", "Gmina Dobra")
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("11000.00"),
        Decimal("2380.00"),
        Decimal("13380.00"),
    )


def test_a_gross_priced_receipt_invoice_with_its_rate_sums_in_a_sentence() -> None:
    text = """        KOMPNET Sp. z o.o.
              NIP 525-238-71-07
        FAKTURA VAT nr FP/7/2026
              do paragonu nr 501
Nabywca:
Gmina Dobra
NIP 599-100-33-08
Nazwa                                          Ilość       Cena    St.   Wartość
                                                          brutto          brutto
Dysk SSD 1TB                                      2       123,00   23      246,00
Sprzedaż opodatkowana 23%: netto 200,00 VAT 46,00 brutto 246,00
RAZEM BRUTTO: 246,00 PLN
"""
    doc = parse_text(text, file="fp.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "KOMPNET Sp. z o.o." and doc.items[0].gross == Decimal("246.00")
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (Decimal("200.00"), Decimal("46.00"), Decimal("246.00"))


def test_a_correction_with_both_states_side_by_side_in_one_row() -> None:
    rows = [
        "Lp   Nazwa                            Było:  Było: cena  Było: netto  Było: brutto  Jest:  Jest: cena"
        "  Jest: netto  Jest: brutto  VAT",
        "1    Licencja antywirusa (12 mies.)     20      100,00     2.000,00      2.460,00     20       90,00"
        "     1.800,00      2.214,00  23%",
        "2    Router LTE z anteną                 2      500,00     1.000,00      1.230,00      1      500,00"
        "       500,00        615,00  23%",
        "     zewnętrzną",
    ]
    head = "FAKTURA VAT KORYGUJĄCA FK 3/2026\nDotyczy faktury: FV/98/2026 z 2026-01-29\n"
    parties = "Sprzedawca: KOMPNET Sp. z o.o. NIP 525-238-71-07\nNabywca: Gmina Dobra NIP 599-100-33-08\n"
    tail = (
        "Przyczyna korekty: błędna cena                          Korekta wartości netto: -700,00 PLN\n"
        "                                                        Korekta VAT: -161,00 PLN\n"
        "                                                        Korekta brutto: -861,00 PLN\n"
    )
    doc = parse_text(head + parties + "\n".join(rows) + "\n" + tail, file="k.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice) and doc.kind is DocumentKind.CORRECTION
    assert [(i.position, i.before_correction, i.qty, i.net) for i in doc.items] == [
        (1, True, Decimal("20"), Decimal("2000.00")),
        (1, False, Decimal("20"), Decimal("1800.00")),
        (2, True, Decimal("2"), Decimal("1000.00")),
        (2, False, Decimal("1"), Decimal("500.00")),
    ]
    assert doc.items[0].name == "Licencja antywirusa (12 mies.)"
    assert doc.items[3].name == "Router LTE z anteną zewnętrzną"
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("-700.00"),
        Decimal("-161.00"),
        Decimal("-861.00"),
    )


def test_a_misread_rate_line_keeps_the_other_rates_from_passing_for_the_totals() -> None:
    """OCR garbled the 23 % line; the 8 % line alone must not become the document's VAT and gross."""
    text = """Faktura VAT
Kolejny numer faktury: 12/04/2026/KSEF
 Podmiot1 (sprzedawca)                                            Podmiot2 (nabywca)
 NIP 5252387107                                                   NIP 5991003308
  Nr    P_7 Nazwa                                         P_8A       P_8B       P_9A Cena     P_11 Wartość      P_12
   1    Serwer Dell R350                                  szt.          2         5000.00           10000.00    23
   2    Licencja antywirusa                               szt.         10          100.00            1000.00     8
Suma wartości sprzedaży netto (23%): 10000.00 podate<: 23OO.:0O
Suma wartości sprzedaży netto (8%): 1000.00 podatek: 80.00
P_15 Kwota należności ogółem: 13380.00 PLN
"""
    doc = parse_text(text, file="ksef.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.vat_total != Decimal("80.00") and doc.gross_total != Decimal("1080.00")
    assert any("podsumowania VAT" in w.message for w in doc.warnings)
