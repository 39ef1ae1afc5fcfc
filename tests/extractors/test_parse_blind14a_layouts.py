"""Session 17, phase 2 (issue 9): causes found on blind14a, each written here in words and figures of its own –
a correction printing its differences in brackets, whose totals must never silently be the state after it;
a number's segment OCR read in look-alike letters; a name holding a character names never have; a dash of a
name beside an inventory-number range; a browser's print footer between two rows.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.backends.layout import Word
from extractors.backends.ocr import dashes_by_width
from extractors.models import Invoice, Protocol, Source
from extractors.parse import bracketed_negatives, parse_text

D = Decimal

BRACKETED = """\
  FAKTURA KORYGUJĄCA
  Nr KS-9/26
  do faktury FS-120/26 z dnia 02.04.2026
  Data wystawienia korekty: 10.04.2026
  Sprzedawca:                                                   Nabywca:
  Serwis Komputerowy Beta Sp. z o.o.                            Gmina Chełmiec
  NIP 526-104-08-28                                             NIP 734-350-93-10
Lp  Towar                                     Ilość  J.m.  Cena netto     Wartość  VAT       Kwota      Wartość
 1  Drukarka laserowa A4  przed korektą          4  szt.    1 000,00     4 000,00  23       920,00     4 920,00
                          po korekcie            3  szt.    1 000,00     3 000,00  23       690,00     3 690,00
                          korekta               (1)  szt.                (1 000,00)         (230,00)   (1 230,00)
                                          Przed korektą       4 000,00           920,00        4 920,00
                                          Po korekcie         3 000,00           690,00        3 690,00
                                          Korekta            (1 000,00)         (230,00)      (1 230,00)
  Kwota do zwrotu: 1 230,00 PLN
  Kwoty w nawiasach oznaczają zmniejszenie.
"""


def test_amounts_in_brackets_are_decreases_and_keep_their_columns() -> None:
    line = "  korekta   (1)  szt.   (1 000,00)   (230,00)"
    out = bracketed_negatives(line + "\n" + line)
    assert out.splitlines()[0] == "  korekta    -1  szt.    -1 000,00    -230,00"
    # one bracketed figure, or one with its currency inside, is a remark
    assert bracketed_negatives("w tym KGO (9,60 zł), stawka (23%)") == "w tym KGO (9,60 zł), stawka (23%)"


def test_a_correction_marking_each_rows_state_after_its_name_and_printing_decreases_in_brackets() -> None:
    doc = parse_text(BRACKETED, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.before_correction) for i in doc.items] == [
        ("Drukarka laserowa A4", D("4"), D("4000.00"), True),
        ("Drukarka laserowa A4", D("3"), D("3000.00"), False),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("-1000.00"), D("-230.00"), D("-1230.00"))
    assert doc.uncertain == ()


def test_a_corrections_totals_that_contradict_the_amount_returned_are_uncertain() -> None:
    # the difference row unread: the totals come from the state after, which the amount returned contradicts
    text = "\n".join(line for line in BRACKETED.splitlines() if not line.strip().startswith("Korekta"))
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.gross_total == D("3690.00")
    assert {"net_total", "vat_total", "gross_total"} <= set(doc.uncertain)


LOOKALIKE = """\
 Serwis Komputerowy Beta Sp. z o.o.
 ul. Lwowska 12, 33-300 Nowy Sącz  NIP 526-104-08-28
 Faktura nr 12/05/2026/0l
 Data wystawienia 03.06.2026
 Nabywca
 Gmina Chełmiec, NIP 734-350-93-10
Lp.  Nazwa usługi                         Ilość  J.m.       Cena     Wartość   VAT       Wartość
 1   Obsługa informatyczna <  abonament       1  m-c     1 000,00    1 000,00  23%        1 230,00
 Do zapłaty: 1 230,00 zł
"""


def test_a_scanned_number_segment_read_in_look_alike_letters_and_a_name_with_a_stray_sign_are_uncertain() -> None:
    doc = parse_text(LOOKALIKE, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "12/05/2026/01" and "number" in doc.uncertain
    assert "items" in doc.uncertain
    clean = parse_text(LOOKALIKE.replace("/0l", "/01").replace(" <  ", "  "), file="f.png", source=Source.OCR)
    assert isinstance(clean, Invoice) and "number" not in clean.uncertain and "items" not in clean.uncertain


def test_an_en_dash_ending_a_name_cell_is_told_by_its_width_too() -> None:
    # "Obsługa serwera –" wrapped in its cell, the quantity a column away
    words = [
        Word("Obsługa", 100, 240, 100, 130, 95.0),
        Word("serwera", 255, 380, 100, 130, 95.0),
        Word("-", 395, 410, 112, 115, 95.0),
        Word("1", 700, 712, 100, 130, 95.0),
    ]
    assert dashes_by_width(words)[2].text == "–"


PROTOCOL_RANGES = """\
                      PROTOKÓŁ ODBIORU SPRZĘTU nr PO/7/2026
 Przekazujący (Wykonawca):                                  Odbierający (Zamawiający):
 Serwis Komputerowy Beta Sp. z o.o.                         Gmina Chełmiec
 NIP 526-104-08-28                                          NIP 734-350-93-10
Lp.  Nazwa sprzętu                       Ilość  J.m.  Numery seryjne           Nr inwentarzowe    Miejsce
 1  Router brzegowy MikroTik RB5009 –    2   szt.  HX9540722D, HX9540727H,  UG/IT/2026/11 –    pok. 2
    Wi-Fi 6, 10 GbE                                                         UG/IT/2026/12
"""


def test_a_dash_of_the_name_stays_beside_an_inventory_number_range() -> None:
    doc = parse_text(PROTOCOL_RANGES, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [i.name for i in doc.items] == ["Router brzegowy MikroTik RB5009 – Wi-Fi 6, 10 GbE"]


BROWSER_PRINT = """\
Faktura VAT nr FV/7/2026                                     Data wystawienia: 05.05.2026
Sprzedawca: Serwis Komputerowy Beta Sp. z o.o., NIP 5261040828
Nabywca: Gmina Chełmiec, NIP 7343509310
  Lp.  Nazwa                                      Ilość  J.m.     Cena      Wartość  VAT     Wartość
  1    Toner do drukarki HP 59A czarny               2  szt.     300,00       600,00  23%      738,00
       oryginalny
https://faktury.example.pl/invoices/7/print                                                   1
05.05.2026, 10:32                               Faktura FV/7/2026
  2    Papier ksero A4 80 g                         10  op.      20,00       200,00  23%      246,00
                                                      Razem:   800,00   184,00   984,00
"""


def test_a_browsers_print_footer_is_no_part_of_a_name() -> None:
    doc = parse_text(BROWSER_PRINT, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == ["Toner do drukarki HP 59A czarny oryginalny", "Papier ksero A4 80 g"]
