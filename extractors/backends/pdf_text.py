"""Text PDFs (from invoicing software) → layout-preserving text per page.

Words with positions come from pdfium's text page (C, ~5 ms a page); pdfplumber (pure Python,
~55 ms a page) is the fallback when pdfium's character boxes do not line up with its text. Both feed
the same `words_to_text` layout.

A page whose text layer is missing or unusable (a scan, or fonts without a Unicode map that come out
as "(cid:12)" or as private-use glyphs) is reported as `None`, so the caller OCRs just that page.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable

from extractors.backends.layout import Word, words_to_text

# A page with fewer real characters than this carries no usable text layer (a scan may still hold
# a stray page number or a producer stamp as text).
MIN_CHARS = 25
_CID = re.compile(r"\(cid:\d+\)")


def is_available() -> bool:
    try:
        import pdfplumber  # noqa: F401
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def usable(text: str) -> bool:
    """True when the text layer reads as text (enough letters, not a font's glyph ids)."""
    letters = sum(ch.isalnum() for ch in text)
    if letters < MIN_CHARS:
        return False
    cid = len(_CID.findall(text))
    # Fonts without a Unicode map come out as U+FFFD, control codes or private-use glyph codes.
    odd = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\t\f") or "\ue000" <= ch <= "\uf8ff")
    return cid * 6 < letters and odd * 20 < letters


# A new word starts where the gap to the previous glyph exceeds this many points (as pdfplumber's
# x_tolerance): tighter than any space, wider than kerning.
WORD_GAP = 1.5


# Text turned by a quarter (a register printed along the margin) is shorter than this when it is a
# stamp's word or two ("ORYGINAŁ", "KOPIA") rather than a line worth reading.
MIN_TURNED = 16


def _turned_test(textpage: object) -> Callable[[int], bool]:
    """Whether the page's character at an index is printed turned by 90° or 270° (read along the page's
    edge); pdfium gives each character's angle."""
    import pypdfium2.raw as pdfium_c

    angle_of, handle = pdfium_c.FPDFText_GetCharAngle, textpage.raw  # type: ignore[attr-defined]

    def turned(index: int) -> bool:
        angle = angle_of(handle, index)
        return angle >= 0 and abs(math.sin(angle)) > 0.9

    return turned


def _turned_lines(runs: list[list[str]], words: list[Word]) -> list[Word]:
    """Each run of turned text as a line of its own above the page's text, its parts ("•", "|") as
    cells: a register printed along the margin ("Infonet Sp. z o.o. • ul. … • KRS … • NIP …") names
    the issuer, as a letterhead does."""
    out: list[Word] = []
    above = min((w.top for w in words), default=0.0)
    left = min((w.x0 for w in words), default=0.0)
    for run in reversed(runs):
        parts = [" ".join(p.split()) for p in re.split(r"\s[•|·]\s", "".join(run))]
        parts = [p for p in parts if p]
        if sum(len(p) for p in parts) < MIN_TURNED:
            continue
        above -= 14.0
        x = left
        for part in parts:
            out.append(Word(part, x, x + 5.0 * len(part), above, above + 10.0))
            x += 5.0 * len(part) + 20.0
    return out


def _pdfium_words(page: object) -> list[Word] | None:
    """Words of one pdfium page, or None when its text and boxes disagree (then use pdfplumber).
    Text printed turned along the page's edge is read as lines of its own under the page's text."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:
            return None
        height = page.get_height()  # type: ignore[attr-defined]
        words: list[Word] = []
        chars: list[str] = []
        runs: list[list[str]] = []
        in_run = False
        turned = _turned_test(textpage)
        x0 = x1 = top = bottom = 0.0
        for i, ch in enumerate(text):
            if ch != "\x00" and (not ch.isspace() or in_run) and turned(i):
                if not in_run:
                    runs.append([])
                runs[-1].append(" " if ch.isspace() else ch)
                in_run = True
                continue
            if not ch.isspace():
                in_run = False
            elif in_run:
                runs[-1].append(" ")
                continue
            if ch.isspace() or ch == "\x00":
                if chars:
                    words.append(Word("".join(chars), x0, x1, top, bottom))
                    chars = []
                continue
            left, low, right, high = textpage.get_charbox(i, loose=True)
            c_top, c_bottom = height - high, height - low
            same_line = chars and abs((c_top + c_bottom) - (top + bottom)) / 2 < max(2.0, (bottom - top) * 0.5)
            if chars and (not same_line or left - x1 > WORD_GAP or left < x0 - WORD_GAP):
                words.append(Word("".join(chars), x0, x1, top, bottom))
                chars = []
            if not chars:
                x0, x1, top, bottom = left, right, c_top, c_bottom
            else:
                x1 = max(x1, right)
                top, bottom = min(top, c_top), max(bottom, c_bottom)
            chars.append(ch)
        if chars:
            words.append(Word("".join(chars), x0, x1, top, bottom))
        return words + _turned_lines(runs, words)
    finally:
        textpage.close()


def _plumber_words(data: bytes, index: int) -> list[Word]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), pages=[index + 1]) as pdf:
        page = pdf.pages[0]
        raw = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=WORD_GAP, y_tolerance=3)
        return [Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"])) for w in raw]


def extract_pages(data: bytes) -> list[str | None]:
    """Layout text for each page, or None for a page that needs OCR."""
    import pypdfium2 as pdfium

    pages: list[str | None] = []
    doc = pdfium.PdfDocument(data)
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                words = _pdfium_words(page)
            finally:
                page.close()
            if words is None:
                words = _plumber_words(data, index)
            origin = min((w.x0 for w in words), default=0.0)
            text = words_to_text(words, origin=origin)
            pages.append(text if usable(text) else None)
    finally:
        doc.close()
    return pages


def extract_pages_pdfplumber(data: bytes) -> list[str | None]:
    """The same as `extract_pages` through pdfplumber only (kept for comparison in tests)."""
    import pdfplumber

    pages: list[str | None] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            raw = page.extract_words(
                keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5, y_tolerance=3, extra_attrs=["size"]
            )
            words = [Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"])) for w in raw]
            # Cells that overflow into each other (no gap) are still glued; pdfplumber's gap rule is
            # relative to x_tolerance, so keep it tight and let `words_to_text` join phrases.
            origin = min((w.x0 for w in words), default=0.0)
            text = words_to_text(words, origin=origin)
            pages.append(text if usable(text) else None)
            page.close()  # pdfplumber caches layout objects per page; free them on long PDFs
    return pages
