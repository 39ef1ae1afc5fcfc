"""Which unit a user means among several of one name: the kind or level said ("Zamosc miasto", "gmina Suwałki",
"ta wiejska"), the region ("ta z dolnośląskiego"), the unit talked about before, or a reply to the list offered.

Pure functions over the register's candidates and the words of a message; the grant and account features use them.
"""

from __future__ import annotations

import re
from typing import Any

from bot.dialogue import texts
from bot.dialogue.parsing import strip_programmes
from knowledge.normalize import fold
from knowledge.teryt import WOJEWODZTWA

# A bare name's best register match must be at least this close ("Gniezna" 85.7 yes, "szkoły" 83.3 no).
BARE_NAME_SCORE = 85.0

# Who each programme is for (CG regulamin §4 ust. 4; CP schemat, Przewidywana liczba grantów pkt 5): the
# reason a unit is refused.
ONLY_FOR = {"cg": "tylko dla gmin", "cp": "tylko dla powiatów"}

# "ta z dolnośląskiego", "nie, chodzi o tę w powiecie wieruszowskim": the same name, picked by where it is
PICKED_REGION = re.compile(
    r"(?i)^\W*(?:(?:nie|sorry|przepraszam)\W+)?(?:chodzi\s+(?:mi\s+|nam\s+)?o\s+)?(?:ta|ten|t[eę]|tej|tego|to)\s+"
    r"(?P<prep>z|ze|w|we)\s+(?P<where>[^\d?!.,]{4,40}?)\W*$"
)
# A kind of unit in any case ("miasto", "gminę wiejską", "tę miejsko-wiejską"), folded.
# "ta wiejska", "ta wiejska, powiat zamojski", "ten miejski": a kind picked as if from a list
PICKED_KIND = re.compile(
    r"(?i)^\W*(?:ta|ten|te|tej|tego|to)\s+(?P<kind>miejsko-wiejsk\w*|miejsk\w*|wiejsk\w*)\b[^?\d]{0,40}$"
)
KIND_ONLY = re.compile(
    r"(?:(?:ta|te|tej|ten|to)\s+)?(?P<kind>miast[oau]?|miesci\w*|gmin\w*(?:\s+(?:miejsko-wiejsk|miejsk|wiejsk)\w*)?"
    r"|miejsko-wiejsk\w*|miejsk\w*|wiejsk\w*)"
)


def kind_query(kind: str) -> str:
    """The nominative kind words for a search: 'gminę wiejską' -> 'gmina wiejska', 'miasta' -> 'miasto'."""
    for stem, query in (
        ("miejsko-wiejsk", "gmina miejsko-wiejska"),
        ("miejsk", "gmina miejska"),
        ("wiejsk", "gmina wiejska"),
    ):
        if stem in kind:
            return query
    return "miasto" if kind.startswith("mia") or kind.startswith("mie") else "gmina"


_LEVEL_WORDS = (
    ("gmin", ("gmina",)),
    ("miast", ("miasto", "gmina miejska")),
    ("powiat", ("powiat",)),
    ("wojew", ("województwo",)),
)


def talked_about(candidates: Any, session: Any) -> Any:
    """The one exact candidate related to the unit of the conversation ("wracając do miasta Oleśnica" after
    powiat oleśnicki: the town in that powiat, not the one in świętokrzyskie)."""
    known = [code for code in (session.grant_unit, session.unit_code) if code]
    if not known:
        return None
    same = [c.unit for c in candidates if c.unit.code in known and c.score >= BARE_NAME_SCORE]
    if len(same) == 1:
        return same[0]  # "G dla Świnoujścia" (an inflected form) while Świnoujście is talked about: that one
    exact = [c.unit for c in candidates if c.score >= 99]
    related = [u for u in exact if any(u.code.startswith(k) or k.startswith(u.code[:4]) for k in known)]
    return related[0] if len(related) == 1 else None


def picked_near(unit: Any, candidates: Any) -> tuple[str, ...]:
    """A unit picked by the region talked about: which others share its name, and how to switch to one."""
    others = [c.unit for c in candidates if c.unit.code != unit.code]
    if not others:
        return ()
    region = re.sub(r"ie$", "iego", others[0].wojewodztwo_name)  # "łódzkie" -> "ta z łódzkiego"
    return (texts.PICKED_NEAR.format(others="; ".join(o.describe() for o in others[:3]), region=region),)


# "Michałowice koło Krakowa", "pod Warszawą (pruszkowski)": where the unit lies, said beside its name
_NEAR_PLACE = re.compile(
    r"(?i)\b(?:ko[lł]o|pod|obok|niedaleko|nieopodal|blisko)\s+(?P<place>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)"
    r"|\((?:pow\.?\s+|powiat\s+)?(?P<powiat>[a-ząćęłńóśźż]+(?:ski|cki|dzki|skie|ckie|dzkie))\)"
)


def near_place(text: str, candidates: Any) -> Any:
    """The one candidate lying where the user says ("koło Krakowa": in powiat krakowski), else None."""
    places = [fold(m.group("place") or m.group("powiat")) for m in _NEAR_PLACE.finditer(text)]
    # "koło Krakowa" -> "krak" in "powiat krakowski"; "koło Kępna" -> "kep" in "kępiński" (the adjective drops the
    # noun's last consonant), the shorter stem tried only when the longer fits none
    for stem in [p[:4] for p in places] + [p[:3] for p in places if len(p) >= 5]:
        fitting = [c.unit for c in candidates if stem in fold(c.unit.describe().split("(", 1)[-1])]
        if len(fitting) == 1:
            return fitting[0]
    return None


# the województwa by their adjectives, folded ("(wielkopolskie)", "z mazowieckiego", "woj. śląskie")
_REGION = re.compile(
    r"\b(dolnoslask|kujawsko-pomorsk|lubelsk|lubusk|lodzk|malopolsk|mazowieck|opolsk|podkarpack|podlask|pomorsk|slask"
    r"|swietokrzysk|warminsko-mazursk|wielkopolsk|zachodniopomorsk)\w*"
)


# everyday names of the województwa ("małopolska", "na mazowszu", "śląsk") -> the adjective of their name
_REGION_NAMES = (
    (re.compile(r"\bmazowsz\w*"), "mazowieckie"),
    (re.compile(r"\bslask(?:a|u|iem)?\b|\bna\s+slasku\b"), "śląskie"),
    (re.compile(r"\bpodlasi\w*|\bpodlasu\b"), "podlaskie"),
    (re.compile(r"\bpomorz\w*|\bpomorze\b"), "pomorskie"),
)
# the register's województwa by the stem the region pattern finds ("malopolsk" -> "małopolskie")
_REGION_WORDS_PL = {fold(name).removesuffix("ie"): name for name in WOJEWODZTWA.values()}


def region_named(text: str) -> str | None:
    """The one województwo a message names by its adjective or everyday name ("małopolska", "z mazowsza"), as its
    official adjective ('małopolskie'); None when it names none or several."""
    folded = fold(text)
    found = {_REGION_WORDS_PL[m.group(1)] for m in _REGION.finditer(folded) if m.group(1) in _REGION_WORDS_PL}
    found |= {name for pattern, name in _REGION_NAMES if pattern.search(folded)}
    if "pomorskie" in found and ({"kujawsko-pomorskie", "zachodniopomorskie"} & found):
        found.discard("pomorskie")  # "zachodniopomorskie" also holds "pomorsk"
    if "śląskie" in found and "dolnośląskie" in found:
        found.discard("śląskie")
    return found.pop() if len(found) == 1 else None


def in_region(text: str, candidates: Any) -> Any:
    """The one candidate in the województwo the message names ("gmina jarocin (wielkopolskie)"), else None."""
    regions = {m.group(1) for m in _REGION.finditer(fold(text))}
    if len(regions) != 1:
        return in_powiat(text, candidates)
    region = regions.pop()
    fitting = [c for c in candidates if re.search(rf"\bwoj\. {region}", fold(c.unit.describe()))]
    if len(fitting) > 1:
        return kind_beside(text, fitting)  # "Gmina Brzeziny (łódzkie, wiejska)": the region, then the kind
    return fitting[0].unit if fitting else None


def in_powiat(text: str, candidates: Any) -> Any:
    """The one candidate in the powiat the message names by its adjective ("gm. Krotoszyn (krotoszyński)",
    "Dobra, pow. turecki"), else None."""
    said = fold(text)
    fitting = []
    for candidate in candidates:
        powiat = re.search(r"\bpowiat ([a-z-]+?)(?:ski|cki|dzki)\b", fold(candidate.unit.describe()))
        if powiat is not None and re.search(rf"\b{re.escape(powiat.group(1))}(?:ski|cki|dzki)\w*", said):
            fitting.append(candidate.unit)
    return fitting[0] if len(fitting) == 1 else None


def by_level_word(query: str, candidates: Any) -> Any:
    """The one candidate a level word picks: 'gmina Suwałki' is the rural gmina, not the city."""
    words = query.casefold().split()
    if not words:
        return None
    for prefix, kinds in _LEVEL_WORDS:
        if words[0].startswith(prefix):
            matching = [
                c.unit
                for c in candidates
                if c.unit.describe().casefold().startswith(kinds)
                and not (prefix == "gmin" and c.unit.is_city_with_powiat_rights)
            ]
            return matching[0] if len(matching) == 1 else None
    return None


_CHOICE_STOP = {
    "ta", "ten", "to", "tej", "tym", "chodzi", "o", "mi", "nam", "w", "we", "z", "ze", "na", "nie", "tak",
    # "my jesteśmy ta wiejska", "u nas to ta miejska": who answers, not a word of the unit's label
    "my", "jestesmy", "jestem", "u", "nas", "nasza", "nasz", "no", "oczywiscie", "przeciez", "chyba", "raczej",
}  # fmt: skip
# the kind of gmina a reply names ("miasto", "ta wiejska", "miejsko-wiejska"), and the labels it fits
_CHOICE_KINDS = (
    (re.compile(r"miejsko-?wiejsk"), ("gmina miejsko-wiejska",)),
    (re.compile(r"\bmiast|\bmiejsk|\bmiesc"), ("gmina miejska", "miasto")),
    (re.compile(r"\bwiejsk|\bwies\b|\bwsi\b"), ("gmina wiejska",)),
)
_CHOICE_LEVEL_WORD = re.compile(r"^(?:gmin|powi|miast|miejsk|miejsko|wiejsk|wies|wsi|wojew|woj)\w*$")


# "ale nie miasto, tylko gmina wiejska", "o tej samej nazwie co miasto": a kind said of another unit (folded text)
_NOT_THIS_KIND = re.compile(
    r"\b(?:nie\s+(?:chodzi\s+(?:mi\s+)?o\s+)?(?:to\s+|ta\s+|ten\s+|t[aeo]\s+)?|(?:co|jak)\s+(?:to\s+)?|"
    r"(?:w\s+)?przeciwi\w*\s+do\s+|a\s+nie\s+)(?:gmin\w*\s+)?(?:miast\w*|miejsk\w*|wiejsk\w*|miejsko-wiejsk\w*)"
)


def kind_beside(text: str, candidates: Any) -> Any:
    """The one candidate of the kind the message says anywhere ("Zamosc miasto – cyfrowa gmina", "Leszno (gmina
    wiejska)"): the programme's own words ("Cyfrowa Gmina") are not a kind."""
    folded = _NOT_THIS_KIND.sub(" ", fold(strip_programmes(text, keep_if_empty=False)))
    said = [kinds for pattern, kinds in _CHOICE_KINDS if pattern.search(folded)]
    if len(said) != 1:
        return None
    fitting = [c.unit for c in candidates if fold(c.unit.describe()).startswith(said[0])]
    return fitting[0] if len(fitting) == 1 else None


def choice_by_words(text: str, choices: Any) -> str | None:
    """The code of the one offered unit a reply describes: "gmina wiejska", "ta miejska", "miasto", "gmina
    wiejska Brzeziny w powiecie brzezińskim" (the kind picks the labels, every other word must be in one)."""
    folded = fold(text)
    offered = list(choices)
    for pattern, kinds in _CHOICE_KINDS:
        if pattern.search(folded):
            offered = [c for c in offered if fold(c.label).startswith(kinds)]
            break
    words = [w for w in re.findall(r"[\w-]+", folded) if w not in _CHOICE_STOP and not _CHOICE_LEVEL_WORD.match(w)]
    # "brzezinskim" -> "brzezins": the word without its case ending, so "brzeziny" does not match it
    stems = [w if len(w) <= 5 else w[: max(5, len(w) - 3)] for w in words]
    if len(offered) == len(list(choices)) and not stems:
        return None
    matching = [c.code for c in offered if all(s in fold(c.label) for s in stems)]
    if not matching and len(offered) == 1 < len(list(choices)):
        # "a gmina wiejska Zamość obok, G 2010": the kind picks one, and its name is in the reply
        named = [w for w in re.findall(r"[\w-]+", fold(offered[0].label).split(",")[0]) if len(w) >= 4]
        if any(w in words and not _CHOICE_LEVEL_WORD.match(w) for w in named):
            matching = [offered[0].code]
    if not matching and stems and len(offered) < len(list(choices)):
        # "Kościeżyna wiejska": the kind picked the label, the name only misspelt (one or two letters)
        from rapidfuzz.distance import Levenshtein

        matching = [
            c.code
            for c in offered
            if all(
                s in fold(c.label)
                or any(Levenshtein.distance(w, lw) <= 2 for lw in re.findall(r"[\w-]+", fold(c.label)) if len(lw) >= 6)
                for s, w in zip(stems, words, strict=True)
            )
        ]
    if len(matching) > 1 and len(offered) < len(list(choices)):
        # "my to ta wiejska" at Lubań (miejska), Lubań (wiejska), Lubanie (wiejska): the kind tells apart units of one
        # name – the one whose name is also offered as another kind in its powiat
        # (of the same name in the same powiat: "Brzeziny" miejska and wiejska, not the other wiejska elsewhere)
        names = [(_label_name(c.label), c.code[:4]) for c in choices]
        matching = [
            code for code in matching if names.count((_label_name(_label_of(code, choices)), code[:4])) > 1
        ] or matching
    return matching[0] if len(matching) == 1 else None


def _label_name(label: str) -> str:
    """ "gmina wiejska Lubań (0210042; …)" -> "lubań": the unit's name without its kind."""
    name = label.split(" (")[0].split(",")[0]
    kinds = r"^(?:gmina\s+(?:miejsko-wiejska|miejska|wiejska)|miasto\s+na\s+prawach\s+powiatu|powiat)\s+"
    return re.sub(kinds, "", name, flags=re.IGNORECASE).lower()


def _label_of(code: str, choices: Any) -> str:
    return next((c.label for c in choices if c.code == code), "")
