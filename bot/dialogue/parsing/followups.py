"""Elliptical follow-ups relative to the previous turn: "a w cs?", "a dla powiatu?", "a laptop?", "też?".

Pure: no I/O, no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.dialogue.parsing.corrections import correction
from bot.dialogue.parsing.programmes import detect_programmes, strip_programmes

_QUESTION_WORDS = re.compile(
    r"(?i)\b(?:czy|ile|jak|jaki\w*|kt[oó]r\w*|kiedy|kto|co|gdzie|dlaczego|czemu|sk[aą]d|po\s+co|mo[zż]na|trzeba|musimy|"
    # "a protokoły odbioru muszą być podpisane elektronicznie?": a verb of duty makes it a question, not a thing
    r"musz[aąe]\w*|musi\w*|powinn\w*|powinien|nale[zż]y|wolno|by[cć])\b"
)
_LEVELS = {"gmin": "gmina", "powiat": "powiat", "powiec": "powiat", "wojew": "województwo"}


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What an elliptical message changes relative to the previous turn."""

    programme: str | None = None  # "a w cs?"
    level: str | None = None  # "a dla powiatu?"
    item: str | None = None  # "a laptop?"
    question: str | None = None  # "a jak nie zdążymy?": a new question leaning on the previous one
    net: bool = False  # "ile to netto?"
    amount: bool = False  # "a w cs ile?": the grant amount in that programme, not the previous question


# "a w cyfrowej gminie jest coś podobnego?", "a w cp tak samo?": the previous question, another programme
_SAME_THERE = re.compile(
    r"(?:(?:czy\s+)?(?:jest|bedzie|będzie|tez\s+jest|też\s+jest|istnieje|obowiazuje|obowiązuje)\s+)?"
    # "a w cs jest coś takiego?": the same thing there
    r"(?:co[sś]\s+podobn\w*|co[sś]\s+takiego|takie\s+co[sś]|co[sś]\s+w\s+tym\s+stylu|to\s+samo|tak\s+samo|podobnie|"
    r"analogicznie|te[zż]|r[oó]wnie[zż]|"
    # "a gdyby go kupić z cyfrowej gminy?": the thing just judged, bought there
    r"(?:gdyby(?:[sś]my)?|jakby(?:[sś]my)?|je[sś]li|je[zż]eli)\s+(?:go|je|j[aą]|to|te)\s+(?:(?:za)?kup\w*|wzi[aąe]\w*|"
    r"s?finans\w*|rozlicz\w*)|"
    # "a gdyby to był cyberbezpieczny?", "a jakbyśmy byli w cs?": the same subject supposed there
    r"(?:gdyby|jakby)(?:[sś]my)?\s+(?:to\s+)?(?:by[lł]\w*|byli|by[lł]y)(?:\s+w)?|"
    r"podobn\w*\s+(?:zasad\w*|wym[oó]g\w*|obowi[aą]z\w*))"
)


_HOW_MUCH = re.compile(
    r"ile(?:\s+(?:tam|tu|by[lł]oby|by\s+by[lł]o|b[eę]dzie|wyjdzie|dostaniemy|mo[zż]emy\s+dosta[cć]|mamy|jest))?"
    # "a w cg ile maksymalnie?", "cp – od ilu do ilu?", "jaki przedział?": the amount there
    r"(?:\s+(?:maksymalnie|maks\.?|max|najwy[zż]ej|najwi[eę]cej|minimalnie|min\.?|najmniej|dok[lł]adnie|konkretnie))?"
    r"|(?:to\s+)?od\s+ilu\s+do\s+ilu|jaki\s+(?:jest\s+)?(?:przedzia[lł]|zakres|grant)|jaka\s+(?:jest\s+)?kwota"
    r"|ile\s+(?:wynosi\s+)?(?:grant\w*|kwota)"
)


_SAME_WORDS = {"tez", "też", "tak", "samo", "podobnie", "również", "rowniez", "analogicznie"}
# "a w cp tyle samo?", "a w cs też tyle?": the same amount asked there
_SAME_WORDS |= {"tyle"}
# "a w cg te dwa?", "a w cp obie?": the things just judged, in another programme
_SAME_WORDS |= {"dwa", "dwie", "trzy", "oba", "obie", "obydwa", "obydwie", "je", "one", "wszystkie"}
# "a gdyby to było w cp?": the same thing supposed in another programme
_SAME_WORDS |= {"gdyby", "jakby", "jezeli", "jeżeli", "jesli", "jeśli"}
# "a w cg próg jest taki sam?", "a limit w cp taki sam?": the rule just answered, asked of another programme
_SAME_WORDS |= {"taki", "taka", "takie", "sam", "sama", "same"}
_SAME_FILLERS = {
    "próg",
    "prog",
    "limit",
    "zasada",
    "zasady",
    "wymóg",
    "wymog",
    "czy",
    "jest",
    "to",
    "obowiązuje",
    "obowiazuje",
    "działa",
    "dziala",
    "będzie",
    "bedzie",
    "wygląda",
    "wyglada",
    "było",
    "bylo",
    "sa",
    "są",
    "tam",
    "u",
    "nich",
    "te",
    "ten",
    "ta",
    "rzeczy",
    "pozycje",
    "zakupy",
    # "a w cg było tak samo z tym limitem?": the rule pointed at
    "z",
    "tym",
    "tą",
    "tymi",
    "limitem",
    "progiem",
    "terminem",
    "wymogiem",
    "zasadą",
}


def _same_in_words(remainder: str) -> bool:
    """'też tak jest', 'tak samo jest', 'czy tam też obowiązuje': the same question in another programme."""
    words = remainder.split()
    return (
        1 <= len(words) <= 6
        and any(w in _SAME_WORDS for w in words)
        and all(w in _SAME_WORDS or w in _SAME_FILLERS for w in words)
    )


# "ok, to ile w cp?", "dobra, a w cs?": an acknowledgement before the follow-up does not change it
_LEAD_FILLER = re.compile(
    r"(?i)^(?:(?:ok|okej|oki|dobra|dobrze|no|aha|acha|rozumiem|jasne|super|dzi[eę]ki|czyli|wi[eę]c)\b[,.!]?\s+)*"
    r"(?:(?:a|i)\s+jeszcze\s+(?=(?:w|we|z|ze|dla|c[gps]|cyfrow|cyber)\b))?"  # "i jeszcze cg?", "a jeszcze w cs?"
    r"(?:(?:to\s+)?w\s+takim\s+razie\s+|to\s+(?=ile\b))?"
)


_MEANT = re.compile(
    r"(?:(?:a|oj\w*|ups|nie|sorry|sory|sorki|przepraszam|pomy[lł]ka|nie\s+o\s+to\s+(?:pyta[lł]\w*|(?:mi|nam)\s+chodzi[lł]o))\W+)*"
    r"(?:chodzi(?:[lł]o)?\s+(?:mi|nam)?\s*o|pytam\s+o|pyta[lł]\w*\s+o)\s+(.+)"
)


# "pytałem o ten powiatowy", "chodzi o ten gminny": the programme by its kind of unit, said of a programme
_PROGRAMME_BY_LEVEL = re.compile(r"(?:ten|tamten|t[eę]|program)?\s*(?P<level>powiatow\w*|gminn\w*)(?:\s+program\w*)?")


# "…, pomyliłem programy", "… – jesteśmy powiatem": a remark after what was meant, not part of it
REMARK_AFTER = re.compile(
    r"(?i)\s*[,;–—-]+\s*(?:pomyli\w*|jeste[sś]my|jestem|sorry|sorki|przepraszam|moja\s+pomy[lł]ka|[zź]le\s+\w+|"
    r"oczywi[sś]cie|rzecz\s+jasna)\b.*$"
)


def programme_corrected(text: str) -> str | None:
    """ "nie w cg, tylko w cs", "źle napisałem, chodziło o cyfrowy powiat": one programme instead of another, nothing
    else said (a remark after it aside).

    >>> programme_corrected("nie w cg, tylko w cs"), programme_corrected("zle napisalem, chodzilo o cyfrowy powiat")
    ('cs', 'cp')
    >>> programme_corrected("nie, chodziło mi o cyfrowy powiat, pomyliłem programy")
    'cp'
    >>> programme_corrected("nie, chodziło o laptopa w cs"), programme_corrected("a w cs?")
    (None, None)
    """
    fixed = correction(text)
    if fixed is None:
        return None
    right = REMARK_AFTER.sub("", fixed.right)
    named = detect_programmes(right)
    said = strip_programmes(right, keep_if_empty=False)
    rest = re.sub(r"(?i)\b(?:w|we|o|z|ze|dla|programie|program)\b", " ", said)
    return named[0] if len(named) == 1 and not rest.strip(" ,.?!") else None


def meant_programme(text: str) -> str | None:
    """'chodzi mi o cs', 'pytałem o cyfrowy powiat' -> the programme the user meant, nothing else said."""
    meant = _MEANT.fullmatch(" ".join(text.strip().rstrip("?!.").split()).casefold())
    by_level = _PROGRAMME_BY_LEVEL.fullmatch(meant.group(1).strip()) if meant else None
    if by_level is not None:
        return "cp" if by_level.group("level").startswith("powiat") else "cg"
    named = detect_programmes(meant.group(1)) if meant else []
    if meant and len(named) == 1 and not strip_programmes(meant.group(1), keep_if_empty=False):
        return named[0]
    return None


# "by przeszły", "też przejdą", "to byłoby kwalifikowalne": the verdict on the same thing asked again
_VERDICT_WORD = re.compile(
    r"(?:przesz[lł]\w*|przeszed[lł]\w*|przejd\w*|przechodz\w*|wesz[lł]\w*|wszed[lł]\w*|wejd\w*|wchodz\w*|"
    r"kwalifik\w*|dozwolon\w*|finansowan\w*|sfinansuj\w*|ok|okej|zaliczon\w*|uznan\w*|uzna\w*|"
    # "a w cs byłyby?" (would they be – eligible), "by się załapał", "łapie się"
    r"by[lł](?:by|oby|yby|aby)|za[lł]ap\w*|[lł]api\w*|[lł]apa\w*)"
)
_VERDICT_FILLER = re.compile(
    r"(?:a|czy|by|to|te|ten|ta|tym|tej|tamtym|tamtej|one|on|ona|ono|one|te[zż]|tam|si[eę]|by[lł]\w*|s[aą]|jest|nie|mog[aą]|mo[zż]e|"
    r"mo[zż]na|tak|samo|wtedy|rowniez|również|dalej|nadal)"
)


def _same_verdict(remainder: str) -> bool:
    words = remainder.split()
    return (
        0 < len(words) <= 5
        and any(_VERDICT_WORD.fullmatch(w) for w in words)
        and all(_VERDICT_WORD.fullmatch(w) or _VERDICT_FILLER.fullmatch(w) for w in words)
    )


_CAN = re.compile(r"mo[zż]emy|mo[zż]na|mo[zż]e|mog[aą]|mo[zż]ecie|wolno|da\s+si[eę]")
_CAN_FILLER = re.compile(
    r"a|my|nie|te[zż]|tam|r[oó]wnie[zż]|tak[zż]e|to|czy|by[cć]|wtedy|jako|si[eę]|da|"
    # "a z cyfrowej gminy powiat może?": the unit talked about, by its kind
    r"powiat|gmina|miasto|wojew[oó]dztwo|jednostka|starostwo|urz[aą]d"
)


def _can_there(remainder: str) -> bool:
    """'też możemy', 'a my nie możemy', 'czy tam też można': can we there – the same subject there."""
    words = remainder.replace("da się", "da_się").split()
    return (
        0 < len(words) <= 5
        and any(_CAN.fullmatch(w.replace("_", " ")) for w in words)
        and all(_CAN.fullmatch(w.replace("_", " ")) or _CAN_FILLER.fullmatch(w) for w in words)
    )


_SUPPOSED_LEVEL = re.compile(
    r"(?i)(?:a\s+)?(?:jakby|gdyby|je[sś]li|je[zż]eli)(?:\s+to)?(?:\s+(?:by[lł]\w*|jest|s[aą]))?\s*,?\s*"
    r"(?:gmin\w*|powiat\w*|miast\w*|wojew[oó]dztw\w*)"
)
# "to samo co w cyfrowej gminie?", "tak samo jak w cg?": the same question in another programme, said first
_SAME_AS = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:czy\s+)?(?:to\s+samo|tak\s+samo|podobnie)\s+(?:co|jak)\s+(?P<where>(?:w|we|z)\s+.+)$"
)


def follow_up(text: str) -> FollowUp | None:
    """An elliptical message that only makes sense against the previous turn, or None.

    >>> follow_up("to samo co w cyfrowej gminie?").programme
    'cg'
    """
    same_as = _SAME_AS.match(text.strip().rstrip("?!. "))
    if same_as:
        text = f"a {same_as.group('where')} to samo?"
    body = _LEAD_FILLER.sub("", " ".join(text.strip().rstrip("?!.").split()))
    folded = body.casefold()
    if re.fullmatch(r"(?:a\s+)?(?:ile\s+to|ile\s+(?:by[lł]oby|b[eę]dzie|wynosi))\s+(?:w\s+)?netto|a\s+netto", folded):
        return FollowUp(net=True)
    how_much = re.fullmatch(r"(?:a\s+|to\s+)?ile\s+(?:w|we|z|dla)\s+(.+)", folded)
    if (
        how_much
        and len(detect_programmes(how_much.group(1))) == 1
        and not strip_programmes(how_much.group(1), keep_if_empty=False).strip(" ?")
    ):
        return FollowUp(programme=detect_programmes(how_much.group(1))[0], amount=True)  # "ile w cs?"
    there = _programme_only(text, body)
    if there is not None:
        return there
    lead = re.match(
        r"^(?:a\s+co\s+z|a\s+jak\s+z|a\s+jak\s+(?:to\s+)?(?:jest|by[lł]o|wygl[aą]da)(?=\s+w)|a|i|oraz)\s+(.+)$", folded
    )
    if lead is None:
        bare = detect_programmes(body)
        rest_words = " ".join(
            re.sub(
                r"\b(?:w|we|z|ze|dla|to|o|tego|tej|ten|ta|tym|tamtego|tamten|program\w*|mo[zż]e|jednak)\b",
                " ",
                strip_programmes(body, keep_if_empty=False).casefold(),
            )
            .strip(" ,.?!")
            .split()
        )
        if len(bare) == 1 and (
            not rest_words
            or _SAME_THERE.fullmatch(rest_words)
            or _same_in_words(rest_words)
            or _same_verdict(rest_words)  # "czy w cp by przeszło?"
        ):
            # "cs", "w cyfrowym powiecie?", "to samo dla cyber": the previous subject there
            return FollowUp(programme=bare[0])
        if len(bare) == 1 and _HOW_MUCH.fullmatch(rest_words.strip(" –-")):
            return FollowUp(programme=bare[0], amount=True)  # "cp – od ilu do ilu?"
        return None
    rest = lead.group(1)
    named = detect_programmes(rest)
    remainder = strip_programmes(rest, keep_if_empty=False).casefold().strip(" ?!.,")
    remainder = re.sub(r"^(?:w|we|dla|z|u|przy|to|tam|do)(?:\s+|$)", "", remainder).strip()
    if (
        named
        and len(named) == 1
        and (
            remainder
            in (
                "",
                "w",
                "z",
                "dla",
                "programie",
                "tym programie",
                "przypadku",
                "konkretnie",
                "a",
                "jak",
                "jak jest",
            )
            or _HOW_MUCH.fullmatch(remainder)
            or _SAME_THERE.fullmatch(remainder)
            or _same_in_words(remainder)
            # "a w cyfrowej gminie nie możemy?": can we there – the same subject there
            or _can_there(remainder)
            # "a jakby gmina, w cg?": the same question supposed of the unit the programme is for
            or _SUPPOSED_LEVEL.fullmatch(remainder.strip(" ,"))
            or _same_verdict(remainder)
        )
    ):
        return FollowUp(programme=named[0], amount=bool(_HOW_MUCH.fullmatch(remainder)))
    if (
        len(named) == 1
        and 1 <= len(remainder.split()) <= 4
        and not _QUESTION_WORDS.search(remainder)
        and not re.search(r"\d", remainder)
        and not _RULE_WORDS.search(remainder)  # "a w cg próg jest taki sam?": the rule there, no thing
    ):
        return FollowUp(programme=named[0], item=remainder)  # "a w cp klawiatury?"
    level_match = re.fullmatch(
        r"(?:(?:to\s+samo|tak\s+samo|podobnie|jak\s+to\s+jest|sam[aoy]?)\s+)?(?:(?:dla|w|we|u)\s+)?(gmin\w*|powiat\w*|powiec\w*|wojew\w*)",
        rest,
    )
    if level_match:
        word = level_match.group(1)
        level = next(v for k, v in _LEVELS.items() if word.startswith(k))
        return FollowUp(level=level)
    if _QUESTION_WORDS.search(rest) or rest.startswith(("jeśli", "jeżeli", "gdy", "kiedy", "jak")):
        return FollowUp(question=body)
    words = rest.split()
    if 1 <= len(words) <= 6 and not named and not re.fullmatch(r"[\d\s.,/-]+", rest):
        if re.match(r"(?i)(?:(?:za|z|ze|od|do|po|w|we|na|przy|ok\.?|oko[lł]o)\s+)?\d", rest):
            # "a za 52 000 zł netto?", "a 15 tys.?", "a z 2021?": a figure or a year for the previous subject, no thing
            # ("a monitory 27 cali?", "a licencje na 2 lata?" are things)
            return FollowUp(question=body)
        return FollowUp(item=body[len(body) - len(rest) :].strip())
    return None


def _programme_only(text: str, body: str) -> FollowUp | None:
    """The same subject in another programme, said by the programme alone: "chodzi mi o cs", "nie w cg, tylko w
    cs", "a w cyfrowej?" (the adjective alone), "a w cyberbezpiecznym samożądzie?" (its second word misspelt)."""
    meant = meant_programme(body) or programme_corrected(text)
    if meant is not None:
        return FollowUp(programme=meant)
    folded = body.casefold()
    nickname = _NICKNAME_ONLY.fullmatch(folded)
    if nickname is not None:
        return FollowUp(programme="cg" if nickname.group("ending") in ("ej", "a", "ą") else "cp")
    named = detect_programmes(body)
    if len(named) == 1 and _PROGRAMME_TYPO.fullmatch(strip_programmes(folded, keep_if_empty=False).strip(" ?")):
        return FollowUp(programme=named[0])
    return None


# "a w cyfrowej?", "a w cyfrowym?", "w cyfrowej": a programme by its adjective alone
_NICKNAME_ONLY = re.compile(r"(?:a\s+|i\s+)?(?:w|we|z|ze|dla)\s+cyfrow(?P<ending>ej|ym|a|y|ą)(?:\s+te[zż])?")
# what is left of "w cyberbezpiecznym samożądzie" once the programme is found: a misspelt second word of its name
_PROGRAMME_TYPO = re.compile(r"(?:w|we|z|ze|dla|a)?\s*(?:samo\w{3,8}|gmi\w{1,5}|gmn\w{1,5}|pow\w{2,6}|poiw\w{1,5})")


# what a rule is about, never a thing bought: "próg", "limit", "obowiązek", "…jest taki sam"
_RULE_WORDS = re.compile(
    r"(?i)\b(?:pr[oó]g\w*|limit\w*|zasad\w*|wym[oó]g\w*|wymagani\w*|obowi[aą]z\w*|procedur\w*|"
    r"okres\w*|stawk\w*|warun\w*|przepis\w*|jest|s[aą]|by[lł]\w*)\b"
)


_COMPLEMENT = re.compile(r"(?i)^(?P<prep>z|ze|dla|do|na|od|o)\s+\S")


# what is bought for a thing rather than a thing: "licencje", "wdrożenie", "serwis" – alone, or for a period
_GENERIC_OF = re.compile(
    r"(?i)(?P<what>licencj\w*|subskrypcj\w*|wdro[zż]eni\w*|serwis\w*|konfiguracj\w*|instalacj\w*|aktualizacj\w*|"
    r"wsparci\w*(?:\s+techniczn\w*)?|utrzymani\w*|gwarancj\w*)(?P<rest>\s+(?:na|za|przez)\s+\S+(?:\s+\S+)?)?"
)


def with_head(item: str, previous: str) -> str:
    """An elliptic thing said by its complement takes the head of the thing before it; a service or licence
    alone is of the thing before it.

    >>> with_head("z excela", "szkolenie z phishingu dla pracownikow")
    'szkolenie z excela'
    >>> with_head("dla sekretariatu", "drukarka do biura"), with_head("skaner", "szkolenie z rodo")
    ('dla sekretariatu', 'skaner')
    >>> with_head("licencje na 3 lata", "oprogramowanie do EZD"), with_head("serwis", "serwer Dell")
    ('licencje (oprogramowanie do EZD) na 3 lata', 'serwis (serwer Dell)')
    >>> with_head("wdrożenie", "licencje (oprogramowanie do EZD) na 3 lata")
    'wdrożenie (oprogramowanie do EZD) na 3 lata'
    """
    if "\n" in previous:
        return item
    generic = _GENERIC_OF.fullmatch(item.strip())
    if generic:  # "a licencje na 3 lata?" after "oprogramowanie do EZD": licences of that, for 3 years
        before = _GENERIC_OF.match(previous.strip())
        if before and previous.strip()[before.end() :].lstrip().startswith("("):
            # "a wdrożenie?" after "licencje (oprogramowanie do EZD)": of the same thing
            return f"{generic.group('what')} {previous.strip()[before.end() :].strip()}"
        return " ".join(f"{generic.group('what')} ({previous.strip()}){generic.group('rest') or ''}".split())
    said = _COMPLEMENT.match(item.strip())
    if said is None:
        return item
    head = re.split(rf"(?i)\s+{said.group('prep')}\s+", previous.strip(), maxsplit=1)
    return f"{head[0]} {item.strip()}" if len(head) == 2 and head[0] else item
