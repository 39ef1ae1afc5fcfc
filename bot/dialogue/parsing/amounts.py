"""Numbers, money and dates as officials type them: "2 048,22 zł", "15.03.2024", "piętnastego marca".

Pure: no I/O, no state.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from knowledge.number_words import ORDINALS_GENITIVE

NUMBER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\d])")
_CURRENCY = re.compile(r"\s*(zł|zl|pln)\.?$")


def to_decimal(whole: str, fraction: str) -> Decimal | None:
    try:
        return Decimal(whole.replace(" ", "").replace("\u00a0", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


def parse_money(text: str) -> Decimal | None:
    """'1 523,45 zł' -> Decimal('1523.45'); None when there is no single clear number."""
    cleaned = text.strip().lower().removeprefix("g").strip(" =:")
    cleaned = _CURRENCY.sub("", cleaned)
    matches = NUMBER.findall(cleaned)
    if len(matches) != 1 or NUMBER.sub("", cleaned).strip():
        return None
    value = to_decimal(*matches[0])
    return value if value is not None and value > 0 else None


def money_in(text: str) -> Decimal | None:
    """The one amount in a sentence ('kwota grantu wynosi 150 000,00 zł'); None for none or several."""
    without_dates = DATE_NUMERIC.sub(" ", text)
    matches = NUMBER.findall(without_dates)
    if len(matches) != 1:
        return None
    value = to_decimal(*matches[0])
    return value if value is not None and value > 0 else None


_MONTHS = {
    "stycz": 1,
    "luty": 2,
    "lut": 2,
    "marz": 3,
    "marc": 3,
    "kwiet": 4,
    "kwiec": 4,
    "maj": 5,
    "czerw": 6,
    "lip": 7,
    "sierp": 8,
    "wrze": 9,
    "paźdz": 10,
    "pazdz": 10,
    "listop": 11,
    "grud": 12,
}


def month_of(word: str) -> int | None:
    """The month a (lower-case) month word names in any case: 'stycznia' -> 1, 'pazdziernika' -> 10."""
    return next((n for prefix, n in _MONTHS.items() if word.startswith(prefix)), None)


DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s+([a-ząćęłńóśźż]+)\s+(\d{4})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b([a-ząćęłńóśźż]{3,})\s+(20\d\d)\b", re.IGNORECASE)


_MONTH_LOCATIVE = (
    "styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu",
    "lipcu", "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu",
)  # fmt: skip
# "w przyszłym miesiącu", "za miesiąc", "w tym miesiącu", "w przyszłym roku", "za dwa tygodnie", "jutro"
_RELATIVE = re.compile(
    r"(?i)\b(?:(?P<month>w\s+(?P<which>przysz[lł]ym|nast[eę]pnym|tym|bie[zż][aą]cym)\s+miesi[aą]cu|za\s+miesi[aą]c)|"
    r"(?P<year>w\s+(?:przysz[lł]ym|nast[eę]pnym)\s+roku)|(?P<days>za\s+(?:(?P<n>dwa|trzy|2|3|1)\s*tygodni\w*|tydzie[nń]))|"
    r"(?P<ago>(?P<m>\w+)\s+(?P<unit>tygodni\w*|tydzie[nń]|miesi[aą]c\w*|dni)\s+temu))\b"
)
_SMALL = {"dwa": 2, "2": 2, "trzy": 3, "3": 3, "cztery": 4, "4": 4, "pięć": 5, "5": 5, "sześć": 6, "6": 6, "1": 1}


def with_dates(text: str, today: date) -> str:
    """Relative times said as the dates they are today, so that the programmes' dates can be compared with them:
    'w przyszłym miesiącu' → 'w styczniu 2027', 'za dwa tygodnie' → '21.12.2026', 'trzy tygodnie temu' → '16.11.2026'.

    >>> with_dates("w przyszłym miesiącu kupujemy laptopy", date(2026, 12, 7))
    'w styczniu 2027 kupujemy laptopy'
    >>> day = date(2026, 12, 7)
    >>> with_dates("za dwa tygodnie mija termin?", day), with_dates("umowę podpisaliśmy trzy tygodnie temu", day)
    ('21.12.2026 mija termin?', 'umowę podpisaliśmy 16.11.2026')
    >>> with_dates("dwa miesiące temu", date(2026, 12, 31))
    '31.10.2026'
    >>> with_dates("drukarka za 2 000 zł, serwer za 3 tys.", day), with_dates("za tydzień", day)
    ('drukarka za 2 000 zł, serwer za 3 tys.', '14.12.2026')
    """

    def said(m: re.Match[str]) -> str:
        if m.group("month"):
            ahead = 0 if m.group("which") and m.group("which").lower().startswith(("tym", "bie")) else 1
            month = today.month - 1 + ahead
            return f"w {_MONTH_LOCATIVE[month % 12]} {today.year + month // 12}"
        if m.group("year"):
            return f"w {today.year + 1} roku"
        if m.group("days"):
            return f"{today + timedelta(days=7 * _SMALL.get((m.group('n') or '1').lower(), 1)):%d.%m.%Y}"
        count = _SMALL.get(m.group("m").lower())
        if count is None:
            return m.group(0)
        unit = m.group("unit").lower()
        if unit.startswith("miesi"):  # "dwa miesiące temu": the same day that many months back (or the month's last)
            month = today.month - 1 - count
            year, month = today.year + month // 12, month % 12 + 1
            day = min(today.day, calendar.monthrange(year, month)[1])
            return f"{date(year, month, day):%d.%m.%Y}"
        days = 7 * count if unit.startswith(("tydz", "tygod")) else count
        return f"{today - timedelta(days=days):%d.%m.%Y}"

    return _RELATIVE.sub(said, text)


def dated_phrase(text: str) -> str:
    """The date said, as said ('15.01.2020', 'w styczniu 2020'); '' for none."""
    numeric = DATE_NUMERIC.search(text)
    if numeric:
        return numeric.group(0)
    month = next((m for m in _MONTH_YEAR.finditer(text) if month_of(m.group(1).lower())), None)
    return f"w {month.group(0)}" if month else ""


def dated(text: str) -> bool:
    """A day or a month of a year said in the text: '15.01.2020', '3 marca 2022', 'w styczniu 2020'.

    >>> dated("kupiliśmy serwer w styczniu 2020"), dated("faktura z 31.01.2020"), dated("serwer za 20 000 zł")
    (True, True, False)
    """
    if DATE_NUMERIC.search(text):
        return True
    return any(month_of(m.group(1).lower()) for m in _MONTH_YEAR.finditer(text))


# "trzydziestego czerwca 2026", "dwudziestego pierwszego marca 2025": the day as an ordinal word
_ORDINAL_DAYS = ORDINALS_GENITIVE


def _year(text: str) -> int | None:
    """'2026 r.' or 'dwa tysiące dwudziestego trzeciego roku' at the start of the text -> the year."""
    first = text.split()[:1]
    if first and first[0].isdigit():
        return int(first[0]) if len(first[0]) == 4 else None
    from extractors.parse.numbers import amount_in_words
    from knowledge.normalize import fold

    words = text.split()
    for end in range(len(words), 1, -1):  # the longest run of number words that is a year
        value = amount_in_words(" ".join(words[:end]))
        if value is None:
            continue
        # "dwa tysiące dwudziestego czwartego (roku)": the ordinal rest of the year
        ordinals = [_ORDINAL_DAYS.get(fold(w)) for w in words[end : end + 2]]
        value += sum(o for o in ordinals[: len(ordinals)] if o is not None) if ordinals and ordinals[0] else 0
        if ordinals and ordinals[0] is None and re.fullmatch(r"\w+ego", fold(words[end])):
            return None  # an ordinal we cannot read: no year rather than a wrong one
        return int(value) if 2000 <= value <= 2100 else None
    return None


def _ordinal_day(words: list[str]) -> int | None:
    from knowledge.normalize import fold

    values = [_ORDINAL_DAYS.get(fold(w)) for w in words if w]
    if not values or None in values:
        return None
    tens, *units = values
    if units and (tens not in (20, 30) or units[0] is None or units[0] > 9):  # "dwudziestego pierwszego"
        return None
    return int(tens or 0) + int(units[0] or 0) if units else tens


def _date_in_ordinal_words(text: str) -> date | None:
    """'trzydziestego czerwca 2026', 'trzydziestego pierwszego grudnia dwa tysiące dwadzieścia trzy' -> the date."""
    words = re.findall(r"[\w]+", text.casefold())
    for at, word in enumerate(words):
        month = month_of(word)
        if month is None or at == 0:
            continue
        day = _ordinal_day(words[max(0, at - 2) : at]) if at >= 2 else None
        if day is None:
            day = _ordinal_day(words[at - 1 : at])
        year = _year(" ".join(words[at + 1 : at + 5]))
        if day is not None and year is not None:
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def parse_date(text: str) -> date | None:
    """'30.06.2025', '2025-06-30', '30 czerwca 2025', 'trzydziestego czerwca 2025' -> date; None when absent
    or impossible.

    >>> parse_date("koniec projektu mamy trzydziestego czerwca 2026"), parse_date("dwudziestego pierwszego maja 2025")
    (datetime.date(2026, 6, 30), datetime.date(2025, 5, 21))
    """
    match = DATE_NUMERIC.search(text)
    try:
        if match:
            if match.group(1):
                return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            return date(int(match.group(4)), int(match.group(5)), int(match.group(6)))
        match = _DATE_WORDS.search(text)
        if match:
            word = match.group(2).casefold()
            month = month_of(word)
            if month is not None:
                return date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None
    return _date_in_ordinal_words(text)
