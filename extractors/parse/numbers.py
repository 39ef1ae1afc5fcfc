"""Polish amounts and quantities as printed by invoicing software or read back by OCR.

"12 345,67", "12.345,67", "12345.67", "12 345.67", "1 234,5", "-1 234,00", "1,000" (a quantity), and the
English spelling of a foreign supplier's invoice, "12,345.67" (comma groups only before a decimal dot).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from knowledge.normalize import fold
from knowledge.number_words import SCALES_FOLDED as _SCALES_FOLDED
from knowledge.number_words import WORDS_FOLDED as _WORDS_FOLDED

# OCR reads 0 as O/o and 1 as l/I inside numbers; only applied to tokens that already look numeric.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_MINUS = "-\u2212\u2013"

# A money amount: optional minus, thousands grouped by space/nbsp/dot/apostrophe, decimal comma or dot.
# Groups must be exactly three digits so that "2 1 000,00" (qty 2, amount 1 000,00) splits correctly.
AMOUNT_RE = re.compile(
    r"(?<![\w,.])"
    r"(?P<sign>[-\u2212\u2013]\s?)?"
    # "5,399.62" (English grouping): a comma groups thousands only when a dot with grosze follows
    r"(?P<int>\d{1,3}(?:[ \u00a0\u202f.'](?:\d{3}))+|\d{1,3}(?:,\d{3})+(?=\.\d{2}(?!\d))|\d+)"
    r"(?:\s?(?P<sep>[,.])\s?(?P<frac>\d{1,2}))"
    # SAP prints a negative with its minus after the figure ("5.546,19- PLN"); "23,00 %" is a rate
    r"(?P<trail>-(?=\s|$))?"
    r"(?!\d|\s?%)"
)
# An integer or decimal quantity: "1", "2,00", "1,000", "0,5".
QTY_RE = re.compile(r"(?<![\w,.])(?P<num>\d+(?:[,.]\d{1,4})?)(?![\d%])")

_OCR_TOKEN_RE = re.compile(r"(?<![A-Za-zżźćńółęąśŻŹĆĄŚĘŁÓŃ])[\dOolI]*\d[\dOolI]*(?:[,.][\dOolI]{1,3})?(?![A-Za-z])")


def fix_ocr_digits(text: str) -> str:
    """Turn OCR's O/l/I look-alikes back into digits inside tokens that are clearly numbers."""

    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        digits = sum(ch.isdigit() for ch in token)
        # Only when digits dominate: "l0" → "10", but a word like "ID5" is left alone by the lookarounds.
        if digits * 2 >= len(token.replace(",", "").replace(".", "")):
            return token.translate(_OCR_DIGITS)
        return token

    return _OCR_TOKEN_RE.sub(repl, text)


def parse_amount(text: str) -> Decimal | None:
    """One amount in any of the usual Polish spellings; None when the text is not an amount.

    >>> parse_amount("12 345,67"), parse_amount("12.345,67"), parse_amount("-1 234,00")
    (Decimal('12345.67'), Decimal('12345.67'), Decimal('-1234.00'))
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"(?i)\s*(pln|zł|zl|eur|usd|gbp)\.?$", "", s).strip()
    if not s:
        return None
    negative = s[0] in _MINUS
    if negative:
        s = s[1:].strip()
    elif s.endswith("-") and len(s) > 1:
        negative, s = True, s[:-1].strip()
    s = s.replace(" ", "").replace("'", "")
    # More than 15 digits is an account or reference number, not money (and would overflow the maths).
    if not s or not re.fullmatch(r"[\d.,]+", s) or not s[0].isdigit() or sum(c.isdigit() for c in s) > 17:
        return None
    last_comma, last_dot = s.rfind(","), s.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal_sep = "," if last_comma > last_dot else "."
    elif last_comma >= 0:
        decimal_sep = "," if s.count(",") == 1 else ""
    elif last_dot >= 0:
        # "12.345" is a thousands-grouped integer; "12.34" / "1.5" a decimal; "1.073.81" an English
        # "1,073.81" whose comma OCR read as a dot (groups of three, then grosze).
        frac = s[last_dot + 1 :]
        grouped = re.fullmatch(r"\d{1,3}(?:\.\d{3})+\.\d{2}", s) is not None
        decimal_sep = "." if (s.count(".") == 1 and len(frac) != 3) or grouped else ""
    else:
        decimal_sep = ""
    if decimal_sep:
        whole, _, frac = s.rpartition(decimal_sep)
        whole = whole.replace(",", "").replace(".", "")
        s = f"{whole}.{frac}"
    else:
        s = s.replace(",", "").replace(".", "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return -value if negative else value


def parse_qty(text: str) -> Decimal | None:
    """A quantity: a decimal comma or dot is always a decimal separator ("1,000" is one)."""
    s = text.strip().replace(" ", "")
    if not re.fullmatch(r"-?\d{1,9}(?:[,.]\d{1,6})?", s):
        return None
    value = Decimal(s.replace(",", "."))
    # Quantities are printed with trailing zeros ("2,000"); normalise so 2 == "2" in the output.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def find_amounts(line: str) -> list[tuple[int, int, Decimal]]:
    """All money amounts in a line as (start, end, value), left to right."""
    found = []
    for m in AMOUNT_RE.finditer(line):
        value = parse_amount(m.group(0))
        if value is not None:
            found.append((m.start(), m.end(), value))
    return found


# The Polish number words and scales are shared with the FAQ's reader of numbers (knowledge/number_words.py).


def parse_words(text: str) -> Decimal | None:
    """An amount written in Polish words: "dwanaście tysięcy trzysta złotych 00/100".

    >>> parse_words("jeden tysiąc dwieście trzydzieści cztery złote 56/100")
    Decimal('1234.56')
    >>> parse_words("tysiac osiemset dziewiec zl 88 gr")
    Decimal('1809.88')
    """
    lowered = text.lower()
    grosze = Decimal(0)
    frac = re.search(r"(\d{1,2})\s*/\s*100", lowered)
    if frac:
        grosze = Decimal(frac.group(1)) / 100
        lowered = lowered[: frac.start()]
    else:
        gr = re.search(r"(?:z[łl]\w*|z[łl]ot\w*)\s+(.*?)\s*gr(?:osz\w*)?\b", lowered)
        if gr:
            sub = int(gr.group(1)) if gr.group(1).isdigit() else _words_to_int(gr.group(1).split())
            if sub is not None:
                grosze = Decimal(sub) / 100
            lowered = lowered[: gr.start(1)]
    lowered = re.split(r"\bzł|\bzl\b|\bzlot|\bzłot|\bpln\b|\beur", lowered)[0]
    words = re.findall(r"[a-ząćęłńóśźż]+", lowered)
    whole = _words_to_int(words)
    if whole is None:
        return None
    return money(Decimal(whole) + grosze)


# Typed without Polish letters ("tysiac osiemset") the words are the same numbers.


_CURRENCY_WORDS = {"zl", "zlote", "zlotych", "zloty", "gr", "grosz", "grosze", "groszy", "i", "pln"}


def amount_in_words(text: str) -> Decimal | None:
    """An amount that is ONLY Polish number words (and zł/gr): "tysiąc osiemset dziewięć zł 88 gr".

    Unlike `parse_words`, any other word makes it None: "jeden z wskaźników" is no amount.

    >>> amount_in_words("tysiac dziewiecset osiem zl 88 gr"), amount_in_words("jedna z danych")
    (Decimal('1908.88'), None)
    """
    words = re.findall(r"[^\W\d_]+", fold(text))
    if not words or any(w not in _WORDS_FOLDED and w not in _SCALES_FOLDED and w not in _CURRENCY_WORDS for w in words):
        return None
    return parse_words(text)


def _words_to_int(words: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for word in (fold(w) for w in words):
        if word in _WORDS_FOLDED:
            current += _WORDS_FOLDED[word]
            seen = True
        elif word in _SCALES_FOLDED:
            total += (current or 1) * _SCALES_FOLDED[word]
            current = 0
            seen = True
        elif seen:
            break
    return total + current if seen else None
