"""Session 24 (issue 9): the silent values of blind20b (held out last session, read now), by mechanism, each
written here in words and figures of its own.

- a legal form whose S OCR read with an accent ("Śp. z 0.0.") or as a figure ("5p. z o.o.") is spelt back;
- a name whose legal form its line began and the next line completes ("Nazwa: … Spółka" / "Jawna",
  "… spółka z" / "ograniczoną odpowiedzialnością") is read whole (it had stopped at "Spółka", silently);
- an item's serial numbers listed after one label ("S/N: A, B, C") are all serials, not the name's rest, and a
  licence's key under its name ("Klucz licencyjny: …") is a description, and so is a lower-case line with a
  dashed remark of its own under a name closed by one ("… – gratis" / "do każdego zestawu – promocja");
- the general guard: an item name holding a description's label ("Klucz licencyjny:", "S/N:") or a list of serials
  is uncertain, whatever layout put it there;
- OCR's "Deli OptiPlex … SFE" is Dell's OptiPlex in its small form factor;
- a unit price with four decimals in digit groups ("3 629,3462") is one price (its row had no quantity and the
  quantity went into the name); a quantity equal to the discount after the catalogue price is the figure before its
  unit, and that figure is no part of the name; a price printed before the quantity ("… na 1  3 907,72  1  kpl.")
  leaves the name its own figure;
- (missing, not silent) a letterhead set right, alone on the first line, over a title at the left: the seller;
- (missing, not silent) a number's last figure OCR set apart at the line's end ("Nr / No.: CN/2026/0088 6"): joined,
  with a warning;
- (missing, not silent) a title a curved photo broke at a baseline step, its end ("VAT nr FV-00620/06/ 2026") read
  over "Faktura": the number;
- (missing, not silent) a series number alone in the header over the dates, the title over it unread (white on a
  coloured band): read, and uncertain.
"""

# ruff: noqa: E501 - the layouts are as wide as the printed pages

from __future__ import annotations

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.confidence import _name_problem
from extractors.parse.invoice import ocr_name
from extractors.parse.parties import _clean_name, ocr_legal_form

_PAGE = """\
{letterhead}
ul. Kolejowa 8, 58-500 Jelenia Góra  NIP 611-020-39-81
{title}                                                 Data wystawienia: 04.12.2026
                                                                           Data sprzedaży: 04.12.2026
Sprzedawca                                                  Nabywca
{seller}                                                    Gmina Mysłakowice
ul. Kolejowa 8                                              ul. Szkolna 5
58-500 Jelenia Góra                                         58-533 Mysłakowice
NIP 611-020-39-81                                           NIP 611-019-92-40
Lp.  Nazwa towaru / usługi                    Ilość  j.m.  Cena netto   Wartość netto  VAT  Kwota VAT  Wartość brutto
 1   {item}                                     3   szt.       500,00      1 500,00  23%    345,00     1 845,00
                                                                   Razem   1 500,00         345,00     1 845,00
                                                                      Do zapłaty: 1 845,00 PLN
"""


def _page(**kw: str) -> str:
    values = {
        "letterhead": "Karkonoskie Centrum Komputerowe Sp. z o.o.",
        "title": "Faktura VAT nr 118/12/2026",
        "seller": "Karkonoskie Centrum Komputerowe Sp. z o.o.",
        "item": "Zasilacz awaryjny UPS 1500 VA",
    }
    values.update(kw)
    return _PAGE.format(**values)


def _ocr(text: str) -> Invoice:
    doc = parse_text(text, file="skan.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    return doc


def test_a_legal_form_whose_s_ocr_read_with_an_accent_or_as_a_figure_is_spelt_back() -> None:
    assert ocr_legal_form("Karkonoskie Centrum Śp. z 0.0.") == "Karkonoskie Centrum Sp. z o.o."
    assert ocr_legal_form("Karkonoskie Centrum Śp. z o.o.") == "Karkonoskie Centrum Sp. z o.o."
    assert ocr_legal_form("Karkonoskie Centrum 5p. z o.o.") == "Karkonoskie Centrum Sp. z o.o."
    assert ocr_legal_form("Karkonoskie Centrum Sp. zo.o.") == "Karkonoskie Centrum Sp. z o.o."
    assert _clean_name("Karkonoskie Centrum Komputerowe Śp. z 0.0.") == "Karkonoskie Centrum Komputerowe Sp. z o.o."
    # a form read right stays as printed; a figure glued to a word is no form
    assert ocr_legal_form("Centrum sp. z o.o.") == "Centrum sp. z o.o."
    assert ocr_legal_form("Lokal 15p. z o.o.") == "Lokal 15p. z o.o."
    read = "Karkonoskie Centrum Komputerowe Śp. z 0.0."
    doc = _ocr(_page(seller=read, letterhead=read))
    assert doc.seller.name == "Karkonoskie Centrum Komputerowe Sp. z o.o."


_KSEF = """\
Faktura                                                                            Numer Faktury: FA/2026/05/117
Sprzedawca                                               Nabywca
NIP: 6112003981                                          Identyfikator podatkowy NIP: 6110199240
{seller_first}Nazwa: Gmina Mysłakowice
{seller_rest}Adres
Adres                                                    Polska
Polska                                                   ul. Szkolna 5
ul. Kolejowa 8                                           58-533 Mysłakowice
58-500 Jelenia Góra
Data wystawienia, z zastrzeżeniem art. 106na ust. 1 ustawy: 2026-05-12
Lp.  Nazwa towaru lub usługi                        Cena jedn.   Ilość  Miara  Stawka          Wartość
 1   Zasilacz awaryjny UPS 1500 VA                    500,00        3   szt.    23%            1 500,00
 2   Subskrypcja Acronis Cyber Protect na 1     1 000,00        1   kpl.    23%            1 000,00
     rok
                                                          Kwota należności ogółem: 3 075,00 PLN
   Razem          2 500,00     575,00       3 075,00
"""


def _ksef(first: str, rest: str) -> Invoice:
    text = _KSEF.format(seller_first=f"Nazwa: {first}".ljust(57), seller_rest=rest.ljust(57))
    doc = parse_text(text, file="ksef.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    return doc


def test_a_legal_form_begun_at_a_line_end_is_completed_by_the_next_line() -> None:
    doc = _ksef("Karkonoska Pracownia Sieci BAJT Spółka", "Jawna")
    assert doc.seller.name == "Karkonoska Pracownia Sieci BAJT Spółka Jawna"
    assert doc.items[1].name == "Subskrypcja Acronis Cyber Protect na 1 rok"
    assert doc.items[1].qty == 1
    doc = _ksef("Karkonoskie Centrum Komputerowe spółka z", "ograniczoną odpowiedzialnością")
    assert doc.seller.name == "Karkonoskie Centrum Komputerowe spółka z ograniczoną odpowiedzialnością"
    # the same in a block without "Nazwa:"
    text = _page(seller="Karkonoskie Centrum Komputerowe spółka z").replace(
        "ul. Kolejowa 8                                              ul. Szkolna 5",
        "ograniczoną odpowiedzialnością                              ul. Szkolna 5\nul. Kolejowa 8",
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Karkonoskie Centrum Komputerowe spółka z ograniczoną odpowiedzialnością"
    # a word that completes no legal form is no part of the name – and a form left begun is uncertain
    begun = _ksef("Karkonoska Pracownia Sieci BAJT Spółka", "Adres")
    assert begun.seller.name == "Karkonoska Pracownia Sieci BAJT Spółka"
    assert "seller_name" in begun.uncertain


_ITEMS = """\
Faktura VAT nr 77/2026
Sprzedawca                                               Nabywca
Karkonoskie Centrum Komputerowe Sp. z o.o.               Gmina Mysłakowice
NIP 611-020-39-81                                        NIP 611-019-92-40
Data wystawienia: 14.05.2026
Lp.  Nazwa / opis                                   Ilość  J.m.  Cena netto Wartość netto  VAT Wartość brutto
 1   Przełącznik zarządzalny Zyxel GS1920-24HP          2  szt.    2 100,00     4 200,00  23%      5 166,00
     S/N: S212L47000811, S212L47000812
 2   Licencja Kaspersky Endpoint Security               1  lic.      300,00       300,00  23%        369,00
     for Business Select
     Klucz licencyjny: 7HQ2M-XBD4R-PLK93-TT6WW-QM2CD
 3   Podkładka pod mysz SteelSeries QcK – gratis        1  szt.        0,00         0,00  23%          0,00
     do każdego zestawu – promocja sklepu
 4   Usługa wdrożenia systemu kopii zapasowych          1  usł.        0,00         0,00  23%          0,00
     w urzędzie – etap pierwszy
                                                         Razem     4 500,00   1 035,00      5 535,00
"""


def test_serials_listed_after_one_label_and_a_licence_key_are_no_part_of_the_name() -> None:
    doc = parse_text(_ITEMS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    switch, licence, pad, service = doc.items
    assert switch.name == "Przełącznik zarządzalny Zyxel GS1920-24HP"
    assert pad.name == "Podkładka pod mysz SteelSeries QcK – gratis"
    # a name with no remark on its first line goes on, dash or not
    assert service.name == "Usługa wdrożenia systemu kopii zapasowych w urzędzie – etap pierwszy"
    assert switch.serial_numbers == ("S212L47000811", "S212L47000812")
    assert licence.name == "Licencja Kaspersky Endpoint Security for Business Select"
    # a word after a listed serial is no serial
    text = _ITEMS.replace("S212L47000812", "S212L47000812, dostawa z montażem")
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.items[0].serial_numbers == ("S212L47000811", "S212L47000812")


def test_ocr_slips_in_item_names_read_back() -> None:
    assert ocr_name("Serwer Lenovo ThinkSystem 5R250 V3") == "Serwer Lenovo ThinkSystem SR250 V3"
    assert ocr_name("Serwer Lenovo ThinkSystem S5R250 V3") == "Serwer Lenovo ThinkSystem SR250 V3"
    assert ocr_name("uicencja Microsoft Office LTSC Standard 2024 o") == "Licencja Microsoft Office LTSC Standard 2024"
    assert ocr_name("ticencja Microsoft Office 2024") == "Licencja Microsoft Office 2024"
    # a one-letter word after a word stays
    assert ocr_name("Kabel zasilający i") == "Kabel zasilający i"
    assert ocr_name("Kabel zasilający 15-2000 m") == "Kabel zasilający 15-2000 m"


def test_dell_and_its_small_form_factor_read_back() -> None:
    assert ocr_name("Komputer Deli OptiPlex 7020 SFE i5-14500") == "Komputer Dell OptiPlex 7020 SFF i5-14500"
    assert ocr_name("Monitor Deli P2425H") == "Monitor Dell P2425H"
    # a deli is a deli elsewhere
    assert ocr_name("Lodówka Deli Market") == "Lodówka Deli Market"


_RIGHT = """\
                                                         Karkonoskie Centrum Komputerowe Sp. z o.o.
Faktura VAT                                                                            ul. Kolejowa 8
nr   FS/118/2026                                                                       58-500 Jelenia Góra
                                                                                       NIP: 611-020-39-81
Data wystawienia: 2026-05-12
                                                    Nabywca
                                                    Gmina Mysłakowice
                                                    ul. Szkolna 5
                                                    NIP: 611-019-92-40
Lp.  Nazwa towaru / usługi                    Ilość  j.m.  Cena netto   Wartość netto  VAT  Kwota VAT  Wartość brutto
 1   Zasilacz awaryjny UPS 1500 VA              3   szt.       500,00      1 500,00  23%    345,00     1 845,00
                                                                   Razem   1 500,00         345,00     1 845,00
"""


def test_a_letterhead_set_right_over_a_title_at_the_left_is_the_seller() -> None:
    doc = parse_text(_RIGHT, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Karkonoskie Centrum Komputerowe Sp. z o.o."
    assert doc.seller.nip == "6110203981"
    # the document's data printed first, far right, is no letterhead
    dated = _RIGHT.replace("Karkonoskie Centrum Komputerowe Sp. z o.o.", "Data wystawienia: 2026-05-12", 1)
    doc = parse_text(dated, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name != "Data wystawienia: 2026-05-12"


_BAND = """\
                                                                                                        Pomo AT
Sieciowo24
                                                                                        SKL/2026/05/912
                                                                                          Data wystawienia: 12.05.2026
                                                                                            Data sprzedaży: 12.05.2026
Sprzedawca                                                   Nabywca
Sieciowo24 Sp. z o.o.                                        Gmina Mysłakowice
ul. Kolejowa 8                                               ul. Szkolna 5
NIP: 6110203981                                              NIP: 6110199240
Lp.  Nazwa towaru / usługi                    Ilość  j.m.  Cena netto   Wartość netto  VAT  Kwota VAT  Wartość brutto
 1   Zasilacz awaryjny UPS 1500 VA              3   szt.       500,00      1 500,00  23%    345,00     1 845,00
                                                                   Razem   1 500,00         345,00     1 845,00
"""


def test_a_series_number_alone_in_the_header_its_title_unread_is_read_and_uncertain() -> None:
    doc = _ocr(_BAND)
    assert doc.number == "SKL/2026/05/912"
    assert "number" in doc.uncertain
    assert any("SKL/2026/05/912" in w.message and "tytułu" in w.message for w in doc.warnings)
    # with its title read it is a plain number
    titled = _ocr(_BAND.replace("Pomo AT", "Faktura VAT"))
    assert titled.number == "SKL/2026/05/912"
    assert "number" not in titled.uncertain


_DENSE = """\
Faktura VAT nr FVS/318/2026
Sprzedawca                                               Nabywca
Karkonoskie Centrum Komputerowe Sp. z o.o.               Gmina Mysłakowice
NIP 611-020-39-81                                        NIP 611-019-92-40
Data wystawienia: 14.05.2026
Lp  Indeks    Nazwa towaru/usługi             PKWiU    Ilość  J.m.  Cena kat.  Rabat %   Cena netto  Wart. netto  VAT  Kw. VAT  Wart. brutto
 1  LN-T14    Laptop Lenovo ThinkPad T14 Gen 5  26.20.11.0  4  szt.  5 212,4375  0  5 212,4375  20 849,75  23  4 795,44  25 645,19
              i5-1335U 16 GB 512 GB
 2  ES-EP1    Licencja ESET PROTECT Entry  58.29.50.0  5  lic.   210,1000   5     199,5950     997,98  23     229,54    1 227,52
                                                               Razem           21 847,73      5 024,98     26 872,71
"""


def test_four_decimal_prices_in_digit_groups_and_a_discount_equal_to_the_quantity() -> None:
    doc = parse_text(_DENSE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    laptop, licence = doc.items
    assert laptop.name == "Laptop Lenovo ThinkPad T14 Gen 5 i5-1335U 16 GB 512 GB"
    assert laptop.qty == 4
    assert licence.name == "Licencja ESET PROTECT Entry"
    assert licence.qty == 5
    assert "items" not in doc.uncertain


def test_a_numbers_last_figure_set_apart_at_the_line_end_is_joined_with_a_warning() -> None:
    def page(number: str) -> str:
        lines = _page(title="Faktura korygująca / Credit note").split("\n")
        return "\n".join([lines[0], f" Nr / No.: {number}", *lines[1:]])

    doc = _ocr(page("KOR/PL/2026/0041 7"))
    assert doc.number == "KOR/PL/2026/00417"
    assert "number" in doc.uncertain
    # read whole, it is a plain number
    whole = _ocr(page("KOR/PL/2026/00417"))
    assert whole.number == "KOR/PL/2026/00417"
    assert "number" not in whole.uncertain


def test_a_title_a_curve_broke_gives_its_number() -> None:
    lines = _page(title="").split("\n")
    curved = [
        lines[0],
        "               VAT nr FS-00118/05/ 2026                                       Data wystawienia: 03.12.2026",
        " Faktura" + " " * 70 + "Data sprzedaży: 02.12.2026",
        *lines[3:],
    ]
    doc = _ocr("\n".join(curved))
    assert doc.number == "FS-00118/05/2026"


def test_an_item_name_holding_a_description_or_a_list_of_serials_is_doubted() -> None:
    assert _name_problem("Licencja ESET PROTECT Entry Klucz produktu: 7HQ2M-XBD4R") is not None
    assert _name_problem("Przełącznik Zyxel GS1920-24HP S212L47000811, S212L47000812") is not None
    assert _name_problem("Przełącznik Zyxel GS1920-24HP") is None
    assert _name_problem("Serwer Dell R250, 2x SSD 480 GB") is None
