"""Digit groups of one amount in a table row: a "1" before "800,00" is a quantity only when the
arithmetic needs it, and a number right after "×" is a price, never a rate."""

from decimal import Decimal

import pytest

from extractors.parse.rows import parse_row, percent_rates


@pytest.mark.parametrize(
    ("line", "qty", "net", "gross"),
    [
        # the value printed twice, exempt, no quantity column: one amount, not 1 × 800,00
        ("1 Administrowanie siecią 1 800,00 zw 1 800,00", None, "1800.00", "1800.00"),
        ("1 Administrowanie siecią 1 800,00 zł zw 1 800,00 zł", None, "1800.00", "1800.00"),
        # a unit between them: the 1 is the quantity
        ("1 Administrowanie siecią 1 mies. 1 800,00 zł zw 1 800,00 zł", "1", "1800.00", "1800.00"),
        # the arithmetic needs the split: 800,00 × 23% = 184,00
        ("1 Usługa 1 800,00 23% 184,00 984,00", "1", "800.00", "984.00"),
        ("1 Usługa 1 800,00 800,00 23% 184,00 984,00", "1", "800.00", "984.00"),
    ],
    ids=["exempt-twice", "exempt-twice-zl", "unit-between", "split-needed", "price-and-value"],
)
def test_quantity_one_or_thousands_group(line: str, qty: str | None, net: str, gross: str) -> None:
    row = parse_row(line)
    assert row is not None
    assert (row.qty, row.net, row.gross) == (Decimal(qty) if qty else None, Decimal(net), Decimal(gross))


@pytest.mark.parametrize(
    "line",
    [
        "1 Szkolenie 3 × 8 214,37 24 643,11",
        "1 Szkolenie 3 x 8 214,37 24 643,11",
        "1 Szkolenie 3 h * 8 214,37 24 643,11",
    ],
    ids=["times-sign", "letter-x", "asterisk"],
)
def test_number_after_a_multiplication_sign_is_the_price(line: str) -> None:
    row = parse_row(line)
    assert row is not None
    assert (row.qty, row.unit_net, row.net, row.vat_rate) == (Decimal(3), Decimal("8214.37"), Decimal("24643.11"), None)


def test_a_bare_rate_column_is_still_read() -> None:
    row = parse_row("1 Toner 10 szt. 217,90 8 2 353,32")
    assert row is not None
    assert (row.net, row.vat_rate, row.gross) == (Decimal("2179.00"), "8", Decimal("2353.32"))


def test_percent_rates_as_the_row_reader_sees_them() -> None:
    assert percent_rates("Stawka 23% 8 % 23,00% zw (5%) VAT 7%: 12,00") == ["23", "8", "23", "5", "7"]


_GROUPED_CORRECTION = """\
FAKTURA KORYGUJĄCA nr KOR/9/2026                                 Data wystawienia: 02.03.2026
Dotyczy faktury nr FV/101/2026 z dnia 10.02.2026
Sprzedawca                                        Nabywca
Mazowieckie Systemy IT Sp. z o.o.                 Gmina Jabłonna
NIP 5260250274                                    NIP 7751001452
                                  PRZED KOREKTĄ                PO KOREKCIE                KOREKTA
 Lp  Nazwa                     Ilość  Cena netto     Netto  Ilość  Cena netto     Netto     Netto     VAT     Brutto
  1  Serwer plików NAS           2    4.098,86  8.197,72    2   3.607,00  7.214,00  -983,72  -226,26  -1.209,98
  2  Zasilacz awaryjny 1500 VA   3      674,26  2.022,78    3     620,32  1.860,96  -161,82   -37,22    -199,04
Stawka  Netto przed  VAT przed  Netto po  VAT po  Różnica netto  Różnica VAT  Różnica brutto
23%       10.220,50   2.350,72  9.074,96  2.087,24    -1.145,54      -263,48       -1.409,02
"""


def test_side_by_side_correction_with_dot_grouped_amounts() -> None:
    from extractors.models import Source
    from extractors.parse import parse_text

    doc = parse_text(_GROUPED_CORRECTION, file="kor.pdf", source=Source.PDF_TEXT)
    assert [(i.before_correction, i.qty, i.unit_net, i.net) for i in doc.items] == [
        (True, Decimal(2), Decimal("4098.86"), Decimal("8197.72")),
        (False, Decimal(2), Decimal("3607.00"), Decimal("7214.00")),
        (True, Decimal(3), Decimal("674.26"), Decimal("2022.78")),
        (False, Decimal(3), Decimal("620.32"), Decimal("1860.96")),
    ]


@pytest.mark.parametrize("unit", ["pcs", "pc.", "ea", "hrs"])
def test_an_english_unit_ends_the_item_name(unit: str) -> None:
    line = f"1 Laptop Lenovo ThinkPad E14 12 {unit} 3 500,00 42 000,00 23% 9 660,00 51 660,00"
    row = parse_row(line)
    assert row is not None and row.unit == unit and row.qty == Decimal("12")
    assert line[: row.name_end].strip() == "1 Laptop Lenovo ThinkPad E14"
