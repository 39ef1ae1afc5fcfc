"""`grantbot ask`: what the official compares with ("w cyfrowej gminie przechodziły") is no part of an item question –
the verdict is for the programme asked about, not for the one compared with."""

from __future__ import annotations

import pytest

from bot.commands.ask import classifier_answer
from knowledge.faq_engine import FaqEngine


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


def test_the_programme_compared_with_is_not_the_one_judged(engine: FaqEngine) -> None:
    answer = classifier_answer(engine, "czy w cp można kupić tablety, w cyfrowej gminie przechodziły", None)
    assert answer is not None
    assert answer.text.startswith("Cyfrowy Powiat:") and "Cyfrowa Gmina:" not in answer.text, answer.text
