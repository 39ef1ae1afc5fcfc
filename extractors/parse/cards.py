"""Invoices whose lines are cards rather than table rows, as phone and web invoicing apps print them:

    1. Szkolenie e-learningowe – dostęp dla 1 osoby na 12
       miesięcy
       2 os. × 114,01 zł netto                          netto 228,02 zł
       VAT zw: 0,00 zł                                  brutto 228,02 zł

Each value carries its own label ("netto", "VAT 23%:", "brutto", "qty unit × price"), so a card is
read by labels, not by columns; the totals under the cards are labelled the same way ("Netto …",
"VAT …", "Brutto …" beside a payment block).
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.models import LineItem

from .numbers import parse_amount, parse_qty
from .rows import normalise_rate
from .text import Line

_AMOUNT = r"-?\d{1,3}(?:[  ]\d{3})*[,.]\d{2}|-?\d+[,.]\d{2}"
# "1. Name" or "1) Name": a card's first line, no amount on it
_START = re.compile(r"^\s*(?P<lp>\d{1,3})[.)]\s+(?P<name>[^\d\s].*)$")
_QTY_PRICE = re.compile(
    rf"(?i)(?P<qty>\d{{1,6}}(?:[,.]\d{{1,3}})?)\s*(?P<unit>[a-ząćęłńóśźż]{{1,5}}\.?)?\s*[×xX*]\s*(?P<price>{_AMOUNT})"
    r"\s*(?:zł|pln)?\s*(?P<kind>netto|brutto)?"
)
_NET = re.compile(rf"(?i)(?<![\w])netto\s*:?\s*(?P<v>{_AMOUNT})")
# "1 szt. × 15 631,99 zł = 15 631,99 zł netto": the label after the value
_NET_AFTER = re.compile(rf"(?i)(?<![\w,])(?P<v>{_AMOUNT})\s*(?:zł|pln)?\s+netto\b")
# A money amount standing alone, not a figure inside a name ("2x1,92TB SSD", "15,6\"")
_MONEY = re.compile(rf"(?<![\w,.]){_AMOUNT}(?![\w\"”])")
_GROSS = re.compile(rf"(?i)(?<![\w])brutto\s*:?\s*(?P<v>{_AMOUNT})")
_VAT = re.compile(rf"(?i)(?<![\w])vat\s*(?P<rate>\d{{1,2}}\s*%|zw|np|oo)?\s*:?\s*(?P<v>{_AMOUNT})")
_END = re.compile(r"(?i)^\s*(?:płatność|sposób\s+płatności|razem|suma|podsumowanie|do\s+zapłaty|uwagi|termin)\b")
_TOTAL_LABELS = {
    "net": re.compile(rf"(?i)(?:^|\s)(?:razem\s+|suma\s+|wartość\s+)?netto\s*:?\s+(?P<v>{_AMOUNT})"),
    "vat": re.compile(rf"(?i)(?:^|\s)(?:razem\s+|suma\s+|kwota\s+)?vat\s*:?\s+(?P<v>{_AMOUNT})"),
    "gross": re.compile(rf"(?i)(?:^|\s)(?:razem\s+|suma\s+|wartość\s+)?brutto\s*:?\s+(?P<v>{_AMOUNT})"),
}


def _amount(text: str) -> Decimal | None:
    return parse_amount(re.sub(r"[  ]", "", text))


def card_items(lines: list[Line]) -> tuple[list[LineItem], int]:
    """The cards' items and the index of the line after the last card ([] and 0 without cards).

    A card counts only with a labelled net or gross and a quantity × price or a labelled rate: a
    numbered list of terms or conditions is not a card.
    """
    items: list[LineItem] = []
    end = 0
    k = 0
    while k < len(lines):
        start = _START.match(lines[k].text)
        if start is None or _MONEY.search(lines[k].text):
            k += 1
            continue
        name = [start.group("name").strip()]
        body: list[str] = []
        j = k + 1
        while j < len(lines) and j <= k + 6:
            text = lines[j].text
            if not text or _START.match(text) or _END.match(text):
                break
            if body or re.search(_AMOUNT, text):
                body.append(text)
            else:
                name.append(text.strip())  # the name wrapped onto the next line
            j += 1
            if _GROSS.search(text):
                break  # a card ends with its gross; the document's totals may follow at once
        item = _card(" ".join(name), " ".join(body), int(start.group("lp")))
        if item is not None:
            items.append(item)
            end = j
        k = max(j, k + 1)
    return items, end


def _card(name: str, body: str, position: int) -> LineItem | None:
    qty_price = _QTY_PRICE.search(body)
    rest = body[qty_price.end() :] if qty_price else body
    net_m, gross_m, vat_m = _NET.search(rest) or _NET_AFTER.search(rest), _GROSS.search(rest), _VAT.search(rest)
    net = _amount(net_m.group("v")) if net_m else None
    gross = _amount(gross_m.group("v")) if gross_m else None
    vat = _amount(vat_m.group("v")) if vat_m else None
    rate = normalise_rate(vat_m.group("rate").replace(" ", "")) if vat_m and vat_m.group("rate") else None
    if (net is None and gross is None) or (qty_price is None and rate is None):
        return None
    if vat is None and net is not None and gross is not None:
        vat = gross - net
    if net is None and gross is not None and vat is not None:
        net = gross - vat
    if gross is None and net is not None and vat is not None:
        gross = net + vat
    qty = parse_qty(qty_price.group("qty")) if qty_price else None
    price = _amount(qty_price.group("price")) if qty_price else None
    value = net if not (qty_price and (qty_price.group("kind") or "").lower() == "brutto") else gross
    if qty is not None and price and value is not None and abs(qty * price - value) > Decimal("0.02"):
        derived = value / price
        if derived == derived.to_integral_value() and derived > 0:
            qty = derived.quantize(Decimal(1))  # "2 os." read as "20s.": the labelled value decides
    gross_priced = bool(qty_price and (qty_price.group("kind") or "").lower() == "brutto")
    return LineItem(
        name=" ".join(name.split()),
        qty=qty,
        unit=(qty_price.group("unit") or None) if qty_price else None,
        unit_net=None if gross_priced else price,
        unit_gross=price if gross_priced else None,
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=gross,
        position=position,
    )


def card_totals(lines: list[Line]) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """Net, VAT and gross labelled under the cards; each label's amount is the one right after it."""
    found: dict[str, Decimal] = {}
    for line in lines:
        for key, pattern in _TOTAL_LABELS.items():
            m = pattern.search(line.text)
            if m and key not in found:
                value = _amount(m.group("v"))
                if value is not None:
                    found[key] = value
    net, vat, gross = found.get("net"), found.get("vat"), found.get("gross")
    if gross is None and net is not None and vat is not None:
        gross = net + vat
    if vat is None and net is not None and gross is not None:
        vat = gross - net
    return net, vat, gross
