"""The date the grant agreement was signed, said once in a conversation and used by the deadline questions after it.

"poprzednik złożył wniosek w cp, umowę podpisano 15.03.2022. co teraz?", then "do kiedy musiał oddać diagnozę?": the
deadline counted from that date. Pure: no I/O, no state.
"""

from __future__ import annotations

import re

# "umowę podpisano 15.03.2022", "umowę o powierzenie grantu zawarliśmy 14 września 2022 r.", "podpisaliśmy umowę
# 20.02.2024", "umowa z 10 stycznia 2022": the signing and its date, with a year
_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-ząćęłńóśźż]+\s+\d{4})(?:\s*r\.?)?"
_SIGNED = re.compile(
    r"(?i)\b(?:umow\w*(?:\s+(?:o\s+powierzenie\s+grantu|grantow\w*|z\s+operatorem|z\s+cppc))?\s+"
    r"(?:(?:\w+\s+){0,2}?(?:podpisa\w*|zawar\w*|zawieraj\w*)\s+(?:\w+\s+){0,2}?|z\s+(?:dnia\s+)?|mamy\s+od\s+)"
    rf"|(?:podpisa\w*|zawar\w*)\s+(?:\w+\s+){{0,2}}?umow\w*(?:\s+o\s+powierzenie\s+grantu)?\s+(?:\w+\s+){{0,4}}?)(?:dnia\s+)?{_DATE}"
)
# a question about a deadline counted from the agreement: the diagnosis, the survey, "ile mamy czasu"
_FROM_AGREEMENT = re.compile(r"(?i)\b(?:diagnoz\w*|ankiet\w*)")
_WHEN = re.compile(
    r"(?i)\b(?:do\s+kiedy|kiedy|termin\w*|ile\s+(?:\w+\s+)?czasu|zd[aą][zż]\w*|sp[oó][zź]ni\w*|minął|min[eę]ł\w*)"
)


def agreement_said(text: str) -> str | None:
    """The words that say when the agreement was signed, or None.

    >>> agreement_said("poprzednik złożył wniosek w cp, umowę podpisano 15.03.2022. co teraz?")
    'umowę podpisano 15.03.2022'
    >>> agreement_said("Umowę o powierzenie grantu zawarliśmy 14 września 2022 r. Do kiedy diagnoza?")
    'Umowę o powierzenie grantu zawarliśmy 14 września 2022 r.'
    >>> agreement_said("podpisaliśmy umowę 20.02.2024"), agreement_said("do kiedy diagnoza?")
    ('podpisaliśmy umowę 20.02.2024', None)
    """
    found = _SIGNED.search(text)
    return found.group(0).strip() if found else None


def with_agreement(question: str, said: str) -> str:
    """A deadline question counted from the agreement, with the signing said earlier in the conversation appended.

    >>> with_agreement("do kiedy poprzednik musiał oddać diagnozę?", "umowę podpisano 15.03.2022")
    'do kiedy poprzednik musiał oddać diagnozę, skoro umowę podpisano 15.03.2022?'
    >>> with_agreement("a laptop?", "umowę podpisano 15.03.2022")
    'a laptop?'
    """
    if not said or agreement_said(question) or not (_FROM_AGREEMENT.search(question) and _WHEN.search(question)):
        return question
    return f"{question.rstrip(' ?.!')}, skoro {said.rstrip(' .')}?"
