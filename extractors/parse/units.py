"""A public buyer's name read by OCR, spelt as the TERC register spells it.

OCR adds or drops Polish marks in a place name ("Gmina Mogiłany" for Mogilany, "Gmina Wisniowa" for Wiśniowa):
the letters are right, the marks wrong. When the name after the unit's head word ("Gmina", "Miasto", "Urząd
Gminy" …) is, without marks, exactly one gmina's or city's name of the register, the register's spelling is
the reading. Names that match nothing are left as read.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.normalize import fold

_UNIT_NAME = re.compile(
    r"^(?P<head>Gmina(?:\s+Miejska|\s+Miasto|\s+Wiejska)?|Miasto(?:\s+i\s+Gmina)?|"
    r"Urząd\s+(?:Gminy|Miasta(?:\s+i\s+Gminy)?))\s+"
    r"(?P<name>[A-ZŁŚŻŹĆ][^\W\d_]+(?:(?:\s|-)[A-ZŁŚŻŹĆa-ząćęłńóśźż][^\W\d_]*){0,3})$"
)


@cache
def _spellings() -> dict[str, str]:
    """Folded name → the register's spelling, for the gminas' and cities' names spelt one way only."""
    from knowledge.registry import Level, load_registry

    seen: dict[str, set[str]] = {}
    for unit in load_registry():
        if unit.level is Level.GMINA:
            seen.setdefault(fold(unit.name), set()).add(unit.name)
    return {key: next(iter(names)) for key, names in seen.items() if len(names) == 1}


def registered_spelling(name: str | None) -> str | None:
    """The name with its place spelt as the register does, or None when it needs no change.

    >>> registered_spelling("Gmina Mogiłany")
    'Gmina Mogilany'
    >>> registered_spelling("Gmina Mogilany") is None
    True
    """
    if not name:
        return None
    m = _UNIT_NAME.match(name.strip())
    if m is None:
        return None
    place = m.group("name")
    spelt = _spellings().get(fold(place))
    if spelt is None or spelt == place:
        return None
    return f"{m.group('head')} {spelt}"
