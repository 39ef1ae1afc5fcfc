"""Session 23, round 2: how long the call lasts is no durability question, a deadline only one programme's documents
set is no rule of the others, how much goes to the diagnosis is no deadline, and a price "above" the threshold's own
figure is above the threshold.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.compute import states_net_threshold
from knowledge.faq_engine import FaqEngine
from knowledge.faq_premise import claimed_figures


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    "question",
    [
        "ile dni trwała jedna tura naboru w cyfrowej gminie?",
        "jak długo gminy mogły składać wnioski w CG?",
    ],
)
def test_how_long_the_call_lasts_is_the_rounds_entry(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question, "cg")
    assert not answer.abstained and answer.entry_id == "cg-rundy", (answer.entry_id, answer.text[:120])
    assert "30 dni" in answer.text


@pytest.mark.parametrize("programme", ["cs", "cp"])
def test_a_deadline_only_cg_sets_is_no_rule_elsewhere(engine: FaqEngine, programme: str) -> None:
    answer = engine.ask("ile czasu daje operator na złożenie dokumentów do umowy o grant?", programme)
    assert answer.abstained, (answer.entry_id, answer.text[:160])
    assert "Zapytaj operatora" in answer.text and "okres kwalifikowalności" not in answer.text


def test_cg_sets_the_deadline_for_the_agreement_documents(engine: FaqEngine) -> None:
    answer = engine.ask("ile czasu daje operator na złożenie dokumentów do umowy o grant?", "cg")
    assert not answer.abstained and "14 dni" in answer.text, answer.text[:160]


@pytest.mark.parametrize(
    ("question", "programme"),
    [
        ("i ile na diagnozę cyberbezpieczeństwa?", "cp"),
        ("jaką kwotę z grantu możemy przeznaczyć na diagnozę cyberbezpieczeństwa?", "cp"),
        ("jaką kwotę z grantu możemy przeznaczyć na diagnozę cyberbezpieczeństwa?", "cg"),
    ],
)
def test_how_much_for_the_diagnosis_is_no_deadline(engine: FaqEngine, question: str, programme: str) -> None:
    answer = engine.ask(question, programme)
    assert answer.entry_id == f"{programme}-diagnoza-koszt", (answer.entry_id, answer.text[:120])
    assert "nie określa kwoty" in answer.text and "miesięcy" not in answer.text


def test_time_for_the_diagnosis_stays_the_deadline(engine: FaqEngine) -> None:
    answer = engine.ask("ile mamy czasu na przeprowadzenie diagnozy?", "cp")
    assert answer.entry_id == "cp-diagnoza-termin", answer.entry_id


def test_a_price_above_the_threshold_figure_is_above_it(engine: FaqEngine) -> None:
    answer = engine.ask("serwer kupiliśmy za ponad 50 tys. zł netto – trzeba było stosować jakąś procedurę?", "cs")
    assert not answer.abstained and answer.text.startswith("Tak"), answer.text[:160]
    assert "według dokumentów" not in answer.text


def test_a_price_above_is_no_claimed_threshold() -> None:
    assert claimed_figures("czy przy zakupie za ponad 70 tys. zł netto trzeba bazy?") == []
    assert claimed_figures("czy baza obowiązuje powyżej 70 tys. zł netto?") != []


def test_above_a_figure_under_the_threshold_decides_nothing() -> None:
    rule = "Gdy wartość zakupu przekracza 50 000 zł netto, stosuje się bazę konkurencyjności."
    assert not states_net_threshold("router kosztował ponad 30 tys. zł netto, baza?", rule)
    assert states_net_threshold("router kosztował 60 tys. zł netto, baza?", rule)
