"""A grant computed earlier in the conversation, referred to without its unit's name: "a ten grant – ile to było?",
"ten pierwszy, z gminy – przypomnij kwotę", "to tamto nasze, wiejskie – ile wyszło?", "wróćmy do naszego,
wielkopolskiego – jak wyliczyliście tamtą kwotę?".

Pure: which of the units seen the words point at, and in which programme; the grant feature computes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from knowledge.normalize import fold

# the words that point back at a grant: "ten grant", "tamto nasze", "ten pierwszy", "wróćmy do naszego"
_POINTER = re.compile(
    r"(?i)\b(?:t(?:en|ego|amt\w*|o|a|ą)\s+(?:pierwsz\w*|grant\w*|kwot\w*|nasz\w*|wynik\w*)|"
    r"pierwsz\w*\s+grant\w*|tamt\w*|wr[oó][cć]\w*\s+do\s+(?:nas|nasz\w*|tego|tamt\w*)|"
    r"wracaj\w*\s+do\s+(?:nas|nasz\w*|tego|tamt\w*)|"
    # "ile nam wyszło?", "ile to było?": the amount in the past tense is one computed before
    r"ile\s+(?:nam\s+|to\s+|ono\s+|wam\s+)?(?:wysz[lł]o|by[lł]o))\b"
)
# what is asked of it: the amount again, or how it was computed
_AMOUNT_ASKED = re.compile(r"(?i)\b(?:ile|przypomn\w*|jak\w*\s+kwot\w*|wysz[lł]\w*|wychodzi\w*)\b|\bkwot\w*\s*\?")
# "a ten grant z CG – do kiedy można było ponosić wydatki?": a question of its own about that grant
_OTHER_QUESTION = re.compile(
    r"(?i)\b(?:do\s+kiedy|od\s+kiedy|kiedy|gdzie|jak\s+d[lł]ugo|czy\s+(?:mo[zż]na|mo[zż]emy|trzeba)|co\s+(?:mo[zż]na|kupi)|"
    # "a w cp od czego zależy ta kwota?", "dlaczego ta kwota?": what the amount depends on, not the amount again
    r"od\s+czego|dlaczego|czemu|na\s+jakiej\s+podstawie|z\s+czego\s+wynika|"
    # "a ile z tego grantu na doradztwo?": a share of the grant, not the grant again
    r"z\s+(?:tego|tamtego|naszego|tej)\s+(?:grant\w*|kwot\w*)|doradz\w*|doradcz\w*|procent\w*|po[lł]ow\w*)\b|\d\s*%"
)
_HOW = re.compile(r"(?i)\bjak\b[^?]{0,30}?\b(?:wy|po|ob)?licz\w*|\bsk[aą]d\s+(?:ta|taka|ten)\b")
_FIRST = re.compile(r"(?i)\bpierwsz\w*")
_OURS = re.compile(r"(?i)\b(?:nas|nasz\w*)\b")
# a unit's kind said of it: "wiejskie", "gminy wiejskiej", "miejskie", "powiatowy"
_KINDS = (
    (re.compile(r"(?i)\bmiejsko-wiejsk\w*"), ("gmina miejsko-wiejska",)),
    (re.compile(r"(?i)(?<!miejsko-)\bwiejsk\w*"), ("gmina wiejska",)),
    (re.compile(r"(?i)\bmiejsk\w*(?!-)\b|\bmiast\w*"), ("gmina miejska", "miasto na prawach powiatu")),
    (re.compile(r"(?i)\bpowiat\w*(?!\s+ziemsk)"), ("powiat",)),
)
# "z gminy", "z cyfrowej gminy", "z powiatu": the programme of the grant pointed at
_PROGRAMME_WORD = ((re.compile(r"(?i)\bz\s+(?:cyfrowej\s+)?gminy\b"), "cg"), (re.compile(r"(?i)\bz\s+powiatu\b"), "cp"))


@dataclass(frozen=True, slots=True)
class Pointed:
    code: str
    how: bool  # the computation asked for, not only the amount
    programme: str  # "" when the words do not say


def pointed_grant(text: str, seen: list[Any], last: str) -> Pointed | None:
    """The unit of `seen` (registry units in the order their grants came up) the message points at, or None.

    `last` is the code of the grant computed last. Only a message that points back ("ten", "tamto", "pierwszy",
    "wróćmy do naszego") and asks the amount or its computation is taken."""
    if not seen or not _POINTER.search(text) or not (_AMOUNT_ASKED.search(text) or _HOW.search(text)):
        return None
    if _OTHER_QUESTION.search(text):
        return None
    folded = fold(text)
    named = [u for u in seen if len(u.name) >= 3 and re.search(rf"\b{re.escape(fold(u.name)[:5])}", folded)]
    if named:
        # "wróćmy do Szaflar – ile to było?": the unit named, whatever was computed last
        seen = named
    candidates = [u for u in seen if fold(u.wojewodztwo_name)[:6] in folded] or seen
    for words, kinds in _KINDS:
        if words.search(text):
            of_kind = [u for u in candidates if str(u.kind) in kinds]
            candidates = of_kind or candidates
            break
    if len(candidates) > 1 and (_FIRST.search(text) or _OURS.search(text)):
        candidates = candidates[:1]  # "ten pierwszy", "nasz": the unit the conversation began with
    if len(candidates) > 1:
        candidates = [u for u in candidates if u.code == last] or candidates
    if len(candidates) != 1:
        return None
    programme = next((code for words, code in _PROGRAMME_WORD if words.search(text)), "")
    return Pointed(candidates[0].code, bool(_HOW.search(text)), programme)


# "gmina, która jest siedzibą powiatu jarocińskiego", "miasto, które jest siedzibą naszego powiatu", "miasto Ełk,
# siedziba powiatu ełckiego": a town named by the powiat whose seat it is
SEAT = re.compile(
    r"(?i)(?P<lead>\b(?:gmin\w*|miast\w*|miejscowo\w*)\s*,?\s*)?(?:(?:kt[oó]r\w+|co)\s+(?:jest\s+)?)?"
    r"\bsiedzib\w*\s+(?:(?P<ours>nasz\w*)\s+)?powiatu(?:\s+(?P<adj>[^\W\d_]+))?\s*,?"
)
_ADJECTIVE_END = re.compile(r"(?:i[nń]sk|[nń]sk|ck|sk|dzk)(?:i|iego|im|ie)?$")


def seat_town(powiat: Any, units: Any) -> Any:
    """The town a powiat is named after (gostyniński → Gostynin, ełcki → Ełk), when exactly one urban or
    urban-rural gmina of the powiat carries that name; None otherwise (tatrzański: Zakopane is not named so).
    The registers do not list powiat seats: this is the name, and the reply says it is assumed."""
    stem = _ADJECTIVE_END.sub("", fold(powiat.name))
    if len(stem) < 2:
        return None
    towns = [
        u
        for u in units
        if u.powiat_code == powiat.code
        and str(u.kind) in ("gmina miejska", "gmina miejsko-wiejska")
        and fold(u.name).startswith(stem[: max(3, min(len(stem), 5))])
    ]
    return towns[0] if len(towns) == 1 else None
