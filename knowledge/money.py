"""Polish money as text, written once for every layer: 1662072.41 -> '1 662 072,41 zł'.

Amounts are `Decimal` everywhere; these functions only format them (ROUND_HALF_UP to the grosz).

>>> zl(Decimal("1662072.405"))
'1 662 072,41 zł'
>>> num(Decimal("2098.22")), num(Decimal("-5")), num(Decimal("1234.5"), sep="\\u00a0")
('2 098,22', '-5,00', '1\\xa0234,50')
>>> dec(Decimal("22.4310"))
'22,431'
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

GROSZ = Decimal("0.01")


def num(value: Decimal, *, sep: str = " ") -> str:
    """Polish decimal without currency, two places, thousands grouped by `sep`: '2 098,22'."""
    quantized = value.quantize(GROSZ, rounding=ROUND_HALF_UP)
    whole, _, frac = f"{quantized:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{sep.join(groups) or '0'},{frac}"


def zl(value: Decimal) -> str:
    """Polish money with the currency: '1 662 072,41 zł'."""
    return f"{num(value)} zł"


def dec(value: Decimal) -> str:
    """Exact decimal with a Polish comma, no rounding: Decimal('22.431') -> '22,431'."""
    return f"{value.normalize():f}".replace(".", ",")


def counted(count: int, one: str, few: str, many: str) -> str:
    """A count with its noun in the Polish plural: '1 gmina', '3 gminy', '8 gmin', '22 gminy', '12 gmin'.

    >>> counted(3, "gmina", "gminy", "gmin"), counted(12, "gmina", "gminy", "gmin")
    ('3 gminy', '12 gmin')
    >>> counted(1, "plik", "pliki", "plików"), counted(22, "plik", "pliki", "plików")
    ('1 plik', '22 pliki')
    """
    if count == 1:
        return f"{count} {one}"
    few_form = count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14)
    return f"{count} {few if few_form else many}"
