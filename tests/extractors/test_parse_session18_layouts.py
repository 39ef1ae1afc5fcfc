"""Session 18 (issue 9): mechanisms found on blind14a/blind14b, each written here in words and figures of its own.

- whole amounts printed with a dash for the grosze ("1 400,-", "150,--");
- a party heading with a German second name ("Nabywca / Käufer:"), an icon's letter before a heading ("C  Sprzedawca"),
  an ERP's "Kontrahent:" with the party's code in brackets;
- a discount on the whole order deducted under the table: neither reading adds up, the columns still bind names;
- a table whose wrapped names run into a narrow quantity column, and a row whose name goes on on the next page under
  the repeated header (a browser's print furniture between the pages).
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.backends.layout import Word
from extractors.backends.ocr import dashes_by_width, fix_common, times_doubted
from extractors.models import Invoice, Protocol, Source
from extractors.parse import parse_text
from extractors.parse.invoice import ocr_name
from extractors.parse.layout import normalise_layout
from extractors.parse.nip import find_nips
from extractors.read import read_document, read_pages
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


def test_a_dash_beside_a_model_code_is_measured_like_one_between_words() -> None:
    # "Omada EAP653 – Wi-Fi 6": the code ends in a digit; an amount's minus is never a dash
    words = [
        Word("Omada", 100, 240, 100, 130, 95.0),
        Word("EAP653", 255, 420, 100, 130, 95.0),
        Word("-", 435, 452, 112, 115, 95.0),
        Word("Wi-Fi", 467, 570, 100, 130, 95.0),
        Word("Rabat", 100, 230, 200, 230, 95.0),
        Word("1 234,56", 245, 420, 200, 230, 95.0),
        Word("-", 435, 452, 212, 215, 95.0),
        Word("100,00", 467, 600, 200, 230, 95.0),
    ]
    assert [w.text for w in dashes_by_width(words)] == [
        "Omada",
        "EAP653",
        "–",
        "Wi-Fi",
        "Rabat",
        "1 234,56",
        "-",
        "100,00",
    ]


def test_a_dash_in_the_doubtful_band_is_told_by_the_type_size() -> None:
    # letters 28 px wide: the dash (16 px) is 0.57 of a letter – the band – but 0.53 of the ascender height (30 px)
    words = [
        Word("Kabel", 100, 240, 100, 130, 95.0),
        Word("-", 255, 271, 112, 115, 95.0),
        Word("ekranowany", 286, 566, 100, 130, 95.0),
    ]
    assert dashes_by_width(words)[1].text == "–"
    # a hyphen as wide as 0.4 of the type's height stays doubted
    words = [  # narrower letters: 20 px, the dash 0.6 of one
        Word("Kabel", 100, 200, 100, 130, 95.0),
        Word("-", 215, 227, 112, 115, 95.0),
        Word("ekranowany", 242, 442, 100, 130, 95.0),
    ]
    out = dashes_by_width(words)[1]
    assert out.text == "-" and (out.confidence or 0) <= 30


def _line_image(lines: list[str], font: str, size: int) -> bytes:
    img = Image.new("L", (2400, 140 * len(lines) + 100), 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(font, size)
    for k, line in enumerate(lines):
        draw.text((80, 80 + 140 * k), line, font=face, fill=0)
    out = io.BytesIO()
    img.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


@pytest.mark.parametrize(
    "font",
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ],
)
def test_real_tesseract_tells_an_en_dash_after_a_code_from_a_spaced_hyphen(font: str) -> None:
    lines = [
        "Punkt dostępowy Omada EAP653 – Wi-Fi 6",
        "Przełącznik XGS1930-28 – 24 porty",
        "Wdrożenie systemu - etap drugi",
    ]
    pages = read_pages(_line_image(lines, font, 38), name="linie.png")
    text = pages.text.replace(" — ", " – ")  # a serif en dash reads as an em dash, which names take for "–"
    assert "EAP653 – Wi-Fi" in text
    assert "XGS1930-28 – 24" in text
    assert "systemu - etap" in text


def test_an_x_after_a_count_is_doubted_and_the_name_holding_it_uncertain() -> None:
    words = [
        Word("Macierz", 100, 240, 100, 130, 95.0),
        Word("4", 255, 270, 100, 130, 95.0),
        Word("x", 285, 300, 108, 130, 95.0),
        Word("4", 315, 330, 100, 130, 95.0),
        Word("TB", 345, 380, 100, 130, 95.0),
        Word("Box", 100, 160, 200, 230, 95.0),  # a word's x is no sign
        Word("x", 175, 190, 208, 230, 95.0),
        Word("Pro", 205, 260, 200, 230, 95.0),
    ]
    out = times_doubted(words)
    assert (out[2].confidence or 0) <= 30 and out[6].confidence == 95.0
    text = """\
Faktura VAT nr 4/2026
Sprzedawca: Datacom S.A., NIP 8881002315
Nabywca: Gmina Miejska Kowal, NIP 8881152115
Lp.  Nazwa                                      Ilość  J.m.       Cena     Wartość  VAT      Wartość
                                                                 netto       netto             brutto
 1   Macierz dyskowa 4 x 4 TB                      1   szt.   5 000,00    5 000,00  23%      6 150,00
Razem netto 5 000,00 VAT 1 150,00 brutto 6 150,00
"""
    doc = parse_text(text, file="f.png", source=Source.OCR, weak_tokens=("x",))
    assert isinstance(doc, Invoice)
    assert doc.items[0].name == "Macierz dyskowa 4 x 4 TB"
    assert "items" in doc.uncertain
    # a text PDF prints what was typed
    assert "items" not in parse_text(text, file="f.pdf", source=Source.PDF_TEXT).uncertain


def test_ocr_letters_for_digits_and_units_at_a_names_end() -> None:
    assert ocr_name("Serwer HPE ProLiant DL20 Genl1 – Xeon") == "Serwer HPE ProLiant DL20 Gen11 – Xeon"
    assert ocr_name("Zasilacz UPS 3000 VA / 2700 w") == "Zasilacz UPS 3000 VA / 2700 W"
    assert ocr_name("Szkolenie w siedzibie") == "Szkolenie w siedzibie"
    assert ocr_name("ł Licencja Acronis Cyber Protect") == "Licencja Acronis Cyber Protect"
    assert ocr_name("z Dostawą do siedziby") == "z Dostawą do siedziby"


CODE_FIRST = """\
Hurtownia Biurowa Alfa Sp. z o.o. | ul. Składowa 4, 61-888 Poznań | NIP 7010003417
Faktura VAT FS/0201/26                                  Data wyst.: 02.03.2026  Data sprz.: 02.03.2026
Nabywca: Gmina Miejska Kowal, ul. Piłsudskiego 33, 87-820 Kowal, NIP: 888-115-21-15
 Kod         Nazwa                                 Ilość  Jm       Cena  Wart. netto  VAT   Kw. VAT        Wart.
                                                                  netto                                   brutto
 TN-20411    Toner Brother TN-2421 czarny              4  szt.    210,00       840,00  23     193,20     1 033,20
 PP-88120    Papier ksero A4 80 g, karton 5 ryz       10  kart.   115,00     1 150,00  23     264,50     1 414,50
             RAZEM                                                         1 990,00         457,70     2 447,70
Do zapłaty: 2 447,70 PLN
"""


def test_an_article_code_column_before_the_name_and_a_kw_vat_column() -> None:
    doc = parse_text(CODE_FIRST, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.vat, i.gross) for i in doc.items] == [
        ("Toner Brother TN-2421 czarny", D(4), D("193.20"), D("1033.20")),
        ("Papier ksero A4 80 g, karton 5 ryz", D(10), D("264.50"), D("1414.50")),
    ]
    assert "items" not in doc.uncertain
    # a name still opening with such a code is reported, never passed on silently
    glued = CODE_FIRST.replace("Kod         Nazwa     ", "Nazwa                ")
    read = parse_text(glued, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(read, Invoice)
    assert all(not i.name.startswith(("TN-", "PP-")) for i in read.items) or "items" in read.uncertain


INCREASE = """\
                       FAKTURA KORYGUJĄCA nr KOR/4/2026
                          do faktury VAT nr FV/12/2026 z dnia 10.02.2026
  Data wystawienia korekty: 20.02.2026
  Sprzedawca:                                               Nabywca:
  Serwis Komputerowy Beta Sp. z o.o.                        Gmina Chełmiec
  NIP 526-104-08-28                                         NIP 734-350-93-10
Pozycje przed korektą
 Lp.  Nazwa                              Ilość  J.m.  Cena netto    Wartość  VAT       Kwota      Wartość
                                                                       netto             VAT        brutto
  1   Czytnik kodów kreskowych             2  szt.      300,00     600,00  23%      138,00      738,00
      Razem                                                        600,00           138,00      738,00
Pozycje po korekcie
 Lp.  Nazwa                              Ilość  J.m.  Cena netto    Wartość  VAT       Kwota      Wartość
                                                                       netto             VAT        brutto
  1   Czytnik kodów kreskowych             2  szt.      350,00     700,00  23%      161,00      861,00
      Razem                                                        700,00           161,00      861,00
Różnica
                            Netto            VAT          Brutto
 Zwiększenie                100,00          23,00         123,00
                                                                 Kwota do dopłaty: 123,00 PLN
"""


def test_a_corrections_difference_printed_as_an_increase_row_is_its_total() -> None:
    doc = parse_text(INCREASE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("100.00"), D("23.00"), D("123.00"))
    lower = parse_text(
        INCREASE.replace("350,00     700,00", "250,00     500,00")
        .replace("161,00      861,00", "115,00      615,00")
        .replace("700,00           161,00      861,00", "500,00           115,00      615,00")
        .replace("Zwiększenie", "Zmniejszenie")
        .replace("Kwota do dopłaty", "Kwota do zwrotu"),
        file="f.pdf",
        source=Source.PDF_TEXT,
    )
    assert isinstance(lower, Invoice)
    assert lower.gross_total == D("-123.00")


PROTOCOL_HEADER_ROW = """\
                         PROTOKÓŁ ZDAWCZO-ODBIORCZY
Numer protokołu            Data odbioru             Miejsce odbioru               Podstawa
PZ/7/2026                  04.05.2026               Stare Pole                    Umowa nr 9/2026
Przekazujący (Wykonawca)                               Odbierający (Zamawiający)
Serwis Komputerowy Beta Sp. z o.o.                     Gmina Stare Pole
NIP: 526-104-08-28                                     NIP: 579-220-33-64
 Lp.  Nazwa przedmiotu                                  J.m.      Ilość  Stan
 1   Drukarka laserowa Brother HL-L5210DN                szt.          2  nowy
"""


def test_a_protocols_number_under_its_label_in_a_header_row() -> None:
    doc = parse_text(PROTOCOL_HEADER_ROW, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert doc.number == "PZ/7/2026"
    assert "9/2026" in " ".join(doc.references)


def test_an_ocr_letterhead_losing_its_separators_keeps_the_name_before_the_street() -> None:
    text = """\
Sudety Serwis Sp. z o.o. ul. Fabryczna 17, 58-500 Jelenia Góra NIP 6110202860
Faktura VAT FVS/77/26                                      Data wyst.: 13.10.2026
Nabywca: Gmina Miejska Karpacz, ul. Kopernika 7, 58-540 Karpacz, NIP: 611-027-53-62
 Lp  Nazwa                                  Ilość  Jm       Cena  Wart. netto  VAT   Kw. VAT   Wart. brutto
 1   Mysz optyczna Logitech B100               10  szt.     25,00       250,00  23     57,50         307,50
Do zapłaty: 307,50 PLN
"""
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Sudety Serwis Sp. z o.o."


def test_an_ocr_unit_heading_read_with_a_hyphen_keeps_the_unit_out_of_the_name() -> None:
    text = """\
                          PROTOKÓŁ ZDAWCZO-ODBIORCZY nr PZ/9/2026
Przekazujący (Wykonawca)                                Odbierający (Zamawiający)
Serwis Komputerowy Beta Sp. z o.o.                      Gmina Stare Pole
NIP: 526-104-08-28                                      NIP: 579-220-33-64
 Lp.  Nazwa przedmiotu                                                  J-m.       Ilość  Stan
  1   Czytnik kart ACS ACR39U                                            szt.         6  nowy, sprawny
  2   Subskrypcja antywirusowa ESET (GOV)                                lic.        12  aktywna
"""
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.unit) for i in doc.items] == [
        ("Czytnik kart ACS ACR39U", "szt."),
        ("Subskrypcja antywirusowa ESET (GOV)", "lic."),
    ]


def test_ocr_of_whole_amounts_a_space_before_the_dash_or_the_dash_lost() -> None:
    row = " 1.  Naprawa     2     szt.      1 400,-     2800,-  23%        3 444, -"
    lost = " 2.  Dojazd    12    szt.       150,-      1800,  23%        2 214,-"
    assert normalise_layout(row + "\n" + lost).split("\n") == [
        " 1.  Naprawa     2     szt.     1 400,00    2800,00  23%        3 444,00",
        " 2.  Dojazd    12    szt.      150,00    1800,00  23%       2 214,00",
    ]
    # a comma before a gap on a page without whole amounts is left alone
    assert normalise_layout("pozycje 1, 2 i 3,  razem") == "pozycje 1, 2 i 3,  razem"


def test_a_nip_whose_digit_groups_ocr_spaced_oddly() -> None:
    assert find_nips("NIP 513-023 -70-51") == [(0, "5130237051")]


def test_ocr_slips_in_names_a_spaced_capacity_a_dollar_for_s_a_dotted_z_in_the_legal_form() -> None:
    assert ocr_name("Serwer NAS z 4 dyskami WD Red Plus 6 T8") == "Serwer NAS z 4 dyskami WD Red Plus 6 TB"
    assert ocr_name("Przełącznik 840G8") == "Przełącznik 840G8"  # glued and no power of two: maybe a model
    assert fix_common("Kujawskie Centrum $ystemów IT") == "Kujawskie Centrum Systemów IT"
    assert fix_common("opłata $ 100") == "opłata $ 100"
    text = """\
Faktura VAT nr 5/2026
Sprzedawca: Kujawskie Centrum Systemów IT Sp. ż 0.0., NIP 526-104-08-28
Nabywca: Gmina Stare Pole, NIP 579-220-33-64
Do zapłaty: 100,00 zł
"""
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert doc.seller.name == "Kujawskie Centrum Systemów IT Sp. z o.o."
