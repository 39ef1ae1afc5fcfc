"""Layouts that label little: a foreign ERP's invoice (letterhead at the left, the customer at the
right, no "Sprzedawca"/"Nabywca"; a row of date labels over their dates; a tax column printing
"VAT 23%"; English digit grouping; "Kwota bez podatku"), an OT form taking a fixed asset into use,
a subscription's period wrapped under its name, a currency named only by its label or its totals,
and a commission's protocol whose signature area names a role."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from extractors.models import DocumentKind, Invoice, Protocol, Source
from extractors.parse import parse_text

_FOREIGN_ERP = """\
Baltic Data Systems Polska Sp. z o.o.
ul. Morska 12
81-300 Gdynia
Poland
NIP: PL7790000149
                                                             Gmina Baranów
                                                             Urząd Gminy Baranów
                                                             ul. Rynek 1
                                                             63-604 Baranów
                                                             NIP: 6191906446
Faktura INV/2026/00077
Data faktury:             Termin płatności:         Data dostawy:             Źródło:
2026-03-02                2026-03-16                2026-02-27                S10021
 Opis                                                   Ilość    Cena jedn.  Podatki             Kwota
 Drukarka laserowa Brother HL-L5210DN                    2.00      1,250.00  VAT 23%          2,500.00 zł
                                                     Jednostki
 Licencja antywirusowa na 1 rok                      10.00 lic.      50.00  VAT 23%            500.00 zł
                                                                  Kwota bez podatku          3,000.00 zł
                                                                  VAT 23%                      690.00 zł
                                                                  Razem                      3,690.00 zł
"""


def test_a_foreign_erp_invoice_without_party_labels() -> None:
    doc = parse_text(_FOREIGN_ERP, file="odoo.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Baltic Data Systems Polska Sp. z o.o.", "7790000149")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Baranów", "6191906446")
    # the sale date is the one under "Data dostawy", not the due date beside it
    assert (doc.issue_date, doc.sale_date) == (date(2026, 3, 2), date(2026, 2, 27))
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Drukarka laserowa Brother HL-L5210DN", D("2"), D("2500.00")),
        ("Licencja antywirusowa na 1 rok", D("10"), D("500.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("3000.00"), D("690.00"), D("3690.00"))


_PERIODS_AND_NOTES = """\
FAKTURA VAT nr LIC/12/2026
Sprzedawca                                                   Nabywca
Serwis IT Sp. z o.o.                                         Gmina Baranów
NIP 7790000149                                               NIP 6191906446
Lp.  Produkt / okres licencji                            Ilość   Cena jedn.         Netto   VAT          Brutto
 1   Subskrypcja Microsoft 365 Business Standard, okres  5 lic.     1 000,00      5 000,00  23%        6 150,00
     subskrypcji 01.07.2026–30.06.2027
 2   Wsparcie techniczne Gold,                           1 usł.     2 000,00      2 000,00  23%        2 460,00
     okres subskrypcji 01.07.2026–30.06.2027
 poz. 1: Contract ID 55481753, odnowienie automatyczne: nie
 poz. 2: Contract ID 24801898, odnowienie automatyczne: nie
                                                                     Razem netto:                7 000,00 zł
                                                                     Razem VAT:                  1 610,00 zł
                                                                     Razem brutto:               8 610,00 zł
"""


def test_a_period_wrapped_under_the_name_and_notes_on_rows_under_the_table() -> None:
    doc = parse_text(_PERIODS_AND_NOTES, file="lic.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Subskrypcja Microsoft 365 Business Standard, okres subskrypcji 01.07.2026–30.06.2027",
        "Wsparcie techniczne Gold, okres subskrypcji 01.07.2026–30.06.2027",
    ]


_OT = """\
 Urząd Gminy Baranów                                                                 Data przyjęcia: 12.05.2026
                            OT – PRZYJĘCIE ŚRODKA TRWAŁEGO
                                                 nr OT 7/2026
 Jednostka przyjmująca:      Gmina Baranów, ul. Rynek 1, 63-604 Baranów, NIP 619-19-06-446
 Dostawca:                   Serwis IT Sp. z o.o., 60-100 Poznań, NIP 7790000149
 Dowód zakupu:               faktura FV/88/05/2026 z dnia 10.05.2026
Lp.  Nazwa środka trwałego                  Nr inwentarzowy   KŚT     Ilość  Stawka              Wartość
                                                                            amort. %         początkowa
 1   Serwer Dell PowerEdge R360              4-491/001/26     491        1    30,00            24 600,00
 2   Macierz Synology RS1221+                4-491/002/26     491        2    30,00            18 450,00
                                                             Razem wartość początkowa: 43 050,00 zł
              Sporządził                          Przekazujący                   Główny księgowy / Skarbnik
"""


def test_an_ot_form_is_a_protocol_of_taking_a_fixed_asset_into_use() -> None:
    doc = parse_text(_OT, file="ot.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert doc.kind == DocumentKind.PROTOCOL
    assert doc.date == date(2026, 5, 12)  # the form's own date, not the invoice's beside "z dnia"
    assert (doc.seller.nip, doc.buyer.name, doc.buyer.nip) == ("7790000149", "Gmina Baranów", "6191906446")
    # the count under "Ilość", not the depreciation rate standing just right of it
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Serwer Dell PowerEdge R360", D("1")),
        ("Macierz Synology RS1221+", D("2")),
    ]


_EUR = """\
                                                                                Data wystawienia: 19.06.2026
 Faktura VAT nr 14/EUR/2026                                                     Waluta faktury: EUR
 Sprzedawca                                            Nabywca
 Serwis IT Sp. z o.o.                                  Gmina Baranów
 NIP 7790000149                                        NIP 6191906446
Lp.  Nazwa                                     Ilość   Cena netto   Netto EUR  VAT   Kwota VAT  Brutto EUR
 1  Konfiguracja sieci VLAN                     1 usł.     100,00      100,00  23%        23,00     123,00
                                                             Wartość netto: 100,00 EUR
                                                             Kwota VAT: 23,00 EUR
                                                             Wartość brutto: 123,00 EUR
  Przeliczenia VAT dokonano wg kursu średniego NBP: 1 EUR = 4,3173 PLN. Kwota VAT w PLN: 99,30 zł
"""


def test_the_currency_named_by_its_label() -> None:
    doc = parse_text(_EUR, file="eur.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.currency == "EUR"


def test_the_currency_printed_with_the_gross_total() -> None:
    doc = parse_text(_EUR.replace("Waluta faktury: EUR", ""), file="eur.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.currency == "EUR"


_COMMISSION_SIGNED = """\
 Powiat Wołomiński                                                                          Wołomin, 10.03.2026
                  PROTOKÓŁ ODBIORU KOŃCOWEGO nr 3/KO/2026
 Komisja w składzie: 1) Jan Nowak – przewodniczący, 2) Anna Kot – członek, dokonała odbioru przedmiotu
 zamówienia dostarczonego przez Wykonawcę: Serwis IT Sp. z o.o., ul. Długa 5, 60-100 Poznań, NIP 779-000-01-49,
 na rzecz Zamawiającego: Gmina Baranów, ul. Rynek 1, 63-604 Baranów, NIP 619-19-06-446.
Lp.  Nazwa urządzenia                                           Numer seryjny        Ilość       Stan
 1   Przełącznik sieciowy 24 porty                              SNXNR84AAX             1      sprawny
 Komisja:                                                                          Wykonawca:
 1. Jan Nowak
 2. Anna Kot
"""


def test_a_role_in_the_signature_area_does_not_replace_the_party_named_with_its_nip() -> None:
    doc = parse_text(_COMMISSION_SIGNED, file="ko.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert (doc.seller.name, doc.seller.nip) == ("Serwis IT Sp. z o.o.", "7790000149")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Baranów", "6191906446")


_DATES_RIGHT_OF_THEIR_LABELS = """\
  ZETO-Software Sp. z o.o.                                              Faktura VAT FA/42/2026
  pl. Wolności 4, 90-410 Łódź                                 Data wystawienia           Data sprzedaży
  NIP: 779-000-01-49
                                                                            15.04.2026                 13.04.2026
 Nabywca:    Gmina Baranów
             NIP: 619-19-06-446
"""


def test_dates_printed_right_of_their_labels_when_ocr_joined_words_before_them() -> None:
    # OCR's text joins "4, 90-410" into one word: the label is found again in the raw line
    doc = parse_text(_DATES_RIGHT_OF_THEIR_LABELS, file="optima.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.issue_date, doc.sale_date) == (date(2026, 4, 15), date(2026, 4, 13))


def test_an_ot_form_read_without_accents_is_still_a_protocol() -> None:
    doc = parse_text(_OT.replace("ŚRODKA", "SRODKA"), file="ot.png", source=Source.OCR)
    assert isinstance(doc, Protocol)


def test_a_scanned_number_with_a_letter_beside_an_o_or_zero_is_uncertain() -> None:
    doc = parse_text(_COMMISSION_SIGNED.replace("3/KO/2026", "3/K0/2026"), file="ko.png", source=Source.OCR)
    assert doc.number == "3/K0/2026"  # "A0", "K0" are printed too: not repaired, but not trusted either
    assert "number" in doc.uncertain
    assert "number" not in parse_text(_COMMISSION_SIGNED, file="ko.pdf", source=Source.PDF_TEXT).uncertain


def test_an_invoice_with_neither_items_nor_amounts_is_uncertain_of_its_kind() -> None:
    doc = parse_text(
        "FAKTURA VAT nr 1/2026\nSprzedawca: Serwis IT Sp. z o.o.\nNIP 7790000149\n",
        file="x.pdf",
        source=Source.PDF_TEXT,
    )
    assert isinstance(doc, Invoice)
    assert "kind" in doc.uncertain
    assert "kind" not in parse_text(_FOREIGN_ERP, file="odoo.pdf", source=Source.PDF_TEXT).uncertain


def test_a_tax_column_as_ocr_reads_it() -> None:
    # "VAT23%" with its space lost, "VAT 2. 23%" with a speck before the rate, "1.250.00" with a dot
    text = _FOREIGN_ERP.replace("VAT 23%          2,500.00", "VAT 2. 23%       2.500.00").replace(
        "VAT 23%            500.00", "VAT23%             500.00"
    )
    doc = parse_text(text, file="odoo.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert [(i.qty, i.net, i.vat_rate) for i in doc.items] == [
        (D("2"), D("2500.00"), "23"),
        (D("10"), D("500.00"), "23"),
    ]


@pytest.mark.parametrize("read", ["160,00", "10,00"], ids=["one-digit", "digits-lost"])
def test_a_scanned_total_both_checks_contradict_alike_is_put_right_and_stays_uncertain(read: str) -> None:
    text = _EUR.replace("Wartość netto: 100,00 EUR", f"Wartość netto: {read} EUR")
    doc = parse_text(text, file="eur.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.net_total == D("100.00")
    assert "net_total" in doc.uncertain
    assert any(w.code == "total_ocr_fixed" and read in w.message for w in doc.warnings)
    # a text PDF prints what it prints: the disagreement is reported, the total kept
    kept = parse_text(text, file="eur.pdf", source=Source.PDF_TEXT)
    assert isinstance(kept, Invoice)
    assert kept.net_total == D(read.replace(",", ".")) and "net_total" in kept.uncertain


def test_a_total_that_only_disagrees_with_its_lines_is_not_changed() -> None:
    text = _EUR.replace("Wartość netto: 100,00 EUR", "Wartość netto: 160,00 EUR").replace(
        "Wartość brutto: 123,00 EUR", "Wartość brutto: 183,00 EUR"
    )
    doc = parse_text(text, file="eur.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.gross_total) == (D("160.00"), D("183.00"))
    assert "net_total" in doc.uncertain


def test_no_items_read_is_no_count_of_items() -> None:
    text = _COMMISSION_SIGNED.split("Lp.")[0]  # the table lost (a photo cut it off)
    doc = parse_text(text, file="ko.jpg", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert doc.items == () and "items" in doc.uncertain
    assert "items" not in parse_text(_COMMISSION_SIGNED, file="ko.pdf", source=Source.PDF_TEXT).uncertain


def test_a_count_heading_ocr_read_with_an_extra_stroke() -> None:
    doc = parse_text(_COMMISSION_SIGNED.replace("Ilość", "lliość"), file="ko.jpg", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [("Przełącznik sieciowy 24 porty", D("1"))]
