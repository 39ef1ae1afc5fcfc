"""A purchase said with its count and unit price ("12 skanerów po 4 900 zł netto", "5 laptopów po 3 800 zł brutto"):
the total the programme's limits apply to, computed step by step.

The programme documents give no VAT rate; a price said only gross or only net is converted at Poland's basic rate of
23 %, and the reply says so – the rate printed on the invoice decides."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from bot.dialogue.parsing.amounts import to_decimal
from knowledge.money import zl
from knowledge.normalize import fold

VAT_RATE = Decimal("0.23")
_CENT = Decimal("0.01")

# "12 skanerów po 4 900 zł netto", "5 szt. laptopów po 3800 brutto", "10 sztuk po 4,9 tys. zł netto"
_PRICED = re.compile(
    r"(?i)(?<![\d,.])(?P<n>\d{1,4})\s+(?:(?:szt\.?|sztuk\w*)\s+)?(?P<thing>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}?)\s+"
    r"po\s+(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](?P<fraction>\d{1,2}))?(?:\s*(?P<k>tys\.?|k\b))?"
    r"(?:\s*(?P<zl>z[lł]|pln))?\.?(?:\s*(?P<kind>netto|brutto))?"
)
# "a gdyby kupić tylko 10 sztuk?", "a przy 8 szt.?": the count changed, the price as before
_COUNT_ONLY = re.compile(
    r"(?i)^\W*(?:a|i|to)?\s*(?:gdyby(?:\s+\w+){0,2}\s+|je[sś]li(?:\s+\w+){0,2}\s+|przy\s+)?(?:tylko\s+|jedynie\s+)?"
    r"(?P<n>\d{1,4})\s*(?:szt\w*\.?|sztuk\w*|egzemplarz\w*)\W*$"
)
# "a gdyby ich było 12?", "a jakby 15?": the count changed (a bare number only after such a lead)
_COUNT_LED = re.compile(
    r"(?i)^\W*(?:a|i|to)?\s*(?:gdyby|jakby|je[sś]li|je[zż]eli|a\s+jak)(?:\s+(?!\d)\w+){0,3}\s+(?P<n>\d{1,4})"
    r"\s*(?:szt\w*\.?|sztuk\w*|egzemplarz\w*)?\W*$"
)
# "przepraszam, nie 3 tylko 4 sztuki": the count corrected
_COUNT_CORRECTED = re.compile(
    r"(?i)^\W*(?:(?:przepraszam|sorry|sorki|sory|pomy[lł]k\w*|poprawka|korekta|oj|ups)\W+)*nie\s+\d{1,4}\s*(?:szt\w*\.?)?"
    r"\s*,?\s+(?:tylko|lecz|a)\s+(?P<n>\d{1,4})\s*(?:szt\w*\.?|sztuk\w*|egzemplarz\w*)?\W*$"
)
# "a gdybyśmy wzięli 30 takich UPS-ów?": the count changed, the thing named again after it
_COUNT_OF_THING = re.compile(
    r"(?i)^\W*(?:a|i|to)?\s*(?:gdyby\w*|jakby\w*|je[sś]li|je[zż]eli|a\s+jak)(?:\s+(?!\d)\w+){0,3}\s+(?P<n>\d{1,4})"
    r"\s+(?:(?:takich|tych|sztuk\w*|szt\.?)\s+)?(?P<thing>[\w-]+)?\W*$"
)
# "12 czytników za 2 340 zł netto razem", "3 UPS-y za 13 530 zł brutto": a count and the TOTAL paid for them
_COUNT_FOR_TOTAL = re.compile(
    r"(?i)(?<![\d,.])(?P<n>\d{1,4})\s+(?:(?:szt\.?|sztuk\w*)\s+)?(?P<thing>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}?)\s+"
    r"za\s+(?:[lł][aą]cznie\s+|razem\s+)?(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](?P<fraction>\d{1,2}))?"
    r"(?:\s*(?P<k>tys\.?|k\b))?(?:\s*(?P<zl>z[lł]|pln))?\.?(?:\s*(?P<kind>netto|brutto))?"
)
# "a ile w tym VAT?", "ile to netto?", "a brutto?", "a brutto za sztukę?": the same purchase's other figure
_FIGURE_ASKED = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:ile\s+)?(?:(?:w\s+tym|z\s+tego|to|b[eę]dzie|by[lł]oby|wynosi|jest)\s+){0,2}"
    r"(?:(?:razem|[lł][aą]cznie|w\s+sumie|wszystko)\s+)?"
    r"(?:vat\w*|netto|brutto)"
    r"(?:\s+(?:za|na)\s+(?:jedn\w+\s+)?(?:sztuk\w*|szt\.?))?\W*$"
)
# "ile netto za sztukę?", "a brutto za sztukę?", "jaka cena jednostkowa?": the price of one piece asked
PER_PIECE = re.compile(
    r"(?i)\b(?:za|na)\s+(?:jedn\w+\s+)?(?:sztuk[eęiy]\w*|szt\b\.?)|\bjednostkow\w*|\bza\s+(?:jeden|jedn[aą]|jedno)\b|"
    r"\bsztuka\b|\bza\s+szt\.?"
)


@dataclass(frozen=True, slots=True)
class Priced:
    count: int
    thing: str
    price: Decimal
    kind: str  # "netto" | "brutto" | "" (not said)
    start: int
    end: int
    said_total: Decimal | None = None  # "12 czytników za 2 340 zł": the total said, the unit price derived from it

    @property
    def total(self) -> Decimal:
        if self.said_total is not None:
            return self.said_total.quantize(_CENT)
        return (self.price * self.count).quantize(_CENT)

    @property
    def unit_net(self) -> Decimal:
        return self.price if self.kind != "brutto" else (self.price / (1 + VAT_RATE)).quantize(_CENT, ROUND_HALF_UP)

    @property
    def unit_gross(self) -> Decimal:
        return self.price if self.kind == "brutto" else (self.price * (1 + VAT_RATE)).quantize(_CENT, ROUND_HALF_UP)

    @property
    def net(self) -> Decimal:
        return self.total if self.kind != "brutto" else (self.total / (1 + VAT_RATE)).quantize(_CENT, ROUND_HALF_UP)

    @property
    def gross(self) -> Decimal:
        return self.total if self.kind == "brutto" else (self.total * (1 + VAT_RATE)).quantize(_CENT, ROUND_HALF_UP)


def priced(text: str) -> Priced | None:
    """The one purchase said with a count and a unit price.

    >>> p = priced("kupujemy 12 skanerów po 4 900 zł netto – czy trzeba bazy?")
    >>> p.count, p.thing, p.total, p.gross
    (12, 'skanerów', Decimal('58800.00'), Decimal('72324.00'))
    >>> priced("5 laptopów po 3 800 zł brutto").net
    Decimal('15447.15')
    >>> priced("grant 300 000 zł") is None, priced("w ciągu 6 miesięcy po 15 dniach") is None
    (True, True)
    """
    found = list(_PRICED.finditer(text))
    if not found:
        return _for_total(text)
    if len(found) != 1:
        return None
    m = found[0]
    if not (m.group("zl") or m.group("kind") or m.group("k")):
        return None  # "6 miesięcy po 15 dniach": a count and a number, but no price
    price = to_decimal(m.group("whole"), m.group("fraction") or "")
    if price is None or price <= 0:
        return None
    if m.group("k"):
        price *= 1000
    return Priced(int(m.group("n")), m.group("thing"), price, (m.group("kind") or "").lower(), m.start(), m.end())


def _for_total(text: str) -> Priced | None:
    """ "12 czytników e-dowodu za 2 340 zł netto razem": a count with the total paid, the unit price derived.

    >>> p = _for_total("kupiliśmy 3 UPS-y za 13 530 zł brutto – ile to netto za sztukę?")
    >>> p.count, p.price, p.unit_net, p.total
    (3, Decimal('4510.00'), Decimal('3666.67'), Decimal('13530.00'))
    """
    found = [m for m in _COUNT_FOR_TOTAL.finditer(text) if int(m.group("n")) >= 2]
    if len(found) != 1:
        return None
    m = found[0]
    if not (m.group("zl") or m.group("kind") or m.group("k")):
        return None
    total = to_decimal(m.group("whole"), m.group("fraction") or "")
    if total is None or total <= 0:
        return None
    if m.group("k"):
        total *= 1000
    count = int(m.group("n"))
    unit = (total / count).quantize(_CENT, ROUND_HALF_UP)
    kind = (m.group("kind") or "").lower()
    return Priced(count, m.group("thing"), unit, kind, m.start(), m.end(), said_total=total)


# "serwer za 48 tys. brutto", "macierz za 62 000 zł netto": one thing said with its price
_ONE_PRICE = re.compile(
    r"(?i)(?P<thing>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}?)(?:\s+za|\s*[–—-]?\s*(?:kosztuj\w*|kosztowa\w*|w\s+cenie))\s+"
    r"(?:ok\.?\s*|oko[lł]o\s+|ponad\s+|prawie\s+)?"
    r"(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)"
    r"(?:[.,](?P<fraction>\d{1,2}))?(?:\s*(?P<k>tys\w*\.?|k\b))?(?:\s*(?P<zl>z[lł]\w*|pln))?\.?"
    r"(?:\s*(?P<kind>netto|brutto))?"
)


def cost_in(text: str) -> Priced | None:
    """A purchase said with its price: a count and a unit price, else one thing "za" its price.

    >>> c = cost_in("a serwer za 48 tys. brutto?")
    >>> c.thing, c.count, c.net, c.gross
    ('serwer', 1, Decimal('39024.39'), Decimal('48000.00'))
    >>> cost_in("20 laptopów po 3 900 netto").net, cost_in("szkolenie za darmo") is None
    (Decimal('78000.00'), True)
    """
    found = priced(text)
    if found is not None:
        return found
    said = list(_ONE_PRICE.finditer(text))
    if len(said) != 1:
        return None
    m = said[0]
    if not (m.group("zl") or m.group("kind") or m.group("k")):
        return None
    price = to_decimal(m.group("whole"), m.group("fraction") or "")
    if price is None or price <= 0:
        return None
    if m.group("k"):
        price *= 1000
    thing = re.sub(r"(?i)^(?:(?:a|i|to|no|ten|ta|te)\s+)+", "", m.group("thing"))
    return Priced(1, thing, price, (m.group("kind") or "").lower(), m.start(), m.end())


# the parts of a list of purchases: "10 laptopów po 4 000 zł netto, 2 firewalle po 15 000 zł i drukarkę za 2 000 zł"
_LIST_PARTS = re.compile(r"\s*(?:[,;:]|\s[–—-]\s|\s+(?:i|oraz|a\s+tak[zż]e|plus)\s+)\s*")


def costs_in(text: str) -> list[Priced]:
    """Every purchase of a list said with its price, one per part of the list (none or one: not a list).

    >>> [(c.count, c.thing, c.net) for c in costs_in("10 laptopów po 4 000 zł netto, 2 firewalle po 15 000 zł "
    ...     "netto i drukarkę za 2 000 zł – ile z tego pokryje cs?")]
    [(10, 'laptopów', Decimal('40000.00')), (2, 'firewalle', Decimal('30000.00')), (1, 'drukarkę', Decimal('2000.00'))]
    """
    found = [cost_in(part) for part in _LIST_PARTS.split(text) if part.strip()]
    return [c for c in found if c is not None]


def recounted(text: str, asked: str) -> str | None:
    """The earlier purchase question with the count the user changes it to ("a gdyby kupić tylko 10 sztuk?").

    >>> recounted("3 UPS-y po 2 000 zł netto", "przepraszam, nie 3 tylko 4 sztuki")
    '4 UPS-y po 2 000 zł netto'
    >>> recounted("3 UPS-y po 2 000 zł netto", "a gdybyśmy wzięli 30 takich UPS-ów?")
    '30 UPS-y po 2 000 zł netto'
    >>> recounted("3 UPS-y po 2 000 zł netto", "a gdyby 10 laptopów?") is None
    True
    """
    said = priced(text)
    again = _COUNT_ONLY.match(asked) or _COUNT_LED.match(asked) or _COUNT_CORRECTED.match(asked)
    if said is not None and again is None:
        of_thing = _COUNT_OF_THING.match(asked)
        named = fold(of_thing.group("thing") or "") if of_thing else ""
        if of_thing and (not named or named[:3] == fold(said.thing)[:3] or named in ("takich", "tych", "sztuk")):
            again = of_thing  # "a gdybyśmy wzięli 30 takich UPS-ów?"
    if said is None or again is None:
        return None
    if said.said_total is not None:
        # "20 laptopów za 78 000 zł netto", then "a jakby ich było 12?": 12 at the same unit price
        kind = f" {said.kind}" if said.kind else ""
        return f"{text[: said.start]}{again.group('n')} {said.thing} po {zl(said.price)}{kind}{text[said.end :]}"
    head = text[: said.start] + again.group("n")
    return head + text[said.start + len(str(said.count)) :]


def figure_asked(asked: str) -> bool:
    return bool(_FIGURE_ASKED.match(asked))


def figure_asked_in(question: str) -> bool:
    """ "… za 13 530 zł brutto – ile to netto?": the other figure of the purchase asked in the same message."""
    return bool(re.search(r"(?i)\bile\s+(?:to\s+|b[eę]dzie\s+)?(?:netto|brutto)\b", question))


def steps(p: Priced) -> list[str]:
    """The computation shown to the user, one line per step."""
    kind = f" {p.kind}" if p.kind else ""
    if p.said_total is not None:
        lines = [f"za sztukę: {zl(p.total)}{kind} ÷ {p.count} = {zl(p.price)}{kind}"]
    elif p.count == 1:
        lines = [f"{p.thing}: {zl(p.total)}{kind}"]
    else:
        lines = [f"{p.count} × {zl(p.price)} = {zl(p.total)}{kind}"]
    if p.kind == "brutto":
        lines.append(f"netto: {zl(p.total)} ÷ 1,23 = {zl(p.net)}; VAT: {zl(p.total - p.net)}")
    else:
        lines.append(f"brutto: {zl(p.total)} × 1,23 = {zl(p.gross)}; VAT: {zl(p.gross - p.total)}")
    return lines


def piece_steps(p: Priced) -> list[str]:
    """The price of one piece, net and gross, step by step."""
    if p.kind == "brutto":
        return [f"za sztukę brutto: {zl(p.price)}; netto: {zl(p.price)} ÷ 1,23 = {zl(p.unit_net)}"]
    return [f"za sztukę netto: {zl(p.price)}; brutto: {zl(p.price)} × 1,23 = {zl(p.unit_gross)}"]


def for_the_engine(text: str, p: Priced) -> str:
    """The question with the purchase said as its net total, the figure the programmes' thresholds are about."""
    return text[: p.start] + f"{p.thing} za {zl(p.net)} netto" + text[p.end :]
