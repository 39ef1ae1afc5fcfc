"""Arithmetic on the official's own numbers, shown step by step with the rule's source.

Only rules the programme documents state (knowledge/rules/*.toml) are applied:

* the advisory-services cap (CG, CP: 5 % of the grant) and any "X % z Y zł" the question asks;
* the Cyfrowa Gmina formula with the user's L (inhabitants) and G (tax-income index), computed by
  `grants.calculator` itself so the FAQ and /grant never disagree;
* deadlines counted from the date the grant agreement was signed (diagnosis: CG 6 months, CP 8
  months; CS survey: 30 days).

`compute(question, programmes)` returns None unless the question carries the numbers a rule
needs; the FAQ engine then answers as usual. Pure: no I/O beyond the cached programme rules.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from knowledge.citations import Citation
from knowledge.normalize import fold
from knowledge.programmes import get_programme


@dataclass(frozen=True, slots=True)
class Computation:
    kind: str  # "percent", "advisory", "formula", "deadline"
    text: str  # Polish, step by step
    citations: tuple[Citation, ...]
    entry_ids: tuple[str, ...]  # FAQ entries stating the rule, best first
    programme: str | None


# Amounts: "400 000 zł", "400000", "400 tys. zł", "1,2 mln zł", "400.000,00 zł".
_NUMBER = r"\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_AMOUNT = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<mult>tys\w*\.?|tyś\w*\.?|k\b|mln\w*\.?|milion\w*)?\s*(?P<cur>z[lł]\w*|pln)?",
    re.IGNORECASE,
)
_PERCENT_OF = re.compile(
    rf"(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|proc\w*)\s*(?:z|od|ze|wartosci|kwoty|grantu|\s)*\s*(?P<amount>(?:{_NUMBER})"
    r"\s*(?:tys\w*\.?|k\b|mln\w*\.?|milion\w*)?\s*(?:zl\w*|pln)?)",
    re.IGNORECASE,
)
_ADVISORY = re.compile(r"\bdoradz\w*|\bdoradc\w*|\bkonsult\w*|\bekspert\w*")
_PERCENT_WORD = re.compile(r"\d\s*(?:%|proc)")
_MONTHS = {
    "stycz": 1, "lut": 2, "marc": 3, "marz": 3, "kwie": 4, "maj": 5, "czerw": 6, "lip": 7, "sierp": 8,
    "wrze": 9, "pazdz": 10, "listop": 11, "grud": 12,
}
_DATE_WORDS = re.compile(
    r"\b(?P<day>\d{1,2})\s*(?P<month>stycz\w*|lut\w*|marc\w*|marz\w*|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*"
    r"|wrze\w*|pazdz\w*|listop\w*|grud\w*)(?:\s+(?P<year>20\d\d))?"
)
_DATE_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[./-](?P<month>\d{1,2})(?:[./-](?P<year>20\d\d))?\b")
_AGREEMENT = re.compile(r"\bumow\w*|\bpodpis\w*|\bzawar\w*")
_DIAGNOSIS = re.compile(r"\bdiagnoz\w*|\bankiet\w*|\baudyt\w*")
_FORMULA_L = re.compile(
    rf"\bl\s*(?:=|wynosi|to|:)\s*(?P<l>{_NUMBER})|(?P<l2>{_NUMBER})\s*(?:tys\w*\.?\s*)?(?:mieszkanc\w*|osob\b|ludnosc\w*)"
    rf"|(?:mieszkancow|ludnosci|ludnosc|liczba\s+mieszkancow)\s*(?:=|wynosi|to|:|ok\.?|okolo)?\s*(?P<l3>{_NUMBER})"
)
_FORMULA_G = re.compile(
    rf"\b(?:wskaznik\w*\s+)?g\s*(?:=|wynosi|to|:|rowny|rowna)?\s*(?P<g>{_NUMBER})\s*(?:zl\b)?"
    rf"|\bwskaznik\w*\s+(?:g\s+)?(?:\w+\s+){{0,3}}?(?:=|wynosi|to|:)\s*(?P<g2>{_NUMBER})"
)


def parse_amount(text: str) -> Decimal | None:
    """Polish money text → Decimal: "400 000 zł" → 400000, "1,2 mln" → 1200000, "400 tys." → 400000."""
    match = _AMOUNT.search(fold(text))
    if not match:
        return None
    value = _number(match.group("num"))
    if value is None:
        return None
    mult = (match.group("mult") or "").lower()
    if mult.startswith(("tys", "k")):
        value *= 1000
    elif mult.startswith(("mln", "milion")):
        value *= 1_000_000
    return value


def _number(raw: str) -> Decimal | None:
    text = raw.replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", text):
        text = text.replace(" ", "").replace(".", "")
    text = text.replace(" ", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _zl(amount: Decimal) -> str:
    from grants.calculator import zl

    return zl(amount)


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def compute(question: str, programmes: Sequence[str] = ()) -> Computation | None:
    """A computation the question asks for with its own numbers, or None."""
    folded = fold(question)
    for step in (_formula, _percent, _deadline):
        result = step(folded, programmes)
        if result is not None:
            return result
    return None


def _percent(folded: str, programmes: Sequence[str]) -> Computation | None:
    advisory = bool(_ADVISORY.search(folded))
    match = _PERCENT_OF.search(folded)
    amount: Decimal | None
    if match:
        pct = _number(match.group("pct"))
        amount = parse_amount(match.group("amount"))
    elif advisory:
        pct = None
        amount = _largest_amount(folded)
    else:
        return None
    if amount is None or amount <= 0 or (pct is not None and not (0 < pct <= 100)):
        return None
    codes = [c for c in programmes if c in ("cg", "cp", "cs")] or ["cg", "cp"]
    if advisory:
        capped = [c for c in codes if get_programme(c).get("advisory_cap_percent") is not None]
        if not capped:
            return None  # CS: our sources state no percentage cap for advisory services
        facts = [get_programme(c).fact("advisory_cap_percent") for c in capped]
        rule_pct = facts[0].decimal
        pct = pct if pct is not None else rule_pct
        result = (amount * pct / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        names = " i ".join(get_programme(c).name for c in capped)
        lines = [
            f"Limit na usługi doradcze w programie {names}: {_pct(rule_pct)}% wartości grantu.",
            f"{_pct(pct)}% × {_zl(amount)} = {_zl(amount)} × {_pct(pct)} / 100 = {_zl(result)}.",
        ]
        if pct == rule_pct:
            lines.append(f"Na usługi doradcze możecie więc przeznaczyć najwyżej {_zl(result)}.")
        else:
            lines.append(f"Uwaga: dokumenty programu określają limit {_pct(rule_pct)}%, nie {_pct(pct)}%.")
        return Computation(
            "advisory",
            "\n".join(lines),
            tuple(dict.fromkeys(f.citation for f in facts)),
            tuple(f"{c}-doradztwo-limit" for c in capped),
            capped[0] if len(capped) == 1 else None,
        )
    assert pct is not None
    result = (amount * pct / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{_pct(pct)}% z {_zl(amount)} = {_zl(amount)} × {_pct(pct)} / 100 = {_zl(result)}."
    return Computation("percent", text, (), (), None)


def _largest_amount(folded: str) -> Decimal | None:
    best: Decimal | None = None
    for match in _AMOUNT.finditer(folded):
        if not (match.group("cur") or match.group("mult")):
            continue
        value = parse_amount(match.group(0))
        if value is not None and (best is None or value > best):
            best = value
    return best


def _formula(folded: str, programmes: Sequence[str]) -> Computation | None:
    if programmes and "cg" not in programmes:
        return None
    l_match = _FORMULA_L.search(folded)
    g_match = _FORMULA_G.search(folded)
    if not l_match or not g_match:
        return None
    l_raw = l_match.group("l") or l_match.group("l2") or l_match.group("l3")
    g_raw = g_match.group("g") or g_match.group("g2")
    population = _number(l_raw) if l_raw else None
    g = _number(g_raw) if g_raw else None
    if population is None or g is None or population <= 0 or g < 0 or population != population.to_integral():
        return None
    if re.search(rf"{re.escape(l_raw)}\s*tys", folded):
        population *= 1000
    from grants.calculator import compute as grant_compute
    from grants.models import GrantInputs
    from knowledge.registry import Level, Unit, UnitKind

    unit = Unit("0000000", "Twoja gmina", Level.GMINA, UnitKind.GMINA_WIEJSKA, "00", "", None, None, int(population))
    result = grant_compute(unit, get_programme("cg"), GrantInputs(g=g, g_source="podany w pytaniu"))
    if result.amount is None:
        return None
    # The unit line names no real gmina here; the calculator's note on the literal reading of the
    # 30 zł sentence is about its own data and confuses a worked example.
    steps = [s for s in result.steps if not s.startswith(("Jednostka:", "Uwaga: dosłowne"))]
    steps = [s.replace(" (GUS, ludność według gmin, stan na 31.12.2020 (Tabl. IV))", " (podana w pytaniu)") for s in steps]
    text = "Wzór z regulaminu Cyfrowej Gminy z Twoimi danymi:\n" + "\n".join(f"• {s}" for s in steps)
    text += f"\nMaksymalna kwota grantu: {_zl(result.amount)}."
    return Computation("formula", text, result.citations, ("cg-wzor-kwoty",), "cg")


def _agreement_date(folded: str) -> tuple[int, int, int | None] | None:
    match = _DATE_WORDS.search(folded)
    if match:
        month = next(v for k, v in _MONTHS.items() if match.group("month").startswith(k))
        year = int(match.group("year")) if match.group("year") else None
        return int(match.group("day")), month, year
    match = _DATE_NUMERIC.search(folded)
    if match and 1 <= int(match.group("month")) <= 12:
        year = int(match.group("year")) if match.group("year") else None
        return int(match.group("day")), int(match.group("month")), year
    return None


def add_months(day: date, months: int) -> date:
    """Same day `months` later; the month's last day when it is shorter (31 Aug + 6 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_MONTH_NAMES = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia",
)


def _polish_date(value: date, with_year: bool) -> str:
    text = f"{value.day} {_MONTH_NAMES[value.month - 1]}"
    return f"{text} {value.year}" if with_year else text


def _deadline(folded: str, programmes: Sequence[str]) -> Computation | None:
    if not (_DIAGNOSIS.search(folded) and _AGREEMENT.search(folded)):
        return None
    parsed = _agreement_date(folded)
    if parsed is None:
        return None
    day, month, year = parsed
    with_year = year is not None
    try:
        signed = date(year or 2001, month, day)  # 2001: not a leap year, only day and month shown
    except ValueError:
        return None
    codes = [c for c in programmes if c in ("cg", "cp", "cs")] or ["cg", "cp", "cs"]
    rules = {"cg": ("months", 6), "cp": ("months", 8), "cs": ("days", 30)}
    lines = []
    citations: list[Citation] = []
    entries = {"cg": "cg-diagnoza-termin", "cp": "cp-diagnoza-termin", "cs": "cs-ankieta-termin"}
    for code in codes:
        unit, count = rules[code]
        fact = get_programme(code).fact("diagnosis")
        due = add_months(signed, count) if unit == "months" else signed + timedelta(days=count)
        what = "ankietę dojrzałości cyberbezpieczeństwa" if code == "cs" else "diagnozę cyberbezpieczeństwa"
        span = f"{count} miesięcy" if unit == "months" else f"{count} dni"
        lines.append(
            f"{get_programme(code).name}: {what} przekazuje się w ciągu {span} od podpisania umowy: "
            f"{_polish_date(signed, with_year)} + {span} = {_polish_date(due, with_year)}."
        )
        citations.append(fact.citation)
    if not with_year and any(rules[c][0] == "days" for c in codes):
        lines.append("(Liczę dni dla roku nieprzestępnego; podaj rok, jeśli umowa obejmuje luty roku przestępnego.)")
    return Computation(
        "deadline",
        "\n".join(lines),
        tuple(citations),
        tuple(entries[c] for c in codes),
        codes[0] if len(codes) == 1 else None,
    )
