"""Session 24 (issue 9): the silent values of blind20b (held out last session, read now), by mechanism, each
written here in words and figures of its own.

- a legal form whose S OCR read with an accent ("Śp. z 0.0.") or as a figure ("5p. z o.o.") is spelt back;
"""

from __future__ import annotations

from extractors.models import Invoice, Source
from extractors.parse import parse_text
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
    assert _clean_name("Karkonoskie Centrum Komputerowe Śp. z 0.0.") == "Karkonoskie Centrum Komputerowe Sp. z o.o."
    # a form read right stays as printed; a figure glued to a word is no form
    assert ocr_legal_form("Centrum sp. z o.o.") == "Centrum sp. z o.o."
    assert ocr_legal_form("Lokal 15p. z o.o.") == "Lokal 15p. z o.o."
    read = "Karkonoskie Centrum Komputerowe Śp. z 0.0."
    doc = _ocr(_page(seller=read, letterhead=read))
    assert doc.seller.name == "Karkonoskie Centrum Komputerowe Sp. z o.o."
