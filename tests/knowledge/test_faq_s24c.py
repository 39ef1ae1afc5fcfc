"""Session 24, round 3: an annex decides the whole message it is asked in, a dated purchase asks the eligibility
window (no item verdict), indicators are a rule (no item verdict), a phrase about VAT is no thing bought, and an
exclusion asked of a thing the entry says may be bought is answered "Nie".

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.purchase import purchase_item


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


def test_an_annex_decides_the_whole_message(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W Cyfrowej Gminie zostało nam 20 tys. zł z serwerów. Czy przerzucimy je na szkolenia i czy to wymaga aneksu?"
    )
    assert answer.abstained and "Aneksów" in answer.text, (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    "question",
    [
        "w cs kupiliśmy firewall w marcu 2022 – rozliczymy go?",
        "cyfrowy powiat: drukarkę mamy kupioną 10 stycznia 2020, wejdzie do grantu?",
    ],
)
def test_a_dated_purchase_is_no_item_verdict(question: str) -> None:
    assert purchase_item(question) is None


def test_a_dated_purchase_before_the_window_is_refused_by_the_date(engine: FaqEngine) -> None:
    answer = engine.ask("cyfrowy powiat: drukarkę mamy kupioną 10 stycznia 2020, wejdzie do grantu?")
    assert not answer.abstained and answer.text.startswith("Nie"), (answer.entry_id, answer.text[:160])
    assert "01.02.2020" in answer.text or "1 lutego 2020" in answer.text


def test_indicators_are_a_rule_not_an_item(engine: FaqEngine) -> None:
    question = "kupiliśmy w cyfrowym powiecie 3 serwery zamiast 5 laptopów – czy wskaźniki z wniosku możemy zmienić?"
    assert purchase_item(question) is None
    answer = engine.ask(question)
    assert answer.entry_id == "cp-zmiana-wskaznikow", (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    "question",
    [
        "Gmina nie odzyskuje VAT. Czy w CS VAT od przełącznika rozliczymy?",
        "czy VAT od licencji EDR i tak wejdzie w koszty w cs?",
    ],
)
def test_a_phrase_about_vat_is_no_thing_bought(question: str) -> None:
    assert purchase_item(question) is None


def test_an_exclusion_asked_of_an_eligible_thing_is_a_no(engine: FaqEngine) -> None:
    answer = engine.ask("słyszałam, że w cyfrowej gminie laptopy są wyłączone z finansowania – to prawda?")
    assert not answer.abstained and answer.entry_id == "cg-laptop", (answer.entry_id, answer.text[:160])
    assert answer.text.startswith("Nie") and "kwalifikowalny" in answer.text


def test_a_device_switching_off_is_no_exclusion(engine: FaqEngine) -> None:
    answer = engine.ask("cs: zasilacz awaryjny, żeby macierz się nie wyłączyła przy zaniku prądu – kupimy z grantu?")
    assert not answer.text.startswith("Nie"), (answer.entry_id, answer.text[:160])
