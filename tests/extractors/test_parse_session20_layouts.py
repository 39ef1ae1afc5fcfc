"""Session 20 (issue 9): mechanisms found on blind16b (held out last session, read now) and blind17a,
each written here in words and figures of its own.

- a title set in large type ("FAKTURA KS 412/2026") is dropped by the page's single-block pass and read again
  from its region; the series ("KS") is a two-letter word, and the recovery kept only words of three characters
  or with a digit – the number lost its series silently. A confident short word on the line of kept words stays;
  a scan's number standing after a wide gap behind its title is reported uncertain.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from extractors.backends.layout import Word
from extractors.backends.ocr import recover_dropped
from extractors.models import DocumentKind, Invoice, LineItem, Party, Source
from extractors.parse import parse_text
from extractors.parse.confidence import assess_invoice
from extractors.parse.invoice import _number_ending_a_line, detect_number, ocr_name
from extractors.parse.text import split_lines
from extractors.read import read_document
from tests.fixtures import pdfgen

D = Decimal
_FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _title_page(title: str) -> Image.Image:
    """A page strip with a big bold title alone: the region the page's pass left without a word."""
    page = Image.new("L", (1400, 260), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 90), title, font=ImageFont.truetype(str(_FONTS / "DejaVuSans-Bold.ttf"), 44), fill=0)
    return page


def test_a_short_series_word_of_a_recovered_title_is_kept(tmp_path: Path) -> None:
    for title, series in (("FAKTURA KS 412/2026", "KS"), ("RACHUNEK R 77/2026", "R")):
        found, _ = recover_dropped(_title_page(title), [], timeout=60, workdir=tmp_path, tag="t")
        texts = [w.text for w in sorted(found, key=lambda w: w.x0)]
        assert series in texts, (title, texts)
        assert texts[-1].endswith("/2026"), texts


def test_a_recovered_short_word_over_a_word_already_read_is_not_added(tmp_path: Path) -> None:
    # the page's pass read "412/2026" already: a recovered fragment standing on it is not a word of its own
    page = _title_page("FAKTURA KS 412/2026")
    found, _ = recover_dropped(page, [], timeout=60, workdir=tmp_path, tag="a")
    number = next(w for w in found if w.text.endswith("/2026"))
    series = next(w for w in found if w.text == "KS")
    covering = Word("KS412/2026", series.x0 - 2, number.x1, number.top, number.bottom, 90.0)
    again, _ = recover_dropped(page, [covering], timeout=60, workdir=tmp_path, tag="b")
    assert "KS" not in [w.text for w in again]


def test_a_scans_number_after_a_wide_gap_behind_the_title_is_uncertain() -> None:
    text = (
        "FAKTURA                412/2026\n"
        "Wystawiona 14.10.2026 w Kaliszu; data sprzedaży 13.10.2026\n"
        "Sprzedawca                                  Nabywca\n"
        "Kalisz-Net Sp. z o.o.                        Gmina Opatówek\n"
    )
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert doc.number == "412/2026"
    assert "number" in doc.uncertain
    # one space apart, or a text layer (which never loses a word): the number is trusted
    for title, source in (("FAKTURA 412/2026", Source.OCR), ("FAKTURA                412/2026", Source.PDF_TEXT)):
        doc = parse_text(text.replace("FAKTURA                412/2026", title), file="f.pdf", source=source)
        assert doc.number == "412/2026"
        assert "number" not in doc.uncertain, title


def _scanned_invoice(*names: str) -> Invoice:
    items = tuple(
        LineItem(
            name=n, qty=D("1"), unit_net=D("100.00"), net=D("100.00"), vat_rate="23", vat=D("23.00"), gross=D("123.00")
        )
        for n in names
    )
    return Invoice(
        file="s.png",
        kind=DocumentKind.INVOICE,
        source=Source.OCR,
        number="FV/5/2026",
        items=items,
        net_total=D("100.00") * len(names),
        vat_total=D("23.00") * len(names),
        gross_total=D("123.00") * len(names),
    )


def test_a_scans_glyphs_no_printed_name_holds_make_the_items_uncertain() -> None:
    for name in (
        "Umowa serwisowa SecurityServer 24 1: miesiące",  # a lone figure with a colon
        "Licencja Acronis Cyber Protect – 1 stanowisko. 3 lata",  # a comma read as a full stop
        "Stacja dokująca TB585S 120W",  # one glyph read twice: 5 and S
        "ar Licencja Bitdefender GravityZone Business",  # loose letters before the name
    ):
        verdict = assess_invoice(_scanned_invoice(name))
        assert "items" in verdict.uncertain, name
    # the same names printed in a text layer, and ordinary scanned names, stay trusted
    for name in ("Licencja Acronis Cyber Protect – 1 stanowisko, 3 lata", "Serwer Dell R550 2x 16 GB, szt. 2 dyski"):
        assert "items" not in assess_invoice(_scanned_invoice(name)).uncertain, name
    doc = dataclasses.replace(_scanned_invoice("Stacja dokująca TB585S 120W"), source=Source.PDF_TEXT)
    assert "items" not in assess_invoice(doc).uncertain


def test_ocrs_lone_z_with_a_speck_and_a_processor_class_read_as_is() -> None:
    assert ocr_name("Macierz QNAP TS-464 ż 4 dyskami 4 TB") == "Macierz QNAP TS-464 z 4 dyskami 4 TB"
    assert ocr_name("Laptop Dell Latitude 5550 iS 16GB 512GB") == "Laptop Dell Latitude 5550 i5 16GB 512GB"
    assert ocr_name("Żaluzja ź okna") == "Żaluzja z okna"
    assert ocr_name("iSCSI dysk") == "iSCSI dysk"


def test_a_number_with_its_own_date_under_the_title(tmp_path: Path) -> None:
    # "nr FKK 17/09/2026 z dnia 22.09.2026" centred under "FAKTURA KORYGUJĄCA", the corrected invoice after it
    path = tmp_path / "korekta.pdf"
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.BOLD, 15)
    c.drawCentredString(297, 790, "FAKTURA KORYGUJĄCA")
    c.setFont(pdfgen.FONT, 9.5)
    c.drawCentredString(297, 774, "nr FKK 17/09/2026 z dnia 22.09.2026")
    c.setFont(pdfgen.FONT, 8)
    c.drawCentredString(297, 762, "korygująca fakturę FV 208/09/2026 z dnia 03.09.2026 (data sprzedaży 03.09.2026)")
    c.drawString(40, 730, "Sprzedawca")
    c.drawString(40, 718, "Serwis Sieci Komputerowych Jan Lis")
    c.drawString(40, 706, "NIP 784-125-48-30")
    c.save()
    assert read_document(path).number == "FKK 17/09/2026"
    # the invoice a note refers to, named in the genitive before its own date, is not the document's number
    lines = split_lines("NOTA KSIĘGOWA\nDotyczy faktury nr FV 208/09/2026 z dnia 03.09.2026\n", ocr=False)
    assert _number_ending_a_line(lines) is None
    # a contract's number with its date under its own heading beside the title block is not the invoice's
    lines = split_lines("Umowa\nnr 41/ZP/2026 z dnia 02.07.2026\n", ocr=False)
    assert _number_ending_a_line(lines) is None


# --- blind17a (phase 2) ----------------------------------------------------------------------------------------


def test_the_titles_own_number_wins_over_the_documents_printed_under_it(tmp_path: Path) -> None:
    path = tmp_path / "wz.pdf"
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.BOLD, 15)
    c.drawCentredString(297, 780, "Faktura VAT 312/HUR/2026")
    c.setFont(pdfgen.FONT, 8)
    c.drawCentredString(297, 764, "WZ 305/HUR/2026    Zamówienie 44/ZK/2026    oryginał")
    c.drawString(40, 730, "Sprzedawca:")
    c.drawString(40, 718, "Hurtownia Komputerowa Bit Sp. z o.o.")
    c.drawString(40, 706, "NIP: 7851234560")
    c.save()
    assert read_document(path).number == "312/HUR/2026"
    # a bare title: the goods issue's number under it is not the invoice's
    lines = split_lines("Faktura VAT\nWZ 305/HUR/2026    Zamówienie 44/ZK/2026\n", ocr=False)
    assert detect_number(lines) != "WZ 305/HUR/2026"


def test_a_number_printed_only_in_the_page_footers() -> None:
    body = "\n".join(f"{k}  Usługa serwisowa nr {k}   1  godz.   100,00   100,00  23%   123,00" for k in range(1, 46))
    footer = "Faktura nr FV/0042/05/26 · strona {} z 2                      Serwis Plus · NIP 784-125-48-30"
    text = "FAKTURA VAT\nNr zlecenia: ZL/2026/0789\nNr umowy: 14/ZP/2026\n" + body + "\n" + footer.format(1)
    text += "\n\f\n" + footer.format(2)
    assert detect_number(split_lines(text, ocr=False)) == "FV/0042/05/26"


def test_a_box_label_read_as_dokumentu_alone_over_the_number() -> None:
    text = (
        "                                                      dokumentu\n"
        "Kancelaria Sieci Sp. z o.o.\n"
        "                                                      FV 2026/10/00417\n"
        "                                              Nr zamówienia: ZAM 2026/10/00681\n"
    )
    assert detect_number(split_lines(text, ocr=True)) == "FV 2026/10/00417"


def test_two_parties_names_touching_on_a_scan_are_both_uncertain() -> None:
    text = (
        "Faktura nr 00417/FV/2026\n"
        "Sprzedawca                               Nabywca\n"
        "Tatrzański Serwis Komputerowy Jan Chowaniecmina Poronin\n"
        "ul. Lwowska 7                           ul. Zamkowa 3\n"
        "NIP 3833030191                           NIP 5144274955\n"
    )
    doc = Invoice(
        file="t.png",
        kind=DocumentKind.INVOICE,
        source=Source.OCR,
        seller=Party(name="Tatrzański Serwis Komputerowy Jan Chowaniecmina", nip="3833030191"),
        buyer=Party(name="Poronin", nip="5144274955"),
    )
    assert {"seller_name", "buyer_name"} <= set(assess_invoice(doc, text).uncertain)
    apart = text.replace("Chowaniecmina Poronin", "Chowaniec        Gmina Poronin")
    doc = dataclasses.replace(
        doc,
        seller=Party(name="Tatrzański Serwis Komputerowy Jan Chowaniec", nip="3833030191"),
        buyer=Party(name="Gmina Poronin", nip="5144274955"),
    )
    assert "seller_name" not in assess_invoice(doc, apart).uncertain


def test_a_scans_series_opening_with_a_lookalike_digit_is_uncertain() -> None:
    doc = Invoice(file="k.png", kind=DocumentKind.INVOICE, source=Source.OCR, number="K5-0288/03/2026")
    assert "number" in assess_invoice(doc).uncertain
    assert "number" not in assess_invoice(dataclasses.replace(doc, number="KS-0288/03/2026")).uncertain


def test_the_letterhead_nip_of_a_labelled_seller_printing_none() -> None:
    text = (
        "Sieć-Serwis Marek Wójcik\n"
        "Siedziba: ul. Długa 4, 30-001 Kraków\n"
        "Oddział w Tarnowie: ul. Krakowska 9, 33-100 Tarnów\n"
        "NIP: 993-066-43-49   REGON: 123456785\n"
        "                    FAKTURA nr O3/FV/118/2026\n"
        "Sprzedawca (wystawca – oddział):              Nabywca:\n"
        "Sieć-Serwis Marek Wójcik                      Powiat Tarnowski\n"
        "Oddział w Tarnowie                            ul. Narutowicza 38\n"
        "ul. Krakowska 9                               33-100 Tarnów\n"
        "33-100 Tarnów                                 NIP: 873-316-42-11\n"
    )
    doc = parse_text(text, file="o.pdf", source=Source.PDF_TEXT)
    assert (doc.seller.name, doc.seller.nip) == ("Sieć-Serwis Marek Wójcik", "9930664349")
    assert doc.buyer.nip == "8733164211"


def test_a_foreign_letterhead_names_the_seller_and_its_invoice_number() -> None:
    text = (
        "Oder-Spree Datentechnik GmbH\n"
        "Lindenallee 7 · 15230 Frankfurt (Oder) · Deutschland\n"
        "USt-IdNr. / NIP UE: DE318822451\n"
        "\n"
        "Rechnung / Faktura                                    Kunde / Nabywca:\n"
        "Rechnungsnummer / Numer: RE-2026-40417                Gmina Cybinka\n"
        "Rechnungsdatum / Data wystawienia: 12.10.2026         ul. Syrenia 1\n"
        "                                                      69-108 Cybinka, Polen\n"
        "                                                      NIP UE: PL5981603690\n"
    )
    doc = parse_text(text, file="r.pdf", source=Source.PDF_TEXT)
    assert doc.number == "RE-2026-40417"
    assert doc.seller.name == "Oder-Spree Datentechnik GmbH"
