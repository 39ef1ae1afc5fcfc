"""Session 15: mechanisms measured across sets 1–23 (docs/faq.md, thirteenth pass).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_split import offered_for_confirmation


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    "message",
    [
        "w cyfrowym powiecie protokoły pokazujemy dopiero na prośbę operatora, prawda?",
        "Dzień dobry, ankietę z CS wysyłamy pocztą, zgadza się? Pozdrawiam, Jan Kowalski",
        "czy to prawda, że w CG diagnozę robi się raz na koniec?",
        "trwałość w CS to 5 lat, tak?",
        "skarbnik: wkład własny w cyfrowej gminie wynosi zero, dobrze myślę?",
    ],
)
def test_a_statement_offered_for_confirmation(message: str) -> None:
    assert offered_for_confirmation(message)


@pytest.mark.parametrize(
    "message",
    [
        "czy w cyfrowym powiecie protokoły pokazujemy dopiero na prośbę operatora?",
        "cyfrowa gmina – zaliczka na sprzęt ok?",  # whether a thing is acceptable, no statement of a rule
        "chcemy kupić same tablety bez niczego z cyberbezpieczeństwa – można tak?",  # "tak" is the manner
        "ile trwa nabór w CS?",
    ],
)
def test_a_question_that_offers_no_statement(message: str) -> None:
    assert not offered_for_confirmation(message)


_CLAIM = (
    "w cyfrowej gminie dokumenty z postępowania przetargowego przekazujemy operatorowi dopiero wtedy, gdy o nie poprosi"
)


def test_a_statement_offered_for_confirmation_is_answered_from_a_lower_confidence(engine: FaqEngine) -> None:
    # the claim's wrong words ("dopiero wtedy, gdy poprosi") are what no entry holds; asked as an open question the
    # same words stay below the usual threshold, offered for confirmation the rule is answered
    assert engine.ask(f"czy {_CLAIM}?").abstained
    answer = engine.ask(f"czy to prawda, że {_CLAIM}?")
    assert not answer.abstained, answer.text
    assert answer.entry_id == "cg-dokumentacja-zamowien"
    assert "rozliczenia" in answer.text


def test_an_unsure_confirmation_gets_no_bare_yes_or_no(engine: FaqEngine) -> None:
    # the entry's "Tak" answers its own question, not whether the official's statement is true
    answer = engine.ask("czy to prawda, że w cyfrowym powiecie protokoły odbioru dajemy dopiero, jak operator poprosi?")
    assert not answer.abstained, answer.text
    assert not answer.text.startswith(("Tak", "Nie")), answer.text


def test_a_confirmation_about_something_outside_the_programmes_is_still_refused(engine: FaqEngine) -> None:
    assert engine.ask("parking dla urzędników w cyfrowej gminie jest płatny, prawda?").abstained
    assert engine.ask("w cs premie dla informatyków wrzucamy w koszty, tak?").abstained
