"""Session 23 (issue 9): the silent values of blind19b (held out last session, read now), by mechanism, each
written here in words and figures of its own.

All of the silent seller names were glyphs OCR misread inside a name the parser had taken from the right place:

- an ampersand between two words in capitals read as "6." / "6:" / "8." / "8" ("„ALFA 6. OMEGA”"); the name was
  printed twice and read the same both times, so a name printed twice is no confirmation of its glyphs;
- a code inside a company's name ("ISO-27") read as "ISO0-27" / "IS0-27" / "ISQ-27" – OCR itself read it weakly,
  but the backend's word confidences were never set against the parties' names;
- a letterhead's one line a curved photo split at a baseline step, its end read above its beginning;
- (missing, not silent) a letterhead's legal form read "Sp. Zz 0.0." – the figures made it no name at all.

Item names: "45FP+" for 4SFP+, "dia" for "dla", "5.i5" for "5 i5", a model code that lost its series ("-8170",
"f-8170" for "fi-8170"); the number: a title OCR broke into pieces ("Faktu ra VAT nr …") gave "nr …" as the number.
"""

from __future__ import annotations

import re
from pathlib import Path

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.invoice import ocr_name
from extractors.parse.layout import normalise_layout
from extractors.parse.parties import _clean_name
from extractors.read import read_document
from tests.fixtures import pdfgen

_PAGE = """\
{letterhead}
ul. Mazurska 14, 10-900 Olsztyn  NIP 739-385-70-71
{title}                                                 Data wystawienia: 03.12.2026
                                                                           Data sprzedaży: 02.12.2026
Sprzedawca                                                  Nabywca
{seller}                                                    Gmina Dywity
ul. Mazurska 14                                             ul. Olsztyńska 32
10-900 Olsztyn                                              11-001 Dywity
NIP 739-385-70-71                                           NIP 739-385-22-71
Lp.  Nazwa towaru / usługi                    Ilość  j.m.  Cena netto   Wartość netto  VAT  Kwota VAT  Wartość brutto
 1   {item}                                     2   szt.     1 000,00      2 000,00  23%    460,00     2 460,00
                                                                   Razem   2 000,00         460,00     2 460,00
                                                                      Do zapłaty: 2 460,00 PLN
"""


def _page(**kw: str) -> str:
    values = {
        "letterhead": "Pracownia Sieci „BIT & BAJT” Marek Lis",
        "title": "Faktura VAT nr FS/31/12/2026",
        "seller": "Pracownia Sieci „BIT & BAJT” Marek Lis",
        "item": "Przełącznik PoE 24 porty",
    }
    values.update(kw)
    return _PAGE.format(**values)


def _ocr(text: str, weak: tuple[str, ...] = (), in_names: tuple[str, ...] = ()) -> Invoice:
    doc = parse_text(text, file="skan.png", source=Source.OCR, weak_tokens=weak, weak_name_tokens=in_names)
    assert isinstance(doc, Invoice)
    return doc


def test_an_ampersand_read_as_a_figure_with_a_mark_between_words_in_capitals() -> None:
    assert _clean_name("Pracownia Sieci „BIT 6. BAJT” Marek Lis") == "Pracownia Sieci „BIT & BAJT” Marek Lis"
    assert _clean_name("Pracownia Sieci „BIT 6: BAJT” Marek Lis") == "Pracownia Sieci „BIT & BAJT” Marek Lis"
    assert _clean_name("Hurtownia „DRUK 8 PAPIER” Sp. z o.o.") == "Hurtownia „DRUK & PAPIER” Sp. z o.o."
    assert _clean_name("Hurtownia „DRUK 8. PAPIER” Sp. z o.o.") == "Hurtownia „DRUK & PAPIER” Sp. z o.o."
    # a figure that is a figure stays one
    assert _clean_name("Szkoła Podstawowa nr 8 w Dywitach") == "Szkoła Podstawowa nr 8 w Dywitach"
    assert _clean_name("Przedszkole Miejskie nr 6. Kraków") == "Przedszkole Miejskie nr 6. Kraków"
    assert _clean_name("Osiedle Zielone 8 Sp. z o.o.") == "Osiedle Zielone 8 Sp. z o.o."
    read = "Pracownia Sieci „BIT 6. BAJT” Marek Lis"  # printed twice, read the same both times
    doc = _ocr(_page(seller=read, letterhead=read))
    assert doc.seller.name == "Pracownia Sieci „BIT & BAJT” Marek Lis"


def test_a_party_name_holding_a_word_ocr_read_weakly_is_uncertain() -> None:
    name = "Centrum Szkoleń ABX-15 Sp. z o.o."
    doc = _ocr(_page(seller=name, letterhead=name), weak=("ABX-15",))
    assert doc.seller.name == name
    assert "seller_name" in doc.uncertain
    assert dict(doc.confidence)["seller_name"] < 0.9
    assert any("ABX-15" in w.message and "niską pewnością" in w.message for w in doc.warnings)
    # the same page read with confidence: no doubt
    sure = _ocr(_page(seller=name, letterhead=name))
    assert "seller_name" not in sure.uncertain
    # a piece of a legal form read weakly elsewhere on the page says nothing of the name
    form = _ocr(_page(), weak=("Sp.", "o.o.", "z"))
    assert "seller_name" not in form.uncertain


def test_a_buyer_name_holding_a_weak_word_is_uncertain_too() -> None:
    doc = _ocr(_page().replace("Gmina Dywity", "Gmina Dywlty"), in_names=("Dywlty",))
    assert "buyer_name" in doc.uncertain


def test_a_letterhead_line_a_curve_split_is_joined_and_uncertain() -> None:
    text = _page(seller="", letterhead="").replace("Sprzedawca" + " " * 50 + "Nabywca", "Nabywca")
    # the letterhead: its end read as a line of its own above its beginning (no seller's block under a label)
    lines = text.split("\n")
    lines[0] = "                            Sieciowe Sp. z o.o."
    lines.insert(1, " Warmińskie Systemy" + " " * 62 + "Olsztyn, 03.12.2026")
    text = "\n".join(line for line in lines if line.strip() != "")
    doc = _ocr(text)
    assert doc.seller.name == "Warmińskie Systemy Sieciowe Sp. z o.o."
    assert "seller_name" in doc.uncertain
    # a logo centred above the company's name with its legal form is no piece of it
    logo = text.replace("Sieciowe Sp. z o.o.", "WARSYS").replace(" Warmińskie Systemy   ", " Warsys Sp. z o.o.     ")
    assert _ocr(logo).seller.name != "Warsys Sp. z o.o. WARSYS"


def test_a_letterhead_whose_legal_form_ocr_read_with_zeros_is_read() -> None:
    text = _page(seller="", letterhead="Warmińskie Systemy Sieciowe Sp. Zz 0.0.").replace(
        "Sprzedawca" + " " * 50 + "Nabywca", "Nabywca"
    )
    text = "\n".join(line for line in text.split("\n") if line.strip() != "")
    doc = _ocr(text)
    assert doc.seller.name == "Warmińskie Systemy Sieciowe Sp. z o.o."


def test_item_names_ocr_slips_are_read_back() -> None:
    assert ocr_name("Przełącznik 1930 24G 45FP+") == "Przełącznik 1930 24G 4SFP+"
    assert ocr_name("Moduł 5FP+ 10 Gb") == "Moduł SFP+ 10 Gb"
    assert ocr_name("Szkolenie dia pracowników urzędu") == "Szkolenie dla pracowników urzędu"
    assert ocr_name("Komputer AiO Gen 5.i5 16 GB") == "Komputer AiO Gen 5 i5 16 GB"
    # what is not a slip stays
    assert ocr_name("Oprogramowanie v1.5.i5") == "Oprogramowanie v1.5.i5"
    assert ocr_name("Moduł SFP28 25G") == "Moduł SFP28 25G"


def test_a_model_code_read_weakly_without_its_series_makes_the_items_uncertain() -> None:
    page = _page(item="Skaner dokumentów Brother f-7460")
    doc = _ocr(page, weak=("f-7460",))
    assert "items" in doc.uncertain
    # a whole code read weakly is common and mostly right; the same code read with confidence is no doubt
    assert "items" not in _ocr(page.replace("f-7460", "ADS-7460"), weak=("ADS-7460",)).uncertain
    assert "items" not in _ocr(page).uncertain


def test_a_title_ocr_broke_into_pieces_is_one_word_again() -> None:
    assert normalise_layout("Fa ktu ra VAT nr FS/31/12/2026      Data: 3.12.2026").startswith("Faktura VAT nr FS/31")
    assert normalise_layout("Faktu ra VAT nr 7/2026").startswith("Faktura VAT nr 7/2026")
    assert normalise_layout("FAKTU RA").strip() == "FAKTURA"
    # words that only begin like it are left alone
    assert normalise_layout("Fakt urodzin") == "Fakt urodzin"
    doc = _ocr(_page(title="Faktu ra VAT nr FS/31/12/2026"))
    assert doc.number == "FS/31/12/2026"


def test_a_pdf_with_a_title_in_pieces_gives_the_number_without_its_label(tmp_path: Path) -> None:
    path = tmp_path / "faktura.pdf"
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.FONT, 6.5)
    y = 800.0
    for line in _page(title="Fa ktu ra VAT nr FS/31/12/2026").splitlines():
        for m in re.finditer(r"\S+(?: \S+)*", line):
            c.drawString(24 + 4.4 * m.start(), y, m.group(0))
        y -= 11
    c.save()
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert doc.number == "FS/31/12/2026"
    assert doc.seller.name == "Pracownia Sieci „BIT & BAJT” Marek Lis"
    assert "seller_name" not in doc.uncertain


def test_a_scanned_name_with_a_lone_figure_or_a_zero_among_capitals_is_uncertain() -> None:
    odd = _ocr(_page(seller="Pracownia Sieci „BIT 4. BAJT” Marek Lis", letterhead="Pracownia Sieci Marek Lis"))
    assert "seller_name" in odd.uncertain
    zero = _ocr(_page(seller="Centrum Szkoleń ABW0-15 Sp. z o.o.", letterhead="Centrum Szkoleń Sp. z o.o."))
    assert "seller_name" in zero.uncertain
    # a school's number and a street's date are figures that belong there
    school = _ocr(_page().replace("Gmina Dywity", "Szkoła Podstawowa nr 4 w Dywitach"))
    assert "buyer_name" not in school.uncertain
    # the same glyphs in a text PDF are what was printed
    text = parse_text(_page(seller="Centrum Szkoleń ABW0-15 Sp. z o.o."), file="f.pdf", source=Source.PDF_TEXT)
    assert "seller_name" not in text.uncertain


# --- phase 2: blind20a (fresh), by mechanism ---------------------------------------------------------------------

_TWO_LINE = """\
Faktura VAT nr 44/11/2026                                             Data wystawienia: 12.11.2026
Sprzedawca                                                 Nabywca
{seller}                                                   Gmina Lubiszyn
{second}                                                   ul. Gorzowska 1
ul. Sikorskiego 9                                          66-433 Lubiszyn
66-400 Gorzów Wielkopolski                                 NIP 599-000-12-30
NIP 599-311-12-30
Lp.  Nazwa towaru / usługi                    Ilość  j.m.  Cena netto   Wartość netto  VAT  Kwota VAT  Wartość brutto
 1   Przełącznik PoE 24 porty                   2   szt.     1 000,00      2 000,00  23%    460,00     2 460,00
                                                                   Razem   2 000,00         460,00     2 460,00
"""


def _draw(path: Path, text: str) -> None:
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.FONT, 6.5)
    y = 800.0
    for line in text.splitlines():
        for m in re.finditer(r"\S+(?: \S+)*", line):
            c.drawString(24 + 4.4 * m.start(), y, m.group(0))
        y -= 11
    c.save()


def test_a_sole_traders_owner_under_the_trading_name_is_part_of_the_name(tmp_path: Path) -> None:
    path = tmp_path / "faktura.pdf"
    _draw(path, _TWO_LINE.format(seller="Serwis Komputerowy BAJTEK ", second="Tomasz Wróbel            "))
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Serwis Komputerowy BAJTEK Tomasz Wróbel"
    assert "seller_name" not in doc.uncertain


def test_a_name_wrapped_up_to_its_legal_form_is_read_whole() -> None:
    text = _TWO_LINE.format(seller="Zakład Usług Sieciowych", second="i Serwisowych NETPOL Sp.").replace(
        "ul. Sikorskiego 9      ", "z o.o.                 \nul. Sikorskiego 9      "
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.seller.name == "Zakład Usług Sieciowych i Serwisowych NETPOL Sp. z o.o."


def test_a_name_with_a_line_of_words_under_it_that_it_did_not_take_is_uncertain() -> None:
    # the owner's first name is not one the reader knows: the line stays out of the name, and the name is doubted
    text = _TWO_LINE.format(seller="Serwis Komputerowy BAJTEK ", second="Bożydar Wróbel            ")
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Serwis Komputerowy BAJTEK"
    assert "seller_name" in doc.uncertain
    assert any("Bożydar Wróbel" in w.message for w in doc.warnings)
    # a company's name closed by its legal form is complete, whatever line follows it (a branch)
    branch = _TWO_LINE.format(seller="NETPOL Sp. z o.o.         ", second="Oddział w Gorzowie        ")
    assert "seller_name" not in parse_text(branch, file="f.pdf", source=Source.PDF_TEXT).uncertain


def test_a_sentence_under_the_title_is_no_party_heading_and_no_name() -> None:
    from extractors.parse.confidence import party_name_problem

    text = (
        "                        PROTOKÓŁ ODBIORU KOŃCOWEGO\n"
        "                                  nr PO/DOST/7/2026\n"
        "                     dostaw realizowanych na podstawie umowy nr 12/ZP/2026\n"
        "Wykonawca:        NETPOL Systemy S.A.\n"
        "                  ul. Sikorskiego 9, 66-400 Gorzów Wielkopolski\n"
        "                  NIP 599-311-12-30\n"
        "Zamawiający:      Gmina Lubiszyn\n"
        "                  ul. Gorzowska 1, 66-433 Lubiszyn\n"
        "Lp.  Nazwa / opis                                   Ilość   J.m.\n"
        " 1   Przełącznik PoE 24 porty                          2    szt.\n"
    )
    doc = parse_text(text, file="skan.png", source=Source.OCR)
    assert doc.seller.name == "NETPOL Systemy S.A."
    assert party_name_problem("realizowanych na podstawie umowy nr 12/ZP/2026 NETPOL Systemy S.A.") is not None


def test_a_correction_printed_as_cards_numbered_by_their_lp() -> None:
    text = (
        "FAKTURA KORYGUJĄCA nr FK 5/11/2026\nData wystawienia: 12/11/2026\n"
        "Do faktury nr FV 40/10/2026 z dnia 20/10/2026\n"
        + _TWO_LINE.split("Lp.")[0].split("\n", 1)[1]
        + "1. Przełącznik PoE 24 porty\n"
        "                      Ilość  J.m.     Cena netto   Wartość netto  VAT      Kwota VAT           Brutto\n"
        "przed korektą            4   szt.        1 000,00        4 000,00  23%         920,00         4 920,00\n"
        "po korekcie              3   szt.        1 000,00        3 000,00  23%         690,00         3 690,00\n"
        "różnica                 -1                              -1 000,00             -230,00        -1 230,00\n"
        "                                                 Razem           -1 000,00        -230,00    -1 230,00\n"
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.before_correction) for i in doc.items] == [
        ("Przełącznik PoE 24 porty", 4, True),
        ("Przełącznik PoE 24 porty", 3, False),
    ]


def test_item_name_slips_of_blind20a() -> None:
    from extractors.parse.confidence import _SCANNED_NAME_GLYPHS, _name_problem

    assert _name_problem("Licencja Microsoft Office LTSC 4,000 Standard 2024") is not None
    assert _name_problem("Kabel 2,5 mm") is None
    listed = "Hosting serwera (4 vCPU. 16 GB RAM, 200 GB SSD)"
    assert any(p.search(listed) for p, _ in _SCANNED_NAME_GLYPHS)
    assert not any(p.search("Hosting serwera (4 vCPU, 16 GB RAM, 200 GB SSD)") for p, _ in _SCANNED_NAME_GLYPHS)
    assert ocr_name("Serwer Xeon £-2434 32 GB") == "Serwer Xeon E-2434 32 GB"


def test_a_protocols_delivery_headings_are_neither_rows_nor_a_names_rest() -> None:
    from extractors.models import Protocol

    text = (
        "                        PROTOKÓŁ ODBIORU KOŃCOWEGO nr PO/3/2026\n"
        "Wykonawca:        NETPOL Systemy S.A., ul. Sikorskiego 9, 66-400 Gorzów Wielkopolski, NIP 599-311-12-30\n"
        "Zamawiający:      Gmina Lubiszyn, ul. Gorzowska 1, 66-433 Lubiszyn\n"
        "Lp.  Nazwa / opis                                        Ilość   J.m.       Stan\n"
        "     Dostawa 1 z dnia 04.05.2026, WZ 101/05/2026\n"
        " 1   Przełącznik PoE 24 porty                               2    szt.    kompletny\n"
        " 2   Licencja Office Standard 2024                          3    lic.    kompletny\n"
        "     Dostawa 2 z dnia 18.05.2026, WZ 140/05/2026\n"
        " 3   Notebook 14 cali 16 GB                                 4    szt.    kompletny\n"
    )
    doc = parse_text(text, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [i.name for i in doc.items] == [
        "Przełącznik PoE 24 porty",
        "Licencja Office Standard 2024",
        "Notebook 14 cali 16 GB",
    ]


def test_a_units_name_with_its_office_under_it_is_complete() -> None:
    text = _TWO_LINE.replace("Gmina Lubiszyn ", "Miasto Lubiszyn").replace(
        "ul. Gorzowska 1    ", "Urząd Miejski       "
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert "buyer_name" not in doc.uncertain
