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


def test_the_consequence_of_not_doing_it_is_answered_by_the_related_entry(engine: FaqEngine) -> None:
    # the duty (three working days) and what follows from ignoring it (the second call) are two entries
    answer = engine.ask(
        "KPG wezwała nas w CG do uzupełnienia wniosku (wydatek spoza katalogu). Ile mamy dni i co grozi, jeśli nic "
        "nie zmienimy?"
    )
    assert answer.entry_id == "cg-kpg-poprawki"
    assert "3 dni robocze" in answer.text and "2 dni roboczych" in answer.text
    assert "§5 ust. 3 pkt 3" in answer.text


def test_one_entry_answering_every_part_is_shown_once(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W CG nie zgadzamy się z obniżeniem grantu przez komisję – co możemy zrobić? A jeśli nic nie zrobimy?"
    )
    assert answer.entry_id == "cg-kpg-niezgoda"
    assert "jak wyżej" not in answer.text
    assert answer.text.count("wycofać wniosek") == 1


@pytest.mark.parametrize(
    "question",
    [
        "czy od obniżenia grantu przez KPG w cyfrowej gminie można się odwołać?",
        "KPG ucięła nam dofinansowanie w CG, nie zgadzamy się z tym. co dalej?",
    ],
)
def test_disagreeing_with_a_cut_asks_what_the_regulamin_allows(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == "cg-kpg-niezgoda"


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("umowę w CG zawarliśmy 10.VI.2022 – do kiedy mamy oddać diagnozę?", "10 grudnia 2022"),
        (
            "pismo z wezwaniem KPG w cyfrowej gminie odebraliśmy 7 XI 2022, ile mamy czasu na poprawki?",
            "10 listopada 2022",
        ),
    ],
)
def test_a_month_in_roman_numerals_is_a_date(engine: FaqEngine, question: str, date: str) -> None:
    assert date in engine.ask(question).text


def test_thousands_written_as_k(engine: FaqEngine) -> None:
    answer = engine.ask("CG: mieszkańców 15k, G = 1998,22 – ile maksymalnie?")
    assert "15 000" in answer.text and "250 000,00 zł" in answer.text


def test_a_follow_up_answered_by_the_same_entry_is_not_as_above(engine: FaqEngine) -> None:
    answer = engine.ask("w cs umowę podpisaliśmy 5.02.2024, do kiedy ankieta i czy wysyła się ją raz?")
    assert "jak wyżej" not in answer.text
    assert "6 marca 2024" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "w CS chcemy wziąć poleasingowy serwer z obsługą RAID i oświadczeniem sprzedawcy – przejdzie?",
        "czy w cyber samorządzie kupimy odnowiony UPS z deklaracją, tak jak robiliśmy w cyfrowej gminie?",
    ],
)
def test_a_used_thing_in_cs_is_judged_by_the_new_equipment_rule(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == "cs-sprzet-nowy"
    assert answer.text.startswith("Nie")


def test_an_asking_part_pointing_back_keeps_its_context(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Rok po zakończeniu projektu w CG spłonęły nam w pożarze dwa serwery. Trzeba będzie za nie oddać pieniądze?"
    )
    assert answer.entry_id == "all-utrata-sprzetu-trwalosc" and answer.abstained


def test_not_agreeing_is_disagreement_but_a_confirmation_tag_is_not(engine: FaqEngine) -> None:
    assert "odwolanie" in engine.query_terms("gdyby gmina nie zgodziła się z oceną komisji w CG, co dalej?")
    assert "odwolanie" not in engine.query_terms("w CG grant to minimum 100 tys., zgadza się?")


def test_a_half_of_a_multiplier_in_words() -> None:
    from knowledge.faq_numbers import digits_for_number_words

    assert digits_for_number_words("liczymy osiem i pół tysiąca mieszkańców") == "liczymy 8 500 mieszkańców"
    assert digits_for_number_words("projekt trwa dwa i pół roku") == "projekt trwa dwa i pół roku"


def test_a_grant_said_in_words_is_added_to_the_fixed_cs_grant(engine: FaqEngine) -> None:
    answer = engine.ask(
        "jesteśmy powiatem, w cyfrowym powiecie dostaliśmy dwieście czterdzieści tysięcy, a ile z CS i ile łącznie?"
    )
    assert "240 000,00 zł" in answer.text and "1 090 000,00 zł" in answer.text


@pytest.mark.parametrize(
    ("question", "due"),
    [
        ("w CS umowę podpisaliśmy ostatniego dnia stycznia 2024 – do kiedy pierwsza ankieta?", "1 marca 2024"),
        ("cp: umowa z początku czerwca 2022 (dokładnie 3.06), termin diagnozy?", "3 lutego 2023"),
    ],
)
def test_a_date_completed_from_the_message(engine: FaqEngine, question: str, due: str) -> None:
    assert due in engine.ask(question).text


@pytest.mark.parametrize("span", ["1,5 roku", "półtora roku"])
def test_a_year_and_a_half_is_eighteen_months(engine: FaqEngine, span: str) -> None:
    answer = engine.ask(
        f"licencja EDR w CS na 3 lata za 72 000 zł, w okresie kwalifikowalności mieści się {span} – ile z grantu?"
    )
    assert "72 000,00 zł × 18/36 = 36 000,00 zł" in answer.text


def test_a_priced_purchase_asked_as_a_grant_is_the_grant_range(engine: FaqEngine) -> None:
    from knowledge.purchase import is_rule_question

    question = (
        "Powiat chce kupić w CP serwerownię za 500 tys. zł i pokryć to w całości z grantu – czy taki grant przejdzie?"
    )
    assert is_rule_question(question)
    answer = engine.ask(question)
    assert answer.text.startswith("Nie: 500 000,00 zł to więcej niż najwyższy grant w programie Cyfrowy Powiat")


def test_a_lazy_pattern_behaves_as_the_compiled_one_and_pickles() -> None:
    import pickle
    import re

    from knowledge.lazy_re import lazy

    pattern = lazy(r"\bdo\s+kiedy\b", re.IGNORECASE)
    assert pattern.search("A DO KIEDY diagnoza?") is not None
    assert pattern.sub("#", "do kiedy i do kiedy") == "# i #"
    assert pickle.loads(pickle.dumps(pattern)).pattern == r"\bdo\s+kiedy\b"


def test_doing_it_oneself_asks_who_may_and_a_past_must_is_an_obligation(engine: FaqEngine) -> None:
    from knowledge.faq_engine import intents

    assert "who" in intents("czy nasz admin może sam przeprowadzić diagnozę w CG?")
    assert "must" in intents("czy gmina w ogóle musiała składać tę diagnozę w CG?")
    assert (
        engine.ask("czy nasz informatyk może sam przeprowadzić diagnozę w cyfrowej gminie?").entry_id
        == "cg-diagnoza-kto"
    )


def test_programmes_and_a_list_of_acronyms_ask_nothing(engine: FaqEngine) -> None:
    answer = engine.ask("Cyfrowy Powiat / Cyberbezpieczny Samorząd – NASK, BIP, GWG???")
    assert answer.abstained and answer.entry_id is None


@pytest.mark.parametrize(
    "question",
    ["ile wynosi G gminy Rewal w cyfrowej gminie?", "jaki wskaźnik P miał powiat kartuski do cyfrowego powiatu"],
)
def test_an_index_of_a_named_unit_is_not_in_the_documents(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and "Ministerstwo Finansów" in answer.text
