"""Mechanisms of session 15 (issue 9) for layouts no family of ours prints, each in words and figures of
its own:

- a name wrapped in a tall cell whose figures sit on the cell's LAST line belongs whole to the row the Lp
  opened, in the column reading too;
- a correction's "Stan przed" column ("tak" in the rows of the state before) marks those rows, and their
  VAT and gross follow from the rate when the difference of the states adds up to the printed totals;
- a labelled note under a numbered protocol table, starting left of the name column, ends the table.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.models import Invoice, Protocol, Source
from extractors.parse import parse_text
from extractors.parse.columns import column_key, read_tables
from extractors.parse.text import split_lines

D = Decimal

TALL_CELLS = """\
FAKTURA VAT nr 14/03/2026
Data wystawienia: 02.03.2026
Sprzedawca                                                  Nabywca
Serwis Komputerowy OMEGA Sp. z o.o.                         Gmina Lipnica
ul. Polna 2, 86-300 Grudziądz                               ul. Rynek 1, 87-300 Lipnica
NIP: 5252248481                                             NIP: 8771000157
 Lp.  Nazwa towaru / usługi            PKWiU     Ilość  J.m.  Cena jedn.  Wartość  VAT      Kwota     Wartość
                                                                 netto       netto            VAT       brutto
 1.  Serwer plików Synology RS822+
     z dyskami 4x4 TB, montaż w
     szafie rack i konfiguracja
     macierzy RAID 5                  26.20.21.0    2   szt.  7 450,00   14 900,00  23%   3 427,00   18 327,00
 2.  Pakiet szkoleń z obsługi
     systemu kopii zapasowych         85.59.13.0    1  usł.   2 000,00    2 000,00  zw        0,00    2 000,00
                                                      Stawka               Netto            VAT            Brutto
                                                       23%              14 900,00       3 427,00         18 327,00
                                                        zw               2 000,00           0,00          2 000,00
                                                      Ogółem            16 900,00       3 427,00         20 327,00
Razem do zapłaty: 20 327,00 PLN
"""


def test_a_name_wrapped_above_its_figures_belongs_to_the_row_its_lp_opened() -> None:
    lines = split_lines(TALL_CELLS, ocr=False)
    tables = read_tables(lines)
    names = [i.name for t in tables for i in t.items]
    assert names == [
        "Serwer plików Synology RS822+ z dyskami 4x4 TB, montaż w szafie rack i konfiguracja macierzy RAID 5",
        "Pakiet szkoleń z obsługi systemu kopii zapasowych",
    ]
    doc = parse_text(TALL_CELLS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.gross) for i in doc.items] == [
        (names[0], D("2"), D("14900.00"), D("18327.00")),
        (names[1], D("1"), D("2000.00"), D("2000.00")),
    ]
    assert "items" not in doc.uncertain


STATE_COLUMN = """\
Krajowy System e-Faktur
Faktura korygująca
Numer faktury: KOR/7/2026
Sprzedawca                                                Nabywca
NIP: 5252248481                                           NIP: 8771000157
Serwis Komputerowy OMEGA Sp. z o.o.                       Gmina Lipnica
ul. Polna 2, 86-300 Grudziądz                             ul. Rynek 1, 87-300 Lipnica
Data wystawienia: 2026-04-20
Numer faktury korygowanej: FV/311/2026
Przyczyna korekty: zwrot jednego przełącznika
Pozycje
 Lp.  Nazwa towaru lub usługi                 Ilość  Miara  Cena jedn.  Stawka        Wartość    Stan
                                                                netto  podatku  sprzedaży netto  przed
  1   Przełącznik zarządzalny 24 porty           3  szt.      1 200,00   23           3 600,00    tak
  1   Przełącznik zarządzalny 24 porty           2  szt.      1 200,00   23           2 400,00
Podsumowanie stawek podatku (różnica)
     Stawka           Kwota netto     Kwota podatku       Kwota brutto
      23%               -1 200,00           -276,00          -1 476,00
Kwota należności ogółem: -1 476,00 PLN
"""


def test_a_state_column_marks_the_rows_before_the_correction() -> None:
    assert column_key("Stan przed") == "state"
    doc = parse_text(STATE_COLUMN, file="k.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.before_correction, i.qty, i.net, i.vat, i.gross) for i in doc.items] == [
        (True, D("3"), D("3600.00"), D("828.00"), D("4428.00")),
        (False, D("2"), D("2400.00"), D("552.00"), D("2952.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("-1200.00"), D("-276.00"), D("-1476.00"))
    assert "items" not in doc.uncertain


def test_rates_that_do_not_give_the_printed_difference_leave_the_rows_as_printed() -> None:
    doc = parse_text(
        STATE_COLUMN.replace("-276,00", "-270,00").replace("-1 476,00", "-1 470,00"),
        file="k.pdf",
        source=Source.PDF_TEXT,
    )
    assert isinstance(doc, Invoice)
    assert all(i.gross is None for i in doc.items)


PROTOCOL_NOTE = """\
PROTOKÓŁ PRZEKAZANIA SPRZĘTU nr PS/12/2026                                   Data przekazania: 11.06.2026
Przekazujący (Dostawca):      Serwis Komputerowy OMEGA Sp. z o.o., ul. Polna 2, 86-300 Grudziądz, NIP 5252248481
Przyjmujący (Zamawiający):    Gmina Lipnica, ul. Rynek 1, 87-300 Lipnica, NIP 8771000157
  Lp.  Nazwa urządzenia                                 Ilość  J.m.   Numer seryjny        Gwarancja do
  1.   Drukarka laserowa Brother HL-L5210DN                 2   szt.  E78123K1, E78123K2   11.06.2029
  2.   Niszczarka dokumentów Kobra 260.2 S5                 1   szt.  KB260-4471           11.06.2028
Materiały eksploatacyjne: tonery startowe dołączone do drukarek 2 szt.
Uwagi: brak.
"""


def test_a_labelled_note_left_of_the_names_ends_a_numbered_table() -> None:
    doc = parse_text(PROTOCOL_NOTE, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Drukarka laserowa Brother HL-L5210DN", D("2")),
        ("Niszczarka dokumentów Kobra 260.2 S5", D("1")),
    ]


COUNT_WRAPPED = """\
FAKTURA nr 8/05/2026
Data wystawienia: 2026-05-08
Sprzedawca                                                  Nabywca
Serwis Komputerowy OMEGA Sp. z o.o.                         Gmina Lipnica
NIP 5252248481                                              NIP 8771000157
 Lp.  Nazwa                                           Ilość  J.m.  Cena netto  Stawka      Wartość       Wartość
                                                                                             netto        brutto
  1.  Subskrypcja kopii zapasowych w chmurze Acronis     3  lic.        400,00  23%          1.200,00      1.476,00
      24 mies.
  2.  Wsparcie techniczne administratora sieci           1  usł.      1.000,00  23%          1.000,00      1.230,00
                                                                                    Razem  2.200,00      2.706,00
"""


def test_a_count_with_its_unit_wrapped_flush_under_the_name_is_the_names_rest() -> None:
    tables = read_tables(split_lines(COUNT_WRAPPED, ocr=False))
    assert [i.name for t in tables for i in t.items] == [
        "Subskrypcja kopii zapasowych w chmurze Acronis 24 mies.",
        "Wsparcie techniczne administratora sieci",
    ]
    doc = parse_text(COUNT_WRAPPED, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.items[0].name == "Subskrypcja kopii zapasowych w chmurze Acronis 24 mies."


SOLE_TRADER = """\
                                                             Numer faktury              Data wystawienia
 Faktura VAT
                                                             17/2026                    03.02.2026
 Usługi Informatyczne i Serwis Sieci Komputerowych Anna
 Kowalczyk-Nowak                                             Termin płatności
 ul. Długa 3, 33-100 Tarnów                                  17.02.2026
 NIP 8731001045
 Nabywca
 Gmina Lipnica
 ul. Rynek 1, 87-300 Lipnica
 NIP 8771000157
Lp.  Towar / usługa                                    Ilość  J.m.  Cena netto  VAT   Wartość netto  Wartość brutto
 1.  Konfiguracja routera brzegowego                       1  usł.      800,00  23%          800,00          984,00
Razem                                                                                       800,00          984,00
"""


def test_a_sole_traders_letterhead_wrapped_above_its_address_is_the_seller() -> None:
    doc = parse_text(SOLE_TRADER, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Usługi Informatyczne i Serwis Sieci Komputerowych Anna Kowalczyk-Nowak"


def test_a_line_of_repeated_specks_inside_a_table_is_skipped() -> None:
    """A curved photo's cell borders read as two identical specks ("—     —") between rows: no text of
    the table (it used to stop the parse with an error)."""
    lines = TALL_CELLS.splitlines()
    at = next(k for k, line in enumerate(lines) if line.lstrip().startswith("2."))
    specked = "\n".join([*lines[:at], " " * 80 + "—     —", *lines[at:]]) + "\n"
    doc = parse_text(specked, file="f.jpg", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert [i.net for i in doc.items] == [D("14900.00"), D("2000.00")]


SITES = """\
PROTOKÓŁ ODBIORU nr PO/3/2026
Data odbioru: 10.03.2026
Przekazujący: Serwis Komputerowy OMEGA Sp. z o.o., NIP 5252248481
Odbierający: Gmina Lipnica, NIP 8771000157
 Lp.  Nazwa urządzenia                                 Ilość   J.m.     Uwagi
 Miejsce instalacji: Urząd Gminy, ul. Rynek 1, 87-300 Lipnica
 1.   Drukarka laserowa Brother HL-L5210DN                 2  szt.     zamontowano
 Miejsce instalacji: Szkoła Podstawowa, ul. Szkolna 2, 87-300 Lipnica
 2.   Niszczarka dokumentów Kobra 260.2 S5                 1  szt.     zamontowano
 3.   Router Mikrotik hEX S                                1  szt.     zamontowano
Odbierający nie wnosi uwag ani zastrzeżeń do dostawy.
"""


def test_a_labelled_subtitle_over_more_numbered_rows_is_no_end_of_the_table() -> None:
    doc = parse_text(SITES, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Drukarka laserowa Brother HL-L5210DN", D("2")),
        ("Niszczarka dokumentów Kobra 260.2 S5", D("1")),
        ("Router Mikrotik hEX S", D("1")),
    ]
