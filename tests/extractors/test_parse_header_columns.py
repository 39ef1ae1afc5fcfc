"""Header fields printed in columns: the document's dates beside a party heading, an invoice series
printed apart from the number under the title (also when OCR splits the title), a NIP's 7 OCR read as "/"."""

from datetime import date

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.invoice import detect_number
from extractors.parse.nip import find_nips
from extractors.parse.text import split_lines

_DATES_BESIDE_SELLER = """\
  FAKTURA VAT / INVOICE                                             Nr / No.: 2026/FV/0311
Sprzedawca / Seller                                    Data wystawienia / Issue date     05.03.2026
                                                       Data dostawy / Delivery date      04.03.2026
Elektro-Net Serwis Sp. z o.o.
ul. Obornicka 330, 60-689 Poznań                       Termin płatności / Due date       19.03.2026
NIP / VAT No.: PL8943012340
Nabywca / Buyer
Gmina Czerwonak
ul. Źródlana 39, 62-004 Czerwonak
NIP: 6290015555
 Lp  Nazwa                          Ilość  J.m.   Cena netto   Wartość netto  VAT   Wartość brutto
  1  Switch zarządzalny 24 porty       2   szt.     1 450,00        2 900,00   23%        3 567,00
                                                            Razem         2 900,00    667,00   3 567,00
"""


def test_dates_beside_a_party_heading_are_another_column() -> None:
    doc = parse_text(_DATES_BESIDE_SELLER, file="elektronet.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Elektro-Net Serwis Sp. z o.o.", "8943012340")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Czerwonak", "6290015555")
    assert (doc.issue_date, doc.sale_date) == (date(2026, 3, 5), date(2026, 3, 4))


def test_series_letters_apart_from_the_number_under_the_title() -> None:
    text = "FAKTURA VAT                                  Data wystawienia\nFV   27/11/2026/ZK\n"
    assert detect_number(split_lines(text, ocr=False)) == "FV 27/11/2026/ZK"


def test_a_word_beside_the_number_is_no_series() -> None:
    text = "FAKTURA VAT\nORYGINAŁ          27/11/2026/ZK\n"
    assert detect_number(split_lines(text, ocr=False)) == "27/11/2026/ZK"


def test_number_under_a_title_ocr_split_in_two() -> None:
    text = "FAKTU RA VAT                                  Data wystawienia\nFV   27/11/2026/ZK\n"
    assert detect_number(split_lines(text, ocr=True)) == "FV 27/11/2026/ZK"


def test_nip_whose_leading_seven_ocr_read_as_a_slash() -> None:
    assert find_nips("NIP: /78-89-90-865") == [(0, "7788990865")]
    assert find_nips("NIP: /12-34-56-789") == []  # no valid NIP with a 7 there: not guessed
