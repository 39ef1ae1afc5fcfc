"""Values that fail their own checks are reported uncertain, never silently wrong: a document number
that is a date, a party name that is a field label; and a capital I tesseract dropped at a word's start
("Bezpieczeństwa nformacji") put back."""

from __future__ import annotations

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.text import split_lines

_TABLE = """\
Lp  Nazwa                                     Ilość  J.m.  Cena netto    Wartość netto  VAT      Brutto
 1  Licencja oprogramowania antywirusowego       10  szt.      120,00         1 200,00  23%    1 476,00
                                                       Razem netto: 1 200,00 PLN
                                                       Razem VAT: 276,00 PLN
                                                       Razem brutto: 1 476,00 PLN
"""


def test_a_number_that_is_a_date_is_uncertain() -> None:
    head = (
        "Faktura VAT nr 2026-03-02\n"
        "Sprzedawca: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Nabywca: Gmina Stare Pole, NIP 5792203364\n"
    )
    doc = parse_text(head + _TABLE, file="a.pdf", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "2026-03-02"
    assert "number" in doc.uncertain
    assert any("to data, nie numer" in w.message for w in doc.warnings)


def test_a_label_read_as_a_name_is_uncertain() -> None:
    head = (
        "Faktura VAT nr 12/2026\n"
        "Sprzedawca: Identyfikator podatkowy\n"
        "NIP 5261040828\n"
        "Nabywca: Gmina Stare Pole, NIP 5792203364\n"
    )
    doc = parse_text(head + _TABLE, file="a.pdf", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Identyfikator podatkowy"
    assert "seller_name" in doc.uncertain


def test_a_capital_i_lost_at_a_words_start_is_put_back() -> None:
    def read(text: str) -> str:
        return split_lines(text, ocr=True)[0].text

    assert read("Kancelaria Bezpieczeństwa nformacji Ewa Mazur") == "Kancelaria Bezpieczeństwa Informacji Ewa Mazur"
    assert read("Polski nstytut Badań Rynku") == "Polski Instytut Badań Rynku"
    # a lowercase n word after a lowercase one, and text from a PDF's own layer, stay as printed
    assert read("usługi i nwestycje") == "usługi i nwestycje"
    assert split_lines("Bezpieczeństwa nformacji", ocr=False)[0].text == "Bezpieczeństwa nformacji"


def test_a_year_month_sequence_number_is_no_date() -> None:
    head = (
        "Faktura nr 2026/03/02\n"
        "Sprzedawca: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Nabywca: Gmina Stare Pole, NIP 5792203364\n"
    )
    doc = parse_text(head + _TABLE, file="a.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.number == "2026/03/02"
    assert "number" not in doc.uncertain
