import doctest

import pytest

from knowledge import teryt


def test_doctests() -> None:
    failures, tried = doctest.testmod(teryt)
    assert tried > 0 and failures == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2206042", "2206042"),
        ("TERYT 2206042", "2206042"),
        ("teryt: 22 06 04 2", "2206042"),
        ("22-06-042", "2206042"),
        (" 0201 ", "0201"),
        ("Kod TERC 22", "22"),
        ("220604", "220604"),
    ],
    ids=["plain", "prefix", "prefix-colon-spaces", "dashes", "powiat-spaces", "terc-prefix", "six-digits"],
)
def test_validate_accepts(raw: str, expected: str) -> None:
    assert teryt.validate(raw) == expected


@pytest.mark.parametrize(
    ("raw", "error", "message"),
    [
        ("35", teryt.InvalidComponent, "Nie ma województwa o kodzie 35."),
        ("3501", teryt.InvalidComponent, "Nie ma województwa o kodzie 35."),
        ("01", teryt.InvalidComponent, "Nie ma województwa o kodzie 01."),
        ("02010", teryt.InvalidLength, "ma 5 cyfr"),
        ("12345678", teryt.InvalidLength, "ma 8 cyfr"),
        ("22o6042", teryt.InvalidFormat, "tylko cyfry"),
        ("", teryt.InvalidFormat, "Podaj kod TERYT"),
        ("2206047", teryt.InvalidComponent, "rodzaj gminy"),
        ("2200", teryt.InvalidComponent, "Kod powiatu"),
    ],
    ids=[
        "woj-35",
        "powiat-in-woj-35",
        "woj-01",
        "five-digits",
        "eight-digits",
        "letter",
        "empty",
        "bad-type",
        "powiat-00",
    ],
)
def test_validate_rejects_with_polish_reason(raw: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        teryt.validate(raw)
    assert not teryt.is_valid(raw)


def test_level() -> None:
    assert [teryt.level(c) for c in ("22", "2206", "220604", "2206042")] == ["wojewodztwo", "powiat", "gmina", "gmina"]
