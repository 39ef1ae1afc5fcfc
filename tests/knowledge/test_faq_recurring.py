"""Session 13: general rules for causes that recur across fresh sets 15–19 (docs/faq.md, eleventh pass).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("question", "programme", "net"),
    [
        # a service with an entry of its own, priced with VAT: the threshold is what is asked
        (
            "Cyberbezpieczny Samorząd: szkolenie phishingowe dla pracowników za 67 650 zł brutto, VAT 23% "
            "– baza konkurencyjności potrzebna?",
            "cs",
            "55 000,00",
        ),
        (
            "w cyfrowym powiecie macierz dyskowa za 56 580 zł z VAT (23%), czy idziemy przez bazę konkurencyjności?",
            "cp",
            "46 000,00",
        ),
    ],
)
def test_a_priced_thing_asked_against_the_procurement_threshold(
    engine: FaqEngine, question: str, programme: str, net: str
) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == f"{programme}-baza-konkurencyjnosci"
    assert net in answer.text


@pytest.mark.parametrize(
    "question",
    ["w tym powiatowym programie ile wynosi minimalny grant?", "program dla powiatów – jaki jest maksymalny grant?"],
)
def test_the_programme_for_powiaty_is_cyfrowy_powiat(engine: FaqEngine, question: str) -> None:
    assert engine.programmes_in(question) == ("cp",)
