"""Session 24, round 2: "gdzie/do kogo idzie" asks where a thing is sent, an amount the unit says it is entitled to
("należy nam się") is checked against the programme's range, "SOSW" is a special school-and-care centre, signing
"odręcznie", "na papierze" asks the agreement's form, and "– czy to przejdzie?" asks of the things named before
the dash.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_abbrev import expand_abbreviations
from knowledge.faq_engine import FaqEngine
from knowledge.purchase import purchase_item


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("gdzie idzie diagnoza z cyfrowego powiatu?", "cp-diagnoza-epuap"),
        ("a ankieta dojrzałości w cs – do kogo ona idzie?", "cs-ankieta-epuap"),
    ],
)
def test_where_a_thing_goes_is_where_it_is_sent(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:160])
    assert "NASK" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("skarbnik twierdzi, że w cyfrowej gminie przysługuje nam 3 mln zł – czy to możliwe?", "2 000 000"),
        ("wójt mówi, że z cyberbezpiecznego samorządu należy nam się 100 tys., da się tak?", "200 000"),
    ],
)
def test_an_amount_the_unit_says_it_is_owed_is_checked_against_the_range(
    engine: FaqEngine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.text.startswith("Nie"), (answer.entry_id, answer.text[:160])
    assert expected in answer.text


def test_sosw_is_a_special_centre(engine: FaqEngine) -> None:
    assert expand_abbreviations("dla SOSW") == "dla specjalny ośrodek szkolno-wychowawczy"
    answer = engine.ask("starostwo prowadzi SOSW – czy z cyfrowego powiatu kupimy tam komputery dla uczniów?")
    assert not answer.abstained and "specjaln" in answer.text, (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    "question",
    [
        "czy burmistrz może podpisać umowę z Cyfrowej Gminy ręcznie, na papierze?",
        "umowa o grant w cyfrowej gminie – wójt podpisuje odręcznie czy jakoś inaczej?",
    ],
)
def test_signing_by_hand_asks_the_agreements_form(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cg-umowa-forma", (answer.entry_id, answer.text[:160])
    assert "elektroniczn" in answer.text


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("EDR w abonamencie albo antywirus – czy to przejdzie w cs?", "EDR w abonamencie"),
        ("kamery do serwerowni - czy to się kwalifikuje w cyfrowej gminie?", "kamery do serwerowni"),
    ],
)
def test_to_after_a_dash_is_the_thing_named_before_it(question: str, item: str) -> None:
    assert purchase_item(question) == item


def test_a_lead_that_names_no_thing_keeps_the_thing_asked_after_the_dash() -> None:
    assert purchase_item("wracając do tematu – czy to przejdzie w cs?") is None
