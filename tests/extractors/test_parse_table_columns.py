"""Item tables read by their columns (header cells → column ranges → rows): a name wrapped under its
row, serial numbers wrapped under the name, a note printed across the page under the table, a
correction's "było / jest" rows sharing one name, a table continued on the next page under its
repeated header; and the choice between the column reading and the arithmetic one by the self-checks."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D
from pathlib import Path

from extractors.models import Invoice, LineItem, Source
from extractors.parse import parse_text
from extractors.parse.columns import ColumnTable, choose_items, column_key, header_columns, read_columns, read_tables
from extractors.parse.text import split_lines
from extractors.read import read_document


def test_header_words_name_their_columns() -> None:
    keys = {
        "Lp.": "lp",
        "Kod / Nazwa towaru": "name",
        "Zakres wykonanych prac": "name",
        "PKWiU": "code",
        "Ilość": "qty",
        "Liczba godzin": "qty",
        "J.m.": "unit",
        "Cena jedn. netto": "price",
        "Cena brutto": "price_gross",
        "Wartość netto": "net",
        "Wart. netto": "net",
        "Stawka podatku": "rate",
        "VAT %": "rate",
        "Kwota VAT": "vat",
        "VAT": "vat_or_rate",
        "Wartość brutto": "gross",
        "Wykonał": "text",
    }
    assert {title: column_key(title) for title in keys} == keys


def test_a_second_header_line_completes_the_titles_above_it() -> None:
    head = "Lp  Nazwa                 Ilość  Cena netto    Wartość  VAT     Kwota   Wartość"
    tail = "                                                netto    %       VAT     brutto"
    columns = header_columns(head, tail)
    assert columns is not None
    assert [c.key for c in columns] == ["lp", "name", "qty", "price", "net", "rate", "vat", "gross"]
    assert header_columns("Sprzedawca:            Nabywca:        NIP") is None


_WRAPPED = """\
FAKTURA VAT nr 12/04/2026
Sprzedawca: Hurtownia Komputerowa Orion Sp. z o.o., NIP 526-104-08-28
Nabywca: Gmina Stare Pole, NIP 579-220-33-64
Lp  Nazwa towaru                              Ilość  J.m.  Cena netto     Wartość  VAT        Brutto
                                                                            netto
 1  Serwer Dell PowerEdge T360 Xeon E-2414        1  szt.    9 800,00    9 800,00  23%     12 054,00
    32 GB RAM, 2 x 2 TB
    S/N: 7HX2K93, 7HX2K94,
    8PQ1Z20
 2  Zasilacz awaryjny APC Smart-UPS 1500          2  szt.    2 150,00    4 300,00  23%      5 289,00
Sprzęt objęto gwarancją producenta na 36 miesięcy od dnia dostawy do siedziby Zamawiającego.
                                                     Razem netto:      14 100,00 PLN
                                                     Razem VAT:         3 243,00 PLN
                                                     Razem brutto:     17 343,00 PLN
"""


def test_rows_wrapped_names_serials_and_a_note_under_the_table() -> None:
    table = read_columns(split_lines(_WRAPPED, ocr=False))
    assert table is not None
    assert [(i.position, i.name, i.qty, i.net, i.gross) for i in table.items] == [
        (1, "Serwer Dell PowerEdge T360 Xeon E-2414 32 GB RAM, 2 x 2 TB", D(1), D("9800.00"), D("12054.00")),
        (2, "Zasilacz awaryjny APC Smart-UPS 1500", D(2), D("4300.00"), D("5289.00")),
    ]
    assert table.items[0].serial_numbers == ("7HX2K93", "7HX2K94", "8PQ1Z20")


def test_the_note_across_the_page_is_no_part_of_the_last_name() -> None:
    doc = parse_text(_WRAPPED, file="orion.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items][-1] == "Zasilacz awaryjny APC Smart-UPS 1500"
    assert (doc.net_total, doc.gross_total) == (D("14100.00"), D("17343.00"))


_STATES = """\
FAKTURA KORYGUJĄCA nr KOR/7/2026
Sprzedawca: Serwis Bajt Jan Nowak, NIP 526-104-08-28
Nabywca: Gmina Stare Pole, NIP 579-220-33-64
Lp  Nazwa                                   Ilość  J.m.  Cena netto    Wartość  VAT  Kwota VAT     Wartość
                                                                        netto                      brutto
 1  Przełącznik HPE Aruba 1930 24G    było      2  szt.    1 500,00    3 000,00  23%     690,00    3 690,00
    PoE 370W
                                      jest      2  szt.    1 400,00    2 800,00  23%     644,00    3 444,00
                                     różnica    0  szt.     -100,00     -200,00  23%     -46,00     -246,00
                                                                   Netto        VAT      Brutto
                                                 Przed korektą    3 000,00     690,00    3 690,00
                                                 Po korekcie      2 800,00     644,00    3 444,00
                                                 Różnica           -200,00     -46,00     -246,00
"""


def test_a_corrections_states_share_the_name_wrapped_between_them() -> None:
    table = read_columns(split_lines(_STATES, ocr=False), correction=True)
    assert table is not None
    name = "Przełącznik HPE Aruba 1930 24G PoE 370W"
    assert [(i.name, i.before_correction, i.net, i.gross) for i in table.items] == [
        (name, True, D("3000.00"), D("3690.00")),
        (name, False, D("2800.00"), D("3444.00")),
    ]


def _item(name: str, net: str, gross: str, qty: int = 1) -> LineItem:
    n, g = D(net), D(gross)
    return LineItem(name=name, qty=D(qty), unit_net=n / qty, net=n, vat_rate="23", vat=g - n, gross=g)


def test_the_reading_that_passes_the_checks_is_chosen() -> None:
    by_columns = ColumnTable((), (_item("Serwer", "100.00", "123.00"), _item("UPS", "50.00", "61.50")), 0)
    # the arithmetic reading lost a row: its lines do not add up to the totals
    lost = [_item("Serwer", "100.00", "123.00")]
    assert [i.name for i in choose_items(lost, [by_columns], D("150.00"), D("184.50"))] == ["Serwer", "UPS"]
    # both add up: the figures stay, a name the columns bound more tightly is taken
    glued = [_item("Serwer 26.20.14.0", "100.00", "123.00"), _item("UPS", "50.00", "61.50")]
    assert [i.name for i in choose_items(glued, [by_columns], D("150.00"), D("184.50"))] == ["Serwer", "UPS"]
    # the columns do not add up either: nothing is replaced by a reading that fails its checks
    wrong = ColumnTable((), (_item("Serwer", "100.00", "123.00"),), 0)
    assert choose_items(lost, [wrong], D("150.00"), D("184.50")) == lost


def _column_pdf(path: Path) -> None:
    """An invoice whose table continues on page 2 under its repeated header, names wrapping."""
    from reportlab.pdfgen import canvas

    from tests.fixtures import pdfgen

    pdfgen.register_fonts()
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H), invariant=1)
    columns = ((60, "Nazwa"), (330, "Ilość"), (400, "Cena netto"), (470, "Wartość netto"), (540, "Brutto"))

    def header(y: float) -> None:
        c.setFont(pdfgen.BOLD, 8)
        c.drawString(40, y, "Lp")
        for x, title in columns:
            if title == "Nazwa":
                c.drawString(x, y, title)
            else:
                c.drawRightString(x, y, title)
        c.setFont(pdfgen.FONT, 8)

    def row(y: float, lp: int, name: list[str], qty: str, price: str, net: str, gross: str) -> float:
        c.drawString(42, y, str(lp))
        c.drawString(60, y, name[0])
        for x, value in zip((330, 400, 470, 540), (qty, price, net, gross), strict=True):
            c.drawRightString(x, y, value)
        for more in name[1:]:
            y -= 11
            c.drawString(60, y, more)
        return y - 14

    c.setFont(pdfgen.BOLD, 12)
    c.drawString(40, 800, "FAKTURA VAT nr 31/2026/KP")
    c.setFont(pdfgen.FONT, 8)
    c.drawString(40, 780, "Data wystawienia: 05.05.2026   Data sprzedaży: 05.05.2026")
    c.drawString(40, 766, "Sprzedawca: Komputery Plus Sp. z o.o., NIP 526-104-08-28")
    c.drawString(40, 752, "Nabywca: Gmina Stare Pole, NIP 579-220-33-64")
    header(720)
    y = row(
        704,
        1,
        ["Komputer stacjonarny Lenovo ThinkCentre", "M70s Gen 5 i5/16GB/512GB"],
        "4",
        "3 100,00",
        "12 400,00",
        "15 252,00",
    )
    y = row(y, 2, ['Monitor Dell P2425H 24"'], "4", "700,00", "2 800,00", "3 444,00")
    c.drawString(40, 60, "Strona 1 z 2")
    c.showPage()
    c.setFont(pdfgen.FONT, 8)
    c.drawString(40, 800, "Faktura VAT nr 31/2026/KP – ciąg dalszy")
    header(770)
    y = row(754, 3, ["Przełącznik sieciowy TP-Link", "TL-SG3428 24 porty"], "1", "1 000,00", "1 000,00", "1 230,00")
    c.drawString(300, y - 10, "Razem netto: 16 200,00 PLN")
    c.drawString(300, y - 24, "Razem VAT: 3 726,00 PLN")
    c.drawString(300, y - 38, "Razem brutto: 19 926,00 PLN")
    c.drawString(40, 60, "Strona 2 z 2")
    c.save()


def test_a_table_continued_under_its_repeated_header_in_a_text_pdf(tmp_path: Path) -> None:
    path = tmp_path / "dwie-strony.pdf"
    _column_pdf(path)
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert [(i.position, i.name, i.qty, i.net, i.gross) for i in doc.items] == [
        (1, "Komputer stacjonarny Lenovo ThinkCentre M70s Gen 5 i5/16GB/512GB", D(4), D("12400.00"), D("15252.00")),
        (2, 'Monitor Dell P2425H 24"', D(4), D("2800.00"), D("3444.00")),
        (3, "Przełącznik sieciowy TP-Link TL-SG3428 24 porty", D(1), D("1000.00"), D("1230.00")),
    ]
    assert (doc.net_total, doc.gross_total) == (D("16200.00"), D("19926.00"))


def test_the_column_reading_follows_the_table_onto_the_next_page(tmp_path: Path) -> None:
    from extractors.backends.pdf_text import extract_pages

    path = tmp_path / "dwie-strony.pdf"
    _column_pdf(path)
    text = "\n\f\n".join(page or "" for page in extract_pages(path.read_bytes()))
    table = read_columns(split_lines(text, ocr=False))
    assert table is not None
    assert [(i.position, i.qty, i.unit_net, i.net) for i in table.items] == [
        (1, D(4), D("3100.00"), D("12400.00")),
        (2, D(4), D("700.00"), D("2800.00")),
        (3, D(1), D("1000.00"), D("1000.00")),
    ]
    assert table.items[2].name == "Przełącznik sieciowy TP-Link TL-SG3428 24 porty"


_TIMESHEET = """\
                  PROTOKÓŁ ODBIORU PRAC WDROŻENIOWYCH
                                      Nr PO/4/2026 z dnia 20.02.2026
 Zamawiający:                                          Wykonawca:
 Gmina Stare Pole                                      Serwis IT Kowalski Sp. z o.o.
 NIP 5792203364                                        NIP 5261040828
Lp.     Data     Zakres wykonanych prac                                 Liczba  Wykonał
                                                                        godzin
 1   12.02.2026  Aktualizacja oprogramowania serwera plików                  5  K. Nowak
 2   14.02.2026  Przegląd kopii zapasowych                                   3  M. Zieliński
                                                             Łącznie: 8 godz.
 Zamawiający potwierdza wykonanie prac zgodnie z umową.
"""


def test_a_timesheet_row_ends_at_its_count_and_the_sum_line_is_no_name() -> None:
    doc = parse_text(_TIMESHEET, file="karta.pdf", source=Source.PDF_TEXT)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Aktualizacja oprogramowania serwera plików", D(5)),
        ("Przegląd kopii zapasowych", D(3)),
    ]


_BEFORE_AFTER_WORDS = """\
 FAKTURA KORYGUJĄCA nr FK/12/2026
 Sprzedawca: Serwis Bajt Jan Nowak, NIP 526-104-08-28
 Nabywca: Gmina Stare Pole, NIP 579-220-33-64
Lp.  Nazwa                                          Ilość  Cena netto    Wartość  VAT        Wartość
                                                                            netto              brutto
 1.  Drukarka laserowa Brother HL-L5210DN  przed         2     3 957,63    7 915,26  23%       9 735,77
    z dodatkowym podajnikiem
                                         po            1     3 957,63    3 957,63  23%       4 867,88
                                         różnica      -1                 -3 957,63           -4 867,89
                                                        Razem różnica netto: -3 957,63 PLN
                                                        Różnica VAT: -910,26 PLN
                                                        Razem różnica brutto: -4 867,89 PLN
"""


def test_before_and_after_words_in_the_name_column_and_a_difference_row_is_no_totals() -> None:
    doc = parse_text(_BEFORE_AFTER_WORDS, file="korekta.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    # "-1  -3 957,63  -4 867,89" holds no totals -1 + -3 = -4 made of split digit groups
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("-3957.63"), D("-910.26"), D("-4867.89"))
    name = "Drukarka laserowa Brother HL-L5210DN z dodatkowym podajnikiem"
    assert [(i.name, i.qty, i.net, i.before_correction) for i in doc.items] == [
        (name, D(2), D("7915.26"), True),
        (name, D(1), D("3957.63"), False),
    ]


_GROSS_PRICED = """\
Lp  Nazwa                                  Ilość  Cena brutto   Wartość brutto   VAT
 1  Toner Brother TN-2421 oryginalny           4       123,00           492,00   23%
 2  Kabel sieciowy kat. 6 (5 m)               10        24,60           246,00   23%
"""


def test_a_gross_priced_table_keeps_its_net_unprinted() -> None:
    table = read_columns(split_lines(_GROSS_PRICED, ocr=False))
    assert table is not None
    assert [(i.qty, i.unit_gross, i.net, i.vat, i.gross) for i in table.items] == [
        (D(4), D("123.00"), None, None, D("492.00")),
        (D(10), D("24.60"), None, None, D("246.00")),
    ]


_EAN_COLUMN = """\
  Lp  Nazwa towaru                                      EAN                Ilość  Cena brutto  VAT     Wartość brutto
  1   Klawiatura Logitech K120 USB                      5906561139898         2         50,43   23%             100,86
  2   Poradnik „Bezpieczeństwo informacji w urzędzie gminy  5908756220892     3         42,00   5%              126,00
      i starostwa”
"""


def test_digits_under_a_code_heading_stay_in_the_code_column() -> None:
    table = read_columns(split_lines(_EAN_COLUMN, ocr=False))
    assert table is not None
    first, second = table.items
    assert (first.qty, first.unit_gross, first.gross) == (D(2), D("50.43"), D("100.86"))
    assert second.name == "Poradnik „Bezpieczeństwo informacji w urzędzie gminy i starostwa”"
    assert second.gross == D("126.00")


def test_what_a_column_left_empty_comes_from_the_other_reading_of_the_same_row() -> None:
    book = dataclasses.replace(_item("Poradnik", "120.00", "126.00", qty=3), vat_rate="5")
    by_columns = ColumnTable((), (dataclasses.replace(book, qty=None, unit_net=None),), 0)
    parsed = [dataclasses.replace(book, vat=D("9.99"))]  # its VAT misread: it fails net + VAT = gross
    chosen = choose_items(parsed, [by_columns], D("120.00"), D("126.00"))
    assert [(i.qty, i.vat) for i in chosen] == [(D(3), D("6.00"))]


_SERIALS_ACROSS = """\
 Lp.  Nazwa towaru                             Ilość  J.m.  Cena jedn.  Stawka  Wartość      Wartość
                                                               netto   VAT         netto      brutto
  1.  Drukarka wielofunkcyjna Brother MFC-L8900    2  szt.   2.000,00  23%      4.000,00     4.920,00
      SN: E78123K4N, E78123K5P … (lista w WZ) Gwarancja 36 m-cy
  2.  Czytnik kodów kreskowych Zebra DS2208        3  szt.     300,00  23%        900,00     1.107,00
"""


def test_a_serial_line_running_across_the_page_is_the_rows_serials() -> None:
    table = read_columns(split_lines(_SERIALS_ACROSS, ocr=False))
    assert table is not None
    assert [(i.name, i.serial_numbers) for i in table.items] == [
        ("Drukarka wielofunkcyjna Brother MFC-L8900", ("E78123K4N", "E78123K5P")),
        ("Czytnik kodów kreskowych Zebra DS2208", ()),
    ]


_SECTIONS = """\
FAKTURA KORYGUJĄCA nr KOR/9/2026
Sprzedawca: Serwis Bajt Jan Nowak, NIP 526-104-08-28
Nabywca: Gmina Stare Pole, NIP 579-220-33-64
Przyczyna korekty: zwrot towaru
Treść korygowana (było):
 Lp   Nazwa                                      Ilość  J.m.  Cena netto     Wartość   VAT      Kwota      Brutto
                                                                               netto              VAT
  1   Tablet Samsung Galaxy Tab A9+ 11"             5   szt.    1 000,00     5 000,00  23%    1 150,00    6 150,00
  2   Etui ochronne do tabletu                      5   szt.       50,00       250,00  23%       57,50      307,50
Treść prawidłowa (powinno być):
 Lp   Nazwa                                      Ilość  J.m.  Cena netto     Wartość   VAT      Kwota      Brutto
                                                                               netto              VAT
  1   Tablet Samsung Galaxy Tab A9+ 11"             4   szt.    1 000,00     4 000,00  23%      920,00    4 920,00
  2   Etui ochronne do tabletu                      4   szt.       50,00       200,00  23%       46,00      246,00
Podsumowanie korekty:
                                   Netto             VAT              Brutto
 Przed korektą                   5 250,00        1 207,50          6 457,50
 Po korekcie                     4 200,00          966,00          5 166,00
 Różnica                        -1 050,00         -241,50         -1 291,50
"""


def test_a_corrections_sections_each_under_the_header_repeated() -> None:
    doc = parse_text(_SECTIONS, file="korekta.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.qty, i.net, i.before_correction) for i in doc.items] == [
        (D(5), D("5000.00"), True),
        (D(5), D("250.00"), True),
        (D(4), D("4000.00"), False),
        (D(4), D("200.00"), False),
    ]


_ORDER_THEN_ADVANCE = """\
FAKTURA ZALICZKOWA nr FZ/3/2026
Sprzedawca: Hurtownia Komputerowa Orion Sp. z o.o., NIP 526-104-08-28
Nabywca: Gmina Stare Pole, NIP 579-220-33-64
Zamówienie (umowa nr 7/2026) – informacyjnie:
 Lp  Przedmiot zamówienia                             Ilość  J.m.     Wartość  VAT  Wartość brutto
                                                                        netto
  1  Serwer Dell PowerEdge T360                           1  szt.     20 000,00  23%       24 600,00
  2  Zasilacz awaryjny APC Smart-UPS 1500                 2  szt.      5 000,00  23%        6 150,00
     Wartość zamówienia                                              25 000,00            30 750,00
Rozliczenie otrzymanej zaliczki:
 Lp  Nazwa                                              Wartość  Stawka    Kwota VAT        Brutto
                                                           netto
  1  Zaliczka 40% na poczet dostawy sprzętu wg          10 000,00  23%        2 300,00   12 300,00
     umowy nr 7/2026
                                                  Razem           10 000,00      2 300,00        12 300,00
"""


def test_an_order_listed_for_information_is_not_the_advance_invoices_item() -> None:
    tables = read_tables(split_lines(_ORDER_THEN_ADVANCE, ocr=False))
    assert [len(t.items) for t in tables] == [2, 1]  # "Wartość zamówienia" is the order's sum, not a row
    doc = parse_text(_ORDER_THEN_ADVANCE, file="zaliczka.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.net, i.gross) for i in doc.items] == [
        ("Zaliczka 40% na poczet dostawy sprzętu wg umowy nr 7/2026", D("10000.00"), D("12300.00"))
    ]


_COUNT_IN_WRAPPED_NAME = """\
FAKTURA VAT nr 5/06/2026
Sprzedawca: Softnet Polska Sp. z o.o., NIP 5261040828
Nabywca: Gmina Stare Pole, NIP 5792203364
 Lp.  Nazwa                                            Ilość  J.m.      Wartość   VAT %   Kwota VAT        Wartość
                                                                           netto                             brutto
  1.  Licencja ESET PROTECT Entry z konsolą chmurową 3  25  lic.    2 500,00    23        575,00       3 075,00
      lata
  2.  Drukarka Brother HL-L2400DW                      2   szt.      1 000,00    23        230,00       1 230,00
      RAZEM                                                            3 500,00              805,00       4 305,00
"""


def test_a_rows_count_is_not_read_into_its_wrapped_name() -> None:
    doc = parse_text(_COUNT_IN_WRAPPED_NAME, file="eset.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Licencja ESET PROTECT Entry z konsolą chmurową 3 lata", D(25)),
        ("Drukarka Brother HL-L2400DW", D(2)),
    ]


def test_szt_heads_the_quantity_column() -> None:
    assert column_key("Szt.") == "qty"


_THREE_LINE_HEADER = """\
 L.p.  Nazwa towaru / usługi               J.m.  Ilość     Cena      Wartość  Stawka     Kwota       Wartość
                                                           jedn.       netto   VAT         VAT        brutto
                                                           netto
  1.  Kamera IP Dahua IPC-HFW2441S            szt.   10     400,00     4 000,00  23%       920,00      4 920,00
  2.  Szkolenie z obsługi systemu monitoringu  usł.  1    2 000,00    2 000,00  zw          0,00      2 000,00
      wizyjnego
"""


def test_a_headers_third_line_does_not_end_the_table() -> None:
    table = read_columns(split_lines(_THREE_LINE_HEADER, ocr=True))
    assert table is not None
    assert [(i.name, i.qty, i.unit, i.unit_net, i.net) for i in table.items] == [
        ("Kamera IP Dahua IPC-HFW2441S", D(10), "szt.", D("400.00"), D("4000.00")),
        ("Szkolenie z obsługi systemu monitoringu wizyjnego", D(1), "usł.", D("2000.00"), D("2000.00")),
    ]


_PROTOCOL_UNREADABLE_COUNT = """\
PROTOKÓŁ ODBIORU CZĘŚCIOWEGO nr PO/2/2026
Zamawiający: Gmina Stare Pole, NIP 5792203364
Wykonawca: Serwis IT Kowalski Sp. z o.o., NIP 5261040828
 Lp.  Element przedmiotu umowy               j.m.  Ilość   Wartość wg    % wyk.        Wartość   Uwagi
                                                          umowy netto                wykonana
  1.  Dostawa przełączników sieciowych       szt.     3        6 000,00    100%        6 000,00  wykonano
  2.  Konfiguracja zapory sieciowej           usł.     i        4 000,00      0%            0,00  nie rozpoczęto
  3.  Szkolenie administratorów              usł.     1        2 000,00      0%            0,00  nie rozpoczęto
Zamawiający potwierdza odbiór częściowy.
"""


def test_a_protocol_row_whose_count_ocr_garbled_is_still_a_row() -> None:
    doc = parse_text(_PROTOCOL_UNREADABLE_COUNT, file="po.png", source=Source.OCR)
    assert [i.name for i in doc.items] == [
        "Dostawa przełączników sieciowych",
        "Konfiguracja zapory sieciowej",
        "Szkolenie administratorów",
    ]


def test_a_speck_before_a_name_in_the_name_column_is_no_part_of_it() -> None:
    text = _SECTIONS.replace("  1   Tablet Samsung", "  1   - Tablet Samsung")
    doc = parse_text(text, file="korekta.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.items[0].name == 'Tablet Samsung Galaxy Tab A9+ 11"'
