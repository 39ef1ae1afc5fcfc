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
