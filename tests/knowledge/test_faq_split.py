"""Multi-part messages (knowledge/faq_split.py) and rule questions kept from the item classifier."""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_split import split_questions
from knowledge.purchase import is_rule_question, purchase_item


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Dzień dobry, podpisaliśmy umowę w CS. Czy możemy kupić UPS? I do kiedy trzeba złożyć ankietę?",
            ["Czy możemy kupić UPS?", "do kiedy trzeba złożyć ankietę?"],
        ),
        (
            "ile wynosi grant w cg i do kiedy trzeba zlozyc wniosek",
            ["ile wynosi grant w cg", "do kiedy trzeba zlozyc wniosek"],
        ),
        (
            "Mam pytania: 1) ile trwa trwalosc projektu 2) kto jest operatorem cs",
            ["ile trwa trwalosc projektu", "kto jest operatorem cs"],
        ),
    ],
)
def test_split_questions(message: str, parts: list[str]) -> None:
    assert split_questions(message) == parts


@pytest.mark.parametrize(
    "message",
    [
        "czy laptop i drukarka sa kwalifikowalne w cg",
        "witam, skarbnik pyta czy vat od faktur mozemy wrzucic w koszty kwalifikowalne czy musimy placic sami",
        "ile wynosi grant",
    ],
)
def test_single_questions_stay_whole(message: str) -> None:
    assert split_questions(message) == [message]


def test_engine_answers_each_part(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Dzień dobry, jesteśmy w Cyberbezpiecznym Samorządzie. Czy możemy kupić UPS? I do kiedy trzeba wysłać ankietę?"
    )
    assert not answer.abstained
    assert [p.entry_id for p in answer.parts] == ["cs-ups", "cs-ankieta-termin"]
    assert answer.entry_id == "cs-ups"
    assert answer.text.startswith("Tak.") and "Co do pytania „do kiedy" in answer.text


def test_unanswerable_part_is_said_plainly(engine: FaqEngine) -> None:
    answer = engine.ask("Czy możemy kupić UPS w CS? I jaka będzie pogoda w weekend na festynie gminnym?")
    assert answer.parts and answer.parts[0].entry_id == "cs-ups" and answer.parts[1].abstained
    assert "nie rozstrzygają" in answer.text and "22 182 22 94" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "czy w CG można kupić używany sprzęt",
        "czy można kupić laptopy dla dzieci z rodzin byłych PGR w cyfrowej gminie",
        "czy licencje na 3 lata mozna rozliczyc proporcjonalnie w cs",
        "czy mozna kupic sprzet poleasingowy",
    ],
)
def test_rule_questions_do_not_go_to_the_item_classifier(question: str) -> None:
    assert is_rule_question(question)
    assert purchase_item(question) is None


def test_item_questions_still_do() -> None:
    assert purchase_item("czy mozemy kupic laptopa w cs") == "laptopa"
    assert not is_rule_question("czy mozna kupic firewall")


@pytest.mark.parametrize(
    "question",
    [
        "jaki jest wskaźnik G dla gminy Zakopane",
        "jaka stawka vat na laptopy dla szkół 0 czy 23 procent",
        "czy będzie kolejna edycja cyberbezpiecznego samorządu w 2026",
        "kto jest prezesem CPPC",
        "jaki laptop polecacie do urzędu, dell czy lenovo",
    ],
)
def test_questions_the_documents_cannot_settle_are_refused_with_a_reason(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained
    assert answer.text.startswith("Nie znam odpowiedzi na to pytanie. ")
    assert "infolinia" in answer.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("drugie wezwanie kpg cyfrowa gmina 2 dni", "cg-kpg-ponowne-wezwanie"),
        ("gdzie sprawdzic wskaznik G dla naszej gminy", "cg-wskaznik-g"),
        (
            "zamawiamy switche za 70 000 zl brutto (vat 23%) w cyfrowej gminie, "
            "musimy isc przez baze konkurencyjnosci?",
            "cg-baza-konkurencyjnosci",
        ),
    ],
)
def test_familiar_shapes_still_answered(engine: FaqEngine, question: str, entry: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry


@pytest.mark.parametrize(
    ("question", "programmes"),
    [
        ("ile max w cyfrowej", ("cg",)),
        ("grant z cyfrówki ile", ("cg",)),
        ("w cyfrowym ile max dla powiatu", ("cp",)),
        ("do kiedy ankieta w cyberze", ("cs",)),
        ("cyber samorzad termin ankiety", ("cs",)),
        ("kompetencje cyfrowe urzędników", ()),  # an adjective, not a programme
        ("ile wynosi grant z cyfrowej edukacji", ()),
    ],
)
def test_programme_nicknames(engine: FaqEngine, question: str, programmes: tuple[str, ...]) -> None:
    assert engine.programmes_in(question) == programmes


@pytest.mark.parametrize(
    ("message", "entries"),
    [
        ("jaki jest minimalny grant w cp a jaki w cg", ["cp-kwota-min-max", "cg-kwota-min-max"]),
        ("do kiedy diagnoza w cg, a do kiedy w cp?", ["cg-diagnoza-termin", "cp-diagnoza-termin"]),
        ("ile wynosi maksymalny grant w cs, a w cg?", ["cs-kwota-min-max", "cg-kwota-min-max"]),
    ],
)
def test_elliptic_second_question_reuses_the_first(engine: FaqEngine, message: str, entries: list[str]) -> None:
    assert [p.entry_id for p in engine.ask(message).parts] == entries


def test_question_after_context_in_one_sentence_is_split(engine: FaqEngine) -> None:
    message = (
        "dzien dobry, jestesmy powiatem ziemskim, chcielismy sie dowiedziec ile maksymalnie mozemy dostac "
        "z cyfrowego powiatu i czy trzeba miec wklad wlasny"
    )
    assert [p.entry_id for p in engine.ask(message).parts] == ["cp-kwota-min-max", "cp-wklad-wlasny"]


def test_chatter_part_is_dropped(engine: FaqEngine) -> None:
    answer = engine.ask(
        "halo, czy jest ktoś? mam pytanie odnośnie cyfrowego powiatu - do kiedy trzeba było złożyć wniosek?"
    )
    assert not answer.abstained and answer.entry_id == "cp-nabor-termin" and not answer.parts


def test_entry_saying_documents_leave_it_open_is_an_abstention(engine: FaqEngine) -> None:
    answer = engine.ask("czy vat jest kosztem kwalifikowalnym w cyberbezpiecznym samorzadzie")
    assert answer.abstained
    assert answer.entry_id == "cs-vat"
    assert "nie rozstrzyga" in answer.text and "22 182 22 94" in answer.text


def test_undecided_flag_must_be_boolean() -> None:
    from knowledge.faq_loader import FaqFormatError, parse_entry

    raw = {
        "id": "cs-x",
        "programmes": ["cs"],
        "question": "q",
        "answer": "a",
        "undecided": "tak",
        "citations": [{"doc": "d", "section": "s"}],
    }
    with pytest.raises(FaqFormatError, match="undecided"):
        parse_entry(raw, "x.yaml")


@pytest.mark.parametrize("message", ["1", "15.02.2024", "5 %", "?"])
def test_figures_alone_ask_nothing(engine: FaqEngine, message: str) -> None:
    assert engine.ask(message).abstained


def test_a_future_invoice_is_not_a_future_edition() -> None:
    from knowledge.faq_engine import unanswerable_reason

    assert unanswerable_reason("czy faktura z 2025 roku bedzie kwalifikowalna w CS") is None
    assert unanswerable_reason("kiedy ruszy nabor w 2025") is not None


def test_jaka_starts_a_second_question() -> None:
    parts = split_questions("jaki jest minimalny grant w cs i jaka jest alokacja na cały konkurs?")
    assert len(parts) == 2 and parts[1].startswith("jaka")


# -- seventh pass (sets 9 and 10) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        # "i pod jaki …": a preposition before the question word joins a second question
        (
            "do kiedy trwa nabór w cp i pod jaki adres pisać w sprawie umowy",
            ["do kiedy trwa nabór w cp", "pod jaki adres pisać w sprawie umowy"],
        ),
        # context, a dash, a question: the first part asks after the dash
        (
            "Mam pytanie o regulamin CP – który załącznik to wzór umowy, a który lista powiatów?",
            ["Mam pytanie o regulamin CP – który załącznik to wzór umowy", "który lista powiatów?"],
        ),
        # a short follow-up naming another thing
        (
            "czy firewall w cs jest kwalifikowalny? a drukarka?",
            ["czy firewall w cs jest kwalifikowalny?", "a drukarka?"],
        ),
    ],
)
def test_seventh_pass_splits(message: str, parts: list[str]) -> None:
    assert split_questions(message) == parts


@pytest.mark.parametrize(
    "question",
    [
        "ile powiatów z Mazowsza otrzymało granty w cyfrowym powiecie",
        "przez ile lat przechowywać dokumenty z projektu cs w archiwum zakładowym",
        "czy po upływie dwóch lat trwałości możemy przekazać komputery szkole w cg",
        "czy dane z diagnozy cyberbezpieczeństwa w cp pozostają poufne?",
    ],
)
def test_seventh_pass_shapes_no_document_settles(engine: FaqEngine, question: str) -> None:
    assert engine.ask(question).abstained


def test_a_short_follow_up_gets_its_own_answer(engine: FaqEngine) -> None:
    answer = engine.ask("starostwo pyta: serwer do backupu z cs? a program antywirusowy?")
    assert answer.parts and len(answer.parts) == 2
    assert answer.parts[1].entry_id == "cs-antywirus-edr"


def test_both_of_two_things_named_before_the_question_are_asked_one_by_one(engine: FaqEngine) -> None:
    message = "W CP planujemy zakup UPS-ów oraz szkolenie dla informatyków – czy obydwa wydatki się kwalifikują?"
    assert split_questions(message) == [
        "W CP planujemy zakup UPS-ów – czy się kwalifikują?",
        "szkolenie dla informatyków – czy się kwalifikują?",
    ]
    answer = engine.ask("W CS chcemy kupić firewall i wdrożyć SIEM – czy jedno i drugie przejdzie?")
    assert answer.parts and len(answer.parts) == 2
    assert [p.entry_id for p in answer.parts] == ["cs-firewall-utm", "cs-siem-logi"]
    # "oba" with nothing listed before it stays one question
    assert split_questions("czy oba programy mają ten sam termin?") == ["czy oba programy mają ten sam termin?"]


def test_a_list_after_a_colon_is_asked_item_by_item(engine: FaqEngine) -> None:
    message = "informatyk pyta, czy w CP się kwalifikują: skanery, czytniki e-dowodu oraz słuchawki z mikrofonem"
    assert split_questions(message) == [
        "informatyk pyta, czy w CP się kwalifikują skanery?",
        "informatyk pyta, czy w CP się kwalifikują czytniki e-dowodu?",
        "informatyk pyta, czy w CP się kwalifikują słuchawki z mikrofonem?",
    ]
    answer = engine.ask("czy w cs wejdą: firewall UTM i serwer NAS na kopie?")
    assert [p.entry_id for p in answer.parts] == ["cs-firewall-utm", "cs-macierz-nas"]
    # a colon after the question itself ("pytanie: …") is no list
    assert len(split_questions("mam pytanie: czy diagnoza w cp jest obowiązkowa?")) == 1
    # a clock time is no list
    assert len(split_questions("czy do 16:00 można złożyć wniosek i ankietę w cs?")) == 1


def test_a_letters_frame_is_not_part_of_the_question() -> None:
    from knowledge.faq_split import without_letter

    letter = "Szanowni Państwo, burmistrz pyta czy ankietę wysyła się przez ePUAP? Z poważaniem, Ewa Lis, sekretariat"
    assert without_letter(letter) == "czy ankietę wysyła się przez ePUAP?"
    assert (
        without_letter("dzien dobry skarbnik chce wiedziec ile trwa ocena wnioskow pozdrawiam")
        == "ile trwa ocena wnioskow"
    )
    assert without_letter("Pozdrawiam") == "Pozdrawiam"  # nothing else: kept as typed
    # what someone said is the claim to check, not a part of the question
    assert without_letter("znajomy z powiatu twierdzi, że ankietę wysyła się pocztą") == "ankietę wysyła się pocztą"


def test_a_question_in_a_letter_reaches_its_entry(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Dzień dobry, pani wójt prosi o informację, w jakim terminie trzeba zrobić diagnozę cyberbezpieczeństwa "
        "w cyfrowej gminie. Dziękuję z góry, Tomasz Wrona, Referat Organizacyjny"
    )
    assert not answer.abstained and answer.entry_id == "cg-diagnoza-termin", answer


def test_which_of_the_things_named_asks_about_each() -> None:
    message = "w cp chcemy kupić macierz dyskową a przy okazji nowe drukarki do sekretariatu, co z tego przejdzie?"
    assert split_questions(message) == [
        "w cp chcemy kupić macierz dyskową – czy przejdzie?",
        "nowe drukarki do sekretariatu – czy przejdzie?",
    ]


def test_which_of_without_two_things_stays_whole() -> None:
    assert split_questions("co z tego jest kwalifikowalne w cg?") == ["co z tego jest kwalifikowalne w cg?"]
