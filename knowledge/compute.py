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
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from knowledge.citations import Citation
from knowledge.money import zl as _zl
from knowledge.normalize import fold
from knowledge.number_words import month_number
from knowledge.programmes import get_programme


@dataclass(frozen=True, slots=True)
class Computation:
    kind: str  # "percent", "advisory", "formula", "deadline"
    text: str  # Polish, step by step
    citations: tuple[Citation, ...]
    entry_ids: tuple[str, ...]  # FAQ entries stating the rule, best first
    programme: str | None
    amount: Decimal | None = None  # the grant a formula computed: a share of it may be asked next


# Amounts: "400 000 zł", "400000", "400 tys. zł", "1,2 mln zł", "400.000,00 zł".
_NUMBER = r"\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_AMOUNT = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<mult>tys\w*\.?|tyś\w*\.?|k\b|mln\w*\.?|milion\w*)?\s*(?P<cur>z[lł]\w*|pln)?",
    re.IGNORECASE,
)
_PERCENT_OF = re.compile(
    # "5% z 400 000 zł", "limit 5 procent (grant 200000 zł)": the share, then the amount it is of
    rf"(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|proc\w*)\s*(?:z|od|ze|przy|dla|wartosci|kwoty|gran(?:t\w*|cie)|[\s(:,–-])*\s*"
    rf"(?P<amount>(?:{_NUMBER})"
    r"\s*(?:tys\w*\.?|k\b|mln\w*\.?|milion\w*)?\s*(?:zl\w*|pln)?)",
    re.IGNORECASE,
)
# "ile możemy zapłacić firmie za przygotowanie OPZ": preparing the description of the contract is the
# advisory service the documents name
_PERCENT_ALONE = re.compile(r"\bile\s+(?:to\s+)?(?:jest\s+)?(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|proc\w*)")
_ADVISORY = re.compile(r"\bdoradz\w*|\bdoradc\w*|\bkonsult\w*|\bekspert\w*|\bopis\w*\s+przedmiotu\s+zamowienia|\bopz\b")
# "piszę jako konsultant w imieniu gminy", "jestem doradcą gminy": who writes, not advisory services asked about
_SENDER_ROLE = re.compile(
    r"\b(?:pisze|piszemy|jestem|jestesmy|tu|z\s+tej\s+strony)\s+(?:jako\s+)?(?:\w+\s+)?"
    r"(?:konsultant|doradc|ekspert|firm\w*\s+doradcz)\w*"
)
_PERCENT_WORD = re.compile(r"\d\s*(?:%|proc)")
# Folded Polish month names in any case ("marca", "marzec", "pazdziernika"); stems of MONTH_STEMS.
_MONTH_WORD = (
    r"stycz\w*|lut\w*|marc\w*|marz\w*|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*|wrze\w*|pazdz\w*"
    r"|listop\w*|grud\w*"
)
_DATE_WORDS = re.compile(rf"\b(?P<day>\d{{1,2}})\s*(?P<month>{_MONTH_WORD})(?:\s+(?P<year>20\d\d))?")
_DATE_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[./-](?P<month>\d{1,2})(?:[./-](?P<year>20\d\d))?\b")
_AGREEMENT = re.compile(r"\bumow\w*|\bpodpis\w*|\bzawar\w*")
_DIAGNOSIS = re.compile(r"\bdiagnoz\w*|\bankiet\w*|\baudyt\w*")
_FORMULA_L = re.compile(
    # "L = 6200", and telegraphic "cg L 6200 G 2048,22 ile grantu"
    rf"\bl\s*(?:=|wynosi|to|:)?\s*(?P<l>{_NUMBER})|(?P<l2>{_NUMBER})\s*(?:tys\w*\.?\s*)?(?:mieszkanc\w*|osob\b|ludnosc\w*)"
    # "mieszkańców mamy 14 000", "ludności jest u nas ok. 9 tys.": the noun first, a verb between
    rf"|(?:mieszkancow|ludnosci|ludnosc|liczba\s+mieszkancow)\s*"
    rf"(?:(?:=|wynosi|to|:|ok\.?|okolo|mamy|ma|jest|jest\s+nas|u\s+nas|liczy|liczymy|liczba)\s*){{0,3}}(?P<l3>{_NUMBER})"
)
# "u nas", "nam", "ok.": how the unit tells its own figure ("G u nas wychodzi ok. 3 100 zł")
_TOLD = r"(?:u\s+nas|dla\s+nas|nam|ok\.?|okolo|mniej\s+wiecej|jakies)"
_FORMULA_G = re.compile(
    # "wskaźnik G gminy 1948,22": the unit's own G, named after the letter
    rf"\b(?:wskaznik\w*\s+)?g(?:\s+(?:naszej\s+|dla\s+(?:naszej\s+)?)?gmin\w*)?\s*(?:{_TOLD}\s*){{0,2}}"
    rf"(?:=|wynosi|to|:|rowny|rowna|mamy|ma|jest|wychodzi)?\s*(?:{_TOLD}\s*){{0,2}}(?P<g>{_NUMBER})\s*(?:zl\b)?"
    # "wskaźnik G na 2021 r. wynosi u nas 1 913,86 zł": the year and "u nas" are no part of the value; the
    # regulamin's own description between ("G przyjęty do obliczania subwencji wyrównawczej na 2021 r. wynosi …")
    # "wskaźnik G wychodzi nam ok. 2 650 zł": told with a verb of its own and an approximation
    rf"|\bwskaznik\w*\s+(?:g\s+)?(?:[\w.]+\s+){{0,8}}?(?:=|wynosi|to|:|wychodzi|jest|ma)\s*"
    rf"(?:{_TOLD}\s*){{0,2}}(?P<g2>{_NUMBER})"
)


# The national value the official assumed ("dla kraju przyjęłam 2198,22", "Gk = 2198"), and the result
# they got ("wyszło mi 300 tys"): both are checked against the regulamin, never taken over.
_NATIONAL_G = re.compile(
    rf"\bgk\s*(?:=|wynosi|to|:)?\s*(?P<n>{_NUMBER})"
    rf"|\b(?:dla\s+(?:calego\s+)?kraju|krajow\w*)\s+(?:\w+\s+){{0,2}}?(?:=\s*)?(?P<n2>{_NUMBER})"
)
_CLAIMED_RESULT = re.compile(
    rf"\b(?:wyszl\w*|wychodzi\w*|wyliczyl\w*|policzyl\w*|obliczyl\w*)\s+(?:\w+\s+){{0,2}}?(?:okolo\s+|ok\.?\s+)?"
    rf"(?P<amount>(?:{_NUMBER})\s*(?:tys\w*\.?|k\b|mln\w*\.?)?\s*(?:zl\w*|pln)?)"
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


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def compute(question: str, programmes: Sequence[str] = ()) -> Computation | None:
    """A computation the question asks for with its own numbers, or None."""
    found = compute_all(question, programmes)
    return found[0] if found else None


def compute_all(question: str, programmes: Sequence[str] = ()) -> list[Computation]:
    """Every computation the message's numbers allow, most specific first.

    A multi-part message ("grant 250 000 zł, umowa podpisana 30 lipca – ile na doradztwo i do
    kiedy diagnoza?") may need two: each is shown with the part whose rule it uses."""
    folded = fold(question)
    found = []
    formula = _formulas_of_units(folded, programmes) or _formula(folded, programmes)
    if formula is not None:
        found.append(formula)
    # "gmina 14 200 mieszkańców, G = 2011,47 zł – ile grantu i ile z tego na doradcę?": the share is
    # of the grant just computed (the index G, written in złoty, is no grant)
    grant = formula.amount if formula is not None else None
    for step in (_percent, _deadline, _grant_range, _used_lookback, _total, _allocation_fit, _remaining):
        if step is _percent:
            result = _percent(folded, programmes, grant=grant)
        elif step is _remaining:
            result = _remaining(folded, programmes, grant)
        else:
            result = step(folded, programmes)
        if result is not None:
            found.append(result)
    return found


# an amount said as a price ("60 tys netto", "kosztuje", "faktura na") – and what says an amount is the grant
_COST_CUE = re.compile(
    r"\bnetto\b|\bbrutto\b|\bkosztuj\w*|\bkoszt\w*\b|\bwyjdzie\b|\bcen[aeyo]\w*|\bfaktur\w*|\bwycen\w*|\boferta\w*"
)
_GRANT_CUE = re.compile(r"\bgrant\w*|\bgrancie\b|\bdotacj\w*|\bprzyzna\w*|\bdostali\w*|\botrzymal\w*|\bdofinansowan\w*")


def _percent(folded: str, programmes: Sequence[str], grant: Decimal | None = None) -> Computation | None:
    advisory = bool(_ADVISORY.search(_SENDER_ROLE.sub(" ", folded)))
    match = _PERCENT_OF.search(folded)
    amount: Decimal | None
    bare = None if match else _PERCENT_ALONE.search(folded)
    if match:
        pct = _number(match.group("pct"))
        amount = parse_amount(match.group("amount"))
    elif bare is not None and not advisory:
        # "dostaliśmy 287 600 zł – ile to 5 procent?": the share of the amount the official named
        pct = _number(bare.group("pct"))
        amount = _largest_amount(folded)
    elif advisory:
        if grant is None and _COST_CUE.search(folded) and not _GRANT_CUE.search(folded):
            return None  # "doradca wyjdzie 60 tys netto – coś trzeba zrobić?": a service's price, not a grant
        pct = None
        amount = grant or _grant_among_amounts(folded) or _largest_amount(folded)
    else:
        return None
    if amount is None or amount <= 0 or (pct is not None and not (0 < pct <= 100)):
        return None
    codes = [c for c in programmes if c in ("cg", "cp", "cs")] or ["cg", "cp"]
    each = _grants_by_programme(folded) if advisory and grant is None and pct is None else []
    if advisory and grant is None and pct is None and len(each) < 2 and len(codes) == 1:
        each = _grants_of_units(folded, codes[0])
    if len(each) > 1:
        return _advisory_each(each, total=_CAPS_SUMMED.search(folded) is not None)
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
            lines += _against_cap(folded, amount, result)
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


# "Gmina Wola (grant Cyfrowa Gmina 400 000 zł) i Powiat Rzeczny (grant Cyfrowy Powiat 250 000 zł)": each grant is
# named by its programme, a few words before its amount
_PROGRAMME_GRANT = re.compile(
    r"(?P<prog>cyfrow\w*\s+gmin\w*|cyfrow\w*\s+powi\w*|cyberbezpieczn\w*(?:\s+samorzad\w*)?|\bc[gps]\b)"
    r"[^\d.;?]{0,25}?(?P<amount>\d[\d\s.,]*\d\s*(?:tys\w*\.?|mln\w*\.?|k\b)?\s*(?:z[lł]\w*|pln)?)"
)


def _programme_code(name: str) -> str:
    if name in ("cg", "cp", "cs"):
        return name
    return "cs" if name.startswith("cyber") else ("cg" if "gmin" in name else "cp")


def _grants_by_programme(folded: str) -> list[tuple[str, Decimal]]:
    """Grant amounts each named by its programme, in the order written ([] unless they are several)."""
    found: list[tuple[str, Decimal]] = []
    for match in _PROGRAMME_GRANT.finditer(folded):
        amount = parse_amount(match.group("amount"))
        if amount is not None and amount >= 10_000:
            found.append((_programme_code(match.group("prog")), amount))
    return found if len({a for _c, a in found}) > 1 else []


# "gmina X ma grant 460 000 zł, gmina Y 100 000 zł – ile każda może wydać na doradztwo?": one question for each grant
_EACH_UNIT = re.compile(r"\bkazd\w*|\bobie\b|\bobu\b|\bobydw\w*|\bosobno\b|\bodpowiednio\b|\bdla\s+nich\b")
MAX_UNIT_GRANTS = 4


def _grants_of_units(folded: str, code: str) -> list[tuple[str, Decimal]]:
    """Several units' grants in one programme, asked about each ([] unless the message asks so)."""
    if not _EACH_UNIT.search(folded) or _COST_CUE.search(folded):
        return []
    amounts = list(dict.fromkeys(value for _pos, value in _money_amounts(folded) if value >= 10_000))
    if not 2 <= len(amounts) <= MAX_UNIT_GRANTS:
        return []
    return [(code, amount) for amount in amounts]


_CAPS_SUMMED = re.compile(r"\b(?:lacznie|razem|w\s+sumie|sumarycznie|ogolem)\b")


def _advisory_each(grants: Sequence[tuple[str, Decimal]], *, total: bool = False) -> Computation:
    """ "Jaki jest limit na doradztwo u każdego z nich?": the cap of each grant, by its own programme's rule;
    with `total` ("ile łącznie mogą wydać na doradztwo") their sum too."""
    lines, citations, caps = [], [], []
    for code, amount in grants:
        programme = get_programme(code)
        if programme.get("advisory_cap_percent") is None:
            lines.append(
                f"{programme.name}, grant {_zl(amount)}: schemat nie podaje limitu procentowego na usługi doradcze."
            )
            continue
        fact = programme.fact("advisory_cap_percent")
        result = (amount * fact.decimal / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        lines.append(
            f"{programme.name}, grant {_zl(amount)}: limit {_pct(fact.decimal)}% – "
            f"{_zl(amount)} × {_pct(fact.decimal)} / 100 = {_zl(result)}."
        )
        citations.append(fact.citation)
        caps.append(result)
    codes = tuple(dict.fromkeys(code for code, _a in grants))
    text = "Limit na usługi doradcze dla każdego grantu:\n" + "\n".join(f"• {line}" for line in lines)
    if total and len(caps) > 1:
        text += f"\nŁącznie: {' + '.join(_zl(c) for c in caps)} = {_zl(sum(caps, Decimal(0)))}."
    return Computation(
        "advisory",
        text,
        tuple(dict.fromkeys(citations)),
        tuple(f"{c}-doradztwo-limit" for c in codes if get_programme(c).get("advisory_cap_percent") is not None),
        codes[0] if len(codes) == 1 else None,
    )


# "faktura na 24 600 zł – czy całość zmieścimy?": the official's advisory cost against the cap
_FITS_ASK = re.compile(
    r"\bzmiesc\w*|\bzmiesci\w*|\bcalosc\w*|\bcala\b|\bcalej\b|\bwystarcz\w*|\bprzekrac\w*|\bprzekrocz\w*"
    # "o ile za dużo poszło na doradztwo?", "ile ponad limit?": by how much the cost overshoots
    r"|\bza\s+duzo\b|\bo\s+ile\b|\bnadwyzk\w*|\bponad\s+limit\w*|\bpowyzej\s+limit\w*|\bmiesci\w*"
    # "wydaliśmy 30 tys. na doradztwo przy grancie 400 tys. – ok?": whether the cost is within the cap
    r"|\bok\s*\?|\bw\s+porzadku\b|\bdopuszczaln\w*|\bw\s+limicie\b"
    # … and the same offered for confirmation ("czy wydaliśmy 30 tys. … przy grancie 400 tys.?")
    r"|\bczy\b.*\b(?:wydali\w*|zaplaci\w*|kosztowal\w*|poszlo|przeznaczyli\w*)\b"
)
_GROSS_COST = re.compile(r"\bbrutto\b")
VAT_RATE = Decimal(23)


MAX_ADVISORY_COSTS = 3


def _against_cap(folded: str, grant: Decimal, cap: Decimal) -> list[str]:
    """A cost the official names besides the grant, compared with the cap, when they ask whether it fits."""
    if not _FITS_ASK.search(folded):
        return []
    costs = [value for _pos, value in _money_amounts(folded) if value != grant and value < grant]
    if not costs or len(costs) > MAX_ADVISORY_COSTS:
        return []
    cost = sum(costs, Decimal(0))
    # "zapłaciliśmy już 41 000 zł, a teraz faktura na 25 000 zł": the cap covers every advisory cost together
    named = f"{' + '.join(_zl(c) for c in costs)} = {_zl(cost)}" if len(costs) > 1 else _zl(cost)
    if cost <= cap:
        lines = [f"{named} mieści się w limicie {_zl(cap)}."]
    else:
        lines = [f"{named} przekracza limit o {_zl(cost - cap)}: z grantu pokryjecie najwyżej {_zl(cap)}."]
    if cost > cap and _GROSS_COST.search(folded):
        # "doradztwo kosztowało 24 600 brutto – o ile za dużo?": the documents name the cap as a share of the grant
        # and do not say whether the cost is counted with VAT; the net reading is shown beside the gross one
        net = (cost * 100 / (100 + VAT_RATE)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        against = f"przekracza limit o {_zl(net - cap)}" if net > cap else f"mieści się w limicie {_zl(cap)}"
        lines.append(
            "Dokumenty programu nie mówią, czy koszt doradztwa porównuje się z limitem w kwocie brutto czy netto; "
            f"powyżej porównano kwotę brutto. Netto (przy VAT 23%) to {_zl(net)}, co {against}. "
            "To, czy VAT jest u was kosztem kwalifikowalnym, potwierdź u operatora."
        )
    return lines


# "jeśli grant to 300000", "mamy grant 250 000": a bare figure named as the grant is an amount.
_GRANT_FIGURE = re.compile(
    rf"\bgran(?:t\w*|cie)\s+(?:[^\W\d]\w*\s+)?(?:to|=|wynosi|:|ma|rowny|w\s+wysokosci|na)?\s*(?P<num>{_NUMBER})(?![\d.,]*\s*%)"
)


_PRICED = re.compile(r"\s*(?:netto|brutto)\b")


# what says an amount is the whole project, the grant and the unit's own money together: "wartość całego projektu",
# "budżet projektu", "razem z naszymi środkami"
_PROJECT_VALUE_CUE = re.compile(
    r"\bwartosc\w*|\bcal\w*\s+projekt\w*|\bbudzet\w*|\brazem\b|\blacznie\b|\bwklad\w*|\bkoszt\w*"
)


def _grant_among_amounts(folded: str) -> Decimal | None:
    """The amount the message calls the grant, when it names other amounts too ("grant 480 000 zł, a wartość całego
    projektu z naszymi środkami 520 000 zł"): a share of the grant is of that one, not of the largest."""
    amounts: dict[Decimal, bool] = {}
    for match in _AMOUNT.finditer(folded):
        if not (match.group("cur") or match.group("mult")):
            continue
        value = parse_amount(match.group(0))
        if value is None:
            continue
        # the words before the amount in its own clause say what it is
        lead = re.split(r"[,;.?!]|\ba\b|\bi\b", folded[max(0, match.start() - 60) : match.start()])[-1]
        amounts[value] = amounts.get(value, False) or bool(
            _GRANT_CUE.search(lead) and not _PROJECT_VALUE_CUE.search(lead)
        )
    grants = [value for value, is_grant in amounts.items() if is_grant]
    return grants[0] if len(amounts) > 1 and len(grants) == 1 else None


def _largest_amount(folded: str) -> Decimal | None:
    amounts = _sums_named(folded)
    return max(amounts) if amounts else None


def _sums_named(folded: str) -> list[Decimal]:
    """The sums of money a text names, in order ("600 tys. zł", "850 000", a grant's figure)."""
    found: list[Decimal] = []
    for match in _AMOUNT.finditer(folded):
        named_grant = _GRANT_FIGURE.search(folded[max(0, match.start() - 40) : match.end()])
        # "UPS za 60 270 brutto": a figure said net or gross is money even without "zł"
        priced = _PRICED.match(folded, match.end()) is not None and len(match.group("num")) >= 4
        if (
            not (match.group("cur") or match.group("mult"))
            and not (named_grant and named_grant.group("num") == match.group("num") and len(match.group("num")) >= 4)
            and not priced
        ):
            continue
        value = parse_amount(match.group(0))
        if value is not None:
            found.append(value)
    return found


def _formula(folded: str, programmes: Sequence[str]) -> Computation | None:
    if programmes and "cg" not in programmes:
        return None
    l_match = _FORMULA_L.search(folded)
    g_match = _FORMULA_G.search(folded)
    if not l_match:
        return None
    l_raw = l_match.group("l") or l_match.group("l2") or l_match.group("l3")
    population = _number(l_raw) if l_raw else None
    if population is None or population <= 0:
        return None
    if re.search(rf"{re.escape(l_raw)}\s*tys", folded):
        population *= 1000
    if population != population.to_integral():
        return None
    if not g_match:
        return _upper_bound(folded, programmes, int(population))
    g_raw = g_match.group("g") or g_match.group("g2")
    g = _number(g_raw) if g_raw else None
    if g is None or g < 0:
        return None
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
    gus = " (GUS, ludność według gmin, stan na 31.12.2020 (Tabl. IV))"
    steps = [s.replace(gus, " (podana w pytaniu)") for s in steps]
    # "R = … = 0 zł na mieszkańca" read alone says "0 zł"; the rate is written like the amounts, with its grosze
    steps = [re.sub(r"= 0 zł na mieszkańca", "= 0,00 zł na mieszkańca", s) for s in steps]
    text = "Wzór z regulaminu Cyfrowej Gminy z Twoimi danymi:\n" + "\n".join(f"• {s}" for s in steps)
    text += f"\nMaksymalna kwota grantu: {_zl(result.amount)}."
    corrections = _formula_corrections(folded, result.amount, g)
    if corrections:
        text = "\n".join(corrections) + "\n" + text
    return Computation("formula", text, result.citations, ("cg-wzor-kwoty",), "cg", result.amount)


def _formulas_of_units(folded: str, programmes: Sequence[str]) -> Computation | None:
    """ "gmina A ma 12 000 mieszkańców i G 1898,22 zł, gmina B 20 000 mieszkańców i G 2048,22 zł – ile każdej?":
    the formula once per gmina, each with its own L and G (the message is cut before each population but the
    first, at the last comma or semicolon before it)."""
    populations = list(_FORMULA_L.finditer(folded))
    if len(populations) < 2 or len(_FORMULA_G.findall(folded)) < len(populations):
        return None
    cuts = [0]
    for previous, match in itertools.pairwise(populations):
        gap = folded[previous.end() : match.start()]
        cut = max(gap.rfind(","), gap.rfind(";"))
        if cut < 0:
            return None
        cuts.append(previous.end() + cut + 1)
    cuts.append(len(folded))
    computed = [_formula(folded[a:b], programmes) for a, b in itertools.pairwise(cuts)]
    if any(c is None or c.amount is None or c.kind != "formula" for c in computed):
        return None
    lines = ["Wzór z regulaminu Cyfrowej Gminy dla każdej gminy z jej danymi:"]
    for k, (c, match) in enumerate(zip(computed, populations, strict=True), start=1):
        assert c is not None and c.amount is not None
        raw = match.group("l") or match.group("l2") or match.group("l3")
        lines.append(f"{k}. gmina ({raw} mieszkańców): maksymalna kwota grantu {_zl(c.amount)}.")
    details = "\n\n".join(f"{k}. gmina – " + c.text for k, c in enumerate(computed, start=1) if c is not None)
    first = computed[0]
    assert first is not None
    return Computation("formula", "\n".join(lines) + "\n\n" + details, first.citations, ("cg-wzor-kwoty",), "cg", None)


# "wójt twierdzi, że nic nam się nie należy, bo wzór daje wynik ujemny": the claim that the formula leaves nothing
_CLAIMED_NOTHING = re.compile(
    r"\bujemn\w*|\bnic\s+(?:nam\s+|sie\s+|nam\s+sie\s+)*(?:nie\s+)?(?:nalez\w*|przysluguj\w*|dostan\w*|wychodzi)"
    r"|\b(?:zero|0)\s+(?:zl\w*\s+)?(?:grant\w*|dofinansow\w*)"
)


def _formula_corrections(folded: str, amount: Decimal, g: Decimal | None = None) -> list[str]:
    """What the official assumed that the regulamin contradicts: the national Gk, the result (not the G they told
    with the same verb: "wskaźnik G wychodzi nam 2 650 zł"), a result of nothing."""
    lines = []
    national = get_programme("cg").fact("national_index").decimal
    claimed_gk = _NATIONAL_G.search(folded)
    raw = claimed_gk and (claimed_gk.group("n") or claimed_gk.group("n2"))
    stated = _number(raw) if raw else None
    if stated is not None and stated != national:
        lines.append(
            f"Uwaga: wskaźnik G dla kraju (Gk) według regulaminu wynosi {_num(national)} zł, nie {_num(stated)} zł – "
            "liczę z wartością z regulaminu."
        )
    claimed = _CLAIMED_RESULT.search(folded)
    got = parse_amount(claimed.group("amount")) if claimed else None
    if got is not None and g is not None and got == g:
        got = None  # the unit's own G, told as "wychodzi nam", is no result claimed
    if got is None and amount > 0 and _CLAIMED_NOTHING.search(folded):
        if g is not None and g >= national:
            lines.append(
                "Nie: gmina nie dostaje mniej niż minimum – ujemna część zmienna liczy się jako 0, a grant wynosi "
                f"{_zl(amount)}."
            )
        else:
            lines.append(f"Nie: według wzoru grant wynosi {_zl(amount)}.")
    elif got is not None and got >= 1000 and got != amount:
        lines.append(f"Nie: według wzoru wychodzi {_zl(amount)}, nie {_zl(got)}.")
    elif got is not None and got == amount:
        lines.append(f"Tak, dobrze: według wzoru wychodzi {_zl(amount)}.")
    # the verdict on the official's result first, the correction of their figure after it
    return lines[::-1]


def _num(value: Decimal) -> str:
    """2098.22 → "2 098,22" (the way the regulamin writes the index)."""
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", " ") + "," + cents


_AMOUNT_QUESTION = re.compile(r"\bile\b|\bkwot\w*|\bmaks\w*|\bmax\b|\bnajwiec\w*|\bgrant\w*|\bdostan\w*|\bdostac\b")


def _upper_bound(folded: str, programmes: Sequence[str], population: int) -> Computation | None:
    """Only L given: the most the formula can give that gmina, whatever its G."""
    if "cg" not in programmes or not _AMOUNT_QUESTION.search(folded):
        return None  # the inhabitants alone say nothing in CP and CS
    programme = get_programme("cg")
    minimum, maximum = programme.min_grant, programme.max_grant
    cap = programme.fact("per_capita_cap").decimal
    variable_cap = programme.fact("variable_cap").decimal
    variable = min(variable_cap, cap * population)
    upper = min(maximum, minimum + variable)
    people = f"{population:,}".replace(",", " ")
    text = (
        "Wzór z regulaminu Cyfrowej Gminy, gdy znana jest tylko liczba mieszkańców L:\n"
        f"• część zmienna to najwyżej 30 zł × L = 30 × {people} = {_zl(cap * population)}"
        f"{' (ale nie więcej niż 1 900 000 zł)' if cap * population > variable_cap else ''};\n"
        f"• X = 100 000 zł + {_zl(variable)} = {_zl(upper)} – to górna granica;\n"
        "• dokładna kwota zależy od wskaźnika G gminy na 2021 r. (R = (Gk − G) / 10, nie więcej niż 30 zł): "
        "podaj G, a policzę ją dokładnie; najmniej gmina dostaje 100 000 zł."
    )
    return Computation("formula", text, (programme.fact("national_index").citation,), ("cg-wzor-kwoty",), "cg")


# "czy jako gmina możemy wnioskować w CS o 150 tys zł", "czy powiat dostanie więcej niż 400 tys":
# an amount asked for as a grant, against the programme's minimum and maximum.
_GRANT_ASK = re.compile(
    r"\b(?:wnios\w*|ubiega\w*|dosta\w*|otrzyma\w*|aplikowa\w*|grant\w*|dofinansowan\w*|chce\w*|chcemy|chcial\w*"
    r"|starac\w*|wystapi\w*|wziac|wziel\w*|wezm\w*"
    # "starosta mówi, że należy nam się 400k": the amount the unit claims it is entitled to
    r"|nalez\w*\s+(?:\w+\s+)?sie\b|przysluguj\w*)"
)
_NOT_A_GRANT_AMOUNT = re.compile(
    r"\d\s*(?:%|proc)|\bnetto\b|\bbrutto\b|\bvat\b|\bfaktur\w*|\bkupi\w*|\bkupuj\w*|\bkupow\w*|\bzakup\w*"
    r"|\bkoszt\w*|\bwydat\w*"
    r"|\bdoradz\w*|\bmieszkanc\w*|\balokacj\w*|\bzostaje\b|\bzostanie\b|\bobniz\w*|\bobciel\w*"
)
# "… kupić SOC i SIEM za 1,2 mln i zapłacić w całości z CS – czy taki grant jest możliwy?": the price of what is
# bought is the grant asked about when the official asks about the grant itself
_GRANT_ITSELF = re.compile(r"\btaki\w*\s+grant\w*|\bgrant\w*\s+(?:\w+\s+){0,3}?mozliw\w*|\bw\s+calosci\s+z\b")
_PURCHASE_ONLY = re.compile(r"\bkupi\w*|\bkupuj\w*|\bkupow\w*|\bzakup\w*|\bkoszt\w*|\bwydat\w*")
_REASON = re.compile(r"[,\s]+(?:skoro|bo|poniewaz|gdyz|jako\s+ze)\b")
_MORE_THAN = re.compile(r"\b(?:wiecej|ponad|powyzej)\b")
_LESS_THAN = re.compile(r"\b(?:mniej|ponizej)\b")


def _grant_range(folded: str, programmes: Sequence[str]) -> Computation | None:
    """The official's grant amount against the programme's minimum and maximum."""
    codes = [c for c in programmes if c in ("cg", "cp", "cs")]
    if len(codes) != 1 or not _GRANT_ASK.search(folded):
        return None
    if _NOT_A_GRANT_AMOUNT.search(folded) and not (
        _GRANT_ITSELF.search(folded) and not _NOT_A_GRANT_AMOUNT.search(_PURCHASE_ONLY.sub(" ", folded))
    ):
        return None
    if not re.search(r"\bczy\b|\bmoz\w*|\bda\s+sie\b|\btyle\b", folded):
        return None  # not a question whether the amount is possible
    if re.search(r"\bdorad\w*", folded) and re.search(r"\bile\b|\bjak\w*\s+(?:kwot|czes)\w*", folded):
        return None  # "ile możemy dać na doradców jak grant wynosi 300 tys?": the grant is the base of a share
    if codes[0] == "cs" and re.search(r"\b(?:wieksz\w*|wyzsz\w*|wiecej)\s+niz\b|\bpowyzej\b|\bponad\b", folded):
        # "czy grant może być większy niż 850 tys.?": CS can raise it in a supplementary call – the
        # rule on raising it answers, not the range
        return None
    reason = _REASON.search(folded)
    # "… o 500 tys., skoro gminy w CG dostawały do 2 mln": the reason's figure is the comparison
    amount = (_largest_amount(folded[: reason.start()]) if reason else None) or _largest_amount(folded)
    if amount is None or amount <= 0:
        return None
    programme = get_programme(codes[0])
    low, high = programme.min_grant, programme.max_grant
    name = programme.name
    span = f"od {_zl(low)} do {_zl(high)}"
    fixed = codes[0] == "cs" and re.search(r"\bpowiat\w*|\bwojewodztw\w*", folded)
    if fixed:
        verdict = _fixed_grant_verdict(folded, name, low, high, amount, claimed_reason=reason is not None)
    elif amount >= high and _MORE_THAN.search(folded):
        verdict = f"Nie: grant w programie {name} wynosi najwyżej {_zl(high)}, więcej niż {_zl(amount)} nie będzie."
    elif amount <= low and _LESS_THAN.search(folded):
        verdict = f"Nie: grant w programie {name} wynosi co najmniej {_zl(low)}, mniej niż {_zl(amount)} nie będzie."
    elif low < high and _ALWAYS.search(folded) and not (codes[0] == "cs" and fixed):
        # "w CS grant dla gminy to zawsze 850 tys., prawda?": one amount claimed for all, where the amounts differ
        verdict = (
            f"Nie – nie zawsze: grant w programie {name} wynosi {span}, a kwotę dla konkretnej JST wyznacza "
            "lista w załączniku do regulaminu."
        )
    elif amount > high:
        verdict = f"Nie: {_zl(amount)} to więcej niż najwyższy grant w programie {name} ({_zl(high)})."
    elif amount < low:
        verdict = f"Nie: {_zl(amount)} to mniej niż najniższy grant w programie {name} ({_zl(low)})."
    else:
        verdict = (
            f"Co do przedziału tak: {_zl(amount)} mieści się w granicach grantu w programie {name}; "
            "kwotę dla konkretnej JST wyznacza jednak lista w załączniku do regulaminu."
        )
    text = f"{verdict}\nGrant w programie {name} wynosi {span}."
    citations = (programme.fact("min_grant").citation,)
    return Computation("range", text, citations, (f"{codes[0]}-kwota-min-max",), codes[0])


def _fixed_grant_verdict(
    folded: str, name: str, low: Decimal, high: Decimal, amount: Decimal, *, claimed_reason: bool
) -> str:
    """The verdict on a powiat's or województwo's grant in CS, where it is always the maximum."""
    if amount == high:
        # "powiat chce wnioskować o 600 tys. – czy możemy sami wybrać kwotę między 200 a 850 tys.?": the amount
        # asked for is the one that is not the range's end
        amount = next((a for a in _sums_named(folded) if a not in (low, high)), amount)
    if amount != high:
        return f"Nie: powiaty i województwa dostają w programie {name} zawsze {_zl(high)}, nie {_zl(amount)}."
    if claimed_reason or _LESS_THAN.search(folded) or _MORE_THAN.search(folded):
        # "dostaliśmy 850 tys., bo najlepiej napisaliśmy wniosek, a sąsiedzi mniej – prawda?": the amount is right,
        # the reason and the others' smaller grants are not – a "Tak" would confirm them too
        return (
            f"Kwota się zgadza, ale nie z tego powodu: powiaty i województwa dostają w programie {name} zawsze "
            f"{_zl(high)} – każdy powiat tyle samo, niezależnie od tego, jak napisano wniosek."
        )
    return f"Tak: powiaty i województwa dostają w programie {name} zawsze {_zl(high)}."


_ALWAYS = re.compile(
    r"\bzawsze\b|\bkazd\w*\s+(?:gmin\w*|jst|powiat\w*|dostaje|dostanie)|\bwszystki\w*\s+(?:gmin\w*|jst)"
)


_USED_ITEM = re.compile(r"\b(?:uzywan\w*|poleasing\w*|odnawian\w*|refurb\w*)|\bz\s+drugiej\s+reki\b")
_CO_FINANCED = re.compile(r"\b(?:dotac\w*|dofinans\w*|unij\w*|ue|fundusz\w*|wspolfinans\w*|publiczn\w*|grant\w*)\b")
_DECLARED_YEARS = re.compile(r"\b(?:ostatni\w*|poprzedni\w*|przez|za)\s+(?:\w+\s+)?(?P<n>\d{1,2})\s+lat\w*")
_YEARS_AGO = re.compile(r"\b(?P<n>\d{1,2})\s+lat\w*\s+temu\b")


def _years_word(n: int) -> str:
    if n == 1:
        return "rok"
    return "lata" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "lat"


_OWN_GRANT = re.compile(r"\bgrant\w*\s+(?:(?:z\s+)?(?:cg|cp|cs)\b|\d|w\s+wysokosci|wynosi|to\s+\d)")
USED_CONTEXT = 60  # characters before "używany" (twice as many after) in which the seller's subsidy is told


def _used_lookback(folded: str, programmes: Sequence[str]) -> Computation | None:
    """Used equipment co-financed in year A and bought in year B: within the look-back period?"""
    codes = [c for c in programmes if c in ("cg", "cp")]
    declares = bool(_DECLARED_YEARS.search(folded) and re.search(r"\b(?:oswiadcz|deklarac|zaswiadcz)\w*", folded))
    used = _USED_ITEM.search(folded)
    if len(codes) != 1 or used is None:
        return None
    # the co-financing is the used item's, said near it ("grant 245 tys., umowa 3.07.2023 – ile na doradcę,
    # do kiedy diagnoza i czy możemy kupić używane serwery?" names our own grant, not the seller's subsidy)
    near = folded[max(0, used.start() - USED_CONTEXT) : used.end() + 2 * USED_CONTEXT]
    near = _OWN_GRANT.sub(" ", near)  # "grant cp 280 tys.": the official's own grant
    if not (_CO_FINANCED.search(near) or declares):
        return None
    fact = get_programme(codes[0]).get("used_equipment")
    rule = _LOOKBACK.search(fold(str(fact.value))) if fact is not None else None
    if fact is None or rule is None:
        return None
    limit = int(rule.group("n"))
    declared = _DECLARED_YEARS.search(folded)
    if declared is not None and int(declared.group("n")) != limit:
        # "sprzedawca mówi, że wystarczy oświadczenie, że przez ostatnie 5 lat nie był dofinansowany":
        # the declaration covers a shorter (or another) period than the rule's, so the condition fails
        n = int(declared.group("n"))
        verdict = (
            f"Nie: deklaracja sprzedającego musi potwierdzać, że sprzęt nie był współfinansowany ze środków "
            f"unijnych ani krajowych w ostatnich {limit} latach – nie {n} {_years_word(n)}. Poza tym cena nie "
            "może przekraczać wartości rynkowej i musi być niższa niż koszt podobnego nowego sprzętu, a "
            "deklaracja musi określać pochodzenie sprzętu."
        )
        if n > limit:
            verdict = (
                f"Pod tym względem tak: deklaracja za ostatnie {n} lat obejmuje wymagane {limit} lat; pozostałe "
                "warunki dla sprzętu używanego (pochodzenie w deklaracji, cena nie wyższa niż wartość rynkowa "
                "i niższa niż nowego) muszą być spełnione."
            )
        return Computation("lookback", verdict, (fact.citation,), (f"{codes[0]}-sprzet-uzywany",), codes[0])
    ago = _YEARS_AGO.search(folded)
    years = sorted({int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", folded)})
    if ago is not None:
        gap = int(ago.group("n"))
        shown = f"{gap} {_years_word(gap)} temu"
    elif len(years) == 2:
        gap = years[1] - years[0]
        shown = f"w {years[0]} r., zakup w {years[1]} r. – to {gap} {_years_word(gap)}"
    elif len(years) == 1:
        # "sprzedawca kupił go w 2019 z dotacji": the purchase year is not said – the first year
        # a purchase could count, and that an earlier one cannot
        first = years[0] + limit
        verdict = (
            f"Sprzęt współfinansowany ze środków publicznych w {years[0]} r. można rozliczyć jako używany "
            f"dopiero po upływie {limit} lat od współfinansowania, czyli nie wcześniej niż w {first} r. "
            "(dokładną granicę wyznacza data z deklaracji sprzedającego). Zakup przed upływem "
            f"{limit} lat nie jest kwalifikowalny."
        )
        return Computation("lookback", verdict, (fact.citation,), (f"{codes[0]}-sprzet-uzywany",), codes[0])
    else:
        return None
    if gap < limit:
        verdict = (
            f"Nie: sprzęt był współfinansowany ze środków publicznych {shown}, a więc w ostatnich {limit} "
            "latach – taki używany sprzęt nie jest kwalifikowalny."
        )
    elif gap > limit:
        verdict = (
            f"Pod tym względem tak: od współfinansowania minęło więcej niż {limit} lat ({shown}); "
            "pozostałe warunki dla sprzętu używanego muszą być spełnione."
        )
    else:
        verdict = (
            f"To granica {limit} lat ({shown}): rozstrzyga dokładna data współfinansowania z deklaracji "
            "sprzedającego – zapytaj operatora."
        )
    return Computation("lookback", verdict, (fact.citation,), (f"{codes[0]}-sprzet-uzywany",), codes[0])


def _agreement_date(folded: str) -> tuple[int, int, int | None] | None:
    """The date the agreement was signed: the first date after the word naming the signing
    ("podpisaliśmy umowę 14.07.2022 … czyli do 14 stycznia": the second date is the official's
    own reckoning of the deadline), else the first date of the message."""
    agreement = _AGREEMENT.search(folded)
    dates = _all_dates(folded)
    if dates:
        after = [d for d in dates if agreement is not None and d[0] >= agreement.start()]
        _offset, day, with_year = (after or dates)[0]
        return day.day, day.month, day.year if with_year else None
    match = _DATE_WORDS.search(folded)
    if match:
        month = month_number(match.group("month"))
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
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
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
        verdict = in_time(folded, due, with_year) if len(codes) == 1 else ""
        if not verdict and len(codes) == 1:
            verdict = _claimed_deadline(folded, count, unit, due, with_year)
        if verdict:
            lines.insert(0, verdict)
    if not with_year and any(rules[c][0] == "days" for c in codes):
        lines.append("(Liczę dni dla roku nieprzestępnego; podaj rok, jeśli umowa obejmuje luty roku przestępnego.)")
    return Computation(
        "deadline",
        "\n".join(lines),
        tuple(citations),
        tuple(entries[c] for c in codes),
        codes[0] if len(codes) == 1 else None,
    )


# "naczelnik twierdzi, że w 6 miesięcy, czyli do 14 stycznia": a period (and the day it gives) the
# official was told, to be set against the rule's own.
_CLAIMED_PERIOD = re.compile(r"\b(?:w\s+(?:ciagu\s+)?|do\s+|przez\s+|na\s+)?(?P<n>\d{1,3})\s+(?P<unit>mies\w*|dni\b)")


def _claimed_deadline(folded: str, count: int, unit: str, due: date, with_year: bool) -> str:
    """ "Nie: 8 miesięcy, nie 6 …" when the official states another period or another last day."""
    wanted = "mies" if unit == "months" else "dni"
    stated = [int(m.group("n")) for m in _CLAIMED_PERIOD.finditer(folded) if m.group("unit").startswith(wanted)]
    wrong = next((n for n in stated if n != count), None)
    dates = _all_dates(folded)
    # only a day named as the deadline ("do 14 stycznia", "termin 14 stycznia"), not a planned one
    claimed_day = (
        dates[-1][1]
        if len(dates) >= 2 and re.search(r"\b(?:do|termin\w*|czyli|uplywa)\s*$", folded[: dates[-1][0]])
        else None
    )
    span = f"{count} miesięcy" if unit == "months" else f"{count} dni"
    if wrong is None and (claimed_day is None or (claimed_day.month, claimed_day.day) == (due.month, due.day)):
        return ""
    parts = [f"Nie: termin to {span} od podpisania umowy"]
    if wrong is not None:
        parts[0] += f", nie {wrong}"
    text = f"{parts[0]}; upływa {_polish_date(due, with_year)}"
    if claimed_day is not None and (claimed_day.month, claimed_day.day) != (due.month, due.day):
        text += f", nie {_polish_date(claimed_day, False)}"
    return text + "."


# -- arithmetic with the rule the matched entry states --------------------------------------------
#
# The engine has picked the entry that states the rule; the question carries the official's date,
# amount or time. Each function reads the number it needs from the entry's answer (so the figure
# and the citation always come from a reviewed entry) and returns None when either side lacks it.

_PERIOD = re.compile(
    r"(?P<n>\d+)(?:\s+|-)(?P<unit>dni\s+roboczych|dni\s+robocze|dni|dzien\s+roboczy|miesiecy|miesiace|lat|lata|letni\w*)"
    r"(?:[,\s]+\w+){0,2}?[,\s]+od\b"
    r"|(?P<n2>\d+)-(?P<unit2>letni\w*|miesieczn\w*|dniow\w*)"
)
# "nabór trwa 60 dni", "w 3 rundach po 30 dni": a span from a start day (tried after "N dni od").
_LASTS = re.compile(
    r"(?:\btrwa\w*\s+(?:do\s+|ok\.?\s+|okolo\s+)?|\brund\w*\s+po\s+)(?P<n3>\d+)\s+(?P<unit3>dni|miesiecy)"
)
_HAS_WEEKDAY = re.compile(r"\bw\s+(?:poniedzial|wtor|srod|czwart|piat|sobot|niedziel)\w*")
_WEEKDAYS = ("poniedzial", "wtor", "srod", "czwart", "piat", "sobot", "niedziel")
_WEEKDAY_NAMES = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
_WEEKDAY_ACCUSATIVE = ("poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę")
_WEEKDAY = re.compile(r"\bw\s+(?P<day>poniedzial\w*|wtor\w*|srod\w*|czwart\w*|piat\w*|sobot\w*|niedziel\w*)")
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_WORD})\s+(?P<year>20\d\d)")
# A clock time, not the day and month of a date ("14.12.2023 o 16:20" is 16:20, not 14:12).
_CLOCK = re.compile(
    r"(?<![\d.:/-])(?:o\s+|godz\w*\.?\s+|godzinie\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?![./-]\d)"
)
_REDUCTION = re.compile(
    r"obniza\w*\s+(?:sie\s+)?o\s+(?P<pct>\d+(?:[.,]\d+)?)\s*%|o\s+(?P<pct2>\d+(?:[.,]\d+)?)\s*%\s+mniej"
)
_NET_THRESHOLD = re.compile(
    r"(?:powyzej|ponad|przekracza\w*)\s+(?P<amount>\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)\s*zl\s+netto"
)
_VAT = re.compile(r"\bvat\w*\s*(?:\(?\s*)?(?P<rate>\d{1,2})\s*%|(?P<rate2>\d{1,2})\s*%\s*vat")
_GROSS = re.compile(r"\bbrutto\b")
_DATED_FROM = re.compile(r"od\s+(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>20\d\d)")
_HOUR_DEADLINE = re.compile(r"do\s+godz\w*\.?\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})")
_LOOKBACK = re.compile(r"(?:ostatnich|poprzednie|poprzednich)\s+(?P<n>\d+)\s+lat")
_MONTH_COUNTS = re.compile(r"(?P<n>\d+)\s*(?:mies\w*|m-c\w*|mc\b)")
# A licence or subscription named by its length ("licencja roczna", "abonament dwuletni").
_TERM_LENGTH = {"roczn": 12, "na rok": 12, "12-mies": 12, "dwulet": 24, "2-letni": 24, "trzylet": 36, "3-letni": 36}
# "od 19.07.2023 r. do 14.12.2023 r.": a span the entry states, for "ile dni trwał …".
_SPAN = re.compile(
    r"\bod\s+(?P<d1>\d{1,2})\.(?P<m1>\d{2})\.(?P<y1>20\d\d)\s*(?:r\.?\s*)?do\s+(?P<d2>\d{1,2})\.(?P<m2>\d{2})\.(?P<y2>20\d\d)"
)
_DAYS_LEFT = re.compile(r"\b(?:zostal\w*|zostaje|pozostal\w*|pozostaje)\b|\bdo\s+konca\b")
_HOW_MANY_DAYS = re.compile(r"\bile\s+(?:\w+\s+)?dni\b|\bjak\s+dlugo\b|\bile\s+(?:\w+\s+)?trwa\w*")


def _question_date(folded: str) -> tuple[date, bool] | None:
    """The date the question gives ("3 marca 2022", "15.02.2024"); with_year False when absent."""
    match = _DATE_WORDS.search(folded)
    if match:
        month = month_number(match.group("month"))
        year = match.group("year")
        day = int(match.group("day"))
    else:
        match = _DATE_NUMERIC.search(folded)
        if not match or not 1 <= int(match.group("month")) <= 12:
            return None
        month, year, day = int(match.group("month")), match.group("year"), int(match.group("day"))
    try:
        return date(int(year) if year else 2001, month, day), year is not None
    except ValueError:
        return None


def _all_dates(folded: str) -> list[tuple[int, date, bool]]:
    """Every date in the question with its offset, in order of appearance."""
    found: list[tuple[int, date, bool]] = []
    for match in _DATE_WORDS.finditer(folded):
        month = month_number(match.group("month"))
        year = match.group("year")
        try:
            found.append((match.start(), date(int(year) if year else 2001, month, int(match.group("day"))), bool(year)))
        except ValueError:
            continue
    for match in _DATE_NUMERIC.finditer(folded):
        if not 1 <= int(match.group("month")) <= 12:
            continue
        year = match.group("year")
        try:
            day = date(int(year) if year else 2001, int(match.group("month")), int(match.group("day")))
        except ValueError:
            continue
        found.append((match.start(), day, bool(year)))
    return sorted(found, key=lambda item: item[0])


_DAYS_AFTER = re.compile(r"\b(?P<n>\d{1,3})\s+dni\s+po\b")
_IN_TIME_CUE = re.compile(
    r"\bzdaz\w*|\bw\s+terminie\b|\bza\s+pozno\b|\bspoz\w*|\bjeszcze\b|\bzmiesci\w*|\bplanuj\w*"
    r"|\bchcemy\b|\bwysl\w*\s+dopiero|\bdopiero\b|\bna\s+czas\b|\bprzed\s+terminem\b"
)


def in_time(folded: str, due: date, with_year: bool) -> str:
    """ "Zdążycie / nie zdążycie" when the question names a second (planned) date; else ""."""
    dates = _all_dates(folded)
    after = _DAYS_AFTER.search(folded)
    if len(dates) == 1 and after is not None and _IN_TIME_CUE.search(folded):
        # "ankietę wysłaliśmy 20 dni po podpisaniu umowy 1 września": the plan is counted from that date
        dates.append((after.start(), dates[0][1] + timedelta(days=int(after.group("n"))), dates[0][2]))
    if len(dates) < 2 or not _IN_TIME_CUE.search(folded):
        return ""  # a second date is a plan only when the official asks whether it is in time
    _offset, planned, planned_year = dates[-1]
    if planned_year != with_year:
        if with_year:
            planned = planned.replace(year=due.year if planned.month >= due.month else due.year + 1)
        else:
            return ""
    shown = _polish_date(planned, with_year)
    if planned <= due:
        return f"Tak, zdążycie: {shown} mieści się w terminie ({_polish_date(due, with_year)})."
    return f"Nie, {shown} to już po terminie ({_polish_date(due, with_year)})."


def _working_days_after(start: date, count: int) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def compute_with_entry(
    question: str, entry_answer: str, citations: Sequence[Citation], entry_id: str, programme: str | None
) -> Computation | None:
    """Apply the rule stated in the matched entry's answer to the numbers in the question."""
    folded = fold(question)
    rule = fold(entry_answer)
    # The end of the cost window from the programme's reviewed facts (CS: not in our sources).
    end = get_programme(programme).costs_to if programme in ("cg", "cp", "cs") else None
    steps = (
        _deadline_from_rule,
        _reduction,
        _proportional,
        _net_threshold,
        _clock,
        lambda f, r: _window_start(f, r, end),
        _absolute_deadline,
        _span_days,
    )
    for step in steps:
        text = step(folded, rule)
        if text is not None:
            return Computation("rule", text, tuple(citations), (entry_id,), programme)
    return None


# "zaczynamy 1 kwietnia 2023 – ile maksymalnie miesięcy może trwać projekt?": months from the start told to the end
_MONTHS_ASKED = re.compile(r"\bile\s+(?:\w+\s+){0,2}?miesi\w*|\bna\s+ile\s+miesi\w*")


def months_to_end(
    question: str, entry_answer: str, citations: Sequence[Citation], entry_id: str, programme: str | None
) -> Computation | None:
    """Whole months from the official's start date to the end date the entry states (where the entry itself gives
    no number of months, and its answer had been an abstention for it)."""
    folded = fold(question)
    end_match = _ABSOLUTE.search(fold(entry_answer))
    found = _question_date(folded)
    if end_match is None or found is None or not found[1] or not _MONTHS_ASKED.search(folded):
        return None
    start = found[0]
    end = date(int(end_match.group("y")), int(end_match.group("m")), int(end_match.group("d")))
    if end <= start:
        return None
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month - (1 if after.day < start.day else 0)
    unit = (
        "miesiąc"
        if months == 1
        else ("miesiące" if 2 <= months % 10 <= 4 and not 12 <= months % 100 <= 14 else "miesięcy")
    )
    text = (
        f"Od {_polish_date(start, True)} do {end:%d.%m.%Y} r. to {months} {unit} (pełnych) – tyle najwyżej może trwać "
        "projekt rozpoczęty w tym dniu."
    )
    return Computation("rule", text, tuple(citations), (entry_id,), programme)


def _deadline_from_rule(folded: str, rule: str) -> str | None:
    period = _PERIOD.search(rule) or _LASTS.search(rule)
    if period is None:
        return None
    found = _event_date(folded, rule, period) or _question_date(folded)
    lasts = "n3" in period.re.groupindex
    n = int(period.group("n3") if lasts else (period.group("n") or period.group("n2")))
    unit = period.group("unit3") if lasts else (period.group("unit") or period.group("unit2"))
    if not _same_event(folded, rule, period, lasts):
        return None  # the question's date is of another event (an invoice, not the agreement)
    if not _case_named(folded, rule, period):
        # "… a przy ogłoszeniu 4. naboru – w ciągu 14 dni": the period of another round; the fixed date the
        # rule gives before it is the official's
        return _other_case(folded, rule, period)
    if found is None:
        return _weekday_deadline(folded, n, unit)
    start, with_year = found
    if unit.startswith("dni rob") or unit.startswith("dzien rob"):
        if not with_year:
            return None  # the weekday needs the year
        due = _working_days_after(start, n)
        span = f"{n} dni robocze" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else f"{n} dni roboczych"
        note = " (liczę od następnego dnia, pomijam soboty i niedziele; święta przesuwają termin dalej)"
    elif lasts and unit.startswith("dni"):
        # "nabór trwa 60 dni" from its first day: that day is day 1
        due, span = start + timedelta(days=n - 1), f"{n} dni"
        note = " (pierwszy dzień to dzień 1.)"
    elif unit.startswith("dni") or unit.startswith("dniow"):
        due, span = start + timedelta(days=n), f"{n} dni"
        note = " (dnia, od którego się liczy, nie wlicza się)"
    elif unit.startswith(("mies", "miesieczn")):
        due, span, note = add_months(start, n), f"{n} miesięcy", ""
    else:
        due, span, note = add_months(start, 12 * n), f"{n} lata" if n in (2, 3, 4) else f"{n} lat", ""
    if lasts and unit.startswith("dni"):
        text = (
            f"Od {_polish_date(start, with_year)} przez {span}: ostatni dzień to {_polish_date(due, with_year)}"
            f"{' (' + due.strftime('%d.%m.%Y') + ')' if with_year else ''}{note}."
        )
        verdict = in_time(folded, due, with_year)
        return f"{verdict}\n{text}" if verdict else text
    text = (
        f"Licząc od {_polish_date(start, with_year)}: {_polish_date(start, with_year)} + {span} = "
        f"{_polish_date(due, with_year)}{' (' + due.strftime('%d.%m.%Y') + ')' if with_year else ''}{note}."
    )
    verdict = in_time(folded, due, with_year)
    return f"{verdict}\n{text}" if verdict else text


# What the rule counts from (the words after "od") and how an official names that event.
_EVENTS = (
    (re.compile(r"otrzyma|doreczen"), re.compile(r"otrzyma|dostal|wplyn|przysz|wezwa|pism|doreczon")),
    (re.compile(r"zawarci|podpisani|umow"), re.compile(r"umow|podpis|zawar")),
    # "runda zamknięta 10.02.2023": the close of a call is its end
    (
        re.compile(r"zakonczeni|akceptac|zaakcept"),
        re.compile(r"zakoncz|zaakcept|akcept|rozliczen|koniec|skoncz|zamkn|zamyk"),
    ),
)
# any event a date of the official's may belong to: the named ones and the usual others (sending, paying, invoicing)
_ANY_EVENT = re.compile(
    r"\b(?:wysla\w*|wysyl\w*|zlozy\w*|zlozon\w*|zaplac\w*|oplac\w*|zafaktur\w*|kupil\w*|zamowil\w*"
    r"|otrzyma\w*|doreczon\w*|dostal\w*|wplyn\w*|przysz\w*|wezwa\w*|podpis\w*|zawar\w*|umow\w*"
    r"|zakoncz\w*|zaakcept\w*|akcept\w*|skoncz\w*|zamkn\w*)"
)
_STARTED = re.compile(r"rusz|start|rozpocz|zacz|otwar|od\s+\d")


def _event_date(folded: str, rule: str, period: re.Match[str]) -> tuple[date, bool] | None:
    """Of several dates, the one next to the words naming the event the rule counts from: "ostatnią
    fakturę zapłaciliśmy 20.12.2023, a Operator zaakceptował rozliczenie 14.03.2024" for a period
    counted from the acceptance is 14.03.2024, not the invoice's date."""
    dates = _all_dates(folded)
    if len(dates) < 2:
        return None
    after = rule[period.end() : period.end() + 40]
    # "Za datę zakończenia uważa się dzień, w którym operator zaakceptuje … Od tej daty liczy się 2-letni
    # okres": the event may be named in the sentence before the period
    before = rule[max(0, period.start() - 160) : period.start()]
    named = next((n for counted_from, n in _EVENTS if counted_from.search(after)), None) or next(
        (n for counted_from, n in _EVENTS if counted_from.search(fold(before))), None
    )
    if named is None:
        return None
    spots = [m.start() for m in named.finditer(folded)]
    if not spots:
        return None
    # "wniosek wysłaliśmy 15.01.2026, a Operator zaakceptował rozliczenie … 16 marca 2026": a date whose nearest
    # event word is another event's ("wysłaliśmy") is that event's date, however close the named one stands
    events = [(m.start(), named.search(m.group()) is not None) for m in _ANY_EVENT.finditer(folded)]
    own = [d for d in dates if not events or min(events, key=lambda e: abs(e[0] - d[0]))[1]]
    _offset, day, with_year = min(own or dates, key=lambda d: min(abs(d[0] - spot) for spot in spots))
    return day, with_year


# "przy ogłoszeniu 4. naboru – w ciągu 14 dni od …": a period the rule gives for one round only
_ROUND_CASE = re.compile(
    r"\b(?:przy|w\s+przypadku|dla)\s+(?:ogloszeni\w*\s+)?(?P<n>\d)\.?\s*(?:nabor\w*|rund\w*)[^.;]{0,30}$"
)
_ORDINALS = {"1": "pierwsz", "2": "drug", "3": "trzec", "4": "czwart"}


def _case_named(folded: str, rule: str, period: re.Match[str]) -> bool:
    """The official's case is the one the rule's period is given for ("4. nabór"), or the rule names no case."""
    case = _ROUND_CASE.search(rule[max(0, period.start() - 80) : period.start()])
    if case is None:
        return True
    n = case.group("n")
    return bool(
        re.search(rf"\b{_ORDINALS.get(n, n)}\w*\s+(?:\w+\s+)?(?:rund|nabor)|\b{n}\s*\.?\s*(?:rund|nabor)", folded)
        or re.search(rf"\b(?:rund|nabor)\w*\s+(?:nr\s+|numer\s+)?{n}\b", folded)
    )


_FIXED_BEFORE = re.compile(r"\b(?:najpozniej\s+)?do\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>20\d\d)")
_ROUND_OF = re.compile(
    r"\b(?P<ord>pierwsz|drug|trzec)\w*\s+(?:\w+\s+)?(?:rund|nabor)|\b(?P<n>[123])\s*\.?\s*(?:rund|nabor)"
)


def _other_case(folded: str, rule: str, period: re.Match[str]) -> str | None:
    """ "druga runda zamknięta 15.01.2022 – do kiedy prośba?" against "do 18.05.2022 r., a przy 4. naborze
    – 14 dni od jego zakończenia": the official's round (named) takes the fixed date, not the period."""
    case = _ROUND_CASE.search(rule[max(0, period.start() - 80) : period.start()])
    fixed = list(_FIXED_BEFORE.finditer(rule[: period.start()]))
    if case is None or not fixed or _ROUND_OF.search(folded) is None:
        return None
    due = date(int(fixed[-1].group("y")), int(fixed[-1].group("m")), int(fixed[-1].group("d")))
    n = case.group("n")
    return (
        f"Dla Waszej rundy obowiązuje stały termin: najpóźniej do {_polish_date(due, True)} "
        f"({due.strftime('%d.%m.%Y')}); termin liczony od zakończenia naboru dotyczy tylko {n}. naboru."
    )


def _same_event(folded: str, rule: str, period: re.Match[str], lasts: bool) -> bool:
    if lasts:
        return bool(_STARTED.search(folded))
    after = rule[period.end() : period.end() + 40]
    for counted_from, named in _EVENTS:
        if counted_from.search(after):
            return bool(named.search(folded))
    # "Za datę zakończenia uważa się dzień, w którym operator zaakceptuje … Od tej daty liczy się 2-letni okres":
    # the event named in the sentence before. The official's only date, next to another event ("podpisaliśmy
    # umowę 5 marca 2022 – kiedy najpóźniej skończyć projekt?"), is not the date the period counts from.
    before = fold(rule[max(0, period.start() - 160) : period.start()])
    own = next((named for counted_from, named in _EVENTS if counted_from.search(before)), None)
    dates = _all_dates(folded)
    if own is not None and len(dates) == 1:
        near = folded[max(0, dates[0][0] - 40) : dates[0][0]]
        others = [named for _counted_from, named in _EVENTS if named is not own]
        if not own.search(near) and any(other.search(near) for other in others):
            return False
    return True  # "2-letni okres" and the like: the entry's own event


def _weekday_deadline(folded: str, n: int, unit: str) -> str | None:
    """ "wezwanie dostaliśmy w piątek" + 3 working days → środa (the weekday is all that is known)."""
    match = _WEEKDAY.search(folded)
    if match is None or not unit.startswith(("dni rob", "dzien rob")):
        return None
    index = next(i for i, prefix in enumerate(_WEEKDAYS) if match.group("day").startswith(prefix))
    start = date(2024, 1, 1) + timedelta(days=index)  # 1 January 2024 was a Monday
    due = _working_days_after(start, n)
    return (
        f"Licząc od dnia otrzymania ({_WEEKDAY_NAMES[index]}): termin {n} dni roboczych upływa w "
        f"{_WEEKDAY_ACCUSATIVE[due.weekday()]} (soboty i niedziele się nie liczą; święto przesuwa termin dalej)."
    )


_ABSOLUTE = re.compile(
    r"\b(?:do|najpozniej|nie\s+pozniej\s+niz)\s+(?:dnia\s+|do\s+)?(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>20\d\d)"
)


# "skończył się 30 czerwca", "trwał do 30.06", "termin mija 14 grudnia": the date named is the end itself
_CLAIMED_END = re.compile(
    r"(?:skonczy\w*|zakonczy\w*|konczy\w*|zamkni\w*|zamyka\w*|trwa\w*(?:\s+\w+)?\s+do|termin\w*(?:\s+\w+)?\s+"
    r"(?:to|mija|uplywa|uplynal)|mija\w*|uplywa\w*|uplynal\w*)\s+(?:sie\s+)?(?:do\s+|w\s+dniu\s+|dnia\s+|z\s+dniem\s+)?$"
)


def _absolute_deadline(folded: str, rule: str) -> str | None:
    """ "czy zdążymy, jeśli złożymy 10 grudnia?" against a dated deadline the entry states."""
    match = _ABSOLUTE.search(rule)
    found = _question_date(folded)
    if match is None or found is None or not _IN_TIME_CUE.search(folded):
        return None
    due = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    asked, with_year = found
    if not with_year:
        asked = asked.replace(year=due.year)
    shown = _polish_date(asked, True)
    offsets = [offset for offset, day, _y in _all_dates(folded) if day == found[0]]
    if offsets and _CLAIMED_END.search(folded[max(0, offsets[0] - 40) : offsets[0]]):
        # "nabór skończył się 30 czerwca 2023, tak?": the date is the end the official believes in, not a plan
        if asked == due:
            return f"Tak, termin to {_polish_date(due, True)}."
        return f"Nie – termin to {_polish_date(due, True)}, nie {shown}."
    if asked <= due:
        left = (due - asked).days
        days = "ten sam dzień" if left == 0 else f"{left} {'dzień' if left == 1 else 'dni'} przed terminem"
        return f"Tak, zdążycie: {shown} to {days} ({_polish_date(due, True)})."
    return f"Nie, {shown} to już po terminie ({_polish_date(due, True)})."


def _reduction(folded: str, rule: str) -> str | None:
    match = _REDUCTION.search(rule)
    amount = _largest_amount(folded)
    if match is None or amount is None:
        return None
    pct = _number(match.group("pct") or match.group("pct2") or "")
    if pct is None:
        return None
    cut = (amount * pct / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    left = amount - cut
    return (
        f"Obniżenie o {_pct(pct)}%: {_zl(amount)} × {_pct(pct)} / 100 = {_zl(cut)}; "
        f"zostaje {_zl(amount)} − {_zl(cut)} = {_zl(left)}."
    )


# "1,5 roku", "półtora roku", "pół roku": a year and a half is 18 months, never "5 roku"
_YEAR_COUNTS = re.compile(r"(?<![\d,.])(?P<n>[1-9](?:[,.]5)?|poltora|pol)\s+(?:lat|lata|rok|roku)\b")
_YEAR_WORDS = {"poltora": Decimal("1.5"), "pol": Decimal("0.5")}


def _proportional(folded: str, rule: str) -> str | None:
    if "proporcjonaln" not in rule:
        return None
    amount = _largest_amount(folded)
    months = [int(m.group("n")) for m in _MONTH_COUNTS.finditer(folded)]
    # "licencja na 3 lata …, a w okresie mieszczą się 2 lata": every span in years counts too
    months += [
        int(12 * (_YEAR_WORDS.get(m.group("n")) or Decimal(m.group("n").replace(",", "."))))
        for m in _YEAR_COUNTS.finditer(folded)
    ]
    named = next((n for key, n in _TERM_LENGTH.items() if key in folded), None)
    if len(months) == 1 and named is not None:
        months.append(named)
    if len(months) == 1:
        # "licencja na 12 miesięcy od 1.03.2023 …, okres kwalifikowalności od 1.06.2023 do 31.12.2024": the months
        # of the licence that fall within the window
        within = _months_within(folded, months[0])
        if within is not None:
            months.append(within)
    if amount is None or len(months) < 2:
        return None
    total, eligible = max(months), min(months)
    if total <= 0 or eligible <= 0 or eligible == total:
        return None
    share = (amount * eligible / total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return (
        f"Część proporcjonalna do okresu kwalifikowalności: {_zl(amount)} × {eligible}/{total} = {_zl(share)} "
        f"z grantu; pozostałe {_zl(amount - share)} z własnych środków."
    )


# "na 12 miesięcy od 1.03.2023": the licence's length and its first day
_LICENCE_FROM = re.compile(r"(?P<n>\d+)\s*(?:mies\w*|m-c\w*|mc\b)\s+(?:od|poczawszy\s+od|liczac\s+od)\s+(?=\d)")


def _months_within(folded: str, total: int) -> int | None:
    """Whole months of a licence (its length and first day told) inside the window told by the other dates (from
    the first of them, up to the last when there are two); None unless the window cuts the licence."""
    told = _LICENCE_FROM.search(folded)
    if told is None or int(told.group("n")) != total:
        return None
    dates = _all_dates(folded)
    start = next((d for pos, d, with_year in dates if pos == told.end() and with_year), None)
    others = [d for pos, d, with_year in dates if pos != told.end() and with_year]
    if start is None or not 1 <= len(others) <= 2:
        return None
    end = add_months(start, total)
    window_start = others[0]
    window_end = others[1] + timedelta(days=1) if len(others) == 2 else end
    first, last = max(start, window_start), min(end, window_end)
    if first >= last or (first, last) == (start, end):
        return None
    if first.day != start.day or last.day != start.day:
        return None  # not whole months
    months = (last.year - first.year) * 12 + last.month - first.month
    return months if 0 < months < total else None


def states_proportional(question: str, entry_answer: str) -> bool:
    """The official's price and two periods are what the entry's proportional rule takes."""
    return _proportional(fold(question), fold(entry_answer)) is not None


def states_net_threshold(question: str, entry_answer: str) -> bool:
    """The official's amount meets the entry's net threshold rule ("powyżej 50 000 zł netto"):
    the figures themselves say the entry is the one asked about."""
    return _net_threshold(fold(question), fold(entry_answer)) is not None


# "pani z zamówień mówi, że baza jest dopiero od 70 tys brutto": a threshold the official was told,
# not the price of what they buy; it is corrected, never measured against the rule.
_CLAIMED_THRESHOLD = re.compile(
    rf"\b(?:dopiero\s+)?(?:od|powyzej|ponad|prog\w*(?:\s+(?!to\b|wynosi\b|jest\b)\w+){{0,6}}?(?:\s+(?:to|wynosi|jest))?)\s+"
    rf"(?P<amount>(?:{_NUMBER})\s*(?:tys\w*\.?|k\b|mln\w*\.?)?\s*(?:zl\w*|pln)?)(?P<kind>\s*(?:netto|brutto))?"
)


# "macierz jest za ponad 50 tys netto", "kosztowała powyżej 60 tys.": "ponad" after the price's own words is the price
# (above that figure), not a threshold the official was told
_PRICE_BEFORE = re.compile(r"\b(?:za|kosztu\w*|kosztowa\w*|kosztow\w*|wart\w*|wynosi\w*|cena|cene)\s+(?:jest\s+)?$")
_PRICE_ABOVE = re.compile(
    rf"\b(?:za|kosztu\w*|kosztowa\w*|kosztow\w*|wart\w*|wynosi\w*|cena|cene)\s+(?:jest\s+)?(?:ponad|powyzej)\s+"
    rf"(?P<amount>(?:{_NUMBER})\s*(?:tys\w*\.?|k\b|mln\w*\.?)?\s*(?:zl\w*|pln)?)"
)


# "15 laptopów po 4200 zł brutto", "12 przełączników z 802.1X i VLAN po 7 380 zł": a count of items at a unit price
_QUANTITY_AT = re.compile(
    rf"(?<![\d.,])(?P<n>\d{{1,4}})\s+(?:szt\w*\.?\s+)?(?P<what>[a-z][\w.]*(?:\s+[\w.]+){{0,7}}?)\s+po\s+"
    rf"(?P<price>(?:{_NUMBER})\s*(?:tys\w*\.?)?\s*(?:zl\w*|pln))"
)


def purchase_total(folded: str) -> tuple[Decimal, list[str]] | None:
    """The sum of the official's "N items at X zł" lines, with the multiplication shown; None without any."""
    lines, total = [], Decimal(0)
    for match in _QUANTITY_AT.finditer(folded):
        n, price = int(match.group("n")), parse_amount(match.group("price"))
        if price is None or n < 2:
            continue
        value = price * n
        total += value
        lines.append(f"{n} × {_zl(price)} = {_zl(value)}")
    if not lines:
        return None
    if len(lines) > 1:
        lines.append(f"Razem: {_zl(total)}")
    return total, lines


# "3 faktury: 20 000, 18 000 i 15 000 zł netto na ten sam sprzęt – liczymy je razem?": the sum is asked
_SUM_ASKED = re.compile(r"\b(?:razem|lacznie|sumuj\w*|zsumow\w*|w\s+sumie|dodaj\w*|ten\s+sam\w*\s+(?:sprzet|zakup))")


# "potem fakturę korygującą na +12 300 zł": a correcting invoice changes the value of the same purchase
_CORRECTION = re.compile(r"\bkorygujac\w*|\bkorekt\w*")
_MINUS_BEFORE = re.compile(r"(?:[-−–]|\bminus)\s*$")


def _summed_amounts(folded: str) -> tuple[Decimal, list[str]] | None:
    """Several amounts of one purchase added up when the official asks about them together, or an invoice and
    its correction (a correction "na -5 000 zł" takes away); None otherwise."""
    correction = _CORRECTION.search(folded) is not None
    if not _SUM_ASKED.search(folded) and not correction:
        return None
    amounts = [
        -v if correction and _MINUS_BEFORE.search(folded[: m.start()]) else v
        for m in _AMOUNT.finditer(folded)
        if (m.group("cur") or _PRICED.match(folded, m.end())) and (v := parse_amount(m.group(0))) and v >= 100
    ]
    if len(amounts) < 2:
        return None
    total = sum(amounts, Decimal(0))
    steps = _zl(amounts[0]) + "".join(f" − {_zl(-a)}" if a < 0 else f" + {_zl(a)}" for a in amounts[1:])
    return total, [f"{steps} = {_zl(total)}"]


def _net_threshold(folded: str, rule: str) -> str | None:
    threshold_match = _NET_THRESHOLD.search(rule)
    if threshold_match is None:
        return None
    threshold = _number(threshold_match.group("amount"))
    claims = [
        m
        for m in _CLAIMED_THRESHOLD.finditer(folded)
        if parse_amount(m.group("amount")) and not _PRICE_BEFORE.search(folded[: m.start()])
    ]
    rest = folded
    for claim in claims:
        rest = rest[: claim.start()] + " " * (claim.end() - claim.start()) + rest[claim.end() :]
    if claims:
        # "baza jest dopiero od 130 tys., dobrze rozumiem?": the only figure is the threshold the official was
        # told; with no price of their own there is nothing to measure (the claim is corrected elsewhere)
        amount = _largest_amount(rest)
        if amount is None:
            return None
    else:
        amount = _largest_amount(folded)
    lines = []
    counted = purchase_total(rest) or _summed_amounts(rest)
    if counted is not None:
        # "15 laptopów po 4200 zł brutto": the purchase is the count times the price, not the unit price
        amount, steps = counted
        lines.append("Wartość zakupu: " + "; ".join(steps) + ".")
    if threshold is None or amount is None:
        return None
    vat = _VAT.search(folded)
    if _GROSS.search(folded) or vat:
        rate = Decimal(vat.group("rate") or vat.group("rate2")) if vat else Decimal(23)
        net = (amount / (1 + rate / 100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        lines.append(f"Kwota netto: {_zl(amount)} / {1 + rate / 100:.2f} = {_zl(net)}".replace(".", ",", 1) + ".")
    else:
        net = amount
    above = next(
        (m for m in _PRICE_ABOVE.finditer(folded) if parse_amount(m.group("amount")) == amount and net >= threshold),
        None,
    )
    if above is None and any(parse_amount(m.group("amount")) == amount for m in _PRICE_ABOVE.finditer(folded)):
        return None  # "firewall za ponad 40 tys. netto": above a figure under the threshold – the figures cannot tell
    if above is not None:
        # "macierz jest za ponad 50 tys netto": a price above the threshold's own figure is above the threshold
        lines.append(f"Tak: ponad {_zl(net)} netto to więcej niż próg {_zl(threshold)} netto, więc trzeba.")
    elif net > threshold:
        lines.append(f"Tak: {_zl(net)} netto to więcej niż próg {_zl(threshold)} netto, więc trzeba.")
    else:
        lines.append(f"Nie: {_zl(net)} netto nie przekracza progu {_zl(threshold)} netto.")
    for claim in claims:
        told = parse_amount(claim.group("amount"))
        kind = (claim.group("kind") or "").strip()
        if told is not None and (told != threshold or kind == "brutto"):
            lines.append(f"Próg to {_zl(threshold)} netto, nie {_zl(told)}{' ' + kind if kind else ''}.")
    # the verdict first: a yes/no question is answered in its first word
    verdict = next(i for i, line in enumerate(lines) if line.startswith(("Tak:", "Nie:")))
    return "\n".join([lines[verdict], *lines[:verdict], *lines[verdict + 1 :]])


def _clock(folded: str, rule: str) -> str | None:
    deadline = _HOUR_DEADLINE.search(rule)
    asked = _CLOCK.search(folded)
    if deadline is None or asked is None:
        return None
    if re.search(r"\bdo\s+(?:godz\w*\.?\s+|godzinie\s+)?$", folded[: asked.start("h")]):
        return None  # "trwał do 14 grudnia do 16:00?": the official quotes the deadline, no submission time
    limit = (int(deadline.group("h")), int(deadline.group("m")))
    when = (int(asked.group("h")), int(asked.group("m")))
    shown = f"{when[0]}:{when[1]:02d}"
    if when == limit:
        return (
            f"Na granicy: termin mija o godzinie {shown} ostatniego dnia naboru – liczy się, czy wniosek "
            "wpłynął przed nią."
        )
    if when < limit:
        return f"Tak, zdążycie: {shown} jest przed terminem – godziną {limit[0]}:{limit[1]:02d} ostatniego dnia naboru."
    return f"Nie: {shown} to już po godzinie {limit[0]}:{limit[1]:02d}, do której trzeba złożyć wniosek."


def _span_days(folded: str, rule: str) -> str | None:
    """ "ile dni trwał nabór?" against "od 19.07.2023 r. do 14.12.2023 r." in the entry."""
    match = _SPAN.search(rule)
    if match is None or not _HOW_MANY_DAYS.search(folded):
        return None
    try:
        first = date(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))
        last = date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    except ValueError:
        return None
    if last <= first:
        return None
    today = _question_date(folded) if _DAYS_LEFT.search(folded) else None
    if today is not None and today[1] and first <= today[0] <= last:
        # "dziś jest 1 grudnia 2023 – ile dni zostało do końca naboru?": from the day told to the end, not the span
        left = (last - today[0]).days
        return (
            f"Od {_polish_date(today[0], True)} do {_polish_date(last, True)} zostało {left} dni "
            f"(ostatni dzień to {last:%d.%m.%Y} r.)."
        )
    days = (last - first).days
    return (
        f"Od {_polish_date(first, True)} do {_polish_date(last, True)} jest {days} dni różnicy dat "
        f"({days + 1} dni kalendarzowych, licząc pierwszy i ostatni dzień)."
    )


def _dated_purchase(folded: str, start: date) -> str | None:
    """An invoice dated to the day before the window opens ("faktura z 31.01.2020")."""
    found = _question_date(folded)
    if found is None or not found[1] or found[0] >= start:
        return None
    return (
        f"Nie – wydatek z {found[0].strftime('%d.%m.%Y')} jest sprzed {_polish_date(start, True)}, od kiedy "
        "wydatki są kwalifikowalne, więc nie wchodzi do rozliczenia."
    )


def _window_start(folded: str, rule: str, end: date | None = None) -> str | None:
    start_match = _DATED_FROM.search(rule)
    if start_match is None or not re.search(r"faktur|rachun|kupi|zakup|wydat|koszt", folded):
        return None
    start = date(int(start_match.group("y")), int(start_match.group("m")), int(start_match.group("d")))
    said = list(_MONTH_YEAR.finditer(folded))
    if end is not None and len(said) > 1:
        # "faktura z 20 grudnia 2023, ale przelew poszedł 10 stycznia 2024": the latest date said decides the end of
        # the window, not the first one
        latest = max(said, key=lambda m: (int(m.group("year")), month_number(m.group("month"))))
        month, year = month_number(latest.group("month")), int(latest.group("year"))
        if date(year, month, 1) > end:
            return (
                f"Nie – {_MONTH_NAMES_NOM[month - 1]} {year} jest już po {end:%d.%m.%Y} r., do kiedy najpóźniej "
                "wydatki są kwalifikowalne; wydatek poniesiony (zapłacony) po tym dniu nie mieści się w tym okresie."
            )
    # "umowę podpisaliśmy w kwietniu 2022, a skanery kupiliśmy w marcu 2021": the date nearest the purchase is its date
    bought = [m.start() for m in re.finditer(r"faktur|rachun|kupi|zakup|wydat|koszt", folded)]
    asked = min(said, key=lambda m: min(abs(m.start() - b) for b in bought)) if said and bought else None
    if asked is None:
        return _dated_purchase(folded, start)
    month = month_number(asked.group("month"))
    year = int(asked.group("year"))
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    first_day = date(year, month, 1)
    when = f"{_MONTH_NAMES_NOM[month - 1]} {year}"
    if last_day < start:
        return (
            f"Nie – wydatek z okresu {when} jest sprzed {_polish_date(start, True)}, od kiedy wydatki są "
            "kwalifikowalne, więc nie wchodzi do rozliczenia."
        )
    if end is not None and first_day > end:
        return (
            f"Nie – wydatek z okresu {when} jest po {_polish_date(end, True)}, do kiedy najpóźniej wydatki "
            "są kwalifikowalne, więc nie wchodzi do rozliczenia."
        )
    if end is not None and last_day > end:
        return None  # the month straddles the end: the day decides
    if first_day >= start:
        if _LOSS_CLAIMED.search(folded):
            # "…, więc faktura z listopada przepada. Czy to prawda?": a "Tak" would confirm the loss
            return (
                f"Pod tym względem wydatek się mieści: {when} jest po {_polish_date(start, True)}, od kiedy "
                "wydatki są kwalifikowalne."
            )
        return (
            f"Tak, pod tym względem: {when} mieści się po {_polish_date(start, True)}, od kiedy wydatki są "
            "kwalifikowalne."
        )
    return None


# The official's claim that a cost is lost: the question "czy to prawda?" is about that claim
_LOSS_CLAIMED = re.compile(
    r"\bprzepad\w*|\bodpad\w*|\bstraci\w*|\btracimy\b|\bniekwalifik\w*"
    r"|\bnie\s+(?:wejdzie|wejda|przejdzie|przejda|kwalifikuj\w*|zostanie\s+uznan\w*|do\s+rozliczenia)"
)


_MONTH_NAMES_NOM = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)


# "w CP dostaliśmy 350 tys., a z CS ile dostanie powiat i ile to razem z obu": a sum across
# programmes, of the official's figures and the amounts the documents fix.
_TOTAL_ASK = re.compile(r"\b(?:razem|lacznie|w\s+sumie|sum[aey]\w*|sumarycznie|ogolem|lacznej?)\b")
_PROGRAMME_AT = re.compile(
    r"\b(?P<cg>cg|cyfrow\w*\s+gmin\w*)\b|\b(?P<cp>cp|cyfrow\w*\s+powi\w*)\b"
    r"|\b(?P<cs>cs|cyber\w*(?:\s+samo\w*)?)\b"
)
_GRANT_HELD = re.compile(
    r"\b(?:z|ze|w)\s+(?:cg|cp|cs|cyfrow\w*\s+\w+|cyber\w*(?:\s+samo\w*)?)\s+(?:\w+\s+)?"
    r"(?P<amount>\d{1,3}(?:[ \u00a0]\d{3})+)(?!\d|[,.]\d|\s*(?:mieszk\w*|osob\w*|ludn\w*))"
)
_LEVEL_POWIAT_OR_VOIVODESHIP = re.compile(r"\bpowiat\w*|\bpowiec\w*|\bstarost\w*|\bwojewodztw\w*|\bmarszal\w*")


# "wydaliśmy 310 tys. na firewall i 240 tys. na SIEM – ile zostaje?": the grant less what was spent
_LEFT_ASK = re.compile(
    r"\bile\s+(?:\w+\s+){0,2}?(?:zostaj\w*|zostanie|zostalo|pozostaj\w*|pozostanie|pozostalo)\b"
    r"|\bile\s+(?:\w+\s+){0,2}?(?:mozemy|mozna)\s+(?:jeszcze\s+)?wydac\b|\bco\s+(?:nam\s+)?zostaje\b"
    # "ile jeszcze mamy", "ile nam jeszcze zostaje do wydania"
    r"|\bile\s+(?:nam\s+)?jeszcze\s+(?:mamy|zosta\w*|pozosta\w*)\b"
)
# "firewall za 300 tys., SIEM za 400 tys. – o ile przekraczamy maksymalny grant?", "ile nam zabraknie?": the planned
# costs against the grant, the excess asked
_OVER_ASK = re.compile(
    r"\bo\s+ile\s+(?:\w+\s+){0,2}?(?:przekracz\w*|przekrocz\w*|wychodz\w*\s+ponad|jestesmy\s+ponad|za\s+duzo)"
    r"|\bile\s+(?:\w+\s+){0,2}?(?:brakuje|zabraknie|brakowac\s+bedzie)\b"
)
# "wydaliśmy już 60 %", "wykorzystaliśmy na razie 35 proc.": a share of the grant spent
_SPENT_SHARE = re.compile(
    r"\b(?:wydal\w*|wydam\w*|wydano|wydane\w*|wykorzyst\w*|rozliczyl\w*|poszl\w*|zuzyl\w*)\s+(?:\w+\s+){0,3}?"
    r"(?P<pct>\d{1,2}(?:[.,]\d+)?)\s*(?:%|proc\w*)"
)
_FULL_GRANT = re.compile(
    r"\bpeln\w*\s+(?:wysokos\w*|grant\w*)|\bmaksymaln\w*\s+(?:grant\w*|kwot\w*)|\bcal\w*\s+grant\w*"
)


def _remaining(folded: str, programmes: Sequence[str], computed: Decimal | None = None) -> Computation | None:
    over = _OVER_ASK.search(folded) is not None
    if not _LEFT_ASK.search(folded) and not over:
        return None
    amounts = [value for _pos, value in _money_amounts(folded)]
    share = _SPENT_SHARE.search(folded)
    if share is not None:
        # "grant 350 tys., wydaliśmy 60 proc. – ile jeszcze mamy?": the grant less the share spent (of the grant the
        # formula just computed, or the one amount named)
        base = computed or _grant_among_amounts(folded) or (amounts[0] if len(set(amounts)) == 1 else None)
        pct = _number(share.group("pct"))
        if base is None or pct is None or not 0 < pct <= 100:
            return None
        spent_value = (base * pct / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        left_value = base - spent_value
        text = (
            f"Wydane: {_pct(pct)}% × {_zl(base)} = {_zl(spent_value)}.\n"
            f"{_zl(base)} − {_zl(spent_value)} = {_zl(left_value)}.\nZostaje {_zl(left_value)} grantu."
        )
        return Computation("remaining", text, (), (), programmes[0] if len(programmes) == 1 else None)
    grant = _grant_among_amounts(folded)
    citations: tuple[Citation, ...] = ()
    lead = ""
    if (
        grant is None
        and list(programmes) == ["cs"]
        and _LEVEL_POWIAT_OR_VOIVODESHIP.search(folded)
        and _FULL_GRANT.search(folded)
    ):
        # "jesteśmy powiatem, grant w pełnej wysokości": the schemat fixes the grant of a powiat or województwo
        fact = get_programme("cs").fact("fixed_grant_powiat_wojewodztwo")
        grant, citations = fact.decimal, (fact.citation,)
        lead = f"Dla powiatów i województw grant w programie Cyberbezpieczny Samorząd wynosi {_zl(grant)}.\n"
    if grant is None:
        return None
    spent = [value for value in amounts if value != grant]
    if not spent or len(spent) > MAX_SPENT:
        return None
    total = sum(spent, Decimal(0))
    left = grant - total
    named = " + ".join(_zl(v) for v in spent)
    costs = "Wydatki" if over else "Wydane"
    text = f"{lead}{costs}: {named} = {_zl(total)}.\n{_zl(grant)} − {_zl(total)} = {_zl(left)}."
    text += (
        f"\nZostaje {_zl(left)} grantu."
        if left >= 0
        else f"\nWydatki przekraczają grant o {_zl(-left)}: tę część pokrywacie z własnych środków."
    )
    return Computation("remaining", text, citations, (), programmes[0] if len(programmes) == 1 else None)


MAX_SPENT = 6


def _money_amounts(folded: str) -> list[tuple[int, Decimal]]:
    """Money the official names (with a currency or a multiplier, or said net or gross): (position, amount)."""
    found = []
    for match in _AMOUNT.finditer(folded):
        # "doradztwo kosztowało 24 600 brutto": a figure said net or gross is money even without "zł"
        priced = _PRICED.match(folded, match.end()) is not None and len(match.group("num")) >= 4
        if not (match.group("cur") or match.group("mult") or priced):
            continue
        value = parse_amount(match.group(0))
        if value is not None and value >= 1000:
            found.append((match.start(), value))
    return found


_MOST = re.compile(r"\bmaks\w*|\bmax\b|\bnajwiec\w*|\bnajwyzsz\w*|\bgorn\w*")
_LEAST = re.compile(r"\bnajmniej\b|\bminim\w*|\bmin\b|\bnajniz\w*|\bdoln\w*")


def _total_of_maxima(folded: str, codes: list[str]) -> Computation | None:
    """ "ile maksymalnie powiat mógł dostać łącznie z CP i CS": the sum of the programmes' maximum
    grants for one kind of unit (a gmina: CG and CS; a powiat: CP and CS)."""
    if codes not in (["cg", "cs"], ["cp", "cs"]):
        return None  # CG is for gminas, CP for powiaty: no unit gets both
    first, cs = get_programme(codes[0]), get_programme("cs")
    powiat = codes[0] == "cp"
    cs_fact = cs.fact("fixed_grant_powiat_wojewodztwo") if powiat else cs.fact("max_grant")
    total = first.max_grant + cs_fact.decimal
    cs_words = "stała kwota dla powiatu" if powiat else "najwyżej, dla gminy"
    text = (
        f"{first.name}: najwyżej {_zl(first.max_grant)}.\n"
        f"{cs.name}: {_zl(cs_fact.decimal)} ({cs_words}).\n"
        f"Razem najwyżej: {_zl(first.max_grant)} + {_zl(cs_fact.decimal)} = {_zl(total)}."
    )
    citations = (first.fact("max_grant").citation, cs_fact.citation)
    return Computation("total", text, citations, (f"{codes[0]}-kwota-min-max", "cs-kwota-min-max"), None, total)


def _total(folded: str, programmes: Sequence[str]) -> Computation | None:
    """The official's grant in one programme plus another programme's grant the documents fix."""
    if not _TOTAL_ASK.search(folded) or not re.search(r"\bile\b|\bjaka\b|\bjaki\b", folded):
        return None
    mentions = [(m.start(), m.lastgroup) for m in _PROGRAMME_AT.finditer(folded) if m.lastgroup]
    codes = list(dict.fromkeys(code for _pos, code in mentions if code is not None))
    amounts = _money_amounts(folded)
    if len(codes) == 2 and not amounts and _MOST.search(folded):
        return _total_of_maxima(folded, sorted(codes))
    if not amounts:
        # "z cp mamy trzysta dziesięć tysięcy" (the words already digits: "310 000"): a grouped figure right
        # after the programme it came from is the grant received there
        held = [(m.start("amount"), _number(m.group("amount"))) for m in _GRANT_HELD.finditer(folded)]
        amounts = [(pos, amount) for pos, amount in held if amount is not None]
    if len(codes) != 2 or len(amounts) != 1:
        return None
    # the figure belongs to the programme named nearest before it (or right after it)
    position, given = amounts[0]
    before = [code for pos, code in mentions if pos <= position]
    owner = before[-1] if before else mentions[0][1]
    other = next(c for c in codes if c != owner)
    assert owner is not None
    level_fixed = "cp" in codes or _LEVEL_POWIAT_OR_VOIVODESHIP.search(folded)
    programme = get_programme(other)
    fixed = programme.get("fixed_grant_powiat_wojewodztwo")
    if other == "cs" and not level_fixed and (_LEAST.search(folded) or _MOST.search(folded)):
        # "z CG dostaliśmy 187 300 zł, a z CS ile najmniej może dostać gmina i ile to razem": a gmina's CS
        # grant is a range; the bound asked for is the one to add
        least = bool(_LEAST.search(folded))
        bound = programme.fact("min_grant" if least else "max_grant")
        total = given + bound.decimal
        words = "co najmniej" if least else "najwyżej"
        text = (
            f"{programme.name}: gmina może dostać {words} {_zl(bound.decimal)}.\n"
            f"Razem z obu programów {words}: {_zl(given)} ({get_programme(owner).name}) + {_zl(bound.decimal)} "
            f"({programme.name}) = {_zl(total)}."
        )
        return Computation("total", text, (bound.citation,), ("cs-kwota-min-max",), None, total)
    if other != "cs" or fixed is None or not level_fixed:
        return None  # the other grant depends on the unit (a list or a formula): no sum to state
    total = given + fixed.decimal
    owner_name, other_name = get_programme(owner).name, programme.name
    text = (
        f"{other_name}: powiat (i województwo) dostaje stałą kwotę {_zl(fixed.decimal)}.\n"
        f"Razem z obu programów: {_zl(given)} ({owner_name}) + {_zl(fixed.decimal)} ({other_name}) = {_zl(total)}."
    )
    return Computation(
        "total", text, (fixed.citation,), ("cs-kwota-powiat-wojewodztwo", "cs-kwota-min-max"), None, total
    )


# "gdyby wszystkie 314 powiatów wzięły po 350 tys., ile to razem i czy zmieści się w alokacji": a count
# times an amount, against the programme's allocation.
_EACH = re.compile(
    rf"\b(?P<n>\d{{1,3}}(?:[ .]\d{{3}})*|\d+)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:powiat\w*|gmin\w*|jst|jednost\w*|wojewodztw\w*|wnioskow|wnioski|grantow|granty|samorzad\w*)\b"
    rf"(?:\s+\w+){{0,4}}?\s+po\s+(?P<amount>(?:{_NUMBER})\s*(?:tys\w*\.?|k\b|mln\w*\.?|milion\w*)?\s*(?:zl\w*|pln)?)"
)
_ALLOCATION_ASK = re.compile(
    r"\balokac\w*|\bpul[aiey]\b|\bzmiesc\w*|\bzmiesci\w*|\bmiesci\w*|\bstarcz\w*|\bwystarcz\w*"
)


def _allocation_fit(folded: str, programmes: Sequence[str]) -> Computation | None:
    """A count of units times a grant each, against the one programme's allocation."""
    codes = [c for c in programmes if c in ("cg", "cp", "cs")]
    match = _EACH.search(folded)
    if match is None or len(codes) != 1:
        return None
    count = _number(match.group("n"))
    each = parse_amount(match.group("amount"))
    if count is None or each is None or count <= 0 or each <= 0 or count != count.to_integral():
        return None
    product = count * each
    n = f"{int(count):,}".replace(",", " ")
    lines = [f"{n} × {_zl(each)} = {_zl(product)}."]
    programme = get_programme(codes[0])
    citations: tuple[Citation, ...] = ()
    allocation = programme.get("allocation")
    if allocation is not None and _ALLOCATION_ASK.search(folded):
        pool = allocation.decimal
        citations = (allocation.citation,)
        if product > pool:
            lines.append(
                f"To więcej niż alokacja na granty w programie {programme.name} ({_zl(pool)}) – "
                f"nie zmieściłoby się, zabrakłoby {_zl(product - pool)}."
            )
        else:
            lines.append(
                f"To mieści się w alokacji na granty w programie {programme.name} ({_zl(pool)}); "
                f"zostałoby {_zl(pool - product)}."
            )
    return Computation("product", "\n".join(lines), citations, (f"{codes[0]}-alokacja",), codes[0], product)
