"""One table row of an invoice, found by arithmetic rather than by column positions.

Invoicing programs order their columns differently (rate before or after the net value, unit
before or after the quantity, gross-priced tables) and pdfplumber or OCR loses the positions. The
relations are fixed though: qty × price = value, net × rate = VAT, net + VAT = gross. A row is the
reading of its numbers that satisfies the most of them.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .numbers import parse_amount, parse_qty

CENT = Decimal("0.01")
UNIT_RE = re.compile(
    r"(?i)^(?:szt|sztuk[ai]?|kpl|komplet|usł|usł\.|usługa|godz|h|m-c|m-ce|mies|miesiąc|miesięcy|lic|licencja|"
    r"licencji|op|opak|kg|m|m2|mb|os|osob|osoba|osób|dzień|dni|rok|lata|lat|pak|zestaw|egz|km|l|t|szkol|"
    r"stanow|jm|j\.m|godzin|"
    # what a licence or a service counts: "78 punktów końcowych", "25 użytkowników", "10 urządzeń"
    r"pkt|punkt|punkty|punktów|użytkownik|użytkowników|urządzenie|urządzenia|urządzeń|stanowisko|stanowisk|"
    # English units on a foreign supplier's or a bilingual invoice: "12 pcs", "1 ea", "3 hrs"
    r"pcs|pc|ea|hrs|hr)\.?$"
)
RATE_RE = re.compile(r"(?i)^(?:(\d{1,2})(?:[,.]0{1,2})?\s?%|zw\.?|np\.?|n\.p\.?|oo|o\.o\.|np\.?i{1,2})$")
_CURRENCY = re.compile(r"(?i)^(?:pln|zł|zl|eur|usd|gbp|€|£|\$|-|—|x)$")
_NUMBER = re.compile(
    r"^[-\u2212\u2013]?(?:\d+(?:[,.]\d+)?|\d{1,3}(?:[.'’]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:[,.]\d{3})+\.\d{2})$"
)


_MAX_COLUMNS = 14


@dataclass(frozen=True, slots=True)
class Row:
    name_end: int  # offset in the line where the numeric columns start
    qty: Decimal | None
    unit: str | None
    unit_net: Decimal | None
    unit_gross: Decimal | None
    net: Decimal | None
    vat_rate: str | None
    vat: Decimal | None
    gross: Decimal | None
    score: int
    # Amounts (with grosze) printed in the row's numeric columns that the reading left unused: the
    # arithmetic did not explain them, so one of the row's values may be misread or misprinted.
    unexplained: tuple[Decimal, ...] = ()


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    kind: str  # num, rate, unit, skip, word


@dataclass(frozen=True, slots=True)
class _Num:
    value: Decimal
    start: int
    decimals: bool
    raw: str
    restored: bool = False  # a comma OCR dropped, put back


_DOTTED_UNITS = frozenset({"szt", "kpl", "usł", "godz", "lic", "op", "opak", "mies", "egz", "jedn"})


def ocr_unit(unit: str | None) -> str | None:
    """OCR drops the small period of "szt."; abbreviations are printed with it by Polish programs."""
    if unit is not None and unit.lower() in _DOTTED_UNITS:
        return unit + "."
    return unit


def ocr_number(number: str | None) -> str | None:
    """OCR reads the letter O of a document number's letter segment as zero ("16/0DB/2026" for
    "16/ODB/2026"): inside a segment of capitals, a zero is the letter."""
    if number is None:
        return None
    number = re.sub(
        r"(?<![A-Z0-9])(?=[A-Z0]{3,}(?![A-Z0-9]))(?=[A-Z0]*[A-Z][A-Z0]*[A-Z])[A-Z0]+",
        lambda m: m.group(0).replace("0", "O"),
        number,
    )
    # a two-character segment between separators: "28/0K/2026" is "28/OK/2026"
    number = re.sub(r"(?<=[/\-])0(?=[A-Z][/\-])", "O", number)
    # one digit among the capitals of a letter segment: "22/5ZK/2026" is "22/SZK/2026" (S, B read as 5, 8)
    return re.sub(r"(?<=[/\-])(?=[A-Z58]{3,}(?=[/\-]))[A-Z]*[58][A-Z]*(?=[/\-])", _letters, number)


def _letters(m: re.Match[str]) -> str:
    segment = m.group(0)
    if sum(ch.isdigit() for ch in segment) != 1:
        return segment
    return segment.replace("5", "S").replace("8", "B")


def normalise_rate(text: str) -> str | None:
    t = text.lower().replace(" ", "").rstrip(".")
    if t.endswith("%"):
        return str(int(Decimal(t[:-1].replace(",", "."))))
    if t in ("zw",):
        return "zw"
    if t in ("np", "n.p", "npi", "npii"):
        return "np"
    if t in ("oo", "o.o"):
        return "oo"
    return None


def _tokens(line: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in re.finditer(r"\S+", line):
        text, start = m.group(0), m.start()
        # "23 %" read by OCR with a space, "1200,00zł" glued to its currency.
        if text == "%" and toks and toks[-1].kind == "num" and re.fullmatch(r"\d{1,2}", toks[-1].text):
            prev = toks.pop()
            toks.append(_Tok(prev.text + "%", prev.start, "rate"))
            continue
        stripped = re.sub(r"(?i)(zł|pln|eur|€)$", "", text)
        stripped = re.sub(r"^[€£$]", "", stripped)  # "€2 833.09": the sign glued to the amount
        stripped = re.sub(r"(?<=\d)\.$", "", stripped)  # "105." where OCR wrapped the rest of the amount
        glued = re.fullmatch(r"(?i)(?:vat|ptu)(\d{1,2}\s?%)", text)  # "VAT23%": OCR lost the space
        if glued:
            toks.append(_Tok(text[: glued.start(1)], start, "skip"))
            text, start = glued.group(1), start + glued.start(1)
        if RATE_RE.match(text):
            if (
                len(toks) >= 2
                and toks[-1].kind == "num"
                and re.fullmatch(r"\d", toks[-1].text)
                and toks[-2].text.casefold() in ("vat", "ptu")
            ):
                # "VAT 2. 23%": a speck OCR read between the tax's name and its rate
                toks[-1] = _Tok(toks[-1].text, toks[-1].start, "skip")
            if toks and toks[-1].kind != "num" and toks[-1].text.casefold() in ("vat", "ptu"):
                toks[-1] = _Tok(toks[-1].text, toks[-1].start, "skip")  # "VAT 23%": a tax column's cell
            elif len(toks) >= 2 and toks[-1].kind == "skip" and toks[-2].text.casefold() in ("vat", "ptu"):
                toks[-2] = _Tok(toks[-2].text, toks[-2].start, "skip")
            toks.append(_Tok(text, start, "rate"))
        elif _NUMBER.match(stripped):
            toks.append(_Tok(stripped, start, "num"))
        elif UNIT_RE.match(text) or (text.endswith(",") and UNIT_RE.match(text[:-1] + ".")):
            # OCR reads the period of "usł." as a comma now and then
            toks.append(_Tok(text.rstrip(",") + "." * text.endswith(","), start, "unit"))
        elif _CURRENCY.match(text):
            toks.append(_Tok(text, start, "skip"))
        else:
            toks.append(_Tok(text, start, "word"))
    return toks


def percent_rates(text: str) -> list[str]:
    """The percentage rates printed in a line as the row reader sees them ("23%", "8 %", "23,00%")."""
    cells = re.sub(r"[()\[\]:;]", " ", text)  # "(23%)", "VAT 23%:"
    return [r for t in _tokens(cells) if t.kind == "rate" and (r := normalise_rate(t.text)) and r.isdigit()]


def _numbers(toks: list[_Tok]) -> tuple[list[_Tok], list[bool]]:
    """The number tokens, and for each whether the next one follows it with nothing but spaces
    between (only those may be digit groups of one amount: "50 szt. 290,00" is never 50 290,00)."""
    nums: list[_Tok] = []
    joinable: list[bool] = []
    previous_was_num = False
    for tok in toks:
        if tok.kind == "num":
            if nums:
                joinable.append(previous_was_num)
            nums.append(tok)
            previous_was_num = True
        else:
            previous_was_num = False
    joinable.append(False)
    return nums, joinable


def _readings(nums: list[_Tok], joinable: list[bool] | None = None, *, restore: bool = False) -> list[list[_Num]]:
    """Every way to read space-separated digit groups: "1 200,00" is 1200.00 or (1, 200.00); with
    `restore`, also a long integer as an amount whose comma OCR dropped ("1463165" is 14 631,65)."""
    joins = joinable if joinable is not None else [True] * len(nums)
    results: list[list[_Num]] = []

    def walk(i: int, acc: list[_Num]) -> None:
        if len(results) > 64:
            return
        if i == len(nums):
            results.append(list(acc))
            return
        # Merge a head of 1-3 digits with following 3-digit groups (the last may carry decimals).
        head = nums[i].text
        # A four-digit head covers OCR dropping one group space ("1186 471,32"); arithmetic decides.
        if re.fullmatch(r"-?\d{1,4}", head):
            j = i + 1
            merged = head
            # Only a group carrying grosze closes a grouped amount: "1 200,00" merges, "1 200" never does,
            # which keeps the readings of integer-heavy lines from multiplying.
            # (a unit price may carry four decimals: "3 629,3462")
            while j < len(nums) and joins[j - 1] and re.fullmatch(r"\d{3}(?:[,.]\d{1,2}|,\d{3,4})?", nums[j].text):
                merged += " " + nums[j].text
                if "," in nums[j].text or "." in nums[j].text:
                    value = parse_amount(merged)
                    if value is not None:
                        acc.append(_Num(value, nums[i].start, True, merged))
                        walk(j + 1, acc)
                        acc.pop()
                    break
                j += 1
        text = nums[i].text
        if re.fullmatch(r"0\d{2}(?:[,.]\d{1,2})?", text):
            return  # "000,00" only exists as the tail of a grouped amount
        decimals = bool(re.search(r"[,.]\d{1,2}$", text))
        value = parse_amount(text) if decimals else parse_qty(text)
        if value is None and not decimals:
            value = parse_amount(text)
        if value is not None:
            acc.append(_Num(value, nums[i].start, decimals, text))
            walk(i + 1, acc)
            acc.pop()
        if restore and _LOST_COMMA.fullmatch(text):
            # "1463165" where OCR dropped the comma and the group space of "14 631,65": the same digits
            # with grosze, kept only when the row's arithmetic confirms it (its raw text says so)
            restored = _Num(Decimal(text).scaleb(-2), nums[i].start, True, f"{text[:-2]},{text[-2:]}", restored=True)
            acc.append(restored)
            walk(i + 1, acc)
            acc.pop()

    walk(0, [])
    return results


# An amount OCR read without its decimal comma: four digits or more (a thousand-grouped amount lost its
# space too), never starting with 0.
_LOST_COMMA = re.compile(r"[1-9]\d{3,8}")


def amount_readings(line: str) -> list[list[Decimal]]:
    """Every reading of the numbers in a line, fewest numbers (most digit groups merged) first."""
    nums, joinable = _numbers(_tokens(line))
    readings = [[n.value for n in reading] for reading in _readings(nums[-_MAX_COLUMNS:], joinable[-_MAX_COLUMNS:])]
    return sorted(readings, key=len)


def _close(a: Decimal, b: Decimal, tol: Decimal = CENT) -> bool:
    return abs(a - b) <= tol


def vat_of(net: Decimal, rate: str) -> Decimal | None:
    if not rate.isdigit():
        return Decimal("0.00")
    return (net * Decimal(rate) / 100).quantize(CENT, ROUND_HALF_UP)


def vat_from_gross(gross: Decimal, rate: str) -> Decimal:
    if not rate.isdigit():
        return Decimal("0.00")
    r = Decimal(rate)
    return (gross * r / (100 + r)).quantize(CENT, ROUND_HALF_UP)


def parse_row(line: str, *, gross_priced: bool = False) -> Row | None:
    """The best arithmetic reading of a table row, or None when the line is not a row."""
    toks = _tokens(line)
    # The numeric tail starts after the last word; words inside it (a unit, "PLN") are classified.
    last_word = max((i for i, t in enumerate(toks) if t.kind == "word"), default=-1)
    if (
        0 < last_word < len(toks) - 1
        and re.fullmatch(r"[^\W\d_]{1,4}\.", toks[last_word].text)
        and toks[last_word - 1].kind == "num"
        and re.fullmatch(r"\d{1,5}", toks[last_word - 1].text)
        and toks[last_word + 1].kind == "num"
    ):
        # "50 kc. 289,00": a unit OCR garbled ("lic." → "kc."), between the quantity and the price.
        # One letter off a usual abbreviation ("lie.") is that unit; otherwise it stays unknown.
        garbled = toks[last_word].text.lower()
        unit = next(
            (
                u
                for u in _DOTTED_UNITS
                if len(u) + 1 == len(garbled)
                and sum(a != b for a, b in zip(u + ".", garbled, strict=True)) == 1
                and u[0] == garbled[0]
            ),
            None,
        )
        toks[last_word] = _Tok(
            unit + "." if unit else toks[last_word].text, toks[last_word].start, "unit" if unit else "skip"
        )
        last_word = max((i for i, t in enumerate(toks) if t.kind == "word"), default=-1)
    tail = toks[last_word + 1 :]
    rates = [t for t in tail if t.kind == "rate"]
    # A table row has at most a dozen numeric columns; the search is cubic, so a line of hundreds of
    # numbers (junk, a bank statement) is cut to its last columns rather than explored.
    all_nums, all_joinable = _numbers(tail)
    nums, joinable = all_nums[-_MAX_COLUMNS:], all_joinable[-_MAX_COLUMNS:]
    # Money on an invoice always carries grosze; a line without two such amounts is not a row.
    if len(nums) < 2 or sum(bool(re.search(r"[,.]\d{2}$", t.text)) for t in nums) < 1:
        return None
    units = [t for t in tail if t.kind == "unit"]
    best: Row | None = None
    best_reading: list[_Num] = []
    for reading in sorted(_readings(nums, joinable, restore=True), key=len):
        if best is not None and best.score >= 710 * 100 - len(reading):
            break  # a perfect reading with fewer numbers cannot be beaten by one with more
        row = _solve(reading, rates, units, line, gross_table=gross_priced)
        if row is None:
            continue
        # Fewer numbers means more digit groups merged: "1 200,00" is one amount unless arithmetic says not.
        # A comma put back costs more than a number: the reading as printed wins any tie.
        restored = sum(n.restored for n in reading)
        row = dataclasses.replace(row, score=row.score * 100 - len(reading) - 20 * restored)
        if best is None or row.score > best.score:
            best, best_reading = row, reading
    if best is not None and best.vat_rate is None and len(rates) == 1:
        # The printed rate, even when the printed VAT does not match it: the checks must say so.
        best = dataclasses.replace(best, vat_rate=normalise_rate(rates[0].text))
    if best is not None:
        best = dataclasses.replace(best, unexplained=_unexplained(best, best_reading, rates))
    if best is not None and not rates and best.vat is None and len(best.unexplained) == 1:
        # An ERP's VAT column printed as a decimal without "%" ("23,00"): one number the arithmetic left
        # unused, spelt as a rate with zero grosze, is the row's rate (not a bare quantity taken for one).
        left = next(n for n in best_reading if n.value == best.unexplained[0])
        if re.fullmatch(r"(?:23|8|5|0)[,.]00", left.raw):
            best = dataclasses.replace(best, vat_rate=str(int(left.value)), unexplained=())
    return best


def _unexplained(row: Row, reading: list[_Num], rates: list[_Tok]) -> tuple[Decimal, ...]:
    used = {v for v in (row.qty, row.unit_net, row.unit_gross, row.net, row.vat, row.gross) if v is not None}
    percents = [Decimal(r) for r in (normalise_rate(t.text) for t in rates) if r and r.isdigit()]
    # a discount printed bare under a "Rabat %" heading ("3.709,71   5   3.524,22")
    percents += [n.value for n in reading if not n.decimals and 0 < n.value < 100 and n.value not in percents]

    def explained(value: Decimal) -> bool:
        if value in used or value == 0:
            return True
        # A list price before a discount column ("20 000,00 | 10% | 18 000,00"), or a value × qty.
        return any(
            _close((value * (100 - p) / 100).quantize(CENT), u, Decimal("0.02")) for p in percents for u in used
        ) or (row.qty is not None and any(_close(value, row.qty * u, Decimal("0.02")) for u in used))

    return tuple(
        num.value for num in reading if num.start >= row.name_end and num.decimals and not explained(num.value)
    )


def _solve(nums: list[_Num], rates: list[_Tok], units: list[_Tok], line: str, *, gross_table: bool) -> Row | None:
    rate_options: list[tuple[str | None, int]] = [(normalise_rate(r.text), r.start) for r in rates]
    # A rate column printed without "%": an integer among the usual rates, confirmed by the arithmetic.
    # What follows a multiplication sign is the price ("3 × 8 214,37"), never the rate.
    bare_rates = [
        n
        for n in nums
        if not n.decimals
        and str(n.value) in ("23", "22", "8", "7", "5", "0")
        and not re.search(r"[×xX*]\s*$", line[: n.start])
    ]
    # the rate column ends the row ("8 szt. 4 150,00 33 200,00 23"): the rightmost candidate first, so a
    # quantity that happens to be a rate ("8") never wins a tie against it
    rate_options += [(str(n.value), n.start) for n in reversed(bare_rates)]
    rate_options.append((None, -1))
    best: tuple[int, Row] | None = None
    n = len(nums)
    money_line = any(num.decimals for num in nums)
    qty_memo: dict[tuple[int, Decimal | None, Decimal | None], tuple[Any, ...]] = {}
    for ni, vi, gi in _triples(n):
        # Candidates come full triples first; once one fits, partial readings cannot beat it, and a
        # triple with its rate and a printed quantity cannot be beaten at all.
        if best is not None and (best[0] >= 710 or (best[0] >= 500 and (vi < 0 or gi < 0))):
            break
        net0 = nums[ni].value if ni >= 0 else None
        vat0 = nums[vi].value if vi >= 0 else None
        gross0 = nums[gi].value if gi >= 0 else None
        if net0 is not None and vat0 is not None and gross0 is not None and not _close(net0 + vat0, gross0):
            continue
        used = {i for i in (ni, vi, gi) if i >= 0}
        # Money columns carry grosze; an integer among them is a truncated OCR read ("14" for 14 450,00).
        if money_line and not all(nums[i].decimals for i in used):
            continue
        starts = {nums[i].start for i in used}
        for rate, rate_pos in rate_options:
            found = _candidate(
                nums,
                units,
                line,
                (ni, vi, gi),
                (net0, vat0, gross0),
                rate,
                rate_pos,
                starts,
                gross_table=gross_table,
                memo=qty_memo,
            )
            if found is not None and (best is None or found.score > best[0]):
                best = (found.score, found)
    return best[1] if best else None


_Amounts = tuple[Decimal | None, Decimal | None, Decimal | None]


def _amounts_fit(values: _Amounts, rate: str | None) -> tuple[_Amounts, int] | None:
    """net / VAT / gross as read, completed and checked against the rate, with their score (None: no fit)."""
    net, vat, gross = values
    score = 0
    if net is not None and vat is not None and gross is not None:
        score += 3
    elif net is not None and gross is not None:
        if rate is None:
            return None
        if rate.isdigit() and rate != "0":
            # No VAT column (net, rate, gross): the VAT is what the rate puts between them.
            derived = gross - net
            expected = vat_of(net, rate)
            if expected is None or not (
                _close(expected, derived, Decimal("0.02"))
                or _close(vat_from_gross(gross, rate), derived, Decimal("0.02"))
            ):
                return None
            vat = derived
        elif net != gross:
            return None
        score += 2
    elif net is not None and vat is not None and rate is None:
        return None
    elif net is None and vat is not None and gross is not None:
        # The net column misread (a digit lost): net = gross − VAT, if the rate confirms it.
        if rate is None or not rate.isdigit():
            return None
        net = gross - vat
        score += 1
    if rate is not None and net is not None and vat is not None:
        expected = vat_of(net, rate)
        by_net = expected is not None and _close(expected, vat, Decimal("0.02"))
        by_gross = gross is not None and _close(vat_from_gross(gross, rate), vat, Decimal("0.02"))
        if not (by_net or by_gross):
            return None
        score += 2
    elif rate is not None and net is not None and vat is None and gross is None:
        score += 1  # a table with the value and the rate but no VAT column
    return (net, vat, gross), score


def _name_end(
    nums: list[_Num],
    units: list[_Tok],
    line: str,
    first: int,
    qi: int | None,
    price_index: int | None,
    qty: Decimal | None = None,
) -> tuple[int, _Tok | None]:
    """Where the item's name ends (the first numeric column of the reading, or its unit) and the unit kept."""
    qi = _quantity_after_price(nums, units, line, first, qi, price_index, qty)
    unit = _unit_near(units, nums, qi)
    start = nums[first].start if first < len(nums) else len(line)
    if qi is not None:
        start = min(start, nums[qi].start)
    if price_index is not None:
        start = min(start, nums[price_index].start)
    if unit is not None and unit.start < start:
        # A unit printed before the quantity ("J.m. | Ilość") is an abbreviation; a word of the name
        # that happens to be a unit ("na 3 lata 3 szt.") is not.
        if unit.text.endswith(".") or unit.text.lower() in _DOTTED_UNITS | {"m-c", "jm", "kg", "mb", "m2"}:
            start = unit.start
            # "… GravityZone  58.29.50.0  6  lic.  159,9451  6  150,3484": the quantity is the figure before its
            # unit; the same figure after the catalogue price is a discount, and the first no part of the name
            by_unit = [n for n in nums if n.start < start and not line[n.start + len(n.raw) : start].strip()]
            if by_unit and qty is not None and by_unit[-1].value == qty and not by_unit[-1].decimals:
                start = by_unit[-1].start
        else:
            unit = None
    return start, unit


def _quantity_after_price(
    nums: list[_Num],
    units: list[_Tok],
    line: str,
    first: int,
    qi: int | None,
    price_index: int | None,
    qty: Decimal | None,
) -> int | None:
    """ "… UTP na 1  3 907,72  1  kpl.": a table printing the price before the quantity (KSeF's "Cena jedn. netto |
    Ilość | Miara"); the same figure ending the name is the name's, the one before the unit the quantity."""
    if qi is None or price_index is None or qty is None or qi >= price_index:
        return qi
    for k in range(price_index + 1, min(first, len(nums))):
        num = nums[k]
        end = num.start + len(num.raw)
        if (
            num.value == qty
            and not num.decimals
            and any(u.start >= end and not line[end : u.start].strip() for u in units)
        ):
            return k
    return qi


def _one_amount_split(nums: list[_Num], line: str, qty: Decimal | None, qi: int | None, price: Decimal | None) -> bool:
    """ "1 800,00 zw 1 800,00": a quantity of 1 that is the head of the price's digit groups proves
    nothing (1 × price = price) when the row prints the same digits again as one amount, so it earns the
    reading nothing and the merged amount, 1 800,00, wins; "1 800,00 800,00 23% …" keeps its 1."""
    if qty != 1 or qi is None or qi < 0 or qi + 1 >= len(nums) or nums[qi + 1].value != price:
        return False
    head, tail = nums[qi], nums[qi + 1]
    between = line[head.start + len(head.raw) : tail.start]
    merged = f"{head.raw} {tail.raw}"
    return (
        re.fullmatch(r"\d{1,3}", head.raw) is not None
        and re.fullmatch(r"\d{3}[,.]\d{2}", tail.raw) is not None
        and between.strip() == ""
        and len(between) <= 2
        # the same digits printed again in the row as one amount (the value column)
        and len(re.findall(rf"(?<![\d,.]){re.escape(merged)}(?![\d,.])", " ".join(line.split()))) >= 2
    )


def _candidate(
    nums: list[_Num],
    units: list[_Tok],
    line: str,
    idx: tuple[int, int, int],
    values: _Amounts,
    rate: str | None,
    rate_pos: int,
    starts: set[int],
    *,
    gross_table: bool,
    memo: dict[tuple[int, Decimal | None, Decimal | None], tuple[Any, ...]],
) -> Row | None:
    """One reading: these indices as net / VAT / gross at this rate, scored, or None if it does not fit."""
    ni, vi, gi = idx
    n = len(nums)
    used = {i for i in idx if i >= 0}
    fit = None if rate_pos >= 0 and rate_pos in starts else _amounts_fit(values, rate)
    if fit is None:
        return None
    (net, vat, gross), score = fit
    if gross_table and vi < 0 and gi < 0:
        net, gross = None, net  # the only value column of a gross-priced table
    first = min(used) if used else n
    key = (first, net, gross)
    if key not in memo:
        memo[key] = _qty_price(nums[:first], net, gross, rate)
    qty, price, gross_priced, qi = memo[key]
    if qty is None and first > 0 and not nums[first - 1].decimals and nums[first - 1].value == 1 and net is not None:
        # "1 szt. 3 522,93 …": one unit, its price printed once as the value.
        qty, price, qi = Decimal(1), net, first - 1
    if qty is None and ni >= 0 and vi < 0 and gi < 0 and rate is not None and rate.isdigit() and not gross_table:
        # One value column after qty × net price and the rate: the line's gross ("10 szt. 217,90 23% 2 680,17").
        found = _qty_price_gross(nums[:first], net, rate) if net is not None else None
        if found is not None:
            qty, price, qi, line_net = found
            net, gross, vat = line_net, values[0], values[0] - line_net  # type: ignore[operator]
            score += 1
    price_index = _index_of_price(nums[:first], price)
    if qi is not None and qi < 0:
        qi = -qi - 1  # a derived quantity: weaker evidence than a printed one
        score += 1
    elif qty is not None and not _one_amount_split(nums, line, qty, qi, price):
        score += 2
    if ni >= 0 and vi < 0 and gi < 0 and qty is None:
        return None
    # The numeric columns end the row; among equal readings the first found (rightmost) is kept.
    score = score * 100 + (10 if used and max(used) == n - 1 else 0)
    start, unit = _name_end(nums, units, line, first, qi, price_index, qty)
    # wFirma prints the rate column before the quantity.
    if rate is not None and 0 <= rate_pos < start:
        start = rate_pos
    return Row(
        name_end=start,
        qty=qty,
        unit=unit.text.lower() if unit else None,
        unit_net=None if gross_priced else price,
        unit_gross=price if gross_priced else None,
        net=net,
        vat_rate=rate,
        vat=vat if vat is not None else (Decimal("0.00") if rate is not None and not rate.isdigit() else None),
        # An exempt ("zw", "np") or 0 % row printing one value: that value is its gross too.
        gross=gross if gross is not None or net is None or rate is None or (rate.isdigit() and rate != "0") else net,
        score=score,
    )


def _index_of_price(before: list[_Num], price: Decimal | None) -> int | None:
    if price is None:
        return None
    return max((i for i, num in enumerate(before) if num.value == price), default=None)


@functools.cache
def _pair_order(n: int) -> tuple[tuple[int, int], ...]:
    return tuple(sorted(itertools.permutations(range(n), 2), key=lambda p: (p[0] > p[1], abs(p[1] - p[0]))))


@functools.cache
def _triples(n: int) -> tuple[tuple[int, int, int], ...]:
    out = []
    for gi in range(n - 1, -1, -1):
        for vi in range(gi - 1, -1, -1):
            for ni in range(vi - 1, -1, -1):
                out.append((ni, vi, gi))
    for gi in range(n - 1, -1, -1):
        for ni in range(gi - 1, -1, -1):
            out.append((ni, -1, gi))
            out.append((ni, gi, -1))
            out.append((-1, ni, gi))
            out.append((-1, gi, ni))  # gross-priced tables: "Wartość brutto | w tym VAT"
    for ni in range(n - 1, -1, -1):
        out.append((ni, -1, -1))
    return tuple(out)


def _qty_price(
    before: list[_Num], net: Decimal | None, gross: Decimal | None, rate: str | None
) -> tuple[Decimal | None, Decimal | None, bool, int | None]:
    """(qty, unit price, gross-priced?, index) such that qty × price equals the value.

    The index is negative (-index - 1) when the quantity was derived rather than printed.
    """
    # The quantity is nearest to the price: "UTP na 3 | 3 szt. | 7 495,50" takes the second 3.
    for qi, pi in _pair_order(len(before)):
        q, p = before[qi].value, before[pi].value
        if q <= 0 and p <= 0 and net is not None and net > 0:
            continue
        # The quantity comes first unless it is a plain integer printed after the price
        # ("Cena jedn. netto | Ilość" in KSeF visualisations); a price always has grosze.
        if not (qi < pi or not before[qi].decimals):
            continue
        if before[qi].decimals and not before[pi].decimals:
            continue
        value = (q * p).quantize(CENT, ROUND_HALF_UP)
        if net is not None and _close(value, net, Decimal("0.02")):
            return q, p, False, qi
        if gross is not None and _close(value, gross, Decimal("0.02")):
            return q, p, True, qi
    discounted = _qty_price_discount(before, net)
    if discounted is not None:
        return discounted
    # The quantity column lost (OCR): a unit price that divides the value into a whole number.
    for pi in range(len(before) - 1, -1, -1):
        price = before[pi].value
        if not before[pi].decimals or price <= 0:
            continue
        for total, gross_priced in ((net, False), (gross, True)):
            if total is None:
                continue
            qty = total / price
            if qty == qty.to_integral_value() and 1 <= abs(qty) <= 10000:
                return qty.quantize(Decimal(1)), price, gross_priced, -pi - 1
    return None, None, False, None


def _qty_price_discount(
    before: list[_Num], net: Decimal | None
) -> tuple[Decimal | None, Decimal | None, bool, int | None] | None:
    """ "15 szt. 2 257,47 3 32 846,19": quantity × catalogue price less a discount in % (the whole
    number printed right after the price) gives the net value."""
    if net is None or net <= 0:
        return None
    for di in range(len(before) - 1, 1, -1):
        d = before[di].value
        if before[di].decimals or not 0 < d < 100:
            continue
        pi = di - 1
        p = before[pi].value
        if not before[pi].decimals or p <= 0:
            continue
        for qi in range(pi - 1, -1, -1):
            q = before[qi].value
            if q <= 0 or (before[qi].decimals and q != q.to_integral_value()):
                continue
            value = (q * p * (100 - d) / 100).quantize(CENT, ROUND_HALF_UP)
            if _close(value, net, max(Decimal("0.02"), q / 100)):
                return q, p, False, qi
            break  # the quantity is the number right before the price
    return None


def _qty_price_gross(before: list[_Num], gross: Decimal, rate: str) -> tuple[Decimal, Decimal, int, Decimal] | None:
    """(qty, unit net price, qty index, line net) with qty × price × (1 + rate) = the line's gross."""
    factor = 1 + Decimal(rate) / 100
    for qi, pi in _pair_order(len(before)):
        q, p = before[qi].value, before[pi].value
        if qi > pi or (before[qi].decimals and not before[pi].decimals) or q <= 0 or p <= 0:
            continue
        net = (q * p).quantize(CENT, ROUND_HALF_UP)
        if _close((net * factor).quantize(CENT, ROUND_HALF_UP), gross, Decimal("0.02")):
            return q, p, qi, net
    return None


def _unit_near(units: list[_Tok], nums: list[_Num], qi: int | None) -> _Tok | None:
    if not units:
        return None
    if qi is None:
        return units[0]
    anchor = nums[qi].start
    return min(units, key=lambda u: abs(u.start - anchor))
