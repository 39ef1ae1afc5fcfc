"""Invoices printed by a fiscal printer or a till: a narrow strip with each line as its name, then
"qty unit x price value LETTER", and totals as "SUMA PLN", "SUMA PTU", "PTU A 23,00 %", "WARTOŚĆ NETTO".

The letter is the PTU (VAT) group; the group's rate is printed in the totals ("PTU A 23,00 %"). The
prices on such a printout are gross: the net of a line is derived from its group's rate.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from extractors.models import LineItem

from .numbers import parse_amount, parse_qty
from .text import Line

# "1 kpl. x13962,13 13962,13 A", "2 szt. * 527,95 1055,90 A", "1 x 99,00 99,00B"
_ROW = re.compile(
    r"^\s*(?P<qty>\d{1,6}(?:[,.]\d{1,3})?)\s*(?P<unit>[a-ząćęłńóśźż.]{1,6})?\s*[x×*]\s*"
    # the unit price may be misread by OCR ("x82/,76"): the value is what counts
    r"(?P<price>\d\S*)\s+(?P<value>\d[\d ]*[,.]\d{2})\s*(?P<group>[A-G])?\s*$",
    re.IGNORECASE,
)
_GROUP_RATE = re.compile(r"(?i)^\s*PTU\s+(?P<group>[A-G])\s+(?P<rate>\d{1,2})(?:[,.]\d{1,2})?\s*%")
# A per-group row of a PTU summary under a table ("A 23%   3 008,01   562,47   2 445,54", "B = 8 %").
_GROUP_ROW = re.compile(r"^\s*(?:PTU\s+)?(?P<group>[A-G])\s*[=:]?\s*(?P<rate>\d{1,2})(?:[,.]\d{1,2})?\s*%")
# The group letter in a row's VAT column, right of an amount: "676,94   A   676,94", "1 730,60 A".
# OCR reads a capital C as "c": the letter's case is not kept.
_GROUP_CELL = re.compile(r"(?<=\d[,.]\d\d)(?P<gap>\s+)(?P<group>[A-Ga-g])(?=\s+\d|\s*$)")
_SEPARATOR = re.compile(r"^\s*[-=_*]{8,}\s*$")
_VALUE = r"(?P<v>\d[\d ]*?\s?[,.]\s?\d{2})"  # "17307 ,52" as OCR spaces it
_TOTALS = {
    "gross": re.compile(rf"(?i)^\s*(?:SUMA|RAZEM)\s+(?:PLN|ZŁ)\s+{_VALUE}\s*$"),
    "vat": re.compile(rf"(?i)^\s*(?:SUMA|ŁĄCZNA\s+KWOTA)\s+PTU\s+{_VALUE}\s*$"),
    "net": re.compile(rf"(?i)^\s*(?:WARTOŚĆ|SUMA)\s+NETTO\s+{_VALUE}\s*$"),
}
CENT = Decimal("0.01")


def group_rates(lines: list[Line]) -> dict[str, str]:
    """The PTU groups' rates of a document that prints "PTU" (a receipt's invoice): letter → rate."""
    if not any(re.search(r"\bPTU\b", line.text) for line in lines):
        return {}
    rates: dict[str, str] = {}
    for line in lines:
        if (m := _GROUP_RATE.match(line.text) or _GROUP_ROW.match(line.text)) is not None:
            rates.setdefault(m.group("group").upper(), str(int(m.group("rate"))))
    return rates


def with_group_rates(lines: list[Line]) -> list[Line]:
    """Rows whose VAT column holds the PTU group letter, with the group's rate in its place.

    A shop's invoice to a receipt ("faktura do paragonu") prints "A" where other invoices print "23%";
    the rate is only known from the summary ("A 23%"). A letter after a plain number ("16 A" amperes) or
    a group the summary does not name stays as printed.
    """
    rates = group_rates(lines)
    if not rates:
        return lines

    def rate(m: re.Match[str]) -> str:
        group = m.group("group").upper()
        return f"{m.group('gap')}{rates[group]}%" if group in rates else m.group(0)

    return [Line(_GROUP_CELL.sub(rate, line.raw), _GROUP_CELL.sub(rate, line.text)) for line in lines]


def receipt_items(lines: list[Line]) -> list[LineItem]:
    """The lines of a till-printed invoice; [] when the text has no row of that shape."""
    rates = {m.group("group").upper(): m.group("rate") for line in lines if (m := _GROUP_RATE.match(line.text))}
    items: list[LineItem] = []
    name_lines: list[str] = []
    for line in lines:
        text = line.text.strip()
        row = _ROW.match(text)
        if row is None:
            # a separator or a heading line starts a new name; other text is (part of) the next name
            if not text or _SEPARATOR.match(text) or re.match(r"(?i)^(?:nabywca|sprzedawca|nip|faktura)\b", text):
                name_lines = []
            else:
                name_lines.append(text)
            continue
        if not name_lines:
            continue
        items.append(_item(row, " ".join(name_lines[-3:]), rates, len(items) + 1))
        name_lines = []
    return items


def _item(row: re.Match[str], name: str, rates: dict[str, str], position: int) -> LineItem:
    gross = parse_amount(row.group("value"))
    rate = rates.get((row.group("group") or "").upper())
    net = vat = None
    if gross is not None and rate is not None:
        net = (gross / (1 + Decimal(rate) / 100)).quantize(CENT, ROUND_HALF_UP)
        vat = gross - net
    return LineItem(
        name=name,
        qty=parse_qty(row.group("qty")),
        unit=row.group("unit"),
        unit_gross=parse_amount(row.group("price")),
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=gross,
        position=position,
    )


def receipt_totals(lines: list[Line]) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(net, vat, gross) as a till prints them; a missing one is derived from the other two."""
    found: dict[str, Decimal | None] = {}
    for line in lines:
        for key, pattern in _TOTALS.items():
            m = pattern.match(line.text)
            if m and key not in found:
                found[key] = parse_amount(re.sub(r"\s+(?=[,.])|(?<=[,.])\s+", "", m.group("v")))
    net, vat, gross = found.get("net"), found.get("vat"), found.get("gross")
    if net is None and vat is not None and gross is not None:
        net = gross - vat
    if vat is None and net is not None and gross is not None:
        vat = gross - net
    return net, vat, gross
