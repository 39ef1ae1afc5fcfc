"""A header row of date labels whose values OCR left partly unreadable: the date under each label is
its value, never the neighbour's date by counting (a silent wrong date is worse than none)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.parse.invoice import _LABELS, labelled_date
from extractors.parse.text import split_lines

_HEAD = "    Data wystawienia                 Data sprzedaży                  Miejsce wystawienia\n"


@pytest.mark.parametrize(
    ("values", "issue", "sale"),
    [
        pytest.param(
            "     28.03.2026                       22.03.2026                      Toruń\n",
            date(2026, 3, 28),
            date(2026, 3, 22),
            id="both-read",
        ),
        pytest.param(
            "     28.03.2026                       22.03.2626                      Toruń\n",
            date(2026, 3, 28),
            None,
            id="sale-unreadable",
        ),
        pytest.param(
            "     2B.O3.2026                       22.03.2026                      Toruń\n",
            None,
            date(2026, 3, 22),
            id="issue-unreadable",
        ),
    ],
)
def test_each_date_under_its_own_label(values: str, issue: date | None, sale: date | None) -> None:
    lines = split_lines(_HEAD + values, ocr=True)
    assert (labelled_date(lines, _LABELS["issue"]), labelled_date(lines, _LABELS["sale"])) == (issue, sale)
