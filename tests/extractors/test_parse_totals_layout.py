"""Totals printed apart from their labels: the amount due under "Razem do zapłaty" with a sidebar's line
in between, and a lone "VAT" label before an amount grouped by dots."""

from decimal import Decimal

from extractors.models import Invoice, Source
from extractors.parse import parse_text

_SIDEBAR = """\
FAKTURA VAT nr 2026-11-080
SPRZEDAWCA                     Lp  Nazwa                         Ilość  Cena netto     Netto    VAT    Brutto
Gamma Security Sp. z o.o.       1  Audyt KRI z rekomendacjami        1    8.787,18  8.787,18    23%  10.808,23
NIP 5260250274
NABYWCA                                                                      Razem netto     8.787,18
Gmina Sośnicowice
NIP 7751001452
DATY                                                                         Razem do zapłaty
wystawienia: 12.11.2026
                                                                             10.808,23 PLN
"""


def test_amount_due_under_its_label_past_a_sidebar_line() -> None:
    doc = parse_text(_SIDEBAR, file="gamma.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.gross_total == Decimal("10808.23")


def test_a_lone_vat_label_before_a_dot_grouped_amount() -> None:
    text = _SIDEBAR.replace("NIP 7751001452\n", "NIP 7751001452\nVAT                 2.021,05\n")
    doc = parse_text(text, file="gamma.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.vat_total == Decimal("2021.05")
