from datetime import date
from decimal import Decimal

import pytest

from extractors.parse.dates import find_dates, parse_date
from extractors.parse.numbers import find_amounts, fix_ocr_digits, parse_amount, parse_qty, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("12 345,67", "12345.67", id="space-thousands-comma"),
        pytest.param("12.345,67", "12345.67", id="dot-thousands-comma"),
        pytest.param("12345.67", "12345.67", id="plain-dot-decimal"),
        pytest.param("12 345.67", "12345.67", id="space-thousands-dot"),
        pytest.param("12345,67", "12345.67", id="ocr-dropped-space"),
        pytest.param("1 234,5", "1234.5", id="one-decimal-digit"),
        pytest.param("-1 234,00", "-1234.00", id="negative-correction"),
        pytest.param("\u22121 234,00", "-1234.00", id="unicode-minus"),
        pytest.param("1\u00a0234,00", "1234.00", id="nbsp-thousands"),
        pytest.param("1 234 567,89 zł", "1234567.89", id="millions-with-currency"),
        pytest.param("12.345", "12345", id="dot-grouped-integer"),
        pytest.param("0,99", "0.99", id="below-one"),
    ],
)
def test_parse_amount(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "12,34,56x", "-", "zł"], ids=["empty", "word", "junk", "dash", "currency"])
def test_parse_amount_rejects_non_amounts(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1", "1"), ("2,000", "2"), ("1,5", "1.5"), ("0.25", "0.25"), ("12", "12")],
    ids=["int", "trailing-zeros", "comma-half", "dot-quarter", "two-digit"],
)
def test_parse_qty(text: str, value: str) -> None:
    assert parse_qty(text) == Decimal(value)


def test_find_amounts_splits_quantity_from_grouped_amount() -> None:
    values = [v for _, _, v in find_amounts("2 1 000,00 2 000,00 23% 460,00 2 460,00")]
    assert values == [Decimal("1000.00"), Decimal("2000.00"), Decimal("460.00"), Decimal("2460.00")]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Razem 1O 2OO,00", "Razem 10 200,00"),
        ("NIP 525-l00-33-O8", "NIP 525-100-33-08"),
        ("FortiGate 60F", "FortiGate 60F"),
        ("Intel Core i5", "Intel Core i5"),
    ],
    ids=["O-for-zero", "l-for-one", "product-name-kept", "word-kept"],
)
def test_fix_ocr_digits(text: str, fixed: str) -> None:
    assert fix_ocr_digits(text) == fixed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("trzydzieści jeden tysięcy sto czterdzieści trzy złotych 60/100", "31143.60"),
        ("jeden tysiąc dwieście trzydzieści cztery złote 56/100", "1234.56"),
        ("tysiąc pięćset złotych zero groszy", "1500.00"),
        ("dwa miliony trzysta tysięcy złotych 00/100", "2300000.00"),
        ("dziewięćset dziewięćdziesiąt dziewięć zł dziewięćdziesiąt dziewięć gr", "999.99"),
    ],
    ids=["thousands", "tysiac-explicit-one", "grosze-in-words", "millions", "zl-gr"],
)
def test_parse_words(text: str, value: str) -> None:
    assert parse_words(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Data wystawienia: 15.03.2024", date(2024, 3, 15)),
        ("15-03-2024", date(2024, 3, 15)),
        ("2024-03-15", date(2024, 3, 15)),
        ("2024.05.06", date(2024, 5, 6)),
        ("01.02.2022 r.", date(2022, 2, 1)),
        ("1 stycznia 2022", date(2022, 1, 1)),
        ("Wystawiona dnia 5 kwietnia 2024 r.", date(2024, 4, 5)),
        ("22 Grudnia 2025", date(2025, 12, 22)),
        ("1.3.2024", date(2024, 3, 1)),
    ],
    ids=["dotted", "dashed", "iso", "sap-dots", "with-r", "month-name", "in-sentence", "capitalised", "no-padding"],
)
def test_parse_date(text: str, value: date) -> None:
    assert parse_date(text) == value


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("31.02.2024 oraz 2024-13-01") == []
