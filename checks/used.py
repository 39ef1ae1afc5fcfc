"""Second-hand equipment: the one detector the classifier and the pre-screen rules share.

CS pays only for new IT equipment; CG and CP accept used equipment under three joint conditions
(each scheme's "Wydatki kwalifikowalne…" section). Sellers write it many ways: "używany",
"poleasingowy", "po leasingu", "odnowiony", "refurbished", "powystawowy", "demo", "b/u".
"""

from __future__ import annotations

import re

__all__ = ["used_word"]

# Word starts, so "nieużywany" and "odnowienie" (a licence renewal, not equipment) do not match;
# adjective endings only for "używan-", so "prawo do używania" (licence wording) does not either.
_USED = re.compile(
    r"(?<![\w/])(?P<neg>nie\s*)?(?P<word>"
    r"u[żz]ywan(?:y|a|e|ą|ego|ej|emu|ych|ym|ymi)\b"
    r"|poleasingow\w*|po\s+leasingu|refurbished|refurb\b|second[\s-]?hand"
    r"|odnowion\w*|regenerowan\w*|rekondycjonowan\w*"
    r"|powystawow\w*|poekspozycyjn\w*|z\s+ekspozycji|demonstracyjn\w*|(?:ex[\s-]?)?demo\b"
    r"|b/u\b)",
    re.IGNORECASE,
)
# "Licencja FortiGuard odnowiona", "wersja demo": a renewed or trial licence, not second-hand goods.
_LICENCE_NEAR = re.compile(
    r"licenc|licen[sc]e|subskryp|subscript|abonament|certyfikat|wsparci|support|gwaranc|serwis|domen|wersj",
    re.IGNORECASE,
)
_LICENCE_SENSITIVE = ("odnow", "demo", "ex")
_NEAR = 30  # characters either side: the same phrase, not the whole line ("laptop odnowiony + licencja")


def used_word(text: str) -> str | None:
    """The word saying the equipment is second-hand, or None.

    >>> used_word("Serwer Dell R740 poleasingowy")
    'poleasingowy'
    >>> used_word("Dysk SSD nieużywany") is None, used_word("Odnowienie licencji ESET") is None
    (True, True)
    """
    for match in _USED.finditer(text):
        if match.group("neg"):
            continue
        word = match.group("word")
        if word.casefold().startswith(_LICENCE_SENSITIVE):
            around = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
            if _LICENCE_NEAR.search(around):
                continue
        return word
    return None
