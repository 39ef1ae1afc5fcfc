"""Session 16 (issue 9): what would have said "uncertain" instead of a plain wrong value (blind12b's
silent wrong values), each written here in words and figures of its own: a currency on a document
without any amount (none is printed), a currency no amount names while another currency does, a seller
name ending in the neighbouring column's unit ("… Sp. z oGmina").
"""

from __future__ import annotations

from decimal import Decimal

from extractors.models import DocumentKind, Invoice, Party, Source
from extractors.parse import parse_text
from extractors.parse.confidence import _name_problem, assess_invoice, party_name_problem
from extractors.serialise import document_to_dict

D = Decimal


def test_no_currency_is_said_of_a_document_without_amounts() -> None:
    doc = Invoice(file="f.pdf", kind=DocumentKind.UNKNOWN, source=Source.OCR, seller=Party(name="Toner s.c."))
    assert document_to_dict(doc)["currency"] is None
    assert dict(assess_invoice(doc).confidence)["currency"] == 0.0


EURO_PAGE = """\
Faktura VAT nr 5/2026
Data wystawienia: 02.03.2026
Sprzedawca: Nordic Parts AB
Nabywca: Gmina Puck
Lp. Nazwa                        Ilość  Cena netto   Wartość netto  VAT   Wartość brutto
1   Czujnik dymu optyczny         10     10,00 €     100,00 €       23%   123,00 €
Razem                                                100,00 €             123,00 €
"""


def test_a_currency_no_amount_names_while_another_does_is_uncertain() -> None:
    doc = parse_text(EURO_PAGE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.currency == "EUR"
    assert "currency" not in doc.uncertain
    as_zloty = Invoice(
        file="f.pdf", kind=DocumentKind.INVOICE, source=Source.PDF_TEXT, currency="PLN", gross_total=D("123.00")
    )
    verdict = assess_invoice(as_zloty, EURO_PAGE)
    assert "currency" in verdict.uncertain


def test_a_seller_name_ending_in_the_neighbouring_columns_unit_is_doubted() -> None:
    assert party_name_problem("Serwis Biurowy Omega Sp. z oGmina") is not None
    assert party_name_problem("Serwis Biurowy Omega Sp. z o.o. Powiat") is not None
    assert party_name_problem("Zakład Usług Komunalnych Miasto Sp. z o.o.") is None


def test_an_item_name_holding_another_documents_number_or_a_reference_is_doubted() -> None:
    # a re-invoice's source invoice read into the name (its column unseen, or OCR moved it)
    assert _name_problem("Opłata za domenę – okres FV 30112/07/2026 z roczny") is not None
    assert _name_problem("Opłata za domenę Fv 30112/07/2026 z") is not None
    # a price form's position before the name
    assert _name_problem("Cz. III poz. 7 Drukarka laserowa Brother HL-L5210DN") is not None
    # named as what the line is about, or a period: a name
    assert _name_problem("Rozliczenie zaliczki – faktura zaliczkowa FZ/8/2026 z dnia 03.02.2026") is None
    assert _name_problem("Hosting poczty, okres 01.05.2026–30.04.2027") is None
    assert _name_problem("Notebook Dell i7-1355U/32GB/1TB") is None
