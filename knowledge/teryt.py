"""TERYT (TERC) codes of local government units, in the python-stdnum style.

A unit code is WW (województwo), WWPP (powiat), or WWPPGGR (gmina: R is the type digit, 1 gmina
miejska, 2 wiejska, 3 miejsko-wiejska; 4/5 town/rural part of a miejsko-wiejska gmina; 8/9 a
district of Warsaw or a delegatura). Six digits WWPPGG leave the type open; the registry resolves it.

>>> compact('TERYT: 22-06-04 2')
'2206042'
>>> validate('2063011')
'2063011'
>>> validate('0201')
'0201'
>>> is_valid('3501')
False
>>> validate('35')
Traceback (most recent call last):
    ...
knowledge.teryt.InvalidComponent: Nie ma województwa o kodzie 35.
>>> validate('02010')
Traceback (most recent call last):
    ...
knowledge.teryt.InvalidLength: Kod TERYT „02010” ma 5 cyfr; podaj 2 (województwo), 4 (powiat), 6 lub 7 cyfr (gmina).
>>> level('1465011')
'gmina'
"""

from __future__ import annotations

import re

from knowledge.errors import GrantbotError

# The 16 voivodeships (TERC): even numbers 02–32. Fixed by law since 1999.
WOJEWODZTWA = {
    "02": "dolnośląskie",
    "04": "kujawsko-pomorskie",
    "06": "lubelskie",
    "08": "lubuskie",
    "10": "łódzkie",
    "12": "małopolskie",
    "14": "mazowieckie",
    "16": "opolskie",
    "18": "podkarpackie",
    "20": "podlaskie",
    "22": "pomorskie",
    "24": "śląskie",
    "26": "świętokrzyskie",
    "28": "warmińsko-mazurskie",
    "30": "wielkopolskie",
    "32": "zachodniopomorskie",
}
GMINA_TYPES = {"1", "2", "3", "4", "5", "8", "9"}

_PREFIX = re.compile(r"^\s*(?:kod\s+)?(?:teryt|terc)\b\s*[:=]?\s*", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-–./_]+")


class TerytError(GrantbotError):
    """A TERYT code that is not well formed; the message says what is wrong, in Polish."""


class InvalidFormat(TerytError):
    pass


class InvalidLength(TerytError):
    pass


class InvalidComponent(TerytError):
    pass


def echo(text: str, limit: int = 60) -> str:
    """User input quoted back in a message, shortened so a pasted page does not flood the reply."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compact(number: str) -> str:
    """Drop the "TERYT" prefix, spaces, dashes and dots."""
    return _SEPARATORS.sub("", _PREFIX.sub("", number.strip()))


def validate(number: str) -> str:
    """Return the compact code or raise a TerytError with a specific Polish message."""
    code = compact(number)
    if not code:
        raise InvalidFormat("Podaj kod TERYT, np. 2206042 (gmina), 2206 (powiat) albo 22 (województwo).")
    if not code.isdigit():
        raise InvalidFormat(f"Kod TERYT „{echo(number)}” może zawierać tylko cyfry.")
    if len(code) not in (2, 4, 6, 7):
        raise InvalidLength(
            f"Kod TERYT „{echo(code)}” ma {len(code)} cyfr; podaj 2 (województwo), 4 (powiat), 6 lub 7 cyfr (gmina)."
        )
    if code[:2] not in WOJEWODZTWA:
        raise InvalidComponent(f"Nie ma województwa o kodzie {code[:2]}.")
    if len(code) >= 4 and code[2:4] == "00":
        raise InvalidComponent(f"Kod powiatu „{code[2:4]}” w kodzie {code} jest niepoprawny.")
    if len(code) >= 6 and code[4:6] == "00":
        raise InvalidComponent(f"Kod gminy „{code[4:6]}” w kodzie {code} jest niepoprawny.")
    if len(code) == 7 and code[6] not in GMINA_TYPES:
        raise InvalidComponent(f"Ostatnia cyfra kodu {code} (rodzaj gminy) musi być jedną z: 1, 2, 3, 4, 5, 8, 9.")
    return code


def is_valid(number: str) -> bool:
    try:
        validate(number)
    except TerytError:
        return False
    return True


def level(number: str) -> str:
    """'wojewodztwo', 'powiat' or 'gmina' for a well-formed code."""
    code = validate(number)
    return {2: "wojewodztwo", 4: "powiat"}.get(len(code), "gmina")


def looks_like_code(text: str) -> bool:
    """True when the text is meant as a code (digits with separators), not as a name."""
    code = compact(text)
    return bool(code) and code.isdigit()
