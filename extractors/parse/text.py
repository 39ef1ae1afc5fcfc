"""Line normalisation shared by the invoice and protocol parsers (text PDFs and OCR alike)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.models import ExtractionWarning

from .numbers import fix_ocr_digits

# Table borders as OCR reads them, and the box-drawing characters some PDFs carry in their text layer.
_BORDERS = re.compile(r"[|¦│┃║┆┊╎]")
_PAGE_NOISE = re.compile(r"(?i)^\s*(?:strona|str\.)\s*\d+\s*(?:z|/|of)\s*\d+\s*$|^\s*-\s*\d+\s*-\s*$")
# "2/3" alone on a line: page 2 of 3 — but "58/2026" alone is a document's number (a form's "Nr" box).
_PAGE_OF = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")


def _page_noise(raw: str) -> bool:
    page = _PAGE_OF.match(raw)
    return bool(_PAGE_NOISE.match(raw)) or (page is not None and 0 < int(page.group(1)) <= int(page.group(2)))


@dataclass(frozen=True, slots=True)
class Line:
    raw: str  # spacing kept: wide gaps hint at columns
    text: str  # single-spaced, borders removed, OCR digit look-alikes fixed


def split_lines(text: str, *, ocr: bool) -> list[Line]:
    lines = []
    # A form feed (page break from the PDF backend) becomes a sentinel line: a name never wraps across pages.
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\f\n").split("\n"):
        if raw == "\f":
            lines.append(Line("\f", ""))
            continue
        raw = _BORDERS.sub(" ", raw.replace("\t", "   ").replace("\u00a0", " ")).rstrip()
        if _page_noise(raw):
            continue
        if ocr:
            # "1   m-     551,00", "1  m-<  3 569,56": the unit "m-c" (a month) with its small c lost or misread
            raw = re.sub(r"(?<=\d)(\s+)m-(?:[<(e]|\s)(?=\s*\d)", r"\1m-c", raw)
        clean = re.sub(r"\s+", " ", raw).strip()
        # A stray underscore or long dash left by a table rule is not content.
        if re.fullmatch(r"[-_=—.\s]{3,}", clean) and not re.search(r"\.{5,}|_{5,}", clean):
            clean = ""
        if ocr:
            clean = _ocr_cleanup(clean)
            # OCR splits "14 200,00" into "14 200, 00" or "14 200 ,00".
            # (not "i5-13500, 16 GB": a list of specifications, a unit after the figure)
            clean = re.sub(
                # (nor "VAT 2. 23%": a speck before a rate)
                r"(\d)\s?([,.])\s(\d{2})(?!\d)(?!\s?(?:GB|TB|MB|GHz|MHz|W|VA|cali|mm|cm|m|\"|”|%)(?!\w))",
                r"\1\2\3",
                clean,
            )
            clean = re.sub(r"(\d)\s([,.])(\d{2})(?!\d)", r"\1\2\3", clean)
            # A speck between digit groups: "7? 890,00" is 7 890,00.
            clean = re.sub(r"(?<=\d)[?'`’]\s(?=\d{3}[,.]\d{2}(?!\d))", " ", clean)
        lines.append(Line(raw, clean))
    return lines


# What OCR makes of specks and table rules in front of a name: never the start of a real one.
SPECKS = "-–—\"'„”“«»•·*~|_ "


def _ocr_cleanup(clean: str) -> str:
    # Specks read as quotes or brackets in front of the Lp column, dots after amounts ("17527,50.").
    clean = re.sub(r"^[\"'„”“`\[\]{}~*«»•·]+\s*", "", clean)
    clean = re.sub(r"(\d[,.]\d{2})[.\]\"'|]+(?=\s|$)", r"\1", clean)
    # ... and in front of the last amount of a row ("2047,00    .10 947,00"): a speck of the cell rule
    clean = re.sub(r"(?<=\d[,.]\d{2})(\s+)[.,'`|](?=\d{1,3}(?:\s\d{3})*[,.]\d{2}\s*$)", r"\1", clean)
    # A lone character on a line is a speck or a table rule, not content ("2U" is kept: it has a digit).
    if len(clean) <= 1 or (len(clean) == 2 and not re.search(r"\d", clean)):
        return ""
    # "2  - Drukarka …": a speck of the cell rule between a row's number and its name
    clean = re.sub(r"^(\d{1,3}[.)]?) [-–—] (?=[^\W\d_]{2})", r"\1 ", clean)
    # "$" inside a document number's segment is OCR's S ("220/$/2026", "FV/$K/12")
    clean = re.sub(r"(?<=[/\-])\$(?=[A-Z]*[/\-])|(?<=[/\-][A-Z])\$(?=[A-Z]*[/\-])", "S", clean)
    return _razem(_lost_capital_i(fix_ocr_digits(clean)))


# Tesseract drops the thin capital I opening a word ("Bezpieczeństwa nformacji", "nstytut", "nwestycji"):
# no Polish word starts with an n and then one of these consonants, and such a word after a capitalised
# one is a name's I-word.
_LOST_I = re.compile(r"(\b[A-ZŁŚŻŹĆÓ][a-ząćęłńóśźż]{2,} )n(?=[fstwż][a-ząćęłńóśźż]{4,}\b)")


def _lost_capital_i(clean: str) -> str:
    return _LOST_I.sub(r"\1In", clean)


# A word opening a line of amounts only: the table's totals row when it is a letter from "Razem".
_FIRST_OF_AMOUNTS = re.compile(r"^([^\W\d]{4,6})(?=(?:\s+\d{1,3}(?:\s?\d{3})*[,.]\d{2}){2,4}\s*$)")


def _razem(clean: str) -> str:
    """ "Razzm  15 422,74  3 547,23  18 969,97": OCR garbled the totals row's label; read as an item,
    the row would double the document's sum."""
    m = _FIRST_OF_AMOUNTS.match(clean)
    if m is None or m.group(1).lower() == "razem" or fuzz.ratio(m.group(1).lower(), "razem") < 80:
        return clean
    return "Razem" + clean[m.end(1) :]


def warn(code: str, message: str) -> ExtractionWarning:
    return ExtractionWarning(code, message)


def find_label_value(lines: list[Line], pattern: re.Pattern[str], *, lookahead: int = 1) -> tuple[int, str] | None:
    """Text after the first label match (same line), or the next non-empty lines when it is empty."""
    for index, line in enumerate(lines):
        m = pattern.search(line.text)
        if not m:
            continue
        rest = line.text[m.end() :].strip(" :")
        if rest:
            return index, rest
        for follow in lines[index + 1 : index + 1 + lookahead]:
            if follow.text:
                return index, follow.text
    return None
