"""Corrections of something said before, and things referred to by their place in a list:
"sorry, nie 2048 tylko 2084", "pomyliłam gminy – chodziło o Nysę", "nie, jednak powiat",
"nie synology tylko urządzenie wielofunkcyjne", "a to ostatnie?", "a ten drugi w cs?".

Pure: no I/O, no state. What the corrected value means (a G, a unit, an item, an amount) is for the
dialogue to decide from the topic of the conversation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What may precede a correction: an apology, "pomyliłem kod", "źle przeczytałam", "poprawka", a bare "nie".
_SORRY = (
    r"(?:sorry|sory|sorki|przepraszam|pardon|oj|ups|pomy[lł]k\w*|b[lł][aą]d|poprawka|korekta|nie|jednak|"
    r"mia[lł]o\s+by[cć]|pomyli[lł]\w*(?:\s+si[eę])?(?:\s+(?!nie\b|chodzi|jednak\b|mia[lł])[^\W\d]\w*)?|"
    r"[zź]le(?:\s+mnie)?(?:\s+[^\W\d]\w*)?|nie\s+o\s+to\s+(?:mi\s+|nam\s+)?(?:chodzi\w*|pyta\w*))"
)
_LEAD = rf"(?i)^\W*(?:{_SORRY}(?:\s*[,.:;!–—-]+\s*|\s+))*"
# The cue words before what is corrected, at least one: "nie, przepraszam, źle przeczytałam – …"
CORRECTION_LEAD = re.compile(rf"(?i)^\W*(?:{_SORRY}\b\W*)+")
_MEANT_HERE = re.compile(r"(?i)\bchodzi(?:[lł]o)?\s+(?:mi|nam)\s+o\b")
# "nie 2048 tylko 2084", "sorry, nie synology, a urządzenie wielofunkcyjne"
_INSTEAD = re.compile(
    _LEAD + r"nie\s+(?!tylko\b|wiem\b|rozumiem\b|mam\w*\b|ma\b|jest\b|by[lł]\w*\b|wiadomo\b|trzeba\b|mo[zż]\w+\b)"
    r"(?P<wrong>[^,;?]+?)\s*[,;]?\s+(?:tylko|lecz|a)\s+"
    r"(?!(?:ile|czy|jak\w*|co|kiedy|gdzie|kto|dlaczego|czemu)\b)(?P<right>\S.*?)\W*$"
)
# "zamiast Kęt policz dla Oświęcimia", "zamiast Zatora – Kęty": the value meant instead of the one before
_REPLACED = re.compile(
    _LEAD + r"zamiast\s+(?P<wrong>[^,;–—]+?)\s*[,;–—-]*\s+"
    r"(?:(?:to\s+)?(?:policz\w*|przelicz\w*|sprawd[zź]\w*|we[zź]\w*|daj\w*|poka[zż]\w*|licz\w*|podaj\w*)\s+)?"
    r"(?:dla\s+|o\s+)?(?P<right>[^\s?].*?)\W*$"
)
# "pomyliłam gminy – chodziło o Nysę", "sorry, chodziło mi o miasto", "miałem na myśli powiat"
_MEANT = re.compile(
    _LEAD + r"(?:chodzi(?:[lł]o)?\s+(?:mi\s+|nam\s+)?(?:jednak\s+)?o|mia[lł]\w*\s+na\s+my[sś]li|pyta[lł]\w*\s+o)\s+"
    r"(?P<right>\S.*?)\W*$"
)
# "… – ilu ma ona?", "…, ile dostanie?": a question asked after what was meant
_ASKED_AFTER = re.compile(r"(?i)\s*[,;–—-]+\s*(?:a\s+)?(?:ile|ilu|jak\w*|czy|kiedy|co|gdzie|do\s+kiedy)\b.*$")
# "…, nie gminę wiejską", "…, a nie o powiat": what was not meant, said after what was
_NOT_THAT = re.compile(r"(?i)\s*,?\s+(?:a\s+)?nie\s+(?:o\s+)?\w+.*$")
# "nie, jednak powiat", "jednak cs"
_AFTER_ALL = re.compile(_LEAD + r"(?:jednak|raczej)\s+(?P<right>\S.*?)\W*$")


def corrects(text: str) -> bool:
    """The message corrects something said before: "nie, …", "sorry, …", "pomyłka", "chodziło mi o …".

    >>> corrects("sorry, w cs"), corrects("chodziło mi o powiat"), corrects("a w cs?")
    (True, True, False)
    """
    return bool(CORRECTION_LEAD.match(text) or _MEANT_HERE.search(text))


def meant(text: str) -> str | None:
    """What the user meant, said as "chodziło (mi) o X", "miałem na myśli X", "pytałem o X" (what was not
    meant, said after it, left out).

    >>> meant("nie, miałem na myśli miasto Ostrów Mazowiecka, nie gminę wiejską")
    'miasto Ostrów Mazowiecka'
    >>> meant("sorry, chodziło mi o powiat chodzieski"), meant("nie 2048 tylko 2084")
    ('powiat chodzieski', None)
    >>> meant("nie, chodziło mi jednak o gminę Wolsztyn – ilu ma ona?")
    'gminę Wolsztyn'
    """
    match = _MEANT.match(text.strip())
    if match is None:
        return None
    right = _ASKED_AFTER.sub("", match.group("right"))  # "… o gminę Wolsztyn – ilu ma ona?": the question is apart
    return _NOT_THAT.sub("", right).strip(" ,.;:–—-") or None


@dataclass(frozen=True, slots=True)
class Correction:
    """What the user meant instead of something said before (`wrong` when they said it)."""

    right: str
    wrong: str = ""


def correction(text: str) -> Correction | None:
    """The corrected value of a message that corrects something said before, or None.

    >>> correction("sorry, nie 2048 tylko 2084")
    Correction(right='2084', wrong='2048')
    >>> correction("pomyliłam gminy – chodziło o Nysę, też opolskie").right
    'Nysę, też opolskie'
    >>> correction("nie, jednak powiat").right, correction("pomylilem kod – chodzilo o miasto Gorlice").right
    ('powiat', 'miasto Gorlice')
    >>> correction("sorry, nie synology tylko urzadzenie wielofunkcyjne Brother MFC-L2710DW").right
    'urzadzenie wielofunkcyjne Brother MFC-L2710DW'
    >>> correction("zamiast Kęt policz dla Oświęcimia, gmina wiejska")
    Correction(right='Oświęcimia, gmina wiejska', wrong='Kęt')
    >>> correction("nie tylko laptopy, ale i drukarki"), correction("nie wiem, a ile bez G?")
    (None, None)
    >>> correction("czy laptop przejdzie w cs?"), correction("nie mamy G, a ile bez niego?")
    (None, None)
    """
    instead = _INSTEAD.match(text.strip()) or _REPLACED.match(text.strip())
    if instead:
        right = instead.group("right").strip(" ,.;:–—-")
        return Correction(right, instead.group("wrong").strip()) if right else None
    said = meant(text)
    if said:
        return Correction(said)
    after_all = _AFTER_ALL.match(text.strip())
    right = after_all.group("right").strip(" ,.;:–—-") if after_all else ""
    return Correction(right) if right else None


_PLACE = re.compile(
    r"(?i)^\W*(?:(?:a|i|oraz|no)\s+)?(?:co\s+z\s+)?(?:to|ten|ta|te|tego|tej|t[aąeę]|tym|tamt\w+)\s+"
    r"(?P<place>pierwsz\w*|drug\w*|trzec\w*|czwart\w*|pi[aą]t\w*|ostatni\w*)\b(?P<rest>.*)$"
)
_PLACES = (("pierwsz", 0), ("drug", 1), ("trzec", 2), ("czwart", 3), ("piat", 4), ("piąt", 4), ("ostatni", -1))


def listed_place(text: str) -> tuple[int, str] | None:
    """A thing referred to by its place in the list just judged: (index, the rest of the message).

    >>> listed_place("a to ostatnie?"), listed_place("a ten drugi w cs?"), listed_place("a ten pierwszy?")
    ((-1, '?'), (1, ' w cs?'), (0, '?'))
    >>> listed_place("a ta druga gmina ile ma?")[0], listed_place("drugi laptop?")
    (1, None)
    """
    match = _PLACE.match(text.strip())
    if match is None:
        return None
    word = match.group("place").casefold()
    index = next(i for stem, i in _PLACES if word.startswith(stem))
    return index, match.group("rest")


_ALL_OF_THEM = re.compile(
    r"(?i)^\W*(?:(?:a|i|oraz|no)\s+)?(?:co\s+z\s+)?(?:(?:te|ci)\s+)?(?P<all>obydw\w*|ob(?:a|ie|u|oma|ydwu)|wszystk\w*|"
    r"te\s+dwa|te\s+dwie|te\s+trzy|obie\s+rzeczy|ca[lł]\w*\s+list\w*)\b(?:\s+(?:te|t[eę]|rzeczy|pozycj\w*))*"
    r"(?P<rest>.*)$"
)


def all_listed(text: str) -> str | None:
    """Every thing of the list just judged ("a oba w cs?", "a wszystkie w cp?"): the rest of the message.

    >>> all_listed("a oba w cs?"), all_listed("a wszystkie te pozycje w cp?"), all_listed("obie rzeczy?")
    (' w cs?', ' w cp?', '?')
    >>> all_listed("a oba laptopy mają być nowe?") is None, all_listed("ile wszystkiego?")
    (True, None)
    """
    match = _ALL_OF_THEM.match(text.strip())
    if match is None or len(match.group("rest").split()) > 3:
        return None
    return match.group("rest")


# a condition on the thing just judged: used, after leasing, refurbished
USED = re.compile(r"(?i)\b(?:u[zż]ywan\w*|poleasingow\w*|odnawian\w*|refurb\w*|z\s+drugiej\s+r[eę]ki)\b")
