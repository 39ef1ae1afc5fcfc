"""Session 19: another programme's rule in a programme's conversation, health-care units named as the asker.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_abbrev import expand_abbreviations
from knowledge.faq_engine import FaqEngine


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("question", "programme"),
    [
        ("kto sprawdza, czy wskaźnik P jest dobrze przyjęty?", "cg"),
        ("czy z grantu kupimy sprzęt dla dzieci z rodzin byłych pracowników PGR?", "cs"),
        ("komputery przenośne dla szkoły podstawowej – da się?", "cs"),
        ("kurs z excela dla pracowników referatu?", "cg"),
        ("szkolenie z worda dla sekretarki?", "cp"),
    ],
)
def test_a_conversation_programme_is_never_answered_with_another_programmes_rule(
    engine: FaqEngine, question: str, programme: str
) -> None:
    answer = engine.ask(question, programme)
    entry = engine.by_id.get(answer.entry_id or "")
    if not answer.abstained and entry is not None:
        assert programme in entry.programmes, (answer.entry_id, answer.text[:120])
    if entry is not None and programme not in entry.programmes:
        assert answer.abstained and "nie musi ona obowiązywać" in answer.text


def test_another_programmes_rule_is_shown_as_that_programmes_only(engine: FaqEngine) -> None:
    answer = engine.ask("kto sprawdza, czy wskaźnik P jest dobrze przyjęty?", "cg")
    assert answer.abstained
    assert answer.text.startswith("W dokumentach programu Cyfrowa Gmina nie znajduję")
    assert "zasadę programu Cyfrowy Powiat" in answer.text
    assert "cyfrowagmina@cppc.gov.pl" in answer.text


def test_the_asked_programmes_own_entry_answers_when_named_in_words(engine: FaqEngine) -> None:
    answer = engine.ask("laptopy dla szkoły podstawowej, można je kupić?", "cs")
    assert not answer.abstained and answer.entry_id == "cs-wykluczenie-komputery"
    assert answer.text.startswith("Nie")


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("gminny zakład opieki zdrowotnej potrzebuje 3 komputerów, kupimy je z CG?", "cg-ochrona-zdrowia"),
        ("Nasz NZOZ chciałby dwa monitory z Cyfrowej Gminy, możemy je kupić?", "cg-ochrona-zdrowia"),
        ("dzień dobry, sp zoz w powiecie chce serwer z cyfrowego powiatu, czy możemy go kupić?", "cp-ochrona-zdrowia"),
        ("nasza przychodnia chce drukarkę z cg, damy radę ją kupić?", "cg-ochrona-zdrowia"),
    ],
)
def test_a_health_care_unit_named_as_the_one_who_asks_is_the_exclusion(
    engine: FaqEngine, question: str, entry_id: str
) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == entry_id and not answer.abstained
    assert answer.text.startswith("Nie")


def test_sp_zoz_is_a_health_care_unit_not_the_starostwo() -> None:
    assert "opieki zdrowotnej" in expand_abbreviations("nasz SP ZOZ pyta o laptopy")
    assert "opieki zdrowotnej" in expand_abbreviations("spzoz")
    assert "starostwo" not in expand_abbreviations("nasz SP ZOZ pyta o laptopy")
    assert expand_abbreviations("sp pyta o serwer").startswith("starostwo powiatowe")
