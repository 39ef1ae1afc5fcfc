"""The page's layout as the backends lay it out: cells on a character grid.

Both backends (text PDF and OCR) place every word at the character column of its x position and
separate phrases in different columns by two or more spaces (`extractors.backends.layout`). A
*cell* is such a phrase with its column range, so a label's value can be looked for to its right
on the same line or under it in the same column, and a block can be bounded by its neighbours.

    normalise_layout(text)       letter-spaced titles ("F A K T U R A  V A T") joined back, dot leaders
                                 ("Razem netto . . . . . 9 894,70") made blank
    cells(raw)                   the phrases of one raw line with their column ranges
    value_near(lines, i, start, end, accept)
                                 the value of a label: right of it, or under it
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import Line

_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W_] {1,6}){3,}[^\W_](?!\S)")


def _join_spaced(match: re.Match[str]) -> str:
    run = match.group(0)
    gaps = [len(g) for g in re.findall(r" +", run)]
    letters = sum(ch.isalpha() for ch in run)
    if letters < 3:
        return run
    narrow = min(gaps)
    if narrow > 3:
        return run  # single letters in table columns, not one spaced word
    # Letters of one word are `narrow` apart; a wider gap separates words.
    words = re.split(f" {{{narrow + 1},}}", run)
    joined = "  ".join(_TITLE_WORDS.sub(r"\1  ", w.replace(" ", "")) for w in words)
    return joined.ljust(len(run))


# A whole amount printed with a dash for its grosze ("1 400,-", "150,--", "2 000,–"): a bookkeeping
# convention of hand-made templates. Not a range ("1,-2"), nor a minus before the next word.
# (OCR: "3 444, -" with a space before the dash)
_WHOLE = re.compile(r"(?<=\d)[,.] ?(?:--|[-\u2013\u2014])(?=\s|$|zł|PLN)")
# On a page printing whole amounts so, OCR may lose a dash: "1800,  23%" (a comma ending a figure before a gap).
_WHOLE_LOST = re.compile(r"(?<=\d),(?= {2,}|$)")
_WHOLE_FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)$")


def _whole_amounts(line: str) -> str:
    """ "1 400,-" → "1 400,00" in place: the figure grows one character to the left into the gap before it
    (right-aligned columns keep their right edge), or to the right when no gap is there."""
    out = line
    marks = sorted([*_WHOLE.finditer(line), *_WHOLE_LOST.finditer(line)], key=lambda m: m.start())
    for m in reversed(marks):
        figure = _WHOLE_FIGURE.search(out[: m.start()])
        if figure is None or (line[m.start()] == "." and not out[: figure.start()].strip()):
            continue  # "1.- Opis": a list's number
        start, grow = figure.start(), 3 - len(m.group(0))  # ",-" grows by one, "," by two, ",--" keeps its width
        head, tail = out[:start], out[m.end() :]
        body = out[start : m.start()] + ",00"
        for _ in range(max(grow, 0)):
            if head.endswith("  "):
                head = head[:-1]
            elif tail.startswith("  "):
                tail = tail[1:]
        out = head + body + tail
    return out


# A title whose words were set with the same gap as its letters ("P R O T O K Ó Ł O D B I O R U"):
# the first word of a document title is cut off again.
_TITLE_WORDS = re.compile(
    r"(?i)^(protok[óo]ł|faktura)(?=odbioru|zdawczo|przekazania|końcow|częściow|vat|korygująca|pro|nr)"
)


# Dot leaders between a label and its value ("Razem netto . . . . . 9 894,70 zł", "Podpis ........"):
# four or more dots, spaced or not, with nothing else between them.
_LEADER = re.compile(r"(?:(?<=\s)|(?<=\S\S))\.(?: ?\.){3,}(?=\s|$)")


# "35 517 zł 81 gr": an amount written out in złoty and grosze.
_ZL_GR = re.compile(r"(?<![\d,.])(\d{1,3}(?: \d{3})*|\d+) ?(?:zł|zl) (\d{2}) ?gr\b")


def _grosze_columns(text: str) -> str:
    """Amounts printed in a form's split columns ("3 253  63" under "zł  gr") or as "35 517 zł 81 gr"
    become ordinary amounts ("3 253,63"), in place: the złoty cell and the grosze cell under the
    header's "gr" are one value."""
    out: list[str] = []
    gr_columns: list[tuple[int, int]] = []
    for line in text.split("\n"):
        heads = [c.text for c in cells(line)]
        if heads.count("gr") >= 2 and heads.count("gr") + heads.count("zł") >= 0.7 * len(heads):
            # (OCR garbles a "zł" of the header now and then: "A  gr")
            gr_columns = [(c.start, c.end) for c in cells(line) if c.text == "gr"]
            out.append(line)
            continue
        if gr_columns and re.search(r"\d", line):
            line = re.sub(r"(?<=\d)\|(?=\d{2}\b)", ",", line)  # "3253|63": a cell border between them
            row = cells(line)
            chars = list(line)
            for left, right in itertools.pairwise(row):
                under = any(lo - 2 <= right.start and right.end <= hi + 2 for lo, hi in gr_columns)
                zloty = re.search(r"(?:^|\s)(?:\d{1,3}(?: \d{3})*|\d{4,9})$", left.text)
                if under and zloty and re.fullmatch(r"\d{2}\.?", right.text):
                    chars[left.end : right.end] = list(("," + right.text[:2]).ljust(right.end - left.end))
            line = "".join(chars)
        out.append(line)
    return _ZL_GR.sub(lambda m: f"{m.group(1)},{m.group(2)} zł", "\n".join(out))


# A cell at the page's left edge made of single characters (a vertical line of text read across: "8",
# "- 8", "P I N", "ł i a z"), where nothing else of the page starts.
_STRIP_CELL = re.compile(r"^ {0,2}(?:\S{1,2}(?: \S{1,2}){0,4})(?= {2,}\S|\s*$)")
# Lines of such cells a page needs before they are taken for a vertical margin strip.
_STRIP_LINES = 10


def _without_margin_strip(page: str) -> str:
    """A register printed vertically along the page's left margin ("KRS … NIP … kapitał zakładowy …",
    turned 90°) reaches the text as one or two characters at the start of many lines: blanked, so they
    never join an item's name or a party's block. Only when the page's own text starts right of them."""
    lines = page.split("\n")
    hits = {k: m.end() for k, line in enumerate(lines) if (m := _STRIP_CELL.match(line)) and line.strip()}
    if len(hits) < _STRIP_LINES:
        return page
    widest = max(hits.values())
    others = [len(line) - len(line.lstrip()) for k, line in enumerate(lines) if line.strip() and k not in hits]
    if not others or min(others) < widest + 2:
        return page
    for k, end in hits.items():
        lines[k] = " " * end + lines[k][end:]
    return "\n".join(lines)


# A title word OCR broke into pieces at a cell's start ("Fa ktu ra VAT nr …", "Faktu ra VAT": a title set in large
# type, its letters spaced unevenly), before what follows a title (VAT, nr, a kind) or alone on its line.
_SPLIT_TITLE = re.compile(
    r"(?im)(^ *|(?<=\S {3}))(?=[^\n]{0,8}\s)(F ?a ?k ?t ?u ?r ?a|F ?A ?K ?T ?U ?R ?A)"
    r"(?=\s+(?:vat|nr|korygująca|pro\s?forma|zaliczkowa|końcowa)\b|\s*$)"
)


def normalise_layout(text: str) -> str:
    """Letter-spaced headings ("F A K T U R A  V A T  nr 12/2026") become words again; dot leaders become
    the blank space they stand for, so a label and its value are two cells of the line; amounts split
    into złoty and grosze are joined; a register printed vertically in the left margin is blanked."""
    text = "\f".join(_without_margin_strip(page) for page in text.split("\f"))
    if _SPLIT_TITLE.search(text):
        text = _SPLIT_TITLE.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    if "...." in text or ". . . ." in text:
        text = _LEADER.sub(lambda m: " " * max(len(m.group(0)), 3), text)
    if re.search(r"\bgr\b", text):
        text = _grosze_columns(text)
    if _WHOLE.search(text):
        text = "\n".join(
            _whole_amounts(line) if _WHOLE.search(line) or _WHOLE_LOST.search(line) else line
            for line in text.split("\n")
        )
    if not _SPACED_RUN.search(text):
        return text
    return "\n".join(_SPACED_RUN.sub(_join_spaced, line) if len(line) < 400 else line for line in text.split("\n"))


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int  # character column in the raw line
    end: int


def cells(raw: str) -> list[Cell]:
    """Phrases of a raw line: runs of text separated by two or more spaces."""
    return [Cell(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", raw)]


def cell_at(raw: str, column: int) -> Cell | None:
    return next((c for c in cells(raw) if c.start <= column < c.end), None)


def overlapping(raw: str, start: int, end: int, *, slack: int = 2) -> list[Cell]:
    """Cells of a line that overlap the column range [start, end) (a value under a label)."""
    return [c for c in cells(raw) if c.start < end + slack and c.end > start - slack]


def raw_span(line: Line, offset: int, length: int) -> tuple[int, int] | None:
    """Where `line.text[offset:offset+length]` (single-spaced) sits in the raw line."""
    words_before = len(line.text[:offset].split())
    words_in = max(1, len(line.text[offset : offset + length].split()))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", line.raw)]
    if words_before + words_in > len(spans):
        return None
    return spans[words_before][0], spans[words_before + words_in - 1][1]


def value_near(
    lines: list[Line], index: int, start: int, end: int, accept: Callable[[str], str | None], *, below: int = 3
) -> str | None:
    """The value of the label spanning raw columns [start, end) of line `index`.

    Right of the label in the same cell, else the next cell to its right, else the cell under the
    label in one of the following lines (a header row of labels with values beneath).
    """
    raw = lines[index].raw
    own = cell_at(raw, start)
    if own is not None:
        tail = raw[end : own.end].strip(" :")
        if tail:
            found = accept(tail)
            if found:
                return found
        right = [c for c in cells(raw) if c.start >= own.end]
        if right:
            found = accept(right[0].text)
            if found:
                return found
        column_end = own.end
    else:
        column_end = end
    seen = 0
    for follow in lines[index + 1 :]:
        if follow.raw == "\f":
            break
        if not follow.raw.strip():
            continue
        seen += 1
        if seen > below:
            break
        for c in overlapping(follow.raw, start, column_end):
            found = accept(c.text)
            if found:
                return found
    return None
