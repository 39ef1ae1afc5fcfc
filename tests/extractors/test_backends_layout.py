"""Words with positions → column-preserving text (shared by the text-PDF and OCR backends)."""

from __future__ import annotations

import re

import pytest

from extractors.backends.layout import Word, group_lines, words_to_text


def _row(y: float, *cells: tuple[float, str], h: float = 10.0, space: float = 3.0, cw: float = 5.5) -> list[Word]:
    """Words of one line: each cell starts at x and its words are `space` apart."""
    words = []
    for x, text in cells:
        for part in text.split():
            width = cw * len(part)
            words.append(Word(part, x, x + width, y, y + h))
            x += width + space
    return words


def test_phrase_words_join_with_one_space_and_columns_with_two() -> None:
    words = _row(100, (0, "Firewall FortiGate 60F"), (200, "1"), (230, "szt."), (300, "7 890,00"))
    line = words_to_text(words)
    assert "Firewall FortiGate 60F" in line
    assert re.search(r"60F {2,}1 {2,}szt\. {2,}7 890,00$", line)


def test_columns_line_up_across_rows() -> None:
    words = _row(100, (0, "Lp."), (40, "Nazwa"), (300, "Wartość")) + _row(
        115, (0, "1"), (40, "Serwer Dell PowerEdge R650"), (300, "38 900,00")
    )
    first, second = words_to_text(words).splitlines()
    assert first.index("Wartość") == second.index("38 900,00")


@pytest.mark.parametrize("tilt", [0.0, 0.02, -0.03], ids=["level", "tilted-down", "tilted-up"])
def test_slightly_tilted_line_stays_one_line(tilt: float) -> None:
    words = [
        Word(t, x, x + 40, 100 + tilt * x, 110 + tilt * x)
        for x, t in ((0, "Do"), (60, "zapłaty:"), (200, "36"), (250, "446,13"))
    ]
    assert len(group_lines(words)) == 1


def test_lines_are_ordered_top_to_bottom_and_left_to_right() -> None:
    words = [Word("B", 100, 110, 50, 60), Word("A", 0, 10, 50, 60), Word("C", 0, 10, 80, 90)]
    assert words_to_text(words).split() == ["A", "B", "C"]
    assert words_to_text(words).splitlines()[1] == "C"


def test_large_title_is_one_phrase() -> None:
    # A 15 pt bold title has wider spaces than the 9 pt median; still one phrase.
    title = _row(10, (0, "Faktura VAT nr FV/1/2026"), h=17.0, space=4.8, cw=9.0)
    body = _row(40, (0, "Data wystawienia: 14.03.2026"))
    assert words_to_text(title + body).splitlines()[0] == "Faktura VAT nr FV/1/2026"


def test_empty_input_gives_empty_text() -> None:
    assert words_to_text([]) == ""
