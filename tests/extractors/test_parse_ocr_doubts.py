"""What OCR slips are reported, never silent (issue 9, session 15): a document number cut at a separator,
a two-character segment holding a digit OCR takes for a letter, "$" read for S inside a number, and the
words (and very weak codes) of item names the backend doubts. The page itself is read by the real
tesseract once, to show that a clean print raises no doubt about its names."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from extractors.models import Invoice, Protocol, Source
from extractors.parse import parse_text
from extractors.read import _weak_in_name, read_bytes

INVOICE = """\
FAKTURA VAT nr {number}
Data wystawienia: 14.10.2026
Sprzedawca                                  Nabywca
Serwis Komputerowy OMEGA Sp. z o.o.         Gmina Lipnica
NIP 5252248481                              NIP 8771000157
Lp.  Nazwa                               Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
 1.  Drukarka laserowa Brother HL-L5210DN    2  szt.      900,00        1 800,00  23%         2 214,00
Razem                                                                   1 800,00  414,00      2 214,00
"""

PROTOCOL = """\
PROTOKÓŁ ODBIORU nr {number}
Data odbioru: 14.10.2026
Przekazujący: Serwis Komputerowy OMEGA Sp. z o.o., NIP 5252248481
Odbierający: Gmina Lipnica, NIP 8771000157
Lp.  Nazwa                                  Ilość  J.m.
 1.  Drukarka laserowa Brother HL-L5210DN       2  szt.
Zamawiający potwierdza odbiór bez zastrzeżeń.
"""


def test_a_number_cut_at_its_separator_is_uncertain() -> None:
    doc = parse_text(INVOICE.format(number="117/"), file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "117/" and "number" in doc.uncertain
    whole = parse_text(INVOICE.format(number="117/K/2026"), file="f.png", source=Source.OCR)
    assert "number" not in whole.uncertain


def test_a_dollar_inside_a_numbers_segment_is_read_as_s() -> None:
    doc = parse_text(INVOICE.format(number="117/$/2026"), file="f.png", source=Source.OCR)
    assert doc.number == "117/S/2026"


def test_a_two_character_segment_with_a_lookalike_digit_is_uncertain_on_a_scan() -> None:
    doc = parse_text(PROTOCOL.format(number="PR/8/2B/2026"), file="p.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert "number" in doc.uncertain
    text_pdf = parse_text(PROTOCOL.format(number="PR/8/2B/2026"), file="p.pdf", source=Source.PDF_TEXT)
    assert "number" not in text_pdf.uncertain
    plain = parse_text(PROTOCOL.format(number="PR/8/ZB/2026"), file="p.png", source=Source.OCR)
    assert "number" not in plain.uncertain


def test_words_doubted_inside_names_make_the_items_uncertain() -> None:
    assert _weak_in_name("Drukarka", 66.0) and not _weak_in_name("Drukarka", 88.0)
    assert _weak_in_name("2x96068", 30.0) and not _weak_in_name("HL-L5210DN", 61.0)
    assert not _weak_in_name("2", 10.0)  # a lone figure: the row's arithmetic checks it
    text = INVOICE.format(number="117/K/2026").replace("Drukarka", "Drukarko")
    doc = parse_text(text, file="f.png", source=Source.OCR, weak_name_tokens=("Drukarko",))
    assert "items" in doc.uncertain
    assert "items" not in parse_text(text, file="f.png", source=Source.OCR).uncertain


def test_a_clean_print_read_by_tesseract_raises_no_doubt_about_its_names() -> None:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 38)
    lines = INVOICE.format(number="117/K/2026").splitlines()
    image = Image.new("L", (2600, 140 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((100, 100 + 60 * index), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(300, 300))
    doc = read_bytes(out.getvalue(), name="clean.png")
    assert isinstance(doc, Invoice)
    assert doc.items[0].name == "Drukarka laserowa Brother HL-L5210DN"
    assert "items" not in doc.uncertain


def test_a_processors_i_read_as_1_is_the_model_again() -> None:
    from extractors.parse.invoice import ocr_name

    assert ocr_name("Laptop Lenovo V15 17-1355U/8GB") == "Laptop Lenovo V15 i7-1355U/8GB"
    assert ocr_name("Komputer Dell Vostro 13-12100T 8GB") == "Komputer Dell Vostro i3-12100T 8GB"
    assert ocr_name("Kabel zasilający 15-2000 m") == "Kabel zasilający 15-2000 m"  # a range, no model
    assert ocr_name("Dell OptiPlex 7010 i5-13500/16GB8/512GB") == "Dell OptiPlex 7010 i5-13500/16GB/512GB"


def test_ocrs_garbled_quantity_heading_and_column_numbers() -> None:
    from extractors.parse.columns import header_columns
    from extractors.parse.invoice import _column_numbers

    for garbled in ("1.", "u.", "ni."):
        columns = header_columns(f"Nazwa                     {garbled:<4}   Cena      Netto    Brutto")
        assert columns is not None and [c.key for c in columns] == ["name", "qty", "price", "net", "gross"]
    assert _column_numbers("1 2 3 4 5 6 =4x5 7 8 3 =6+8")  # OCR read the 9 as a 3
    assert not _column_numbers("1 2 3 7 5")
