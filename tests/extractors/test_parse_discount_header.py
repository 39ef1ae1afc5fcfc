"""An items header printed over three lines ("Cena" / "przed" / "rabatem"), a discount column whose
figure equals the quantity, and a bare "23" under "VAT": the column reader keeps the quantity out of
the wrapped name and the list price before the discount is no unexplained amount (issue 9, session 12)."""

from __future__ import annotations

from decimal import Decimal as D

from extractors.models import Invoice, Source
from extractors.parse import parse_text

TEXT = """\
FAKTURA VAT NR 55/02/2026
Data wystawienia: 10-02-2026
Data dostawy/wykonania usługi: 09-02-2026
Sprzedawca:                                                Nabywca:
Biuro Serwis Sp. z o.o.                                    Gmina Osie
ul. Fabryczna 2                                            ul. Dworcowa 6
85-001 Bydgoszcz                                           86-150 Osie
NIP 628-194-82-18                                          NIP 186-091-39-01
 Lp.  Nazwa towaru lub usługi    Ilość  J.m.    Cena  Rabat     Cena    Wartość  VAT     Wartość
                                                przed    %      netto      netto           brutto
                                             rabatem
 1.  Drukarka laserowa Brother      2  szt.  1.000,00    2      980,00   1.960,00  23    2.410,80
     HL-L5210DN
 2.  Przełącznik sieciowy TP-Link   4  szt.    500,00    5      475,00   1.900,00  23    2.337,00
     TL-SG1024
Razem netto: 3.860,00
Razem VAT: 887,80
Razem brutto: 4.747,80
"""


def test_a_three_line_header_with_a_discount_equal_to_the_quantity() -> None:
    doc = parse_text(TEXT, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Drukarka laserowa Brother HL-L5210DN", D(2), D("1960.00")),
        ("Przełącznik sieciowy TP-Link TL-SG1024", D(4), D("1900.00")),
    ]
    assert "items" not in doc.uncertain


WIDE = """\
FAKTURA VAT NR 7/2026
Data wystawienia: 10-02-2026
Sprzedawca:                                                Nabywca:
Biuro Serwis Sp. z o.o.                                    Gmina Osie
NIP 628-194-82-18                                          NIP 186-091-39-01
Lp.  Nazwa                              PKWiU        Ilość  J.m.  Cena netto  VAT        Netto         Brutto
 1.  Router brzegowy MikroTik RB5009    26.30.11.0      2  szt.     1 000,00  23       2 000,00       2 460,00
 2.  Audyt bezpieczeństwa sieci         62.02.30.0      1  usł.    10 000,00  23      10 000,00      12 300,00
     Urzędu wraz z raportem dla Kierownika
Razem netto: 12 000,00
Razem VAT: 2 760,00
Razem brutto: 14 760,00
"""


def test_a_wrapped_name_running_under_the_code_column_stays_whole() -> None:
    doc = parse_text(WIDE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Router brzegowy MikroTik RB5009",
        "Audyt bezpieczeństwa sieci Urzędu wraz z raportem dla Kierownika",
    ]


PERIODS = """\
FAKTURA VAT NR HS/2026/03/11
Data wystawienia: 01-03-2026
Sprzedawca:                                                Nabywca:
Biuro Serwis Sp. z o.o.                                    Gmina Osie
NIP 628-194-82-18                                          NIP 186-091-39-01
#   Usługa                                     Okres usługi         Ilość  J.m.         Cena       Netto  VAT   Brutto
                                                                                       netto
1   Poczta e-mail w domenie urzędu         01.02.2026–28.02.2026    40,000  skrz.        2,50     100,00  23%   123,00
2   Kopia zapasowa serwera plików urzędu gminy  01.02.2026–28.02.2026  1,500  TB          40,00      60,00  23%    73,80
3   Monitoring dostępności usług (rozliczenie  01.02.2026–28.02.2026  12,500  h     8,00     100,00  23%   123,00
    godzinowe)
Razem netto: 260,00
Razem VAT: 59,80
Razem brutto: 319,80
"""


def test_a_period_column_and_rows_pushed_right_by_long_names() -> None:
    doc = parse_text(PERIODS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Poczta e-mail w domenie urzędu", D(40)),
        ("Kopia zapasowa serwera plików urzędu gminy", D("1.5")),
        ("Monitoring dostępności usług (rozliczenie godzinowe)", D("12.5")),
    ]


SECTIONS = """\
FAKTURA VAT NR 12/S/2026
Data wystawienia: 10-02-2026
Sprzedawca:                                                Nabywca:
Biuro Serwis Sp. z o.o.                                    Gmina Osie
NIP 628-194-82-18                                          NIP 186-091-39-01
Lp.  Nazwa                                         Ilość  J.m.       Cena      Wartość  VAT       Wartość
                                                                    netto        netto              brutto
     A. SPRZĘT
 1   Drukarka etykiet Zebra ZD421                    2  szt.      100,00       200,00  23%        246,00
 2   Skaner kodów Honeywell Voyager 1470g            1  szt.      300,00       300,00  23%        369,00
     z podstawką
     Razem Sprzęt:                                                               500,00             615,00
     B. USŁUGI
 3   Konfiguracja urządzeń w siedzibie               1  usł.      100,00       100,00  zw         100,00
     Zamawiającego
     Razem Usługi:                                                               100,00             100,00
Razem netto: 600,00
Razem VAT: 115,00
Razem brutto: 715,00
"""


def test_a_table_in_sections_with_subtotals_reads_every_row_whole() -> None:
    doc = parse_text(SECTIONS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Drukarka etykiet Zebra ZD421",
        "Skaner kodów Honeywell Voyager 1470g z podstawką",
        "Konfiguracja urządzeń w siedzibie Zamawiającego",
    ]


def test_ocr_reads_the_lp_heading_as_plus_and_a_border_speck_after_the_lp() -> None:
    text = PERIODS.replace("#   Usługa", "+   Usługa").replace("\n2   Kopia", "\n2 - Kopia")
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.items[1].name == "Kopia zapasowa serwera plików urzędu gminy"


def test_ocr_numerals_of_sections_a_letter_for_the_lp_and_a_speck_before_a_name() -> None:
    from extractors.parse.columns import read_tables
    from extractors.parse.text import split_lines

    text = (
        SECTIONS.replace("     B. USŁUGI", "     Jl. USŁUGI")
        .replace("\n 3   Konfiguracja", "\n J   Konfiguracja")
        .replace("\n 2   Skaner", "\n 2  - Skaner")
    )
    (table,) = read_tables(split_lines(text, ocr=True))
    assert [i.name for i in table.items] == [
        "Drukarka etykiet Zebra ZD421",
        "Skaner kodów Honeywell Voyager 1470g z podstawką",
        "Konfiguracja urządzeń w siedzibie Zamawiającego",
    ]


def test_a_section_subtotal_is_not_the_documents_total_when_ocr_lost_an_lp() -> None:
    text = SECTIONS.replace("\n 3   Konfiguracja", "\n J   Konfiguracja")
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.gross_total) == (D("600.00"), D("715.00"))
    assert doc.items[-1].name == "Konfiguracja urządzeń w siedzibie Zamawiającego"
