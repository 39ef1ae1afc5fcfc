"""Figures an official quotes as the rule, checked against the figures of the answer.

"w CG trwałość to 3 lata, tak?", "czy w CS ankietę robi się w 6 miesięcy od umowy": the official
states a period, a share or an amount as the rule and asks whether it holds. When the answer found
states the same kind of figure and never the official's, the reply must say "Nie" and give the
documents' figure first – an entry's "Tak" would confirm the wrong premise.

Only figures quoted as the rule count (a yes/no question, or a statement with a confirmation tag
turned into one by `faq_split.without_letter`); the official's own data (a date, a price, a number of
inhabitants) is arithmetic's business (knowledge/compute.py), not a premise.

>>> premise_correction("czy w cs ankietę robi się w 6 miesięcy od umowy", "… do 30 dni od podpisania umowy …")
'Nie – według dokumentów: 30 dni, nie 6 miesięcy.'
>>> premise_correction("czy trwałość w cp trwa 2 lata", "… przez 2 lata od zakończenia …") is None
True

The event a period counts from is a premise too ("trwałość liczymy od podpisania umowy, tak?"):

>>> premise_correction("czy trwałość liczymy od podpisania umowy?", "… przez 2 lata od dnia zakończenia projektu, a …")
'Nie – według dokumentów okres liczy się od zakończenia projektu, nie od podpisania umowy.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from knowledge.money import zl
from knowledge.normalize import fold

_NUMBER = r"\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_UNITS = (
    ("dni", r"dni\w*|dzien\w*|dnia"),
    ("tygodnie", r"tydzien\w*|tygodni\w*"),
    ("miesiące", r"miesi\w*|mies\b\.?|mc\w*|m-c\w*"),
    ("lata", r"lat\b|lata\b|rok\b|roku\b"),
    ("%", r"%|proc\w*"),
    ("zł", r"(?:tys\w*\.?|mln\w*\.?|milion\w*)?\s*(?:zl\w*|pln)\b|tys\w*\.?|mln\w*\.?|milion\w*"),
)
_FIGURE = re.compile(
    rf"(?<![\d.,/-])(?P<num>{_NUMBER})\s*(?P<unit>"
    + "|".join(f"(?P<u{i}>{p})" for i, (_n, p) in enumerate(_UNITS))
    + ")",
)
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b20\d\d\s*r")
_YES_NO = re.compile(r"^\W*(?:(?:a|i|w|we|dla|z)\s+\w+\s+)?(?:a\s+)?czy\b")
_DEADLINE_OFFERED = re.compile(r"\b(?:w|do|w\s+ciagu|w\s+terminie)\s+\d+\s+(?:dni|tygodni|miesi|lat)")
_QUESTION_WORD = re.compile(
    r"\b(?:kto|komu|kogo|gdzie|ile|ilu|kiedy|jak|jaki\w*|jaka|jakie|co|czego|czym|dlaczego|ktor\w+|skad)\b"
)
# "podpisaliśmy umowę 3 miesiące temu", "sprzęt ma 10 lat": the official's situation, not a rule
_SITUATION = re.compile(
    r"\btemu\b|\bmaj\w*\s+\d|\bma\s+\d|\bsprzet\w*|\buzywan\w*|\blicencj\w*|\bsubskrypc\w*"
    # "przesunąć termin o 2 miesiące", "spóźnimy się o tydzień": a change or a delay, not the rule itself
    r"|\b(?:przesun|przedluz|wydluz|skroc|zmieni|zwieksz|zmniejsz|obniz|opozni|spozni|przekrocz)\w*"
    r"|\bo\s+\d"
    # "UTM za 63 345 zł brutto (23% VAT)": a price with its tax is what the official pays, not a rule
    r"|\bbrutto\b|\bnetto\b|\bvat\b"
    # "wskaźnik G wychodzi nam ok. 2 650 zł", "u nas wynosi 1 900 zł", "nasz G to …": the unit's own measure, told
    r"|\b(?:wychodzi|wynosi|jest|ma)\s+(?:nam|u\s+nas)\b|\bu\s+nas\s+(?:wychodzi|wynosi|jest)\b"
    r"|\bnasz\w*\s+(?:wskaznik\w*|g\b|p\b|liczb\w*|dochod\w*)"
)


@dataclass(frozen=True, slots=True)
class Figure:
    value: Decimal
    unit: str
    text: str


def _value(raw: str, unit_text: str) -> Decimal | None:
    text = raw.replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", text):
        text = text.replace(" ", "").replace(".", "")
    try:
        value = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return None
    if unit_text.startswith("tys"):
        value *= 1000
    elif unit_text.startswith(("mln", "milion")):
        value *= 1_000_000
    return value


# a Polish phone number as written: "22 182 22 94", "+48 (42) 631 21 05", "426312105"
_PHONE = re.compile(r"(?<![\d,.])(?:\+?48[\s-]*)?\(?\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d|[.,]\d)")


def _phones(folded: str) -> list[Figure]:
    found = []
    for match in _PHONE.finditer(folded):
        digits = re.sub(r"\D", "", match.group())[-9:]
        if len(digits) == 9:
            found.append(Figure(Decimal(digits), "tel.", f"{digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:]}"))
    return found


def figures(text: str) -> list[Figure]:
    """Periods, shares, amounts and phone numbers in a text: "30 dni", "5%", "350 000 zł", "22 182 22 94"."""
    folded = fold(text)
    found = _phones(folded)
    folded = _PHONE.sub(lambda m: " " * len(m.group()), folded)  # a phone's digit groups are no amounts
    for match in _FIGURE.finditer(folded):
        index = next(i for i in range(len(_UNITS)) if match.group(f"u{i}") is not None)
        unit = _UNITS[index][0]
        value = _value(match.group("num"), match.group("unit").strip())
        if value is None or (unit != "zł" and value >= 1900):
            continue  # "2023 roku" is a year, not a period
        if unit == "zł" and value < 1000:
            continue
        surface = text[match.start() : match.end()] if len(folded) == len(text) else match.group()
        found.append(Figure(value, unit, zl(value) if unit == "zł" else " ".join(surface.split())))
    return found


# "baza obowiązuje od 80 tys. zł netto, tak?": a threshold quoted with its tax basis is a rule, not a price paid
_THRESHOLD_CLAIM = re.compile(
    rf"\b(?:od|powyzej|ponad|prog\w*(?:\s+\w+){{0,6}}?\s+(?:to|wynosi|jest))\s+(?:{_NUMBER})\s*"
    r"(?:tys\w*\.?|mln\w*\.?)?\s*(?:zl\w*|pln)?\s*(?:netto|brutto)\b"
)

# "macierz jest za ponad 50 tys netto": "ponad" after the price's own words is the price (above that figure), not a
# threshold quoted as the rule
_PRICE_BEFORE = re.compile(r"\b(?:za|kosztu\w*|kosztowa\w*|kosztow\w*|wart\w*|wynosi\w*|cena|cene)\s+(?:jest\s+)?$")


def _threshold_claims(folded: str) -> list[re.Match[str]]:
    return [m for m in _THRESHOLD_CLAIM.finditer(folded) if not _PRICE_BEFORE.search(folded[: m.start()])]


def _without_threshold_claims(folded: str) -> str:
    for match in _threshold_claims(folded):
        folded = folded[: match.start()] + " " * (match.end() - match.start()) + folded[match.end() :]
    return folded


def _asks_yes_no(folded: str) -> bool:
    """ "czy …?", and "diagnozę trzeba zrobić w 60 dni od umowy?": a statement with a question mark, no question word
    and a deadline offered ("w 60 dni od …") asks yes/no too; "te 2 lata liczymy od …?" names a period known."""
    return bool(_YES_NO.search(folded)) or (
        folded.rstrip().endswith("?")
        and not _QUESTION_WORD.search(folded)
        and bool(_DEADLINE_OFFERED.search(folded) or _threshold_claims(folded))
    )


def claimed_figures(question: str) -> list[Figure]:
    """Figures a yes/no question quotes as the rule; [] for the official's own data."""
    folded = fold(question)
    situation = _SITUATION.search(_without_threshold_claims(folded))
    if not _asks_yes_no(folded) or _DATE.search(folded) or situation:
        return []
    if not _YES_NO.search(folded):
        # said without "czy", only a period is surely a rule quoted (a sum or a phone number may be the official's own),
        # and a sum said to be the threshold: "próg bazy w CS to 130 tys. netto?"
        claimed = " ".join(m.group() for m in _threshold_claims(folded))
        return [f for f in figures(question) if f.unit in _DAYS] + [f for f in figures(claimed) if f.unit == "zł"]
    return figures(question)


MAX_STATED = 2
_DAYS = {"dni": 1, "tygodnie": 7, "miesiące": 30, "lata": 365}


def _kind(figure: Figure) -> str:
    return "okres" if figure.unit in _DAYS else figure.unit


def _same(a: Figure, b: Figure) -> bool:
    """The same figure, a period in any unit ("2 lata" = "24 miesiące")."""
    if a.unit in _DAYS and b.unit in _DAYS:
        x, y = a.value * _DAYS[a.unit], b.value * _DAYS[b.unit]
        return abs(x - y) <= Decimal("0.05") * max(x, y)
    return a.value == b.value


def premise_correction(question: str, answer: str) -> str | None:
    """ "Nie – według dokumentów: X, nie Y." when the answer states the kind of figure the question
    quotes and never the quoted one; None otherwise."""
    stated = figures(answer)
    for claim in claimed_figures(question):
        same_kind = [f for f in stated if _kind(f) == _kind(claim)]
        right_values = list(dict.fromkeys(f.text for f in same_kind))
        # an answer listing many amounts (examples, ranges) states no single rule to set against the claim
        if same_kind and len(right_values) <= MAX_STATED and not any(_same(f, claim) for f in same_kind):
            right = ", ".join(right_values)
            return f"Nie – według dokumentów: {right}, nie {claim.text}."
    return event_correction(question, answer)


# "trwałość liczymy od podpisania umowy, tak?": the event a period starts from, quoted as the rule
_EVENT_CLAIM = re.compile(
    r"\bod\s+(?:dnia\s+|daty\s+|momentu\s+)?(?P<event>(?:podpisani|zawarci)\w*\s+umow\w*"
    r"(?:\s+o\s+(?:powierzeni\w*\s+|udzieleni\w*\s+)?grant\w*)?|zakupu|otrzymani\w*\s+(?:grant|srodk|pieniedz)\w*"
    r"|wyplat\w*\s+grant\w*|z[lł]ozeni\w*\s+wniosk\w*|zakonczeni\w*\s+(?:projekt|realizacj)\w*)"
)
# "… przez 2 lata od dnia zakończenia projektu": the event an entry's period starts from
_ENTRY_EVENT = re.compile(
    r"\b(?:\d+|dw\w+|trzech|sze[sś][cć]\w*|o[sś]miu)\s+(?:lat\w*|miesi\w+|dni)\s+od\s+(?:dnia\s+)?"
    r"(?P<event>[^\W\d]\w*(?:\s+[^\W\d]\w*)?)",
    re.IGNORECASE,
)
# the documents' "zawarcie umowy" is the officials' "podpisanie umowy"
_SAME_EVENT = {"podpis": "zawarc"}


def claimed_event(question: str) -> str | None:
    """The event a yes/no question quotes as the start of a period ("od podpisania umowy"), as typed."""
    folded = fold(question)
    if not _asks_yes_no(folded) or _DATE.search(folded) or re.search(r"\d{1,2}\s+[a-z]+\s+20\d\d", folded):
        return None  # a dated event is the official's data for the arithmetic
    match = _EVENT_CLAIM.search(folded)
    if match is None:
        return None
    return question[match.start("event") : match.end("event")] if len(folded) == len(question) else match.group("event")


def _event_stem(text: str) -> str:
    stem = fold(text).split()[0][:6]
    return _SAME_EVENT.get(stem, stem)


def event_correction(question: str, answer: str) -> str | None:
    """ "Nie – według dokumentów okres liczy się od X, nie od Y." when the answer's period starts from
    another event than the one the question quotes; None otherwise."""
    claim = claimed_event(question)
    if claim is None:
        return None
    match = _ENTRY_EVENT.search(answer)  # on the text as written: the reply quotes it
    if match is None or _event_stem(match.group("event")) == _event_stem(claim):
        return None
    return f"Nie – według dokumentów okres liczy się od {match.group('event')}, nie od {claim}."


def counts_from(answer: str, event: str) -> bool:
    """The answer counts a period from the event named ("od dnia zawarcia umowy" for "podpisania umowy")."""
    stems = {_event_stem(event)} | {k for k, v in _SAME_EVENT.items() if v == _event_stem(event)}
    return any(re.search(rf"\bod\s+(?:dnia\s+)?{stem}", fold(answer)) for stem in stems)
