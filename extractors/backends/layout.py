"""Words with positions → lines of text that keep the page's columns apart.

Shared by the text-PDF and OCR backends so the parser sees the same shape from both: words of one
phrase are joined by one space, words in different columns by at least two, and a column starts
roughly where it starts on the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    # Tesseract's confidence in the word, 0-100 (None for text-layer PDFs, which are certain). The
    # parser flags fields built from low-confidence tokens as uncertain.
    confidence: float | None = None

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


def group_lines(words: Iterable[Word]) -> list[list[Word]]:
    """Cluster words into visual lines by their vertical middle, each line sorted left to right."""
    ordered = sorted((w for w in words if w.text.strip()), key=lambda w: (w.middle, w.x0))
    if not ordered:
        return []
    tolerance = 0.45 * median(w.height for w in ordered)
    lines: list[list[Word]] = [[ordered[0]]]
    for prev, w in pairwise(ordered):
        # Chain by the nearest middle, not the line's first word: a slightly tilted line (a scan
        # after deskew, a photo) drifts by more than the tolerance end to end but not word to word.
        if w.middle - prev.middle > tolerance:
            lines.append([])
        lines[-1].append(w)
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def char_width(words: Sequence[Word]) -> float:
    widths = [(w.x1 - w.x0) / len(w.text) for w in words if len(w.text) >= 2 and w.x1 > w.x0]
    return median(widths) if widths else 5.0


def render_lines(
    lines: Sequence[Sequence[Word]], *, origin: float = 0.0, cw: float | None = None, space_ratio: float = 0.45
) -> str:
    """Lay lines out on a character grid of the page's typical character width.

    Two words belong to one phrase when the gap between them is at most `space_ratio` times the
    line's text height: relative to height, so a large bold title stays one phrase while table
    cells (padding on both sides of a rule) fall apart into columns.
    """
    all_words = [w for line in lines for w in line]
    if not all_words:
        return ""
    cw = cw or char_width(all_words)
    out: list[str] = []
    for line in lines:
        space = space_ratio * median(w.height for w in line)
        text = ""
        prev: Word | None = None
        for w in line:
            column = round((w.x0 - origin) / cw)
            if prev is None:
                text = " " * max(0, column)
            elif w.x0 - prev.x1 <= space:
                text += " "
            else:
                text += " " * max(2, column - len(text))
            text += w.text
            prev = w
        out.append(text.rstrip())
    return "\n".join(out)


def words_to_text(words: Iterable[Word], *, origin: float = 0.0, space_ratio: float = 0.45) -> str:
    return render_lines(group_lines(words), origin=origin, space_ratio=space_ratio)
