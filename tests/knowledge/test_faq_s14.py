"""Session 14: mechanisms measured across sets (docs/faq.md, twelfth pass).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine

_OTHER_NAMES = {
    "cg": ("Cyfrowy Powiat", "Cyberbezpieczny Samorząd"),
    "cp": ("Cyfrowa Gmina", "Cyberbezpieczny Samorząd"),
    "cs": ("Cyfrowa Gmina", "Cyfrowy Powiat"),
}


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize("programme", ["cg", "cp", "cs"])
def test_in_a_programmes_chat_a_comparison_shows_that_programmes_part_only(engine: FaqEngine, programme: str) -> None:
    answer = engine.ask("a projekt trwa do kiedy?", programme)
    assert not any(name in answer.text for name in _OTHER_NAMES[programme]), answer.text
    assert all(c.document.startswith(("cyfrow", "cyber")) for c in answer.citations)
    assert answer.programme == programme


def test_a_comparison_narrowed_to_cg_keeps_its_date_and_its_own_citation(engine: FaqEngine) -> None:
    answer = engine.ask("a projekt trwa do kiedy?", "cg")
    assert "31.12.2023" in answer.text
    assert {c.document for c in answer.citations} == {"cyfrowa_gmina_regulamin.txt"}


def test_without_a_programme_the_comparison_stays_whole(engine: FaqEngine) -> None:
    answer = engine.ask("do kiedy trwają projekty we wszystkich trzech programach?")
    assert all(name in answer.text for name in ("Cyfrowa Gmina", "Cyfrowy Powiat", "Cyberbezpieczny Samorząd"))
