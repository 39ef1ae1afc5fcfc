"""Session 21 (issue 9): mechanisms found on blind17b (held out last session, read now), each written here in
words and figures of its own.

- an issue date whose label the scan lost (a box of labels with values under them, the number in the first box)
  fell back to the first date near the top – the invoice number shaped like a date ("FVK 9/08/2026") or the
  corrected invoice's date after its number. Neither is a candidate now; an unlabelled issue date among other
  dates is uncertain;
- a protocol whose remarks column says "bez zastrzeżeń" in a row: the closing-statement rule ended the table after
  the first row. The remark of a row is no statement; a protocol numbering more rows with a count than were read
  is uncertain;
- rows of an invoice that no printed total can be set against (the net total and the rows' gross unread) are
  uncertain: a row lost would go unnoticed.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from extractors.models import DocumentKind, Invoice, LineItem, Party, Protocol, Source
from extractors.parse import parse_text
from extractors.parse.confidence import assess_invoice, assess_protocol
from extractors.parse.protocol import numbered_rows, parse_protocol
from extractors.read import read_document
from tests.fixtures import pdfgen

D = Decimal


def _box_header_pdf(path: Path, *, date_label: str) -> None:
    """A correction with three boxes on the right: the number, the corrected invoice, the issue date."""
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.FONT, 9)
    c.drawString(40, 800, "Tarnowskie Biuro Sieci Marek Wilk")
    c.drawString(40, 788, "ul. Lwowska 41")
    c.drawString(40, 776, "33-100 Tarnów")
    c.drawString(40, 764, "NIP: PL8733012442")
    for top, label, value in (
        (812, "Numer", "KR 14/11/2026"),
        (778, "Dotyczy faktury", "FS 2026/10/00231 z 2026.10.27"),
        (744, date_label, "2026.11.16"),
    ):
        c.rect(330, top - 32, 230, 32)
        c.setFont(pdfgen.FONT, 7)
        c.drawString(336, top - 10, label)
        c.setFont(pdfgen.BOLD, 10)
        c.drawCentredString(445, top - 26, value)
    c.setFont(pdfgen.BOLD, 13)
    c.drawString(40, 730, "FAKTURA KORYGUJĄCA")
    c.setFont(pdfgen.FONT, 9)
    c.drawString(40, 690, "Sprzedawca")
    c.drawString(300, 690, "Nabywca")
    c.drawString(40, 678, "Tarnowskie Biuro Sieci Marek Wilk")
    c.drawString(300, 678, "Gmina Wietrzychowice")
    c.drawString(40, 666, "NIP: PL8733012442")
    c.drawString(300, 666, "NIP: PL9930000010")
    c.drawString(40, 630, "Przyczyna korekty: zwrot 2 szt. towaru.")
    c.save()


def test_the_number_in_a_box_on_the_right_and_the_issue_date_under_its_label(tmp_path: Path) -> None:
    path = tmp_path / "korekta.pdf"
    _box_header_pdf(path, date_label="Data wystawienia")
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert doc.number == "KR 14/11/2026"
    assert doc.issue_date == date(2026, 11, 16)
    assert "issue_date" not in doc.uncertain


def test_an_issue_date_whose_label_was_lost_is_neither_the_number_nor_the_corrected_invoices_date(
    tmp_path: Path,
) -> None:
    # the scan read the label as a speck: the number shaped like a date and the other invoice's date are skipped
    path = tmp_path / "korekta.pdf"
    _box_header_pdf(path, date_label="")
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert doc.issue_date == date(2026, 11, 16)
    assert "issue_date" not in doc.uncertain  # no other date of this document competes


_UNLABELLED = """FAKTURA VAT {number}
{top}
Sprzedawca                                   Nabywca
Serwis Drukarek Adam Nowak                   Powiat Bocheński
ul. Długa 3, 31-147 Kraków                   ul. Kazimierza Wielkiego 31, 32-700 Bochnia
NIP: 6762472844                              NIP: 8681920814
Lp.  Nazwa                          Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
1    Bęben światłoczuły DR-2401        4   szt.      120,00          480,00  23%           590,40
Razem                                                               480,00  110,40         590,40
Termin płatności: {due}
"""


def _unlabelled(top: str, due: str, number: str = "FV 88/2026") -> Invoice:
    doc = parse_text(_UNLABELLED.format(number=number, top=top, due=due), file="a.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    return doc


def test_an_unlabelled_issue_date_among_other_dates_is_uncertain() -> None:
    # a bare date under the title (its label lost), a due date further down: nothing says which is which
    doc = _unlabelled("03.11.2026", "17.11.2026")
    assert doc.issue_date == date(2026, 11, 3)
    assert "issue_date" in doc.uncertain
    assert any("etykiety daty wystawienia" in w.message for w in doc.warnings)
    # the only date of the page: nothing competes
    alone = _unlabelled("03.11.2026", "14 dni")
    assert alone.issue_date == date(2026, 11, 3)
    assert "issue_date" not in alone.uncertain


def test_the_ways_an_issue_date_is_printed_without_its_label_are_not_doubted() -> None:
    for top in (
        "Kraków, 03.11.2026",
        "Nowy Targ, dnia 3 listopada 2026 r.",
        "Wystawiona:   03.11.2026",
        "wyst. 03.11.2026",
        "Data faktury   2026-11-03",
        "z dnia 03.11.2026",
    ):
        doc = _unlabelled(top, "17.11.2026")
        assert doc.issue_date == date(2026, 11, 3), top
        assert "issue_date" not in doc.uncertain, top


def test_a_sale_date_comes_after_any_other_date_for_an_unlabelled_issue_date() -> None:
    doc = _unlabelled("Data sprzedaży: 30.10.2026    03.11.2026", "17.11.2026")
    assert doc.issue_date == date(2026, 11, 3)


def test_a_titles_own_date_after_its_number_stays_the_issue_date() -> None:
    doc = _unlabelled("", "14 dni", number="nr FV 88/2026 z dnia 05.11.2026")
    assert doc.issue_date == date(2026, 11, 5)
    # a bank account beside the title's "z dnia" cell is no number of another document
    doc = _unlabelled("Bank: PL61109010140000071219812874          z dnia 05.11.2026", "17.11.2026")
    assert doc.issue_date == date(2026, 11, 5)
    assert "issue_date" not in doc.uncertain


def _protocol_pdf(path: Path) -> None:
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.BOLD, 12)
    c.drawString(60, 790, "PROTOKÓŁ ODBIORU nr PO-17/2026")
    c.setFont(pdfgen.FONT, 9)
    c.drawString(380, 810, "Bochnia, dnia 4 maja 2026 r.")
    c.drawString(40, 760, "Wykonawca")
    c.drawString(300, 760, "Zamawiający")
    c.drawString(40, 748, "Bocheńskie Centrum IT Sp. z o.o.")
    c.drawString(300, 748, "Powiat Bocheński")
    c.drawString(40, 736, "NIP: 8681920814")
    c.drawString(300, 736, "NIP: 6762472844")
    y = 700
    for cols in (
        ("Lp.", "Przedmiot odbioru", "Ilość", "J.m.", "Uwagi"),
        ("1", "Przełącznik sieciowy 24-portowy PoE", "6", "szt.", "zgodnie z umową"),
        ("2", "Macierz dyskowa 4-kieszeniowa", "1", "kpl.", "bez zastrzeżeń"),
        ("3", "Czytnik kart elektronicznych USB", "12", "szt.", "bez uwag"),
    ):
        for x, value in zip((40, 70, 330, 370, 410), cols, strict=True):
            c.drawString(x, y, value)
        y -= 14
    c.drawString(40, y - 10, "Uwagi:")
    c.drawString(40, y - 22, "Instrukcje obsługi i karty gwarancyjne przekazano wraz ze sprzętem.")
    c.drawString(40, y - 50, "Podpisy:")
    c.save()


def test_a_rows_remark_that_reads_like_a_closing_statement_does_not_end_the_table(tmp_path: Path) -> None:
    path = tmp_path / "protokol.pdf"
    _protocol_pdf(path)
    doc = read_document(path)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Przełącznik sieciowy 24-portowy PoE", D("6")),
        ("Macierz dyskowa 4-kieszeniowa", D("1")),
        ("Czytnik kart elektronicznych USB", D("12")),
    ]
    assert "items" not in doc.uncertain


def test_a_protocol_numbering_more_rows_than_were_read_is_uncertain() -> None:
    text = (
        "PROTOKÓŁ ODBIORU nr 5/2026\n"
        "Lp.  Nazwa                      Ilość  J.m.\n"
        "1    Skaner dokumentów A4         2    szt.\n"
        "2    Niszczarka P-4               1    szt.\n"
    )
    assert numbered_rows(text) == 2
    doc = parse_protocol(text, file="p.pdf", source=Source.PDF_TEXT, pages=1)
    assert "items" not in assess_protocol(doc, text).uncertain
    cut = dataclasses.replace(doc, items=doc.items[:1])
    verdict = assess_protocol(cut, text)
    assert "items" in verdict.uncertain
    assert any("ponumerowanych wierszy" in w.message for w in verdict.warnings)


def _invoice(items: tuple[LineItem, ...], *, net: Decimal | None, gross: Decimal | None) -> Invoice:
    return Invoice(
        file="f.png",
        kind=DocumentKind.INVOICE,
        source=Source.OCR,
        number="FV 7/2026",
        issue_date=date(2026, 4, 9),
        sale_date=None,
        seller=Party(name="Serwis Drukarek Adam Nowak", nip="6762472844"),
        buyer=Party(name="Gmina Łapanów", nip="8681920814"),
        items=items,
        net_total=net,
        vat_total=None,
        gross_total=gross,
    )


def test_rows_no_total_can_confirm_are_uncertain() -> None:
    # the net total unread, the rows' gross unread: one row of two read and nothing to tell
    one = (LineItem(name="Licencja serwerowa 16 rdzeni", qty=D("10"), unit_net=D("4231.33"), net=D("42313.30")),)
    verdict = assess_invoice(_invoice(one, net=None, gross=D("67385.75")))
    assert "items" in verdict.uncertain
    # the rows' net at their rates makes the gross: confirmed
    rated = (dataclasses.replace(one[0], vat_rate="23"),)
    assert "items" not in assess_invoice(_invoice(rated, net=None, gross=D("52045.36"))).uncertain


def test_a_correction_printing_its_changed_columns_twice_with_their_state(tmp_path: Path) -> None:
    # "Ilość przed | Ilość po | Cena netto | Wartość netto przed | Wartość netto po | VAT": units returned
    path = tmp_path / "zwrot.pdf"
    c = pdfgen._canvas(path)
    c.setFont(pdfgen.BOLD, 13)
    c.drawString(40, 800, "FAKTURA KORYGUJĄCA nr KZ 3/2026")
    c.setFont(pdfgen.FONT, 8)
    c.drawString(40, 786, "Data wystawienia: 12.03.2026")
    c.drawString(40, 770, "Sprzedawca")
    c.drawString(300, 770, "Nabywca")
    c.drawString(40, 760, "Bocheńskie Centrum IT Sp. z o.o.")
    c.drawString(300, 760, "Gmina Drwinia")
    c.drawString(40, 750, "NIP: 8681920814")
    c.drawString(300, 750, "NIP: 6762472844")
    heads = ((40, "Lp."), (60, "Nazwa"), (230, "J.m."), (262, "Ilość"), (292, "Ilość po"), (332, "Cena netto"))
    heads += ((392, "Wartość"), (452, "Wartość"), (510, "VAT"))
    for x, h in heads:
        c.drawString(x, 720, h)
    for x, h in ((262, "przed"), (392, "netto przed"), (452, "netto po")):
        c.drawString(x, 711, h)
    rows = (
        ("1", "Drukarka laserowa A4 z dupleksem", "szt.", "5", "3", "1 250,00", "6 250,00", "3 750,00", "23%"),
        ("2", "Czytnik kodów kreskowych 2D", "szt.", "4", "1", "310,50", "1 242,00", "310,50", "23%"),
    )
    y = 696
    for row in rows:
        c.drawString(40, y, row[0])
        c.drawString(60, y, row[1])
        c.drawString(230, y, row[2])
        for right, value in zip((285, 315, 370, 430, 490, 525), row[3:], strict=True):
            c.drawRightString(right, y, value)
        y -= 14
    c.drawString(330, y - 10, "Netto          VAT          Brutto")
    c.drawString(290, y - 22, "Przed    7 492,00    1 723,16    9 215,16")
    c.drawString(290, y - 34, "Po       4 060,50      933,92    4 994,42")
    c.drawString(290, y - 46, "Różnica  -3 431,50    -789,24   -4 220,74")
    c.drawString(40, y - 70, "Przyczyna: zwrot 5 szt. towaru.")
    c.save()
    doc = read_document(path)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.before_correction) for i in doc.items] == [
        ("Drukarka laserowa A4 z dupleksem", D("5"), D("6250.00"), True),
        ("Drukarka laserowa A4 z dupleksem", D("3"), D("3750.00"), False),
        ("Czytnik kodów kreskowych 2D", D("4"), D("1242.00"), True),
        ("Czytnik kodów kreskowych 2D", D("1"), D("310.50"), False),
    ]
    assert doc.net_total == D("-3431.50")
    assert "items" not in doc.uncertain


def test_a_number_named_in_every_pages_band() -> None:
    text = (
        "Dokument F/0112/26/KR    |  Strona 1 z 2                     Serwis Drukarek Adam Nowak\n"
        "FAKTURA VAT                                         Data wystawienia: 2026.06.22\n"
        "\f\n"
        "Dokument F/0112/26/KR    |  Strona 2 z 2                     Serwis Drukarek Adam Nowak\n"
    )
    doc = parse_text(text, file="b.pdf", source=Source.PDF_TEXT)
    assert doc.number == "F/0112/26/KR"
    # "Dokument sprzedaży" beside a page mark names no number
    assert (
        parse_text(
            text.replace("Dokument F/0112/26/KR", "Dokument sprzedaży"), file="c.pdf", source=Source.PDF_TEXT
        ).number
        is None
    )


def test_a_catalogue_code_holding_sn_is_no_serial_number() -> None:
    text = (
        "Faktura VAT nr 12/2026\nData wystawienia: 02.02.2026\n"
        "Lp.  Nazwa                                      Ilość  J.m.  Cena netto  Wartość netto  VAT  Wartość brutto\n"
        "1    Zapora sieciowa z licencją (nr kat. FW-SN320-UTM)   1  kpl.  900,00  900,00  23%  1 107,00\n"
        "Razem                                                          900,00  207,00  1 107,00\n"
    )
    doc = parse_text(text, file="d.pdf", source=Source.PDF_TEXT)
    assert doc.items[0].name == "Zapora sieciowa z licencją (nr kat. FW-SN320-UTM)"


def test_a_scans_legal_forms_read_with_digits() -> None:
    from extractors.parse.parties import _clean_name

    assert _clean_name("Beskidzkie Systemy IT Sp. 2 0.0. sp.k.") == "Beskidzkie Systemy IT Sp. z o.o. sp.k."
    assert _clean_name("Beskidzkie Systemy IT Sp. 2 o.o.") == "Beskidzkie Systemy IT Sp. z o.o."
    assert _clean_name("SIECI POWIATU 5.A.") == "SIECI POWIATU S.A."
    assert _clean_name("Firma 2 Sp. z o.o.") == "Firma 2 Sp. z o.o."


def test_a_scrap_of_a_word_inside_a_scanned_name_is_uncertain() -> None:
    def verdict(seller: str, source: Source) -> tuple[str, ...]:
        doc = _invoice((), net=None, gross=None)
        doc = dataclasses.replace(doc, source=source, seller=Party(name=seller, nip="6762472844"))
        return assess_invoice(doc).uncertain

    assert "seller_name" in verdict("Beskidzki Serwis Komputerowy an Nowak", Source.OCR)
    assert "seller_name" not in verdict("Beskidzki Serwis Komputerowy an Nowak", Source.PDF_TEXT)
    assert "seller_name" not in verdict("Zakład Usług Informatycznych w Nowym Targu", Source.OCR)
    assert "seller_name" not in verdict("Szkoła Podstawowa nr 2 im. Jana Pawła II", Source.OCR)


def test_ocr_glyphs_in_names_read_back() -> None:
    from extractors.parse.confidence import party_name_problem
    from extractors.parse.invoice import ocr_name

    assert ocr_name("Przegląd sieci wraz 2 raportem") == "Przegląd sieci wraz z raportem"
    assert ocr_name("Dysk 55D Kingston 480GB") == "Dysk SSD Kingston 480GB"
    assert ocr_name("Monitor AOC 27,0* IPS") == 'Monitor AOC 27,0" IPS'
    assert ocr_name("Zestaw 2 monitorów") == "Zestaw 2 monitorów"
    assert party_name_problem("Biuro Usług Sieciowych NETKOM._Sp. z o.o.") is not None
    assert party_name_problem("Biuro Usług Sieciowych NETKOM.Sp. z o.o.") is not None
    assert party_name_problem("Biuro Usług Sieciowych NETKOM Sp. z o.o.") is None


def test_a_short_guess_over_a_long_box_is_read_again() -> None:
    # tesseract matched "Foo" (confidence 12) to the whole of a small "Data wystawienia": its ink is read again
    from extractors.backends.layout import Word
    from extractors.backends.ocr import _garbled

    assert _garbled(Word("Foo", 1118, 1303, 343, 364, 12.0), 21.0)
    assert not _garbled(Word("Foo", 1118, 1303, 343, 364, 85.0), 21.0)  # read with confidence: kept
    assert not _garbled(Word("Nabywca", 958, 1082, 512, 537, 25.0), 21.0)  # a weak word of its own width


def test_a_document_of_unknown_kind_with_rows_and_amounts_is_uncertain_of_its_kind() -> None:
    # a curved photo lost the title "FAKTURA KORYGUJĄCA": "unknown" is not a reading of what the page is
    text = (
        "ZWROT TOWARU nr 4/2026\n"
        "Lp.  Nazwa                          Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto\n"
        "1    Bęben światłoczuły DR-2401        4   szt.      120,00          480,00  23%           590,40\n"
        "Razem                                                               480,00  110,40         590,40\n"
    )
    doc = parse_text(text, file="x.png", source=Source.OCR)
    assert doc.kind == DocumentKind.UNKNOWN
    assert "kind" in doc.uncertain


def test_a_label_whose_date_was_lost_never_takes_the_next_lines_labelled_date() -> None:
    # "Data wystawienia:" with its value unread, "Data sprzedaży: …" under it
    doc = _unlabelled("Data wystawienia:\nData sprzedaży: 30.10.2026", "14 dni")
    assert doc.sale_date == date(2026, 10, 30)
    assert doc.issue_date is None or "issue_date" in doc.uncertain
    # the only date is the sale's: taken for the issue date, but not as certain
    doc = _unlabelled("Data sprzedaży: 30.10.2026", "14 dni")
    assert doc.issue_date is None or "issue_date" in doc.uncertain


def test_a_scanned_buyers_place_name_takes_the_registers_polish_marks() -> None:
    from extractors.parse.units import registered_spelling

    assert registered_spelling("Gmina Mogiłany") == "Gmina Mogilany"
    assert registered_spelling("Gmina Wisniowa") == "Gmina Wiśniowa"
    assert registered_spelling("Gmina Miejska Chojnow") == "Gmina Miejska Chojnów"
    assert registered_spelling("Gmina Liszki") is None  # spelt as registered
    assert registered_spelling("Gmina Zielona Dolina") is None  # no such gmina: left as read
    text = _UNLABELLED.format(number="FV 88/2026", top="Data wystawienia: 03.11.2026", due="14 dni")
    doc = parse_text(text.replace("Powiat Bocheński", "Gmina Łapanow"), file="s.png", source=Source.OCR)
    assert doc.buyer.name == "Gmina Łapanów"


def test_a_scanned_series_opening_with_a_doubled_letter_is_uncertain() -> None:
    doc = dataclasses.replace(_invoice((), net=None, gross=None), number="133/SSPR/2026")
    assert "number" in assess_invoice(doc).uncertain
    assert "number" not in assess_invoice(dataclasses.replace(doc, number="133/SPR/2026")).uncertain
    text_pdf = dataclasses.replace(doc, source=Source.PDF_TEXT)
    assert "number" not in assess_invoice(text_pdf).uncertain
    from extractors.parse.invoice import ocr_name

    assert ocr_name("Monitor Dell 24* IPS z regulacją") == 'Monitor Dell 24" IPS z regulacją'


def test_a_scans_count_with_a_speck_and_its_ocr_header_words() -> None:
    # "5.  szt.": a speck after the count; the rows after it are still rows
    text = (
        "PROTOKÓŁ ODBIORU nr 9/2026\n"
        "Lp.  Przedmiot odbioru                       Ilość  j.m.   Uwagi\n"
        " 1   Niszczarka biurowa P-4                     5.  szt.  zgodnie z OPZ\n"
        " 2   Skaner dokumentów A4                       3   szt.  bez zastrzeżeń\n"
    )
    doc = parse_protocol(text, file="p.png", source=Source.OCR, pages=1)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Niszczarka biurowa P-4", D("5")),
        ("Skaner dokumentów A4", D("3")),
    ]
    # "llość przed": OCR's I of "Ilość" read as l in a correction's state columns
    from extractors.parse.invoice import paired_state_items
    from extractors.parse.text import split_lines

    table = (
        "Lp.  Nazwa                     J.m.   llość  Ilość po  Cena netto    Wartość      Wartość   VAT\n"
        "                                      przed                       netto przed     netto po\n"
        " 1   Czytnik kodów 2D          szt.      4       1       310,50     1 242,00       310,50  23%\n"
    )
    items = paired_state_items(split_lines(table, ocr=True))
    assert [(i.qty, i.net, i.before_correction) for i in items] == [
        (D("4"), D("1242.00"), True),
        (D("1"), D("310.50"), False),
    ]


# --- blind18a (phase 2) ----------------------------------------------------------------------------------------


def test_a_remarks_column_after_the_amounts_stays_out_of_the_rows() -> None:
    head = "Lp.  Nazwa                           Ilość  J.m.      Cena     Wartość  VAT      Wartość  "
    notes = len(head)  # the remarks stand in their own column, wrapped under its heading

    def row(left: str, note: str) -> str:
        return left.ljust(notes) + note

    text = "\n".join(
        (
            "Faktura VAT FS 014/11/26",
            "Data wystawienia: 05.11.2026",
            head + "Uwagi",
            "                                                     netto       netto             brutto",
            row(
                " 1  Przełącznik sieciowy 24x PoE      3  szt.    1 200,00    3 600,00  23%      4 428,00",
                "SN: KX81TT02,",
            ),
            row("    zarządzalny L2+", "KX81TT07 i in.;"),
            row("", "gwarancja 24 m-cy"),
            row(
                " 2  Konfiguracja sieci VLAN           1  usł.      800,00      800,00  23%        984,00",
                "wg protokołu",
            ),
            "                                                           Razem     4 400,00  1 012,00  5 412,00",
        )
    )
    doc = parse_text(text, file="u.pdf", source=Source.PDF_TEXT)
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Przełącznik sieciowy 24x PoE zarządzalny L2+", D("3"), D("3600.00")),
        ("Konfiguracja sieci VLAN", D("1"), D("800.00")),
    ]
    assert "items" not in doc.uncertain


def test_dates_with_a_short_year() -> None:
    from extractors.parse.dates import find_dates

    assert [d for _, d in find_dates("za okres 1.03.26–31.03.26")] == [date(2026, 3, 1), date(2026, 3, 31)]
    assert find_dates("Data sporządzenia: 7.04.26")[0][1] == date(2026, 4, 7)
    for text in ("wersja 10.0.19", "v2.1.30", "IP 192.168.1.10", "1.234,56 zł", "20:26.05.20"):
        assert find_dates(text) == [], text
    text = (
        "PROTOKÓŁ ODBIORU USŁUG nr PS/05/2026/02\n"
        "Data sporządzenia: 6.05.26                         Umowa serwisowa nr 4/SRW/2025 z 2.06.25\n"
        "Lp.  Czynność                                  Czas [h]   J.m.\n"
        " 1.  Przegląd serwerowni – 4.05.26                2,5     godz.\n"
    )
    assert parse_protocol(text, file="p.pdf", source=Source.PDF_TEXT, pages=1).date == date(2026, 5, 6)


def test_a_months_unit_whose_c_the_scan_lost() -> None:
    from extractors.parse.text import split_lines

    lines = split_lines(
        " 1   Abonament – kopia zapasowa 1 TB         1   m-        551,00        551,00  23%", ocr=True
    )
    assert " 1 m-c 551,00 " in lines[0].text
    lines = split_lines(" 2   Abonament – hosting BIP   1   m-<      3 569,56     3569,56  23%", ocr=True)
    assert " 1 m-c 3 569,56 " in lines[0].text
