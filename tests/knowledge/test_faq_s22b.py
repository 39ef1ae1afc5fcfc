"""Session 22, second round: a threshold quoted as the rule is a premise (not a price to compare), being late is one
concept whether said with the verb or the noun, a misspelt programme noun after its adjective is the name.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_premise import claimed_figures


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    "question",
    [
        "czy próg stosowania bazy konkurencyjności w programie CS to 90 tys. zł netto?",
        "próg dla bazy konkurencyjności w cyberbezpiecznym samorządzie wynosi 200 tys. netto?",
        "w cyfrowej gminie próg bazy konkurencyjności to 75 000 zł netto?",
    ],
)
def test_a_wrong_threshold_quoted_as_the_rule_is_corrected_not_compared(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.text[:160]
    assert answer.text.startswith("Nie – "), answer.text[:160]
    assert "50 000" in answer.text.split("\n")[0], answer.text[:160]
    assert "więcej niż próg" not in answer.text, answer.text[:160]


def test_a_price_of_our_own_is_still_measured_against_the_threshold(engine: FaqEngine) -> None:
    answer = engine.ask("kupujemy macierz za 140 tys. zł netto w CS – potrzebna baza konkurencyjności?")
    assert answer.text.startswith("Tak: 140 000,00 zł netto to więcej niż próg"), answer.text[:160]


def test_a_threshold_said_without_czy_is_a_claim_but_a_price_is_not() -> None:
    assert [f.text for f in claimed_figures("próg bazy konkurencyjności w CG to 60 tys. netto?")] == ["60 000,00 zł"]
    assert claimed_figures("serwer kosztuje 60 tys. netto?") == []


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("a gdyby powiat spóźnił się z diagnozą cyberbezpieczeństwa w CP?", "cp-diagnoza-termin"),
        ("cyfrowa gmina: jesteśmy opóźnieni z diagnozą, da się?", "cg-diagnoza-pozniej"),
    ],
)
def test_being_late_said_with_a_verb_meets_the_entry_about_delay(
    engine: FaqEngine, question: str, entry_id: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("ile lat trwałości obowiązuje w cyfrowym powiaice?", "cp-trwalosc"),
        ("jak długo utrzymać sprzęt w cyfrowej gmnie?", "cg-trwalosc"),
    ],
)
def test_a_misspelt_programme_noun_after_its_adjective_is_the_name(
    engine: FaqEngine, question: str, entry_id: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


def test_musza_is_the_verb_must_not_a_topic(engine: FaqEngine) -> None:
    must = engine.query_terms("jakie dokumenty muszą być dołączone")
    assert must == engine.query_terms("jakie dokumenty być dołączone")


def test_a_handed_over_settlement_asks_for_its_attachments(engine: FaqEngine) -> None:
    question = "Przejąłem od koleżanki rozpoczęty wniosek rozliczający z CP – co muszę do niego dołączyć?"
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cp-rozliczenie-dokumenty", (answer.entry_id, answer.text[:120])


def test_an_exact_duration_after_a_skoro_clause_keeps_the_call_as_its_subject(engine: FaqEngine) -> None:
    answer = engine.ask("skoro konkurs w cyfrowym powiecie był tak krótki, to ile dokładnie trwał nabór?")
    assert not answer.abstained and answer.entry_id == "cp-nabor-termin", (answer.entry_id, answer.text[:120])
    answer = engine.ask("skoro nabór do cyfrowego powiatu był taki szybki, to ile dokładnie trwał")
    assert not answer.abstained and answer.entry_id == "cp-nabor-termin", (answer.entry_id, answer.text[:120])


def test_a_story_opener_does_not_dilute_an_excluded_purchase(engine: FaqEngine) -> None:
    question = (
        "Mamy taką sytuację: firma namawia nas na tablety dla sołtysów jako mobilne urządzenia do pracy, burmistrz się "
        "zapalił do pomysłu. Czy w CS to w ogóle przejdzie?"
    )
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cs-wykluczenie-mobilne", (answer.entry_id, answer.text[:120])


def test_a_reported_written_rule_is_not_writing_an_application(engine: FaqEngine) -> None:
    question = (
        "operator CS napisał nam, że konsultant potrzebuje certyfikatów albo równoważnych poświadczeń – "
        "nasz konsultant ma certyfikat i tylko rok doświadczenia, wystarczy?"
    )
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cs-doradztwo", (answer.entry_id, answer.text[:120])
    assert "napisac" not in engine.query_terms("w piśmie napisali, że trzeba certyfikatu")
