"""Session 20: a cost of a thing is not the thing, typos never name a programme, negated qualifiers, two things
asked without a stop.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_split import split_questions
from knowledge.normalize import OFF_TOPIC


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("czy koszt ubezpieczenia tabletów dla przedszkola opłacimy z grantu cyfrowa gmina?", "cg-ubezpieczenie"),
        ("da się sfinansować ubezpieczenie komputerów dla szkół w cyfrowej gminie?", "cg-ubezpieczenie"),
        ("powiat pyta: czy cyfrowy powiat pokryje ubezpieczenie drukarek?", "cp-ubezpieczenie"),
    ],
)
def test_the_cost_named_first_is_asked_not_the_thing_it_is_for(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


@pytest.mark.parametrize(
    ("question", "programme", "entry_id"),
    [
        ("cyfrowy powiat, do kiedy diagnoza cyberbezpiecznstwa? umowa podpisana 3.03.2023", "cp", "cp-diagnoza-termin"),
        ("w cyfrowej gminie ile czasu na diagnoze cyberbezpieczenstwaa po umowie", "cg", "cg-diagnoza-termin"),
    ],
)
def test_a_typo_in_a_topic_word_does_not_name_another_programme(
    engine: FaqEngine, question: str, programme: str, entry_id: str
) -> None:
    assert engine.programmes_in(question) == (programme,)
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


def test_a_misspelt_programme_name_is_still_the_programme(engine: FaqEngine) -> None:
    assert engine.programmes_in("w cyberbezpiecnym samorzadzie jaki jest grant maksymalny") == ("cs",)


@pytest.mark.parametrize(
    "question",
    [
        "cyberbezpieczny samorzad, szkolenia z cyberbezpieczenstw dla urzednikow mozna?",
        "czy w CS sfinansujemy szkolenie z cyberbezpieczeństwa dla kadry urzędu?",
    ],
)
def test_what_an_exclusion_says_it_does_not_concern_does_not_draw_the_question(
    engine: FaqEngine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cs-szkolenia", (answer.entry_id, answer.text[:120])


def test_the_exclusion_is_still_found_in_its_own_words(engine: FaqEngine) -> None:
    answer = engine.ask("w CS czy mozna kupic kurs obslugi excela dla urzednikow")
    assert answer.entry_id == "cs-wykluczenie-szkolenia-it"


def test_two_things_then_both_asked_without_a_stop_are_two_questions() -> None:
    parts = split_questions("w cyfrowym powiecie kupimy serwer i licencje na antywirusa mozna oba")
    assert len(parts) == 2
    assert parts[0].startswith("w cyfrowym powiecie kupimy serwer")
    assert parts[1].startswith("licencje na antywirusa")


def test_each_of_two_things_asked_together_is_judged(engine: FaqEngine) -> None:
    answer = engine.ask(
        "planujemy w cs audyt strony internetowej testami penetracyjnymi i kurs o phishingu dla pracownikow da sie oba"
    )
    assert not answer.abstained
    assert "testowania bezpieczeństwa" in answer.text
    assert "szkoleń" in answer.text


@pytest.mark.parametrize(
    ("question", "programme", "written_out"),
    [
        ("dostawca w ofercie pisze o WAF, co to znaczy? pytam o cyber samorząd", None, "Web Application Firewall"),
        ("czym jest ta KPG, o której operator ciągle wspomina w mailach", "cg", "Komisja Przyznająca Granty"),
        ("co oznacza skrót GWG, bo starosta pyta", "cp", "Generator Wniosków Grantowych"),
        ("a SCCO co to jest bo pani z wydzialu pyta", "cg", "Standardami Cyberbezpieczeństwa Chmur Obliczeniowych"),
    ],
)
def test_an_abbreviation_is_written_out_whatever_words_surround_it(
    engine: FaqEngine, question: str, programme: str | None, written_out: str
) -> None:
    answer = engine.ask(question, programme)
    assert not answer.abstained, answer.text[:160]
    assert written_out in answer.text, answer.text[:300]


def test_two_abbreviations_asked_together_are_both_written_out(engine: FaqEngine) -> None:
    answer = engine.ask("co oznaczają skróty EDR i SIEM w cyberbezpiecznym samorządzie")
    assert not answer.abstained
    assert "EDR:" in answer.text and "SIEM:" in answer.text


def test_both_costs_after_a_stop_are_two_questions() -> None:
    parts = split_questions("Planujemy w CS audyt bezpieczeństwa i przy okazji zakup myszek. Oba koszty przejdą?")
    assert len(parts) == 2 and "myszek" in parts[1]


def test_a_bare_czy_oba_after_two_things_asks_about_each(engine: FaqEngine) -> None:
    message = "firewall sprzetowy i 3 skanery dokumentow z cyber samorzadu czy oba"
    assert len(split_questions(message)) == 2
    answer = engine.ask(message)
    assert not answer.abstained
    assert "skaner" in answer.text and "niekwalifikowalne" in answer.text


def test_a_part_naming_its_own_thing_is_not_answered_by_the_entry_of_the_thing_before(engine: FaqEngine) -> None:
    answer = engine.ask("czy w CS kupimy switch zarządzalny i dwa ekspresy do kawy dla urzędu czy oba")
    assert len(answer.parts) == 2
    assert answer.parts[1].abstained or answer.parts[1].entry_id != answer.parts[0].entry_id


def test_a_village_head_is_a_person_not_an_off_topic_subject(engine: FaqEngine) -> None:
    assert OFF_TOPIC not in engine.query_terms("czy sołtysi dostaną z cyfrowej gminy laptopy?")
    answer = engine.ask("sołtysom smartfony z CS – czy to możliwe?")
    assert not answer.abstained and answer.entry_id == "cs-wykluczenie-mobilne"
    assert engine.ask("ile wynosi dieta sołtysa w naszej gminie?").abstained


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("klawiatury bezprzewodowe w cyberbezpiecznym samorządzie – czy przejdą?", "cs-wykluczenie-peryferia"),
        ("czy z CS kupimy 4 nowe skanery biurkowe?", "cs-wykluczenie-peryferia"),
    ],
)
def test_the_kind_of_a_thing_does_not_hide_the_thing(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


def test_the_kind_stays_where_it_is_the_point(engine: FaqEngine) -> None:
    # outside a verdict on a purchase the kind may be what is asked ("adres mailowy", "czy jest darmowy")
    assert "email" in engine.query_terms("podeslijcie adres mailowy cyfrowej gminy")
    assert any(t.startswith("darmow") for t in engine.query_terms("czy ten system jest darmowy dla gmin"))


@pytest.mark.parametrize(
    "message",
    [
        "czy gmina może też wystąpić o środki z RPO na drogi i do kiedy tam przyjmują wnioski?",
        "kiedy ruszy następna edycja cyberbezpiecznego samorządu i czy będą pieniądze na monitoring sieci",
    ],
)
def test_a_part_about_what_the_documents_do_not_cover_inherits_the_abstention(engine: FaqEngine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.abstained, answer.text[:200]


@pytest.mark.parametrize(
    ("message", "programme", "entry_id"),
    [
        (
            "W Cyfrowym Powiecie diagnozę robiło się w 8 miesięcy. A jak to jest w Cyfrowej Gminie – ile mamy czasu?",
            "cg",
            "cg-diagnoza-termin",
        ),
        (
            "w cyfrowej gminie formularz diagnozy szedł przez epuap. no a jak jest w cyber samorzadzie, na jaki adres "
            "wysylamy ankiete?",
            "cs",
            "cs-ankieta-epuap",
        ),
    ],
)
def test_how_is_it_there_asks_about_the_programme_it_names(
    engine: FaqEngine, message: str, programme: str, entry_id: str
) -> None:
    answer = engine.ask(message)
    assert not answer.abstained and answer.programme == programme and answer.entry_id == entry_id, (
        answer.entry_id,
        answer.text[:150],
    )


def test_as_in_another_programme_is_still_a_reference(engine: FaqEngine) -> None:
    assert engine.programmes_in(engine._focused("czy w CP diagnozę wysyłamy tak jak w CG?")) == ("cp",)


@pytest.mark.parametrize(
    ("question", "programme"),
    [("a od kiedy wydatki na sprzęt się liczą?", "cp"), ("od kiedy zakupy się liczą do grantu", "cs")],
)
def test_from_when_purchases_count_is_the_eligibility_window(engine: FaqEngine, question: str, programme: str) -> None:
    answer = engine.ask(question, programme)
    assert not answer.abstained and answer.entry_id == f"{programme}-okres-kwalifikowalnosci", answer.entry_id


def test_a_new_head_of_the_office_relaying_a_question_is_not_the_question(engine: FaqEngine) -> None:
    answer = engine.ask("Nowa burmistrz pyta, do kiedy trzeba zrobić diagnozę w cyfrowej gminie?")
    assert not answer.abstained and answer.entry_id == "cg-diagnoza-termin", answer.text[:150]


@pytest.mark.parametrize(
    "question",
    ["switch po demontażu z innej jednostki, sprawny – w CS przejdzie?", "router w bardzo dobrym stanie do CS, można?"],
)
def test_equipment_from_dismantling_or_in_good_condition_is_used_equipment(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cs-sprzet-nowy", (answer.entry_id, answer.text[:120])


def test_asking_when_and_how_much_the_documents_say_they_do_not_give_is_an_abstention(engine: FaqEngine) -> None:
    answer = engine.ask("o ile moga podniesc granty w cyberbezpiecznym samorzadzie po naborze uzupelniajacym i kiedy")
    assert answer.abstained and answer.entry_id == "cs-zwiekszenie-grantu", (answer.entry_id, answer.text[:150])
    assert "Zapytaj operatora" in answer.text


def test_whether_it_can_happen_at_all_is_still_answered(engine: FaqEngine) -> None:
    answer = engine.ask("czy grant w cyberbezpiecznym samorządzie może zostać zwiększony?")
    assert not answer.abstained and answer.entry_id == "cs-zwiekszenie-grantu"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "w cyfrowym powiecie diagnoza szla przez epuap a ile czasu na diagnoze w cyfrowej gminie",
            "cg-diagnoza-termin",
        ),
    ],
)
def test_the_programme_named_after_the_question_word_is_the_one_asked(
    engine: FaqEngine, message: str, entry_id: str
) -> None:
    answer = engine.ask(message)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:150])


def test_the_other_programme_is_context_when_the_question_names_its_own_late(engine: FaqEngine) -> None:
    message = "w CG nabór szedł rundami, natomiast kiedy był nabór w cyberbezpiecznym samorządzie?"
    assert engine.programmes_in(engine._focused(message)) == ("cs",)


def test_two_programmes_each_asked_are_no_contrast(engine: FaqEngine) -> None:
    question = "jaki jest maksymalny grant w Cyfrowej Gminie, a jaki w Cyfrowym Powiecie?"
    assert set(engine.programmes_in(engine._focused(question))) == {"cg", "cp"}


def test_is_it_obligatory_and_until_when_says_the_yes_too(engine: FaqEngine) -> None:
    answer = engine.ask("czy ankieta dojrzałości jest obowiązkowa i do kiedy?", "cs")
    assert not answer.abstained and answer.text.startswith("Tak, to obowiązek.")
    assert "30 dni" in answer.text


@pytest.mark.parametrize(
    ("question", "programme"),
    [
        ("czy platforma ZUCH jest obowiązkowa?", "cp"),  # recommended, not obligatory
        ("Skarbnik mówi, że w Cyfrowej Gminie nie ma obowiązkowej diagnozy. Ma rację?", "cg"),  # a claim to check
    ],
)
def test_no_yes_is_added_where_there_is_no_duty_or_a_claim_is_checked(
    engine: FaqEngine, question: str, programme: str
) -> None:
    assert not engine.ask(question, programme).text.startswith("Tak, to obowiązek.")


def test_a_yes_is_not_added_where_the_answer_says_obligatory_itself(engine: FaqEngine) -> None:
    answer = engine.ask("czy diagnoza cyberbezpieczenstwa jest obowiazkowa i do kiedy", "cp")
    assert not answer.text.startswith("Tak, to obowiązek.") and "obowiązkowa" in answer.text


@pytest.mark.parametrize(
    ("question", "programme", "entry_id"),
    [
        ("od kiedy możemy ponosić koszty w cyberbezpiecznym?", "cs", "cs-okres-kwalifikowalnosci"),
        ("a od kiedy koszty się liczą w cyfrowym powiecie?", "cp", "cp-okres-kwalifikowalnosci"),
    ],
)
def test_costs_counted_from_when_is_the_cost_window(
    engine: FaqEngine, question: str, programme: str, entry_id: str
) -> None:
    answer = engine.ask(question, programme=programme)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


def test_an_advisory_share_of_a_grant_said_in_cs_is_not_the_grant_range(engine: FaqEngine) -> None:
    """CS gives no 5 % cap: "ile najwyżej na doradców przy grancie 300 tys?" had been the grant's range."""
    answer = engine.ask("ile najwyżej możemy dać na doradców jak grant wynosi 300 tys?", programme="cs")
    assert answer.entry_id == "cs-doradztwo", (answer.entry_id, answer.text[:120])
    assert "850 000" not in answer.text and "nie podaje limitu 5%" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "programme", "said"),
    [
        ("a czy diagnoza jest obowiązkowa i kiedy trzeba ją zrobić?", "cg", "6 miesięcy"),
        ("czy diagnoza cyberbezpieczeństwa jest obowiązkowa i do kiedy ją robimy?", "cp", "8 miesięcy"),
    ],
)
def test_a_duty_and_its_deadline_asked_together_are_both_answered(
    engine: FaqEngine, question: str, programme: str, said: str
) -> None:
    answer = engine.ask(question, programme=programme)
    assert not answer.abstained and said in answer.text and "obowiązk" in answer.text, answer.text[:300]


def test_the_settlement_applications_deadline_is_not_the_calls(engine: FaqEngine) -> None:
    """No document gives it: "ile czasu na wniosek rozliczający" had been answered with the call's 60 days."""
    answer = engine.ask("a ile czasu jest na złożenie wniosku rozliczającego w cyfrowym powiecie?", programme="cp")
    assert answer.abstained and "60 dni" not in answer.text and "nie podają terminu" in answer.text, answer.text
