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
"""

from __future__ import annotations

import re

from knowledge.normalize import fold
from knowledge.number_words import SCALES_FOLDED, WORDS_FOLDED

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
_UNIT_AFTER = re.compile(
    r"^\s*(?:zl\w*|pln|procent\w*|proc\b|%|dni\b|dnia\b|miesiac\w*|miesiec\w*|lat\b|lata\b|tygodni\w*|godzin\w*)"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def digits_for_number_words(text: str) -> str:
    """The text with number words before a multiplier or a unit written as digits."""
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
            elif word in _MULTIPLIERS and (group or j > i):
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
        if j > i and value and (multiplied or _UNIT_AFTER.match(folded[end:])):
            out.append(text[last : words[i].start()])
            out.append(f"{int(value):,}".replace(",", " ") if value == int(value) else str(value).replace(".", ","))
            last = end
            i = j
        else:
            i += 1
    out.append(text[last:])
    return "".join(out)
