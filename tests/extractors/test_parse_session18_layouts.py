"""Session 18 (issue 9): mechanisms found on blind14a/blind14b, each written here in words and figures of its own.

- whole amounts printed with a dash for the grosze ("1 400,-", "150,--");
- a party heading with a German second name ("Nabywca / Käufer:"), an icon's letter before a heading ("C  Sprzedawca"),
  an ERP's "Kontrahent:" with the party's code in brackets;
- a discount on the whole order deducted under the table: neither reading adds up, the columns still bind names;
- a table whose wrapped names run into a narrow quantity column, and a row whose name goes on on the next page under
  the repeated header (a browser's print furniture between the pages).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.layout import normalise_layout
from extractors.read import read_document
from tests.fixtures import pdfgen

D = Decimal


def test_whole_amounts_with_a_dash_for_the_grosze_keep_their_right_edge() -> None:
    row = " 2.  Serwis drukarek    3   szt.      250,-      750,--  23%      922,50"
    line, total = normalise_layout(row + "\nRazem: 1 200,– zł").split("\n")
    assert line == " 2.  Serwis drukarek    3   szt.     250,00      750,00  23%      922,50"
    assert total == "Razem: 1 200,00 zł"
    # a list's number and a range are no amounts
    assert normalise_layout("1.- Dostawa sprzętu") == "1.- Dostawa sprzętu"
    assert normalise_layout("strony 3,-5") == "strony 3,-5"


WHOLE = """\
                                                          Kraków, dnia 12.03.2026 r.
Pracownia Komputerowa Adam Wójcik
ul. Długa 7, 31-147 Kraków
NIP 676-101-37-17
                       Rachunek do faktury – Faktura nr 7/03/2026
                       Data wykonania usługi: 12.03.2026 r.
                                                  Nabywca:
                                                  Gmina Zielonki
                                                  ul. Krakowska 70
                                                  32-087 Zielonki
                                                  NIP 513-023-70-51
Lp.  Nazwa usługi                         Ilość  J.m.       Cena     Wartość   VAT     Wartość
                                                            netto       netto            brutto
 1.  Naprawa zasilacza serwera              1    usł.       600,-       600,-  23%        738,-
 2.  Dojazd do klienta                      2    szt.        50,-       100,-  23%        123,-
     RAZEM                                                              700,-             861,-
w tym 23%: netto 700,- zł, VAT 161,- zł, brutto 861,- zł
Do zapłaty: 861,- zł
"""


def test_an_invoice_printing_whole_amounts_with_dashes_is_read() -> None:
    doc = parse_text(WHOLE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.gross) for i in doc.items] == [
        ("Naprawa zasilacza serwera", D(1), D("600.00"), D("738.00")),
        ("Dojazd do klienta", D(2), D("100.00"), D("123.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("700.00"), D("161.00"), D("861.00"))
    assert doc.uncertain == ()


GERMAN = """\
 Rheinland Datentechnik GmbH                                           RECHNUNG / FAKTURA VAT
 Industriestraße 4, 50667 Köln                                                     Nr 2026-0412
 NIP (PL): PL7010003417                                                  Data wystawienia: 02.02.2026
 Käufer / Nabywca:
 Miasto Wałcz
 pl. Wolności 1
 78-600 Wałcz
 NIP: 7651004327
Lp.  Nazwa                                   Ilość  J.m.       Cena        Wartość  VAT        Wartość
                                                           netto EUR     netto EUR          brutto EUR
 1   Skaner dokumentów Fujitsu fi-8170          2   szt.      900,00       1 800,00  23%       2 214,00
                                                                     Razem netto   1 800,00 EUR
                                                                     Razem brutto  2 214,00 EUR
"""


def test_a_buyer_heading_with_its_german_name_after_the_slash() -> None:
    text = GERMAN.replace(" Käufer / Nabywca:", " Nabywca / Käufer:")
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.buyer.name, doc.buyer.nip) == ("Miasto Wałcz", "7651004327")


ICONS = """\
Faktura FV 12/2/2026                                                     Wystawiono 2026-02-03
   S    Sprzedawca                                         N    Nabywca
  Datacom S.A.                                             Gmina Miejska Kowal
  ul. Polna 3, 87-800 Włocławek                            ul. Piłsudskiego 33, 87-820 Kowal
  NIP 8881002315                                           NIP 8881152115
#   Nazwa                                    Ilość    Cena netto  VAT        Netto        Brutto
1   Czytnik kart Gemalto IDBridge CT30       4 szt.      80,00 zł  23%     320,00 zł     393,60 zł
                                                        Razem brutto             393,60 zł
"""


def test_an_icons_letter_before_a_party_heading_starts_that_partys_column() -> None:
    doc = parse_text(ICONS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.buyer.name) == ("Datacom S.A.", "Gmina Miejska Kowal")


KONTRAHENT = """\
Serwis Sieci Północ Sp. z o.o.
ul. Morska 12, 81-225 Gdynia  NIP: 5862107448
                                                      Data wystawienia:  11-05-2026
Faktura VAT sprzedaży
Nr: FS/0440/26                                        Data sprzedaży:  11-05-2026
Kontrahent:     [STAROSTWO_PUCK]
Powiat Pucki
ul. Orzeszkowej 5, 84-100 Puck
NIP: 587-16-92-133
Lp  Nazwa                                    Ilość  Jm       Cena     Wartość   St.     Wartość
                                                                      netto            brutto
 1  Dysk SSD Samsung 990 PRO 1 TB           3,0000  szt.    450,00    1 350,00  23      1 660,50
Do zapłaty: 1 660,50 PLN
"""


def test_kontrahent_is_the_buyer_and_its_code_in_brackets_no_name() -> None:
    doc = parse_text(KONTRAHENT, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.buyer.name, doc.buyer.nip) == ("Powiat Pucki", "5871692133")
    assert "buyer_name" not in doc.uncertain


def _at(*cells: tuple[int, str]) -> str:
    """A layout line: each text starting at its character column (a right-aligned figure given by its end, < 0)."""
    line = ""
    for column, text in cells:
        start = -column - len(text) if column < 0 else column
        line = line.ljust(start) + text
    return line


_HEAD = ((0, "Lp."), (5, "Nazwa"), (49, "Ilość"), (56, "J.m."), (66, "Cena"), (74, "Rabat"), (81, "Cena netto"))


def _row(qty: str, price: str, discount: str, after: str, net: str) -> tuple[tuple[int, str], ...]:
    return ((-54, qty), (56, "szt."), (-70, price), (-79, discount), (-91, after), (93, "23%"), (-111, net))


ORDER_DISCOUNT = "\n".join(
    (
        " Faktura VAT nr 7/2026                                                          Data wystawienia: 2026-04-02",
        " SPRZEDAWCA                                                NABYWCA",
        " Sklep Biurowy Ołówek Sp. z o.o.                           Gmina Dębnica Kaszubska",
        " NIP 8393005411                                            NIP 8393159841",
        _at(*_HEAD, (93, "VAT"), (104, "Wartość")),
        _at((60, "katalogowa"), (77, "%"), (106, "netto")),
        _at((1, "1"), (4, "Niszczarka Fellowes 79Ci – poziom P-4,"), *_row("2", "800,00", "–", "800,00", "1 600,00")),
        _at((4, "kosz 23 l")),
        _at((1, "2"), (4, "Laminator A3 Argo – z kompletem folii"), *_row("5", "200,00", "10%", "180,00", "900,00")),
        _at((59, "Suma wartości pozycji netto:"), (-114, "2 500,00 zł")),
        _at((54, "Rabat od wartości zamówienia 4%:"), (-114, "-100,00 zł")),
        _at((55, "Stawka"), (66, "Wartość netto"), (84, "Kwota VAT"), (99, "Wartość brutto")),
        _at((57, "23%"), (-80, "2 400,00"), (-93, "552,00"), (-113, "2 952,00")),
        _at((77, "Do zapłaty: 2 952,00 zł")),
    )
)


def test_a_discount_on_the_whole_order_under_the_table_leaves_the_names_to_the_columns() -> None:
    doc = parse_text(ORDER_DISCOUNT, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.vat_rate) for i in doc.items] == [
        ("Niszczarka Fellowes 79Ci – poziom P-4, kosz 23 l", D(2), D("1600.00"), "23"),
        ("Laminator A3 Argo – z kompletem folii", D(5), D("900.00"), "23"),
    ]


_NAMES = (
    ("Zestaw komputerowy Dell OptiPlex 7020 – i5,", "16 GB, 512 GB SSD; dostawa (poz. 1 SWZ)"),
    ("Monitor iiyama ProLite XUB2792QSU – 27 cali;", "gwarancja 36 miesięcy on-site (poz. 2 SWZ)"),
    ("Zasilacz awaryjny Eaton 5E 1100i USB – 1100", "VA, 6 gniazd; instalacja (poz. 3 SWZ)"),
)


def _split_row_pdf(path: Path) -> None:
    """A browser's print of a web invoice: the third row's name goes on on page 2 under the repeated header."""
    c = pdfgen._canvas(path)
    font = pdfgen.FONT

    def header(y: float) -> None:
        c.setFont(font, 8)
        for x, title in ((40, "Lp."), (60, "Nazwa"), (300, "Ilość"), (335, "J.m."), (390, "Cena"), (450, "Wartość")):
            c.drawString(x, y, title)
        c.drawString(520, y, "Wartość")
        c.drawString(390, y - 9, "netto")
        c.drawString(450, y - 9, "netto")
        c.drawString(520, y - 9, "brutto")

    def head_and_foot(page: int) -> None:
        c.setFont(font, 7)
        c.drawString(40, 820, "03.06.2026, 09:15")
        c.drawString(260, 820, "Faktura FV/7/06/2026")
        c.drawString(40, 30, "https://sklep.example.pl/konto/faktury/7706/druk")
        c.drawRightString(560, 30, str(page))

    def figures(y: float, qty: str, price: str, net: str, gross: str) -> None:
        c.drawRightString(318, y, qty)
        c.drawString(335, y, "szt.")
        for x, value in ((420, price), (485, net), (560, gross)):
            c.drawRightString(x, y, value)

    head_and_foot(1)
    c.setFont(pdfgen.BOLD, 12)
    c.drawString(40, 790, "Faktura VAT FV/7/06/2026")
    c.setFont(font, 8)
    c.drawString(40, 772, "Data wystawienia: 03.06.2026   Data sprzedaży: 02.06.2026")
    c.drawString(40, 758, "Sprzedawca: Komputronik Serwis Sp. z o.o., NIP 526-104-08-28")
    c.drawString(40, 744, "Nabywca: Gmina Stare Pole, NIP 579-220-33-64")
    header(715)
    rows = (("2", "3 500,00", "7 000,00", "8 610,00"), ("3", "1 200,00", "3 600,00", "4 428,00"))
    y = 695.0
    for k, (first, rest) in enumerate(_NAMES[:2]):
        c.drawString(42, y, str(k + 1))
        c.drawString(60, y, first)
        figures(y, *rows[k])
        c.drawString(60, y - 10, rest)
        y -= 26
    c.drawString(42, y, "3")
    c.drawString(60, y, _NAMES[2][0])
    figures(y, "4", "600,00", "2 400,00", "2 952,00")
    c.drawString(60, y - 10, "VA, 6 gniazd; instalacja (poz. 3")
    c.showPage()
    head_and_foot(2)
    header(790)
    c.setFont(font, 8)
    c.drawString(60, 770, "SWZ)")
    c.drawString(400, 745, "Razem netto: 13 000,00 PLN")
    c.drawString(400, 733, "VAT 23%: 2 990,00 PLN")
    c.drawString(400, 721, "Razem brutto: 15 990,00 PLN")
    c.save()


def test_a_rows_name_going_on_under_the_next_pages_repeated_header(tmp_path: Path) -> None:
    path = tmp_path / "wydruk.pdf"
    _split_row_pdf(path)
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        (" ".join(_NAMES[0]), D(2), D("7000.00")),
        (" ".join(_NAMES[1]), D(3), D("3600.00")),
        (" ".join(_NAMES[2]), D(4), D("2400.00")),
    ]
    assert doc.gross_total == D("15990.00")
    assert "items" not in doc.uncertain
