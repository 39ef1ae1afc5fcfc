"""Whether a confident reply is likely wrong because it leaves the official's own figures unused.

On fresh question sets the commonest confident-wrong reply (the fourteenth pass in docs/faq.md counted
them over the first measurements of sets 11–25) is a question that brings its own data – a price, a date
of receipt, a number of inhabitants – and asks for a figure or a date that follows from it ("ile nam
wyjdzie", "do kiedy", "trzeba bazy konkurencyjności?"), answered with the matched entry's rule and no
arithmetic: the rule may be right, the reply still does not answer, and it reads as if it did.

`uncomputed_figure` recognises that shape from the question, the reply's text and whether any
arithmetic was done. It is pure (strings in, a bool out) so that the same test can be run on replies of
older engines when it is measured leave-one-set-out (docs/faq.md, fourteenth pass).
"""

from __future__ import annotations

import re

from knowledge.faq_premise import figures
from knowledge.lazy_re import lazy
from knowledge.normalize import fold

_MONTH = r"(?:stycz|lut|mar(?:ca|zec)|kwie|maj|czerw|lip|sierp|wrze|pazdziern|listopad|grud)\w*"
# The official's own data: an amount with its unit, inhabitants, a date of an event, a period of a licence.
_OWN_DATA = lazy(
    r"\d[\d\s.,]*\s*(?:zl\b|zl\w|pln\b|tys\w*|k\b|mln\b|brutto\b|netto\b)"
    r"|\d[\d\s]*(?:tys\w*\.?\s*)?mieszkan\w*|\bmieszkan\w*\s+(?:mamy\s+|jest\s+|to\s+)?\d"
    r"|\b[lg]\s*=\s*\d|\bwskaznik\w*\s+[gp]\s+(?:\w+\s+){0,2}?\d"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\s*[./ ]\s*[ivx]{1,4}\s*[./ ]\s*20\d\d\b"
    rf"|\b\d{{1,2}}\s+{_MONTH}"
    # "licencja na 36 miesięcy" is data; "w 6 miesięcy" is the rule quoted
    r"|\bna\s+\d+\s*(?:mies\b|miesi\w*)"
)
# … and it asks for a figure, a date or a verdict that follows from it.
_ASKS_FIGURE = lazy(
    r"\bile\b|\bdo\s+kiedy\b|\bkiedy\b|\bzmiesci\w*|\bzmieszcz\w*|\bwyjdzie\b|\bwychodzi\b|\bwyniesie\b"
    r"|\bjak\w*\s+kwot\w*|\bbaz\w*\s+konkurenc\w*"
)
# The figure is offered as the rule ("do 2 mln jak w gminie, prawda?", "w schemacie stoi 30.09.2023"): the
# premise check answers it (faq_premise.py), it is no data to compute with.
_CLAIM = lazy(
    r"\bprawda\b|\btak\s*\?|\bslysz\w*|\btwierdz\w*|\bupiera\w*|\bstoi\b|\bzgodnie\s+z\b|\bdobrze\s+rozum\w*"
    r"|\bzgadza\s+sie\b|\bpodobno\b|\bmowi\w*,?\s+ze\b|\bpisze,?\s+ze\b|\bczytam\w*|\bnapisan\w*|\btez\s+od\b"
    # "czy wskaźnik dla kraju to 2098,22 zł?": a figure put up for confirmation
    r"|\bczy\b[^?]*\bto\s+\d[^?]*\?"
)
# A reply that did arithmetic or checked the official's figure against the rule.
_COMPUTED = lazy(r"=|×|\bliczac\s+od\b|\bz\s+twoimi\s+danymi\b|^\W*nie\s*[:–-]|^\W*co\s+do\s+przedzialu\b")
_NUMBER = lazy(r"\d{1,3}(?:[ .\u00a0]\d{3})+|\d+")


def _numbers(folded: str) -> set[str]:
    """The figures of a text as plain digits, three or more (an amount, a count), amounts also by value
    ("2 mln zł" and "2 000 000 zł" are one figure)."""
    plain = {digits for m in _NUMBER.finditer(folded) if len(digits := re.sub(r"\D", "", m.group())) >= 3}
    return plain | {str(int(f.value)) for f in figures(folded) if f.unit == "zł"}


# "… ceny wzrosły i nie zmieścimy się w 340 tys. Czy możemy wystąpić o wyższy grant?": what is asked is in the
# sentences that end with a question mark; the sentences before them tell the situation
_ASKED_SENTENCE = lazy(r"[^.?!]*\?")


def _asking(folded: str) -> str:
    asked = " ".join(m.group() for m in _ASKED_SENTENCE.finditer(folded))
    return asked if asked.strip() else folded


# "ile maksymalnie i minimalnie i od czego to zależy?": the range and its factors are asked, not a figure that follows
# from the official's data – a reply stating both ends answers it
_RANGE_ASKED = lazy(r"\bmaks\w*\b.*\bmini?m\w*|\bmini?m\w*\b.*\bmaks\w*|\bod\s+czego\s+(?:to\s+)?zalez\w*")
_RANGE_TOLD = lazy(r"\bminimaln\w*\b.*\bmaksymaln\w*|\bod\s+\d[\d\s]*\s*zl\s+do\s+\d")


# "wskaźnik P mamy 250,10", "G = 1 850": the unit's own index – a reply that never uses it computed nothing with it,
# whatever other figure of the question (the national index) it repeats
_INDEX_TOLD = lazy(r"\b(?:wskaznik\w*\s+[gp]\s+(?:\w+\s+){0,2}?|[gp]\s*=\s*)(?P<value>\d[\d\s]*(?:[.,]\d+)?)")


def _index_unused(folded: str, answer: str) -> bool:
    told = _INDEX_TOLD.search(folded)
    if told is None:
        return False
    value = re.sub(r"\D", "", told.group("value").split(",")[0].split(".")[0])
    return len(value) >= 3 and value not in _numbers(answer)


def uncomputed_figure(question: str, reply: str, *, computed: bool) -> bool:
    """True when the question brings its own data and asks what follows from it, and the reply neither
    computed anything nor repeats any of the question's figures."""
    folded = fold(question)
    if computed or not _OWN_DATA.search(folded) or not _ASKS_FIGURE.search(_asking(folded)) or _CLAIM.search(folded):
        return False
    answer = fold(reply)
    if _RANGE_ASKED.search(_asking(folded)) and _RANGE_TOLD.search(answer):
        return False
    if _COMPUTED.search(answer[:400]):
        return False
    if _index_unused(folded, answer):
        return True
    return not (_numbers(folded) - {"2021", "2022", "2023", "2024", "2025"}) & _numbers(answer)
