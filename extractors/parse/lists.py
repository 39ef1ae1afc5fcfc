"""Items printed as a numbered list instead of a table: "1. Certyfikat SSL (10 szt. × 949,70 zł)   9 497,00 zł".

Service invoices and letters ("Za wykonanie:") number their items and put each one's value at the end
of its (possibly wrapped) line, the quantity and unit price, when given, inside the text. Nothing but
the line's own arithmetic and the document's totals says such a list is the items, so it is taken
only when its values add up to a printed total: a list of conditions or remarks never does.

    numbered_list_items(lines, net_total, gross_total) -> (items, gross_priced)
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.models import LineItem

from .numbers import parse_amount, parse_qty
from .text import Line

_START = re.compile(r"^\s*(?P<lp>\d{1,3})[.)]\s+(?P<rest>\S.*)$")
_VALUE_END = re.compile(r"\s(?P<value>-?\d{1,3}(?:[ .]\d{3})*,\d{2}|-?\d+[.,]\d{2})\s*(?:zł|zl|pln|eur)?\s*$", re.I)
# "(10 szt. × 949,70 zł)", "2 lic. x 198,85", "3 godz. * 150,00 zł"
_QTY_PRICE = re.compile(
    r"\(?\s*(?P<qty>\d{1,6}(?:,\d{1,3})?)\s*(?P<unit>[a-ząćęłńóśźż]{1,6}\.?)?\s*[×xX*]\s*"
    r"(?P<price>\d{1,3}(?:[ .]\d{3})*,\d{2}|\d+[.,]\d{2})\s*(?:zł|zl|pln|eur)?\s*\)?",
    re.I,
)
_CENT = Decimal("0.01")


def numbered_list_items(
    lines: list[Line], net_total: Decimal | None, gross_total: Decimal | None
) -> tuple[list[LineItem], bool]:
    """The numbered items and whether their values are gross; nothing unless they sum to a total."""
    found: list[tuple[int, str, Decimal]] = []
    pending: tuple[int, str] | None = None
    for line in lines:
        text = line.text.strip()
        start = _START.match(text)
        if start is not None and (not found or int(start.group("lp")) == found[-1][0] + 1 or pending is None):
            pending = (int(start.group("lp")), start.group("rest"))
        elif pending is not None:
            pending = (pending[0], f"{pending[1]} {text}")
        else:
            continue
        value = _VALUE_END.search(pending[1])
        if value is not None:
            amount = parse_amount(value.group("value"))
            if amount is not None:
                found.append((pending[0], pending[1][: value.start()].strip(), amount))
            pending = None
        elif len(pending[1]) > 400:
            pending = None
    numbers = [lp for lp, _, _ in found]
    if not found or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [], False
    total = sum((v for _, _, v in found), Decimal(0))
    if net_total is not None and abs(total - net_total) <= _CENT:
        gross = False
    elif gross_total is not None and abs(total - gross_total) <= _CENT and net_total is None:
        gross = True
    else:
        return [], False
    return [_item(lp, text, value, gross) for lp, text, value in found], gross


def _item(lp: int, text: str, value: Decimal, gross: bool) -> LineItem:
    qty = price = None
    unit = None
    name = text
    m = _QTY_PRICE.search(text)
    if m is not None:
        qty, price = parse_qty(m.group("qty")), parse_amount(m.group("price"))
        if qty is not None and price is not None and abs(qty * price - value) <= max(_CENT, qty * Decimal("0.005")):
            unit = (m.group("unit") or "").rstrip(".") or None
            tail = text[m.end() :]
            # what follows the bracket up to the value is the name's rest, or OCR's reading of the dot
            # leaders and of a garbled "zł)" ("7b) aaa 1..."): no word of four letters
            name = (text[: m.start()] + (tail if re.search(r"[^\W\d_]{4,}", tail) else "")).strip(" ,;–-")
        else:
            qty = price = None
    if gross:
        return LineItem(name=name, qty=qty, unit=unit, unit_gross=price, gross=value, position=lp)
    return LineItem(name=name, qty=qty, unit=unit, unit_net=price, net=value, position=lp)
