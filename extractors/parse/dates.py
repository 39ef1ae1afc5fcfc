"""Dates as printed on Polish invoices: 15.03.2024, 15-03-2024, 2024-03-15, 15.03.2024 r., 15 marca 2024,
30.IV.2026 r. (a Roman month, an older office style), and on a foreign supplier's: 2 April 2026, 2 Apr 2026."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "stycznia": 1,
    "styczeń": 1,
    "lutego": 2,
    "luty": 2,
    "marca": 3,
    "marzec": 3,
    "kwietnia": 4,
    "kwiecień": 4,
    "maja": 5,
    "maj": 5,
    "czerwca": 6,
    "czerwiec": 6,
    "lipca": 7,
    "lipiec": 7,
    "sierpnia": 8,
    "sierpień": 8,
    "września": 9,
    "wrzesień": 9,
    "października": 10,
    "październik": 10,
    "listopada": 11,
    "listopad": 11,
    "grudnia": 12,
    "grudzień": 12,
}
# A foreign supplier's invoice to a JST prints its dates in English ("2 April 2026", "2 Apr 2026").
_ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTHS |= {name: number for number, name in enumerate(_ENGLISH_MONTHS, 1)}
_MONTHS |= {name[:3]: number for number, name in enumerate(_ENGLISH_MONTHS, 1) if name[:3] not in _MONTHS}

# A month in Roman numerals between a day and a year ("30.IV.2026", "9 XII 2026"), both separators the same
# and never "/" or "-": "12/IV/2026" and "KOR-3-IV-2026" are how document numbers are made.
_ROMAN = {
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

DATE_RE = re.compile(
    # "PI-22/08/2026", "FV/22-08-2026": a document number's digits, not a date
    r"(?<![\d/])(?<![A-Za-z][-/])(?:"
    r"(?P<y1>(?:19|20)\d\d)\s?[-./]\s?(?P<m1>\d{1,2})\s?[-./]\s?(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\s?[-./]\s?(?P<m2>\d{1,2})\s?[-./]\s?(?P<y2>(?:19|20)\d\d)"
    r"|(?P<d3>\d{1,2})\s+(?P<mname>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?P<y3>(?:19|20)\d\d)"
    r"|(?P<d4>\d{1,2})(?P<sep>\.\s?|\s)(?P<rmonth>(?-i:"
    + "|".join(sorted(_ROMAN, key=len, reverse=True))
    + r"))(?P=sep)(?P<y4>(?:19|20)\d\d)"
    # a short year after dots ("7.04.26", "1.03.26–31.03.26"): never after a dot or a figure, never before one
    r"|(?<![\w.,:/\-])(?P<d5>[0-3]?\d)\.(?P<m5>[01]?\d)\.(?P<y5>[2-4]\d)(?![\d.,]\d|\.\d|,\d)"
    r")(?![\d/])",
    re.IGNORECASE,
)


def _build(y: str, m: str | int, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_date_spellings(text: str) -> list[tuple[int, date | None, str]]:
    """Everything printed like a date, with its offset and text; the value is None when the date
    does not exist (31.02.2023, 15.13.2024), which the document must be told about, not skipped."""
    found = []
    for m in DATE_RE.finditer(text):
        if m.group("y1"):
            value = _build(m.group("y1"), m.group("m1"), m.group("d1"))
        elif m.group("y2"):
            value = _build(m.group("y2"), m.group("m2"), m.group("d2"))
        elif m.group("y5"):
            value = _build("20" + m.group("y5"), m.group("m5"), m.group("d5"))
        elif m.group("y4"):
            value = _build(m.group("y4"), _ROMAN[m.group("rmonth")], m.group("d4"))
        else:
            value = _build(m.group("y3"), _MONTHS[m.group("mname").lower()], m.group("d3"))
        found.append((m.start(), value, m.group(0)))
    return found


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every valid date in the text with its offset; impossible dates (31.02) are skipped."""
    return [(offset, value) for offset, value, _ in find_date_spellings(text) if value is not None]


def parse_date(text: str) -> date | None:
    """The first date in the text.

    >>> parse_date("Data wystawienia: 01.02.2022 r."), parse_date("1 stycznia 2022")
    (datetime.date(2022, 2, 1), datetime.date(2022, 1, 1))
    """
    dates = find_dates(text)
    return dates[0][1] if dates else None
