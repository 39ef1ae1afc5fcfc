"""Blocks and columns read by where they stand: a date column beside a party heading, a seller named
only in the page footer (its NIP on the footer's next line), a totals row that leaves the VAT column
empty, a partial acceptance that prints the ordered and the received count, and parties named in a
commission's sentence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from extractors.models import Invoice, Protocol, Source
from extractors.parse import parse_text

_DATES_BESIDE_HEADING = """\
                                 Faktura VAT nr 88/2026/K
Sprzedawca
                                                                  Data wystawienia: 12.02.2026
Usługi Informatyczne Anna Lis
                                                                  Data sprzedaży: 10.02.2026
ul. Polna 3
60-100 Poznań
NIP 779-000-01-49
Nabywca
Gmina Kleszczewo
ul. Szkolna 1
63-005 Kleszczewo
NIP 777-318-40-69
Lp  Nazwa                                      Ilość  J.m.  Cena netto      Wartość  VAT        Wartość
                                                                              netto               brutto
 1  Przełącznik sieciowy 24 porty                  1  szt.    1 000,00     1 000,00  23%        1 230,00
                                                                Razem 23%      1 000,00    230,00    1 230,00
"""


def test_a_date_column_beside_a_party_heading_is_not_the_end_of_its_block() -> None:
    doc = parse_text(_DATES_BESIDE_HEADING, file="dates.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Usługi Informatyczne Anna Lis", "7790000149")
    assert (doc.issue_date, doc.sale_date) == (date(2026, 2, 12), date(2026, 2, 10))


_FOOTER_SELLER_NO_VAT_TOTAL = """\
NetLink                                                                         FAKTURA VAT
Internet dla firm i urzędów                                                    nr 2026/05/3321
Data wystawienia: 03.06.2026                               Nabywca
Termin płatności: 17.06.2026                               Gmina Osiek
                                                           ul. Rynek 2
                                                           27-670 Osiek
                                                           NIP 864-189-21-08
 Usługa                                               Ilość     Cena jedn.         Netto   VAT          Brutto
 Dostęp do Internetu 600 Mb/s                             1        300,0000       300,00   23%           369,00
 Adres IP stały                                           2         25,0000        50,00   23%            61,50
 Razem                                                                             350,00                430,50
NetLink Telekomunikacja Sp. z o.o., ul. Kolejowa 8, 25-001 Kielce
NIP 6572909482, Sąd Rejonowy w Kielcach KRS 0000111111
"""


def test_a_seller_named_in_the_footer_with_its_nip_on_the_next_line() -> None:
    doc = parse_text(_FOOTER_SELLER_NO_VAT_TOTAL, file="telco.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("NetLink Telekomunikacja Sp. z o.o.", "6572909482")


def test_a_totals_row_under_the_net_and_gross_columns_leaves_the_vat_as_their_difference() -> None:
    doc = parse_text(_FOOTER_SELLER_NO_VAT_TOTAL, file="telco.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("350.00"), D("80.50"), D("430.50"))
    assert "gross_total" not in doc.uncertain


_PARTIAL = """\
              PROTOKÓŁ ODBIORU CZĘŚCIOWEGO nr 7/2026
 Zamawiający:     Gmina Baranów
                  ul. Rynek 1, 63-604 Baranów
                  NIP 619-19-06-446
 Wykonawca:       Serwis IT Sp. z o.o.
                  ul. Długa 5, 60-100 Poznań
                  NIP 779-000-01-49
Lp.  Przedmiot odbioru                            J.m.  Zamówiono  Odebrano   Uwagi
 1.  Monitor 27 cali z regulacją wysokości         szt.         10          6  brak 4 szt.
 2.  Stacja dokująca USB-C                         szt.          4          4  bez uwag
 Zastrzeżenia:
 1) poz. 1: brakuje 4 szt. – dostawa w terminie do 7 dni
"""


def test_a_partial_acceptance_counts_what_was_received_not_what_was_ordered() -> None:
    doc = parse_text(_PARTIAL, file="partial.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty, i.unit) for i in doc.items] == [
        ("Monitor 27 cali z regulacją wysokości", D("6"), "szt."),
        ("Stacja dokująca USB-C", D("4"), "szt."),
    ]


_COMMISSION = """\
Urząd Gminy                                                        Kłodawa, 4 czerwca 2026 r.
           PROTOKÓŁ ODBIORU KOŃCOWEGO Nr 12/2026
Komisja w składzie: 1) Jan Nowak – przewodniczący, 2) Anna Kot – członek, powołana przez
Zamawiającego: Gmina Kłodawa, ul. Rynek 1, 62-650 Kłodawa, NIP 666-20-79-015, dokonała odbioru
przedmiotu zamówienia zrealizowanego przez Wykonawcę: Serwis IT Sp. z o.o., ul. Długa 5,
60-100 Poznań, NIP 779-000-01-49, w ramach projektu „Cyfrowa Gmina”.
Komisja stwierdza, że Wykonawca dostarczył:
   1) Serwer plików z dyskami 4 TB – 1 szt.
"""


def test_parties_named_role_first_in_a_commissions_sentence() -> None:
    doc = parse_text(_COMMISSION, file="prose.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert (doc.seller.name, doc.seller.nip) == ("Serwis IT Sp. z o.o.", "7790000149")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Kłodawa", "6662079015")


def test_a_partial_acceptance_whose_count_headings_ocr_glued_together() -> None:
    # OCR read "Zamówiono" as "itamówiono" and glued it to "J.m."; the counts keep the headings' order
    text = _PARTIAL.replace("J.m.  Zamówiono  Odebrano", "J.m. itamówiono   Odebrano")
    doc = parse_text(text, file="partial.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert [i.qty for i in doc.items] == [D("6"), D("4")]


_COMMAS_LOST = """\
Faktu ra VAT FV/31/2026                                                Data wystawienia: 12.03.2026
Sprzedawca:                                               Nabywca:
Serwis IT Sp. z o.o.                                      Gmina Baranów
ul. Długa 5, 60-100 Poznań                                ul. Rynek 1, 63-604 Baranów
NIP: 779-000-01-49                                        NIP: 619-19-06-446
tp Nazwa                                       u|im.      cjnetto    Wart.netto St.VAT   Kw.VAT Wart.brutto
 1  Przełącznik sieciowy 48 portów            4  szt.   2150,25     860100    23%     197823      1057923
 2  Licencja antywirusowa na 2 lata           10 lic.     120,00     1200,00  23%     276,00     1476,00
Razem do zapłaty: 12 055,23 PLN
"""


def test_amounts_whose_comma_ocr_dropped_are_read_when_the_row_adds_up() -> None:
    doc = parse_text(_COMMAS_LOST, file="erp.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "FV/31/2026"  # the title's letters split apart
    first = doc.items[0]
    assert (first.qty, first.unit_net, first.net, first.vat, first.gross) == (
        D("4"),
        D("2150.25"),
        D("8601.00"),
        D("1978.23"),
        D("10579.23"),
    )
    assert (doc.net_total, doc.gross_total) == (D("9801.00"), D("12055.23"))


def test_an_integer_that_does_not_add_up_as_an_amount_is_not_given_a_comma() -> None:
    text = _COMMAS_LOST.replace("860100", "860111")
    doc = parse_text(text, file="erp.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.items[0].net != D("8601.11")


def test_a_number_shaped_like_a_date_is_not_the_documents_date() -> None:
    from extractors.parse.dates import find_dates

    assert [d for _, d in find_dates("Nr protokołu: PI-22/08/2026   Data: 2026-10-22")] == [date(2026, 10, 22)]
    assert [d for _, d in find_dates("Okres: 01.09.2026-30.09.2026")] == [date(2026, 9, 1), date(2026, 9, 30)]


_NAME_AROUND_ITS_LP = """\
Lp.           Nazwa towaru lub usługi          J.m.  Ilość  Cena jedn. bez  Wartość bez  St.  Podatek    Wartość z
                                                                podatku        podatku     %               podatkiem
  1  Licencja  Microsoft  Office  LTSC  2024  lic.     20   1  500,00     30  000,00   23  6  900,00  36  900,00
     Drukarka  laserowa  HP  LaserJet  Pro
  2                                           szt.      2   1  000,00      2  000,00   23    460,00    2  460,00
     z  dupleksem
                                              Razem                       32  000,00       7  360,00  39  360,00
"""


def test_a_row_whose_name_is_printed_around_its_lp_and_figures() -> None:
    text = "FAKTURA VAT nr 5/2026\nSprzedawca: Serwis IT Sp. z o.o.\n" + _NAME_AROUND_ITS_LP
    doc = parse_text(text, file="form.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Licencja Microsoft Office LTSC 2024", D("20")),
        ("Drukarka laserowa HP LaserJet Pro z dupleksem", D("2")),
    ]


def test_the_number_from_a_details_page_when_the_title_was_not_read() -> None:
    # a phone photo lost the big title; the second page's heading names the invoice
    text = _FOOTER_SELLER_NO_VAT_TOTAL.replace("FAKTURA VAT", "").replace("nr 2026/05/3321", "")
    text += "\f\nSzczegóły naliczeń do faktury F/2026/05/3321\n"
    doc = parse_text(text, file="telco.jpg", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "F/2026/05/3321"


_BARE_TOTALS_UNDER_THE_TABLE = """\
Faktura VAT nr INV/PL/77
Sprzedawca                                                Nabywca
Serwis IT Sp. z o.o.                                      Gmina Baranów
NIP 779-000-01-49                                         NIP 619-19-06-446
Lp.  Nazwa towaru/usługi                         Ilość  J.m.  Cena netto      Wartość  VAT       Kwota        Brutto
                                                                                netto   %          VAT
 1   Network switch 24 ports                        2   pcs     1 000,00      2 000,00  23        460,00    2 460,00
 2   Hardware security key FIDO2 NFC               10   pcs       100,00      1 000,00  23        230,00    1 230,00
                                                                                             Kwota
                                                                    Netto                  3 000,00
                                                                    VAT 23%                  690,00
                                                                    Brutto                 3 690,00
"""


def test_bare_totals_under_the_table_are_its_totals_not_the_last_name() -> None:
    doc = parse_text(_BARE_TOTALS_UNDER_THE_TABLE, file="inv.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.items[-1].name == "Hardware security key FIDO2 NFC"
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("3000.00"), D("690.00"), D("3690.00"))


def test_a_footer_name_whose_comma_ocr_read_as_a_dot_stops_at_the_address() -> None:
    text = _FOOTER_SELLER_NO_VAT_TOTAL.replace("Sp. z o.o., ul. Kolejowa", "Sp. z o.o.. ul. Kolejowa")
    doc = parse_text(text, file="telco.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "NetLink Telekomunikacja Sp. z o.o."
