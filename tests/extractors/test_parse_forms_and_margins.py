"""Mechanisms of session 15's second phase (issue 9), each in words and figures of its own:

- a form's column-number row carrying the formulas of its columns ("6 = 4×5") is no row;
- a correction printing its two states as two tables side by side without an Lp column, the second
  table's headings a repeat of the first's, each read by its own header's columns;
- a register printed vertically along the left margin is blanked, so that its letters join no name; a
  letterhead with a legal form is then the seller even when its NIP stands only in that register, and
  captions under the signature lines ("odbiorca   wystawca") are no party headings;
- one service named in words ("Za: …") with the labelled totals under it is the document's one line.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.layout import normalise_layout
from extractors.read import read_document

D = Decimal

FORMULAS = """\
FAKTURA VAT nr 52/K/2026
Data wystawienia: 05.05.2026
Sprzedawca:                                          Nabywca:
Serwis Komputerowy OMEGA Sp. z o.o.                  Gmina Lipnica
NIP: 5252248481                                      NIP: 8771000157
Lp.  Nazwa towaru lub usługi             J.m.  Ilość  Cena jedn.     Wartość  Stawka  Kwota VAT      Wartość
                                                          netto        netto   VAT                     brutto
 1   2                                    3        4          5      6 = 4x5    7             8       9 = 6+8
 1.  Drukarka laserowa Brother           szt.      2     900,00      1800,00   23%       414,00      2214,00
     HL-L5210DN
                                                         RAZEM       1800,00    X        414,00      2214,00
"""


def test_a_column_number_row_with_formulas_is_no_row() -> None:
    doc = parse_text(FORMULAS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Drukarka laserowa Brother HL-L5210DN", D("2"), D("1800.00"))
    ]


SIDE_BY_SIDE = """\
FAKTURA KORYGUJĄCA nr KOR/4/2026
Data wystawienia korekty: 12.05.2026
Do faktury nr FV/77/2026 z dnia 02.05.2026
Sprzedawca                                                Nabywca
Serwis Komputerowy OMEGA Sp. z o.o.                       Gmina Lipnica
NIP: 5252248481                                           NIP: 8771000157
 STAN PRZED                                                  STAN PO
Towar                    Il.    Cena     Netto     Brutto    Towar                    Il.    Cena     Netto     Brutto
Router Mikrotik hEX S     4    300,00  1 200,00   1 476,00   Router Mikrotik hEX S    3     300,00    900,00  1 107,00
z zasilaczem                                                 z zasilaczem
Kabel UTP kat. 6 305 m    2    500,00  1 000,00   1 230,00   Kabel UTP kat. 6 305 m   2     450,00    900,00  1 107,00
                                                                         Netto          VAT 23%               Brutto
                                            Przed                      2 200,00            506,00          2 706,00
                                            Po                         1 800,00            414,00          2 214,00
                                            Różnica                     -400,00            -92,00           -492,00
"""


def test_two_tables_side_by_side_without_an_lp_are_read_by_their_columns() -> None:
    doc = parse_text(SIDE_BY_SIDE, file="k.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.before_correction, i.name, i.qty, i.net, i.vat_rate, i.gross) for i in doc.items] == [
        (True, "Router Mikrotik hEX S z zasilaczem", D("4"), D("1200.00"), "23", D("1476.00")),
        (True, "Kabel UTP kat. 6 305 m", D("2"), D("1000.00"), "23", D("1230.00")),
        (False, "Router Mikrotik hEX S z zasilaczem", D("3"), D("900.00"), "23", D("1107.00")),
        (False, "Kabel UTP kat. 6 305 m", D("2"), D("900.00"), "23", D("1107.00")),
    ]
    assert "items" not in doc.uncertain


_REGISTER = "Sąd Rejonowy, KRS 0000111222, NIP 525-224-84-81"
MARGIN = "\n".join(
    [
        "         Serwis Komputerowy OMEGA Sp. z o.o.",
        "         ul. Polna 2  |  86-300 Grudziądz",
        "         Faktura nr 9/M/2026                                      Wystawiono: 08-04-2026",
        "         Nabywca",
        "         Gmina Lipnica",
        "         ul. Rynek 1, 87-300 Lipnica",
        "         NIP 877-10-00-157",
        "         #   Towar / usługa                          Il.  jm   Cena netto   Wart. netto  VAT  Wart. brutto",
        "         1   Router Mikrotik hEX S                    2  szt.     300,00       600,00  23        738,00",
        *[f"{ch}" for ch in _REGISTER[:12]],
        "         2   Kabel UTP kat. 6 305 m                   1  szt.     500,00       500,00  23        615,00",
        *[f"{ch}" for ch in _REGISTER[12:]],
        "                                                       Razem     1 100,00       253,00      1 353,00",
        "                        odbiorca                                             wystawca",
    ]
)


def test_a_register_printed_along_the_margin_joins_no_name() -> None:
    assert normalise_layout("x\n" * 3) == "x\n" * 3
    doc = parse_text(MARGIN, file="m.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == ["Router Mikrotik hEX S", "Kabel UTP kat. 6 305 m"]
    assert doc.seller.name == "Serwis Komputerowy OMEGA Sp. z o.o."
    assert doc.buyer.name == "Gmina Lipnica"
    assert doc.recipient is None


PROSE = """\
Biuro Rachunkowe i Informatyczne LEX Sp. z o.o.
ul. Polna 2, 86-300 Grudziądz
NIP 525 224 84 81
                                                Nabywca:
                                                Gmina Lipnica
                                                ul. Rynek 1, 87-300 Lipnica
                                                NIP 877 100 01 57
                           FAKTURA NR 31/2026
                           data wykonania usługi: 30.04.2026
Tytułem: Przeprowadzenie audytu zgodności z Krajowymi Ramami
         Interoperacyjności w urzędzie gminy
         na podstawie zlecenia nr 4/2026
     Wartość netto:                         4 000,00 zł
     Podatek VAT 23%:                         920,00 zł
     Wartość brutto:                        4 920,00 zł
"""


def test_one_service_named_in_words_is_the_documents_one_line() -> None:
    doc = parse_text(PROSE, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.vat_rate, i.gross) for i in doc.items] == [
        (
            "Przeprowadzenie audytu zgodności z Krajowymi Ramami Interoperacyjności w urzędzie gminy",
            D("1"),
            D("4000.00"),
            "23",
            D("4920.00"),
        )
    ]


SHIFTED = """\
FAKTURA VAT nr 60/2026
Data wystawienia: 06.05.2026
Sprzedawca:                                          Nabywca:
Serwis Komputerowy OMEGA Sp. z o.o.                  Gmina Lipnica
NIP: 5252248481                                      NIP: 8771000157
      lp  nazwa                                ilość  jm  cena netto      netto  vat  kwota vat     brutto
      1   Router Mikrotik hEX S                    2  szt.    300.00     600.00  23%     138.00     738.00
          z zasilaczem
      2  Kabel UTP kat. 6                          1  szt.    500.00     500.00  23%     115.00     615.00
          305 m w kartonie
                                                           Razem        1 100.00       253.00   1 353.00
"""


def test_a_name_printed_a_character_left_of_its_column_keeps_its_wrapped_rest() -> None:
    doc = parse_text(SHIFTED, file="s.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == ["Router Mikrotik hEX S z zasilaczem", "Kabel UTP kat. 6 305 m w kartonie"]


def test_a_register_turned_along_the_margin_of_a_text_pdf_names_the_seller(tmp_path: Path) -> None:
    """The text PDF backend reads text printed turned by 90° as a line of its own, its parts as cells:
    the register's company and NIP make the letterhead the seller (its NIP printed nowhere else)."""
    from tests.fixtures.pdfgen import FONT, _canvas

    path = tmp_path / "register.pdf"
    c = _canvas(path, title="register")
    c.setFont(FONT, 9)
    lines = [
        "Biuro Sieci LAN-MAX Sp. z o.o.",
        "ul. Polna 2, 86-300 Grudziądz",
        "Faktura nr 12/R/2026                          Data wystawienia: 10.04.2026",
        "Nabywca",
        "Gmina Lipnica",
        "ul. Rynek 1, 87-300 Lipnica",
        "NIP 877-10-00-157",
        "Lp.  Nazwa                        Ilość  J.m.   Cena netto   Wartość netto   VAT   Wartość brutto",
        "1.   Router Mikrotik hEX S            2  szt.       300,00          600,00   23%           738,00",
        "                                                      Razem         600,00   138,00        738,00",
        "                  odbiorca                                    wystawca",
    ]
    for k, line in enumerate(lines):
        c.drawString(60, 780 - 16 * k, line.replace("  ", "\u2007 "))
    c.saveState()
    c.translate(30, 200)
    c.rotate(90)
    c.setFont(FONT, 6)
    c.drawString(0, 0, "Biuro Sieci LAN-MAX Sp. z o.o. • Sąd Rejonowy w Toruniu • KRS 0000111222 • NIP 525-224-84-81")
    c.restoreState()
    c.showPage()
    c.save()
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Biuro Sieci LAN-MAX Sp. z o.o.", "5252248481")
    assert doc.buyer.nip == "8771000157"
