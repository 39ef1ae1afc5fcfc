"""Session 12: rules for causes that recur across fresh sets (docs/faq.md, tenth pass).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.compute import compute
from knowledge.faq_engine import FaqEngine
from knowledge.faq_split import split_questions, without_letter


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    "message",
    [
        "Witam, liczymy kwotę z CG: ludności jest u nas 8 200, a wskaźnik G wynosi 1950,00. Ile dostaniemy?",
        "cg – mieszkańców mamy 8 200, G = 1950 zł, jaki grant?",
    ],
)
def test_population_after_its_noun_with_a_verb_between(message: str) -> None:
    result = compute(message, ("cg",))
    assert result is not None and result.kind == "formula"
    assert "8 200" in result.text


def test_a_preposition_with_a_question_word_after_a_comma_opens_a_question() -> None:
    assert split_questions("do kiedy trzeba oddać diagnozę, w jakim formacie ją przesyłamy i czy jest wzór?") == [
        "do kiedy trzeba oddać diagnozę",
        "w jakim formacie ją przesyłamy",
        "czy jest wzór?",
    ]


def test_a_bare_may_we_asks_about_the_statement_before_it() -> None:
    parts = split_questions("Chcemy zlecić ankietę firmie zewnętrznej w CS. Można? A na jaki adres ją potem wysłać?")
    assert parts == ["czy Chcemy zlecić ankietę firmie zewnętrznej w CS?", "na jaki adres ją potem wysłać?"]


def test_a_consequence_question_alone_leaves_the_whole_message_to_answer(engine: FaqEngine) -> None:
    # "co będzie, jak nie zdążymy" names no topic: the call told before it is what is asked about
    answer = engine.ask(
        "Operator wezwał nas 10.05.2023 do dostarczenia dokumentów potrzebnych do umowy o powierzenie grantu "
        "w Cyfrowej Gminie. Ile mamy czasu i co się stanie, jeśli nie zdążymy?"
    )
    assert answer.entry_id == "cg-umowa-dokumenty"
    assert "24 maja 2023" in answer.text


def test_a_colleague_relaying_the_question_is_no_part_of_it() -> None:
    assert (
        without_letter("koleżanka z kadr pyta, czy szkolenie z RODO przejdzie w CS")
        == "czy szkolenie z RODO przejdzie w CS"
    )


def test_sending_said_as_slac(engine: FaqEngine) -> None:
    assert engine.query_terms("ślemy") == engine.query_terms("wysłać")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Witam, Referat Oświaty. Czy z CP kupimy tablice interaktywne?", "Czy z CP kupimy tablice interaktywne?"),
        (
            "informatyk UG. jak długo trzeba trzymać sprzęt po projekcie?",
            "jak długo trzeba trzymać sprzęt po projekcie?",
        ),
        # a sentence telling what the office did is context, not the sender
        ("Urząd kupił serwer. Czy to przejdzie?", "Urząd kupił serwer. Czy to przejdzie?"),
        # a role addressed before a comma may be the subject of the question
        ("Informatyk, czy może sam zrobić audyt?", "Informatyk, czy może sam zrobić audyt?"),
    ],
)
def test_the_senders_office_as_a_sentence_of_its_own_is_frame(message: str, expected: str) -> None:
    assert without_letter(message) == expected


def test_a_hyphenated_compound_the_knowledge_base_writes_apart(engine: FaqEngine) -> None:
    terms = engine.query_terms("ośrodek szkolno-wychowawczy")
    assert "szkolno-wychowawczy" not in terms and len(terms) == 3


def test_what_was_bought_as_the_reason_keeps_a_rule_question_from_the_classifier() -> None:
    from knowledge.purchase import purchase_item

    assert purchase_item("czy w CG wolno przesunąć środki między obszarami, bo kupiliśmy tańsze serwery?") is None
    assert purchase_item("czy kupimy UPS w CS, bo serwer już mamy?") == "UPS"


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Planujemy w CP kupić skaner, niszczarkę i router. Coś z tego się załapie?",
            [
                "Planujemy w CP kupić skaner – czy się załapie?",
                "niszczarkę – czy się załapie?",
                "router – czy się załapie?",
            ],
        ),
        (
            "do CS na liście mamy: firewall, tablety dla radnych oraz pendrive szyfrowany – które z tych przejdą",
            [
                "do CS na liście mamy firewall – czy przejdą?",
                "tablety dla radnych – czy przejdą?",
                "pendrive szyfrowany – czy przejdą?",
            ],
        ),
    ],
)
def test_a_list_of_things_then_which_of_them(message: str, parts: list[str]) -> None:
    assert split_questions(message) == parts


def test_an_explanation_in_brackets_is_part_of_its_thing() -> None:
    parts = split_questions("w CG chcemy: serwer, UPS (zasilacz awaryjny i listwa) – co z tego przejdzie")
    assert parts[-1] == "UPS (zasilacz awaryjny i listwa) – czy przejdzie?"


def test_clauses_then_a_pointer_are_no_list_of_things() -> None:
    message = "Diagnozę zleciliśmy w maju, wyniki wysłaliśmy w czerwcu. Czy to w terminie?"
    assert split_questions(message) == [message]


def test_a_list_then_a_pointer_gets_an_answer_per_thing(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W Cyberbezpiecznym Samorządzie chcemy sfinansować ulotki dla mieszkańców i smartfony. Da się to?"
    )
    assert [p.entry_id for p in answer.parts] == ["cs-promocja", "cs-wykluczenie-mobilne"]


@pytest.mark.parametrize("words", ["broszury", "plakaty", "papierowe ulotki"])
def test_leaflets_and_brochures_are_information_materials(engine: FaqEngine, words: str) -> None:
    assert engine.ask(f"czy z grantu cs zrobimy {words} o cyberzagrożeniach dla pracowników?").entry_id == "cs-promocja"


def test_settling_after_a_delivery_is_no_item_to_classify() -> None:
    from knowledge.purchase import purchase_item

    assert purchase_item("czy w CP można rozliczyć część grantu po pierwszej fakturze, a resztę po odbiorze?") is None


def test_interest_on_the_grant_account_is_outside_the_documents(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Czy odsetki od środków grantu z Cyberbezpiecznego Samorządu, które leżą na lokacie, trzeba oddać?"
    )
    assert answer.abstained and answer.entry_id is None


def test_a_part_pointing_back_at_a_refused_one_is_refused_too(engine: FaqEngine) -> None:
    answer = engine.ask("Na koncie z grantem CG uzbierały się odsetki. Co mamy z nimi zrobić i czy trzeba je oddać?")
    assert answer.abstained


def test_a_new_head_of_the_unit_decides_every_part_of_the_message(engine: FaqEngine) -> None:
    answer = engine.ask("Zmienił się burmistrz. Czy w CP potrzebny jest aneks do umowy i kto podpisze rozliczenie?")
    assert answer.abstained and "nowego wójta" in answer.text


def test_several_advisory_costs_are_compared_with_the_cap_together() -> None:
    result = compute(
        "Grant w CP 300 000 zł. Za doradztwo przy wniosku zapłaciliśmy 9 000 zł, teraz przyszła faktura na 7 000 zł"
        " – czy zmieścimy się w limicie?",
        ("cp",),
    )
    assert result is not None
    assert "9 000,00 zł + 7 000,00 zł = 16 000,00 zł przekracza limit o 1 000,00 zł" in result.text


def test_one_of_several_conditions_is_not_enough(engine: FaqEngine) -> None:
    answer = engine.ask("W CG kupimy poleasingowe laptopy po cenie niższej niż nowe. Czy to wystarczy?")
    assert answer.entry_id == "cg-sprzet-uzywany" and answer.text.startswith("Nie samo to")


def test_hearsay_naming_where_it_was_heard() -> None:
    assert without_letter("Czytałam na forum, że w CS ankietę składa się przez GWG, prawda?") == (
        "czy w CS ankietę składa się przez GWG?"
    )


def test_the_cs_survey_form_is_annex_6(engine: FaqEngine) -> None:
    answer = engine.ask("skąd wziąć formularz ankiety dojrzałości do cyberbezpiecznego samorządu?")
    assert answer.entry_id == "cs-ankieta-formularz" and "załącznik nr 6" in answer.text


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("czy w cyfrowej gminie i powiecie wkład własny jest wymagany?", ("cg", "cp")),
        ("cyfrowy powiat/gmina – ile trwa trwałość?", ("cg", "cp")),
        ("w cyfrowej gminie, powiecie i cyberbezpiecznym – kto jest operatorem?", ("cg", "cp", "cs")),
    ],
)
def test_one_adjective_for_two_programmes(engine: FaqEngine, typed: str, names: tuple[str, ...]) -> None:
    from knowledge.faq_abbrev import expand_abbreviations

    assert engine.programmes_in(expand_abbreviations(typed)) == names


def test_the_event_a_period_starts_from_is_a_premise(engine: FaqEngine) -> None:
    answer = engine.ask("okres utrzymania efektów w CP i CS liczy się od podpisania umowy, zgadza się?")
    assert answer.text.startswith("Nie – według dokumentów okres liczy się od zakończenia projektu")


def test_a_dated_event_is_data_not_a_premise() -> None:
    from knowledge.faq_premise import claimed_event

    assert claimed_event("czy diagnozę liczymy od podpisania umowy 3 marca 2023?") is None
    assert claimed_event("czy diagnozę liczymy od podpisania umowy?") == "podpisania umowy"


def test_doing_the_same_in_another_programme_asks_about_that_one(engine: FaqEngine) -> None:
    question = "W CP kupiliśmy używane laptopy z deklaracją pochodzenia, a w CS analogicznie kupimy używany router?"
    assert engine._focused(question).count("CP") == 0
    assert engine.ask(question).entry_id == "cs-sprzet-nowy"


def test_in_a_programmes_chat_its_own_entry_beats_a_cross_programme_one_of_another_kind(engine: FaqEngine) -> None:
    assert engine.ask("czy trzeba w ogóle robić tę diagnozę?", "cg").entry_id == "cg-diagnoza-obowiazkowa"


@pytest.mark.parametrize("question", ["do kiedy wolno nam było kupować?", "od kiedy można było kupować sprzęt?"])
def test_when_buying_counts_is_the_eligibility_window(engine: FaqEngine, question: str) -> None:
    assert engine.ask(question, "cp").entry_id == "cp-okres-kwalifikowalnosci"


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "skąd pobrać formularz diagnozy dla CP oraz wzór wniosku rozliczającego?",
            ["skąd pobrać formularz diagnozy dla CP", "skąd pobrać wzór wniosku rozliczającego"],
        ),
        (
            "gdzie jest regulamin CG i lista dokumentów do umowy, do kiedy trzeba je złożyć?",
            ["gdzie jest regulamin CG", "gdzie jest lista dokumentów do umowy", "do kiedy trzeba je złożyć?"],
        ),
        # two places, or a second question: no two things to find
        ("gdzie wysłać ankietę i diagnozę?", ["gdzie wysłać ankietę i diagnozę?"]),
        ("gdzie jest i do kiedy trzeba wysłać ankietę?", ["gdzie jest i do kiedy trzeba wysłać ankietę?"]),
    ],
)
def test_two_things_to_find(message: str, parts: list[str]) -> None:
    assert split_questions(message) == parts


@pytest.mark.parametrize(
    "message",
    [
        "Piszę jako konsultant gminy. Grant w CG wynosi 400 000 zł, a KPG obniżyła obszar o 10 % – ile zostaje?",
        "Jestem doradcą wójta: grant 300 000 zł w CP, KPG skreśliła grupę kosztów – ile dostaniemy?",
    ],
)
def test_the_senders_advisory_role_is_no_advisory_question(message: str) -> None:
    result = compute(message, ("cg", "cp"))
    assert result is None or result.kind != "advisory"


def test_level_leaders_go_to_the_entry_holding_more_of_the_question(engine: FaqEngine) -> None:
    from knowledge.faq_engine import Candidate

    # (since session 22 the single-position entry states the group cut too; "kara" is the group entry's alone)
    question = "pozycja skreślona w obszarze 1 i kara za grupę kosztów w obszarze 3 – co z dofinansowaniem w CG?"
    single, group = engine.by_id["cg-kpg-usuniecie-pozycji"], engine.by_id["cg-kpg-obnizenie-10"]
    level = [Candidate(single, 50.0, 0.64), Candidate(group, 49.9, 0.63)]
    assert engine._dead_heat(question, level, level[0]).entry is group
    apart = [Candidate(single, 50.0, 0.64), Candidate(group, 45.0, 0.63)]
    assert engine._dead_heat(question, apart, apart[0]).entry is single


def test_the_cp_indicator_entry_says_what_the_schemat_says(engine: FaqEngine) -> None:
    # "Umowa o powierzenie grantu określa również sposób zwrotu środków w przypadku nie osiągnięcia wskaźników"
    text = engine.by_id["cp-zmiana-wskaznikow"].answer
    assert "określa umowa o powierzenie grantu" in text and "katalogu" not in text


@pytest.mark.parametrize(
    "question",
    [
        "komisja w CG ponownie nas wezwała do zmiany katalogu kosztów – ile dni mamy?",
        "KPG drugi raz wzywa gminę do poprawek w CG, co grozi?",
    ],
)
def test_a_call_made_again_is_the_second_call(engine: FaqEngine, question: str) -> None:
    assert engine.ask(question).entry_id == "cg-kpg-ponowne-wezwanie"


def test_reducing_is_no_typo_of_the_minimum(engine: FaqEngine) -> None:
    # "zmniejszą" is a word of its own, not "najmniejszą" misspelt (the minimum grant)
    assert engine.query_terms("o ile nam zmniejszą dofinansowanie?") == engine.query_terms(
        "o ile nam obniżą dofinansowanie?"
    )
