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


@pytest.mark.parametrize(
    ("message", "programme"),
    [
        ("Piszę z gminnego ośrodka kultury. Czy z grantu Cyfrowej Gminy dostaniemy projektor i laptop?", "cg"),
        ("Tu przedszkole samorządowe – powiat ma Cyfrowy Powiat, czy możemy z niego otrzymać tablety?", "cp"),
    ],
)
def test_a_unit_of_the_jst_asking_for_a_share_of_its_grant_gets_the_subordinate_units_rule(
    engine: FaqEngine, message: str, programme: str
) -> None:
    answer = engine.ask(message)
    assert answer.entry_id == f"{programme}-jednostki-podlegle", (answer.entry_id, answer.text[:120])
    assert not answer.abstained


def test_a_health_centre_is_still_the_exclusion_not_a_subordinate_unit(engine: FaqEngine) -> None:
    answer = engine.ask("czy przychodnia gminna może dostać z grantu Cyfrowej Gminy komputer?")
    assert answer.entry_id != "cg-jednostki-podlegle"


@pytest.mark.parametrize(
    "message",
    [
        "1) do kiedy diagnoza w Cyfrowej Gminie 2) a w Cyfrowym Powiecie",
        "1) czy w Cyberbezpiecznym Samorządzie 2) i w Cyfrowym Powiecie trzeba robić ankietę?",
    ],
)
def test_a_numbered_list_after_a_programme_name_is_no_second_edition(engine: FaqEngine, message: str) -> None:
    answer = engine.ask(message)
    assert "przyszłych edycjach" not in answer.text


def test_a_second_edition_by_number_is_still_outside_the_documents(engine: FaqEngine) -> None:
    answer = engine.ask("czy będzie Cyfrowa Gmina 2 w przyszłym roku?")
    assert answer.abstained and "przyszłych edycjach" in answer.text


def test_a_sum_asked_beside_the_advisory_cap_is_computed_too(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Powiat: w Cyfrowym Powiecie dostaliśmy 300 000 zł. Ile daje powiatowi Cyberbezpieczny Samorząd, "
        "ile łącznie z obu i ile możemy wydać w CP na doradców?"
    )
    assert "1 150 000,00 zł" in answer.text and "15 000,00 zł" in answer.text, answer.text


def test_short_questions_listed_after_a_topic_are_each_answered(engine: FaqEngine) -> None:
    answer = engine.ask("Diagnoza w Cyfrowym Powiecie: kiedy ją zrobić, gdzie przesłać i kto może ją przeprowadzić?")
    assert len(answer.parts) == 3, answer.questions
    assert "8 miesięcy" in answer.text and "ePUAP" in answer.text, answer.text


def test_a_gross_price_against_the_procurement_threshold_in_words_the_documents_never_use(engine: FaqEngine) -> None:
    answer = engine.ask(
        "w CS zamawiamy szkolenie phishingowe za 67 650 zł brutto z vat 23%, "
        "trzeba to wrzucać do bazy konkurencyjności?"
    )
    assert not answer.abstained and "55 000,00 zł" in answer.text, answer.text


def test_a_subordinate_unit_applying_on_its_own_is_told_the_gmina_applies(engine: FaqEngine) -> None:
    answer = engine.ask("Czy gminne przedszkole może samo złożyć wniosek o grant z Cyfrowej Gminy?")
    assert "nie może sama złożyć" in answer.text and "podległych" in answer.text, answer.text
