"""A pre-printed form filled in off its boxes (the number typed under "Nr", a typewriter's wide word
spacing inside a party's box, "Sp. z o.o." / "sp.k." wrapped) and a horizontal strip of totals with
what was paid and what remains beside the gross."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.invoice import detect_number
from extractors.parse.text import split_lines

_FORM = """\
                                                       FAKTURA VAT
                                                                                Nr
                                                                                    17/2026
    Data wystawienia                            Data sprzedaży                              Miejsce wystawienia
     14.05.2026                                  12.05.2026                                  Opole
    Sprzedawca (pieczęć)                                              Nabywca
     Opolskie     Biuro   Projektów    Sp.  z  o.o.                    Gmina   Dobrzeń   Wielki
     sp.k.                                                             ul.  Namysłowska   44
     ul.  Ozimska    12                                                46-081   Dobrzeń   Wielki
     45-057   Opole
    NIP                                                               NIP
         754-305-77-12                                                     991-047-12-28
Lp.  Nazwa towaru lub usługi            J.m.  Ilość  Cena bez podatku  Wartość bez podatku  St.%  Podatek  Wartość
 1  Projekt  sieci  LAN  w  budynku       usł.    1        4  000,00         4  000,00         23   920,00  4  920,00
                                         Razem                               4  000,00               920,00  4  920,00
"""


def test_a_typed_form_number_under_its_box_and_a_name_in_wide_typewriter_spacing() -> None:
    doc = parse_text(_FORM, file="form.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.number == "17/2026"
    assert doc.seller.name == "Opolskie Biuro Projektów Sp. z o.o. sp.k."
    assert doc.buyer.name == "Gmina Dobrzeń Wielki"
    assert (doc.issue_date, doc.gross_total) == (date(2026, 5, 14), D("4920.00"))


def test_a_page_number_alone_is_dropped_but_a_document_number_alone_is_kept() -> None:
    lines = split_lines("FAKTURA VAT\n   2/3\n   Nr\n    58/2026\n", ocr=False)
    assert [line.text for line in lines if line.text] == ["FAKTURA VAT", "Nr", "58/2026"]


def test_a_kind_of_invoice_between_the_title_and_its_number() -> None:
    text = "Hurtownia ABC s.c.\nFAKTURA SPRZEDAŻY FV/11/00404\n"
    assert detect_number(split_lines(text, ocr=False)) == "FV/11/00404"


_STRIP = """\
Serwis Komputerowy BIT s.c.
ul. Długa 5, 40-001 Katowice · NIP 634-10-09-883
FAKTURA SPRZEDAŻY FS/04/00112
Nabywca
Gmina Pawłowice
ul. Zjednoczenia 60, 43-250 Pawłowice
NIP 638-17-04-339
Lp  Towar / usługa                     Ilość  Cena netto   VAT   Wartość netto   Wartość brutto
 1  Drukarka laserowa A4               2 szt.   1 000,00   23%        2 000,00         2 460,00
                 Netto                   VAT                  Brutto              Zapłacono      Pozostaje do zapłaty
           2 000,00                 460,00               2 460,00               1 000,00               1 460,00
Słownie do zapłaty: jeden tysiąc czterysta sześćdziesiąt złotych 00/100
"""


def test_a_totals_strip_with_paid_and_remaining_gives_the_gross_not_the_rest() -> None:
    doc = parse_text(_STRIP, file="strip.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.number == "FS/04/00112"
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("2000.00"), D("460.00"), D("2460.00"))
    # the words spell what remains to pay: no doubt about the gross for that
    assert not any("słownie" in w.message for w in doc.warnings)
