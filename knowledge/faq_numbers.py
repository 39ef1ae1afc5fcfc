"""Amounts, shares and periods written in words, as digits.

"przy grancie sto pięćdziesiąt tysięcy to ile na doradztwo?" must compute like "150 tys.": the
arithmetic (knowledge/compute.py) reads digits only. A run of number words becomes digits only when a
multiplier (tysiąc, milion) or a unit (zł, procent, dni, miesięcy, lat) follows it, so "dwa razy",
"jeden wniosek" or "drugie wezwanie" stay as typed.

>>> digits_for_number_words("przy grancie sto pięćdziesiąt tysięcy to ile na doradztwo?")
'przy grancie 150 000 to ile na doradztwo?'
>>> digits_for_number_words("dostaliśmy dwieście trzydzieści osiem tysięcy czterysta złotych")
'dostaliśmy 238 400 złotych'
>>> digits_for_number_words("półtora miliona zł, pięć procent, trzydzieści dni")
'1 500 000 zł, 5 procent, 30 dni'
>>> digits_for_number_words("czy ankietę składa się dwa razy")
'czy ankietę składa się dwa razy'

Dates and amounts in grosze, as a dictated message says them:

>>> digits_for_number_words("umowa z dwudziestego pierwszego marca dwa tysiące dwadzieścia trzy")
'umowa z 21 marca 2023'
>>> digits_for_number_words("G tysiąc dziewięćset dwadzieścia trzy złote dwadzieścia dwa grosze")
'G 1 923,22 zł'
"""

from __future__ import annotations

import calendar
import re

from knowledge.normalize import fold
from knowledge.number_words import ORDINALS_GENITIVE, SCALES_FOLDED, WORDS_FOLDED, month_number

# The cardinals and scales are those amounts are written in (knowledge/number_words.py); a question also uses their
# genitive ("trzech", "pięciuset", "tysiąca", "miliona").
_UNITS = {
    **WORDS_FOLDED,
    "dwoch": 2,
    "trzech": 3,
    "czterech": 4,
    "pieciu": 5,
    "szesciu": 6,
    "siedmiu": 7,
    "osmiu": 8,
    "dziewieciu": 9,
    "dziesieciu": 10,
    "dwudziestu": 20,
    "trzydziestu": 30,
    "czterdziestu": 40,
    "piecdziesieciu": 50,
    "szescdziesieciu": 60,
    "stu": 100,
    "dwustu": 200,
    "trzystu": 300,
    "czterystu": 400,
    "pieciuset": 500,
    "szesciuset": 600,
    "siedmiuset": 700,
    "osmiuset": 800,
    "dziewieciuset": 900,
}
_MULTIPLIERS = {**SCALES_FOLDED, "tysiaca": 1000, "miliona": 1_000_000}
_HALF = {"poltora": 1.5}
# "tysiąc dziewięćset …", "milion złotych": a scale word alone is one of it
_ONE_SCALE = frozenset({"tysiac", "milion"})
_UNIT_AFTER = re.compile(
    r"^\s*(?:zl\w*|pln|procent\w*|proc\b|%|dni\b|dnia\b|miesiac\w*|miesiec\w*|lat\b|lata\b|tygodni\w*|godzin\w*"
    r"|grosz\w*)"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _ordinal_years(text: str) -> str:
    """ "dwa tysiące dwudziestego szóstego" → "2026": a year said as an ordinal after "dwa tysiące" (as in "roku
    dwa tysiące …"), before the cardinals turn "dwa tysiące" alone into 2 000 and leave the ordinals behind.

    >>> _ordinal_years("odbiór dziewiątego maja dwa tysiące dwudziestego czwartego roku")
    'odbiór dziewiątego maja 2024 roku'
    """
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out, last = [], 0
    for match in _ORDINAL_YEAR.finditer(folded.lower()):
        rest = _ORDINALS[match.group("tens")] + (_ORDINALS[match.group("units")] if match.group("units") else 0)
        if rest >= 100 or (match.group("units") and _ORDINALS[match.group("units")] >= 10):
            continue
        out += [text[last : match.start()], str(2000 + rest)]
        last = match.end()
    return "".join(out) + text[last:]


def digits_for_number_words(text: str) -> str:
    """The text with number words before a multiplier or a unit written as digits."""
    text = _ordinal_years(text)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    words = list(_WORD.finditer(folded))
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        j, value, group, multiplied = i, 0.0, 0.0, False
        while j < len(words):
            word = words[j].group()
            if word in _UNITS:
                group += _UNITS[word]
            elif word in _HALF:
                group += _HALF[word]
            elif (
                word == "i"
                and group
                and j + 2 < len(words)
                and words[j + 1].group() == "pol"
                and words[j + 2].group() in _MULTIPLIERS
            ):
                # "dwanaście i pół tysiąca": a half of the multiplier that follows
                group += 0.5
                j += 2
                continue
            elif word in _MULTIPLIERS and (group or j > i or word in _ONE_SCALE):
                value += (group or 1) * _MULTIPLIERS[word]
                group, multiplied = 0.0, True
            else:
                break
            if j + 1 < len(words) and folded[words[j].end() : words[j + 1].start()].strip():
                j += 1
                break  # punctuation between the words ends the number
            j += 1
        value += group
        end = words[j - 1].end() if j > i else 0
        lone_scale = j == i + 1 and words[i].group() in _ONE_SCALE  # "tysiąc razy" is a manner of speaking
        if j > i and value and ((multiplied and not lone_scale) or _UNIT_AFTER.match(folded[end:])):
            out.append(text[last : words[i].start()])
            out.append(f"{int(value):,}".replace(",", " ") if value == int(value) else str(value).replace(".", ","))
            last = end
            i = j
        else:
            i += 1
    out.append(text[last:])
    return _with_grosze(_dates_in_words("".join(out)))


_MONTHS_GENITIVE = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "wrzesnia",
    "pazdziernika",
    "listopada",
    "grudnia",
]
_ORDINALS = ORDINALS_GENITIVE
_MONTH = "|".join(_MONTHS_GENITIVE)
_ORDINAL = "|".join(_ORDINALS)
# "czternastego lutego 2 024": a day said as an ordinal before a month, a year read as a number
_SPOKEN_DAY = re.compile(rf"\b(?P<tens>{_ORDINAL})(?:\s+(?P<units>{_ORDINAL}))?(?=\s+(?:{_MONTH})\b)")
_SPOKEN_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>[12]\s\d{{3}})\b")
_ORDINAL_YEAR = re.compile(rf"\bdwa\s+tysiace\s+(?P<tens>{_ORDINAL})(?:\s+(?P<units>{_ORDINAL}))?\b")
# "1 923 złote 22 grosze": the grosze are the amount's decimals
_GROSZE = re.compile(r"(?P<zl>\d[\d ]*)\s+(?P<unit>zl\w*)\s+(?P<gr>\d{1,2})\s+grosz\w*")


def _dates_in_words(text: str) -> str:
    """ "czternastego lutego dwa tysiące dwadzieścia cztery" → "14 lutego 2024" (after the cardinals)."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out, last = [], 0
    for match in _SPOKEN_DAY.finditer(folded):
        day = _ORDINALS[match.group("tens")] + (_ORDINALS[match.group("units")] if match.group("units") else 0)
        if day > 31:
            continue
        out += [text[last : match.start()], str(day)]
        last = match.end()
    text = "".join(out) + text[last:]
    folded = fold(text)
    out, last = [], 0
    for match in _SPOKEN_YEAR.finditer(folded):
        out += [text[last : match.start("year")], match.group("year").replace(" ", "")]
        last = match.end("year")
    return "".join(out) + text[last:]


def _with_grosze(text: str) -> str:
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out, last = [], 0
    for match in _GROSZE.finditer(folded):
        out += [text[last : match.start()], f"{match.group('zl')},{int(match.group('gr')):02d} zł"]
        last = match.end()
    return "".join(out) + text[last:]


# "16.III.2022", "2 IX 2024": a month in Roman numerals between a day and a year, as offices date letters
_ROMAN_MONTHS = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}
_ROMAN_DATE = re.compile(
    r"\b(?P<day>[0-3]?\d)\s*[.\s/-]\s*(?P<month>(?i:xii|xi|ix|viii|vii|vi|iv|iii|ii)|[IVX])\s*[.\s/-]\s*"
    r"(?P<year>(?:19|20)\d{2})\b"
)
# "400k", "L = 20k", "96 k": thousands in the shorthand of e-mails and chats
_THOUSANDS = re.compile(r"\b(?P<number>\d+(?:[.,]\d+)?)\s?k\b(?![.,]?\d)")


_MONTH_WORD = (
    r"(?:styczni\w*|stycze\w*|lut\w*|marc\w*|marz\w*|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*|wrze\w*"
    r"|pazdziern\w*|listopa\w*|grud\w*)"
)
# "ostatni dzień sierpnia 2022": the month's last day
_LAST_DAY = re.compile(
    rf"\bostatni\w*\s+(?:dzien\w*|dni[au])\s+(?P<month>{_MONTH_WORD})\s+(?P<year>(?:19|20)\d{{2}})\b"
)
# "w połowie marca 2022 (15.03)": a day and month whose year the message gives with that month's name
_YEARLESS = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>0?[1-9]|1[0-2])\b(?![.,/-]?\d)")
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_WORD})\s+(?P<year>(?:19|20)\d{{2}})\b")


def _with_years(text: str) -> str:
    """ "ostatni dzień sierpnia 2022" as "31 sierpnia 2022"; "marca 2022 (15.03)" as "marca 2022 (15.03.2022)"."""
    folded = fold(text).lower()
    if len(folded) != len(text):
        return text
    edits: list[tuple[int, int, str]] = []
    for match in _LAST_DAY.finditer(folded):
        year, month = int(match.group("year")), month_number(match.group("month"))
        last = calendar.monthrange(year, month)[1]
        edits.append((match.start(), match.start("month"), f"{last} "))
    years = {(month_number(m.group("month")), m.group("year")) for m in _MONTH_YEAR.finditer(folded)}
    for match in _YEARLESS.finditer(folded):
        named = {year for month, year in years if month == int(match.group("month"))}
        if len(named) == 1:
            edits.append((match.end(), match.end(), f".{named.pop()}"))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def plain_dates_and_amounts(text: str) -> str:
    """Roman-numeral months as digits and the "k" shorthand as thousands.

    >>> plain_dates_and_amounts("wezwanie z 16.III.2022, umowa z 2 IX 2024")
    'wezwanie z 16.03.2022, umowa z 02.09.2024'
    >>> plain_dates_and_amounts("należy nam się 400k, L = 20k")
    'należy nam się 400 tys., L = 20 tys.'
    >>> plain_dates_and_amounts("obszar III, 2 x 2 lata, 802.1X")
    'obszar III, 2 x 2 lata, 802.1X'
    >>> plain_dates_and_amounts("umowa: ostatni dzień lutego 2024; w połowie marca 2022 (15.03), 2.5 mln")
    'umowa: 29 lutego 2024; w połowie marca 2022 (15.03.2022), 2.5 mln'
    """

    def roman(match: re.Match[str]) -> str:
        month = _ROMAN_MONTHS[match.group("month").upper()]
        return f"{int(match.group('day')):02d}.{month:02d}.{match.group('year')}"

    text = _with_years(_ROMAN_DATE.sub(roman, text))
    return _THOUSANDS.sub(lambda m: f"{m.group('number')} tys.", text)
