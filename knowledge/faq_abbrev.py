"""Abbreviations officials type, written out before a message is read.

A phone message says "sp pyta czy w cp …", "dla ug", "ile na opz", "fv z zal. 3 wg pkt 2"; the
lemmatiser reads "sp" as "spółka" and "ezd" as a book of the Bible. Written out on the surface,
before splitting, ranking and arithmetic, every later step reads the same words the documents use.

Each abbreviation is expanded only in the shape officials use it: "sp" is the starostwo, except in
a company's form ("sp. z o.o.", "sp.k.") and before a school's number ("sp nr 3", "sp 3").

>>> expand_abbreviations("sp pyta czy w cp można 500 tys")
'starostwo powiatowe pyta czy w cp można 500 tys'
>>> expand_abbreviations("faktura od Infosystem sp. z o.o. dla ug")
'faktura od Infosystem sp. z o.o. dla urząd gminy'
>>> expand_abbreviations("ile mozna dac firmie za opz wg zal. 6")
'ile mozna dac firmie za opis przedmiotu zamówienia według załącznik 6'
"""

from __future__ import annotations

import re

# (pattern on the typed text, case-insensitive; replacement). Word boundaries on both sides; the
# replacement keeps the documents' words (with diacritics: the lemmatiser needs them).
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    # a health-care unit ("SP ZOZ", "SPZOZ", "NZOZ"), not the starostwo (below)
    (r"\bsp\s*zoz\b", "samodzielny publiczny zakład opieki zdrowotnej"),
    (r"\bnzoz\b", "niepubliczny zakład opieki zdrowotnej"),
    # the starostwo powiatowe; not a company ("sp. z o.o.", "sp.k.", "sp. j.") nor a school ("sp nr 3")
    (r"\bsp\b(?!\.?\s*z\s*o\.?\s*o|\.?\s*[kj]\b|\.?\s*(?:nr\b|\d))\.?", "starostwo powiatowe"),
    (r"\bug\b\.?", "urząd gminy"),
    (r"\bum\b\.?(?=\s|$|[,?!:])", "urząd miasta"),
    (r"\bopz\b", "opis przedmiotu zamówienia"),
    (r"\bswz\b|\bsiwz\b", "specyfikacja warunków zamówienia"),
    (r"\bf(?:a)?v(?:at)?\b(?![/\\-]?\d)\.?", "faktura"),
    (r"\bwop\b", "wniosek rozliczający"),
    (r"\bwnp\b", "wniosek rozliczający"),
    (r"\bezd\b", "elektroniczne zarządzanie dokumentacją"),
    # a special school-and-care centre a powiat runs (CP's "placówki specjalne")
    (r"\bsosw\b", "specjalny ośrodek szkolno-wychowawczy"),
    # "jakie papiery do umowy?", "papierów do podpisania umowy": colloquial for the documents the agreement needs
    # (the singular "papier do drukarki" is a consumable and stays)
    (r"\bpapiery\b(?=(?:\s+\w+){0,3}?\s+(?:umow|podpis|wnios|rozlicz))", "dokumenty"),
    (r"\bpapier(?:ó|o)w\b(?=(?:\s+\w+){0,3}?\s+(?:umow|podpis|wnios|rozlicz))", "dokumentów"),
    # "pkt", "ust." and "§" are the documents' own abbreviations: kept
    (r"\bzał\b\.?|\bzal\b\.", "załącznik"),
    (r"\bwg\b\.?", "według"),
    (r"\bpls\b|\bplz\b|\bplis\b", "proszę"),
    (r"\bdot\.(?=\s)", "dotyczące"),
    # "pełnomocnik ds. cyberbezpieczeństwa": its stop ends no sentence
    (r"\bds\.(?=\s)", "do spraw"),
    # one adjective for two programmes: "w cyfrowej gminie i powiecie", "cyfrowa gmina/powiat" name Cyfrowy Powiat
    # too; "w cyfrowym powiecie i gminie" Cyfrowa Gmina
    (
        r"(?<=\bcyfrow)(?P<first>\w*\s+gmin\w*(?:\s*(?:,|/|\bi\b|\boraz\b|\ba\b)\s*))(?=powie\w*|powiat\w*)",
        r"\g<first>Cyfrowy ",
    ),
    (
        r"(?<=\bcyfrow)(?P<first>\w*\s+(?:powie|powiat)\w*(?:\s*(?:,|/|\bi\b|\boraz\b|\ba\b)\s*))(?=gmin\w*)",
        r"\g<first>Cyfrowa ",
    ),
)
_COMPILED = tuple((re.compile(p, re.IGNORECASE), r) for p, r in _ABBREVIATIONS)


def expand_abbreviations(text: str) -> str:
    """The message with the officials' abbreviations written out (see the module docstring)."""
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return text
