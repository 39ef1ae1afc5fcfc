"""A shop's invoice to a receipt ("faktura do paragonu"): PTU group letters in the VAT column, a summary
printed gross first, and the shop's brand printed above the company's full name."""

from decimal import Decimal

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.invoice import _totals_triple
from extractors.parse.receipt import with_group_rates
from extractors.parse.text import split_lines

_INVOICE = """\
                                   BudMarket
                           Market budowlany · Kalisz, ul. Łódzka 5
                              BudMarket Centrum S.A.
                           ul. Wrocławska 2, 62-800 Kalisz
                                 NIP 6181007812
FAKTURA nr FK/77/0412/26                                            Data wystawienia: 14.04.2026
do paragonu nr 0412/7 z dnia 14.04.2026                               Data sprzedaży: 14.04.2026
Nabywca:
Gmina Opatówek
pl. Tadeusza Kościuszki 14, 62-860 Opatówek
NIP: 9680955144
  Lp  Nazwa                                   Ilość   Cena brutto   PTU   Wartość brutto
  1   Bezpiecznik nadprądowy 16 A                 4         18,45   A             73,80
  2   Przedłużacz bębnowy 25 m                    2        129,99   A            259,98
  3   Poradnik BHP w urzędzie                     3         42,00   B            126,00
                                                    RAZEM BRUTTO                  459,78
                                                    PTU      Brutto    w tym VAT     Netto
                                                    A 23%    333,78        62,41    271,37
                                                    B 8%     126,00         9,33    116,67
                                                    Suma     459,78        71,74    388,04
Zapłacono kartą: 459,78 zł
"""


def _invoice() -> Invoice:
    doc = parse_text(_INVOICE, file="budmarket.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    return doc


def test_group_letter_becomes_the_groups_rate() -> None:
    lines = with_group_rates(split_lines(_INVOICE, ocr=False))
    rows = [line.text for line in lines if line.text.startswith(("1 ", "2 ", "3 "))]
    assert rows == [
        "1 Bezpiecznik nadprądowy 16 A 4 18,45 23% 73,80",  # "16 A" (amperes) follows no amount: kept
        "2 Przedłużacz bębnowy 25 m 2 129,99 23% 259,98",
        "3 Poradnik BHP w urzędzie 3 42,00 8% 126,00",
    ]


def test_group_letters_without_a_ptu_summary_stay() -> None:
    text = "Lp Nazwa Ilość Cena Wartość\n1 Kabel 2 10,00 A 20,00\n"
    assert [line.text for line in with_group_rates(split_lines(text, ocr=False))][1] == "1 Kabel 2 10,00 A 20,00"


def test_summary_printed_gross_first() -> None:
    # "Brutto  w tym VAT  Netto": the first amount is the sum of the other two
    assert _totals_triple("Suma 459,78 71,74 388,04") == (Decimal("388.04"), Decimal("71.74"), Decimal("459.78"))
    assert _totals_triple("Razem 388,04 71,74 459,78") == (Decimal("388.04"), Decimal("71.74"), Decimal("459.78"))


def test_receipt_invoice_reads_whole() -> None:
    doc = _invoice()
    assert doc.seller.name == "BudMarket Centrum S.A."  # the brand above it is not the company
    assert doc.buyer.name == "Gmina Opatówek"
    assert [(i.qty, i.vat_rate, i.gross) for i in doc.items] == [
        (Decimal(4), "23", Decimal("73.80")),
        (Decimal(2), "23", Decimal("259.98")),
        (Decimal(3), "8", Decimal("126.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (Decimal("388.04"), Decimal("71.74"), Decimal("459.78"))
    assert not doc.uncertain


def test_group_letter_ocr_read_in_lower_case() -> None:
    text = "PTU Brutto\nA 23% 100,00\nC 5% 42,00\n1 Książka 2 21,00 c 42,00\n"
    assert [line.text for line in with_group_rates(split_lines(text, ocr=True))][3] == "1 Książka 2 21,00 5% 42,00"


def test_brand_and_full_name_differing_by_an_accent_ocr_dropped() -> None:
    text = _INVOICE.replace("  BudMarket\n", "  Łąkowy-Świat\n", 1).replace(
        "BudMarket Centrum S.A.", "Lakowy-Swiat Centrum S.A."
    )
    doc = parse_text(text, file="scan.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Lakowy-Swiat Centrum S.A."
