"""A foreign supplier's invoice to a JST: English amounts, dates and table headings beside Polish ones.

Cloud services and licences are often billed from another EU country in EUR with reverse charge; the
invoice is laid out in English with Polish subtitles. Each rule below is one a real invoice of that kind
needs, whatever its layout.
"""

from datetime import date
from decimal import Decimal

import pytest

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.dates import find_dates
from extractors.parse.nip import find_nips
from extractors.parse.numbers import find_amounts
from extractors.parse.rows import parse_row

# Laid out as a text PDF's layout text comes out: two columns, a table, totals right-aligned.
_INVOICE = """\
CloudWorks Ireland Ltd.                                                  INVOICE / FAKTURA
4 Harcourt Road                                                   Invoice no.: IE-2026-00418
Dublin 2, Ireland                                        Invoice date / Data wystawienia: 9 Feb 2026
NIP (Polska): 5260250274                               Supply date / Data wykonania: 31 January 2026
Bill to / Nabywca                                       Billing period / Okres rozliczeniowy
Powiat Kutnowski                                        01.01.2026 – 31.01.2026
ul. Kościuszki 16, 99-300 Kutno
VAT ID: PL7751001452
   Description                                    Quantity     Unit price     VAT     Amount (EUR)
   Backup storage 10 TB – January                       2        1,245.50      NP         2,491.00
   Endpoint protection seats                          120           10.75      NP         1,290.00
                                                       Subtotal / Wartość netto             3,781.00
                                                   VAT (reverse charge) / VAT                   0.00
                                                     Total / Do zapłaty                3,781.00 EUR
Reverse charge – odwrotne obciążenie (art. 28b ustawy o VAT).
"""


def _invoice() -> Invoice:
    doc = parse_text(_INVOICE, file="cloudworks.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    return doc


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("Total 3,781.00 EUR", ["3781.00"], id="comma-groups-dot-decimals"),
        pytest.param("1,245.50  12,345,678.90", ["1245.50", "12345678.90"], id="several-groups"),
        pytest.param("2 491,00 i 2.491,00", ["2491.00", "2491.00"], id="polish-spellings-unchanged"),
        pytest.param("ilość 1,000 szt.", [], id="comma-quantity-is-no-amount"),
    ],
)
def test_english_grouped_amounts(text: str, values: list[str]) -> None:
    assert [v for _, _, v in find_amounts(text)] == [Decimal(v) for v in values]


def test_english_grouped_amounts_in_a_row() -> None:
    row = parse_row("   Backup storage 10 TB – January                  2        1,245.50      NP         2,491.00")
    assert row is not None
    assert (row.qty, row.unit_net, row.net, row.vat_rate, row.gross) == (
        Decimal(2),
        Decimal("1245.50"),
        Decimal("2491.00"),
        "np",
        Decimal("2491.00"),
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Invoice date: 9 Feb 2026", date(2026, 2, 9)),
        ("Supply date: 31 January 2026", date(2026, 1, 31)),
        ("Due: 2 Sep. 2026", date(2026, 9, 2)),
        ("15 marca 2024", date(2024, 3, 15)),
    ],
    ids=["short-month", "long-month", "abbreviation-with-dot", "polish-still"],
)
def test_english_month_names(text: str, value: date) -> None:
    assert [v for _, v in find_dates(text)] == [value]


def test_nip_label_with_a_remark_in_brackets() -> None:
    assert find_nips("NIP (Polska): 5260250274") == [(0, "5260250274")]


def test_foreign_supplier_invoice_reads_whole() -> None:
    doc = _invoice()
    assert doc.number == "IE-2026-00418"
    assert (doc.issue_date, doc.sale_date) == (date(2026, 2, 9), date(2026, 1, 31))
    assert doc.currency == "EUR"
    # "Bill to / Nabywca" heads the buyer; the billing period beside it is another block
    assert (doc.seller.nip, doc.buyer.nip) == ("5260250274", "7751001452")
    assert doc.buyer.name == "Powiat Kutnowski"
    # "Description … Quantity … Unit price … Amount" heads the table
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Backup storage 10 TB – January", Decimal(2), Decimal("2491.00")),
        ("Endpoint protection seats", Decimal(120), Decimal("1290.00")),
    ]
    # "VAT (reverse charge) / VAT 0.00" is the VAT total, not a missing one
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (Decimal("3781.00"), Decimal("0.00"), Decimal("3781.00"))


def test_english_amount_whose_comma_ocr_read_as_a_dot() -> None:
    assert [v for _, _, v in find_amounts("3   1.073.81   NP   3,221.43")] == [Decimal("1073.81"), Decimal("3221.43")]
    assert [v for _, _, v in find_amounts("1.234.567")] == []  # a grouped integer, not money
    row = parse_row("   Backup storage 10 TB – January                  2        1.245.50      NP         2,491.00")
    assert row is not None
    assert (row.qty, row.unit_net, row.net) == (Decimal(2), Decimal("1245.50"), Decimal("2491.00"))


def test_bill_to_heading_ocr_misread() -> None:
    doc = parse_text(_INVOICE.replace("Bill to / Nabywca", "Bili to / Nabywca"), file="x.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.buyer.name, doc.buyer.nip, doc.seller.nip) == ("Powiat Kutnowski", "7751001452", "5260250274")
