"""Session 19: another programme's rule in a programme's conversation, health-care units named as the asker.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_abbrev import expand_abbreviations
from knowledge.faq_engine import FaqEngine
from knowledge.faq_premise import claimed_figures
from knowledge.faq_split import split_questions
from knowledge.purchase import purchase_item


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("question", "programme"),
    [
        ("kto sprawdza, czy wskaźnik P jest dobrze przyjęty?", "cg"),
        ("czy z grantu kupimy sprzęt dla dzieci z rodzin byłych pracowników PGR?", "cs"),
        ("komputery przenośne dla szkoły podstawowej – da się?", "cs"),
        ("kurs z excela dla pracowników referatu?", "cg"),
        ("szkolenie z worda dla sekretarki?", "cp"),
    ],
)
def test_a_conversation_programme_is_never_answered_with_another_programmes_rule(
    engine: FaqEngine, question: str, programme: str
) -> None:
    answer = engine.ask(question, programme)
    entry = engine.by_id.get(answer.entry_id or "")
    if not answer.abstained and entry is not None:
        assert programme in entry.programmes, (answer.entry_id, answer.text[:120])
    if entry is not None and programme not in entry.programmes:
        assert answer.abstained and "nie musi ona obowiązywać" in answer.text


def test_another_programmes_rule_is_shown_as_that_programmes_only(engine: FaqEngine) -> None:
    answer = engine.ask("kto sprawdza, czy wskaźnik P jest dobrze przyjęty?", "cg")
    assert answer.abstained
    assert answer.text.startswith("W dokumentach programu Cyfrowa Gmina nie znajduję")
    assert "zasadę programu Cyfrowy Powiat" in answer.text
    assert "cyfrowagmina@cppc.gov.pl" in answer.text


def test_the_asked_programmes_own_entry_answers_when_named_in_words(engine: FaqEngine) -> None:
    answer = engine.ask("laptopy dla szkoły podstawowej, można je kupić?", "cs")
    assert not answer.abstained and answer.entry_id == "cs-wykluczenie-komputery"
    assert answer.text.startswith("Nie")


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("gminny zakład opieki zdrowotnej potrzebuje 3 komputerów, kupimy je z CG?", "cg-ochrona-zdrowia"),
        ("Nasz NZOZ chciałby dwa monitory z Cyfrowej Gminy, możemy je kupić?", "cg-ochrona-zdrowia"),
        ("dzień dobry, sp zoz w powiecie chce serwer z cyfrowego powiatu, czy możemy go kupić?", "cp-ochrona-zdrowia"),
        ("nasza przychodnia chce drukarkę z cg, damy radę ją kupić?", "cg-ochrona-zdrowia"),
    ],
)
def test_a_health_care_unit_named_as_the_one_who_asks_is_the_exclusion(
    engine: FaqEngine, question: str, entry_id: str
) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == entry_id and not answer.abstained
    assert answer.text.startswith("Nie")


def test_sp_zoz_is_a_health_care_unit_not_the_starostwo() -> None:
    assert "opieki zdrowotnej" in expand_abbreviations("nasz SP ZOZ pyta o laptopy")
    assert "opieki zdrowotnej" in expand_abbreviations("spzoz")
    assert "starostwo" not in expand_abbreviations("nasz SP ZOZ pyta o laptopy")
    assert expand_abbreviations("sp pyta o serwer").startswith("starostwo powiatowe")


# --- phase 2: causes behind set 32's confident-wrong answers, in other words ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "w cyfrowej gminie musimy wysyłać operatorowi raport z trwałości projektu - co roku?",
        "czy w cyberbezpiecznym samorządzie przez okres trwałości składamy sprawozdania, raz w roku?",
    ],
)
def test_a_short_tail_does_not_overturn_the_entry_that_leaves_the_question_open(
    engine: FaqEngine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.entry_id == "all-sprawozdania-trwalosc"


@pytest.mark.parametrize(
    "question",
    [
        "Ile procent kary grozi w CG za zakup za 80 tys. zł netto bez zapytania w bazie konkurencyjności?",
        "Jaki procent korekty nałożą w cyfrowym powiecie za zakup usługi za 75 tys. netto bez bazy konkurencyjności?",
    ],
)
def test_a_percentage_the_documents_do_not_give_is_not_answered_by_the_threshold(
    engine: FaqEngine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained
    assert not answer.text.startswith("Tak")


def test_an_abbreviation_with_a_period_ends_no_sentence() -> None:
    assert len(split_questions("Jaka kara (ile %) grozi za zakup za 70 tys. netto bez bazy?")) == 1
    assert len(split_questions("ile np. za serwer, a ile za UPS?")) == 2
    assert split_questions("Mamy 60 tys. Czy to wystarczy na serwer? I kiedy trzeba rozliczyć?")[0].startswith("Czy")


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("czy to prawda, że drukarki odpadają w CS?", "drukarki"),
        ("czy w cyfrowej gminie laptopy sa niekwalifikowalne?", "laptopy"),
        ("czy w cs skanery są wyłączone?", "skanery"),
    ],
)
def test_an_exclusion_claimed_about_a_thing_is_a_verdict_on_the_thing(question: str, item: str) -> None:
    assert purchase_item(question) == item


@pytest.mark.parametrize(
    ("question", "entry_id", "figure"),
    [
        ("w cyfrowej gminie diagnozę trzeba zrobić w 60 dni od podpisania umowy?", "cg-diagnoza-termin", "6 miesięcy"),
        ("w cyfrowym powiecie diagnozę robimy w 3 miesiące od podpisania umowy?", "cp-diagnoza-termin", "8 miesięcy"),
    ],
)
def test_a_period_offered_without_czy_is_checked_against_the_deadline(
    engine: FaqEngine, question: str, entry_id: str, figure: str
) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == entry_id and not answer.abstained
    assert answer.text.startswith(f"Nie – według dokumentów: {figure}")


def test_a_sum_offered_without_czy_is_no_claim_to_correct() -> None:
    assert claimed_figures("rozumiem, że dostaniemy 300 tys. zł?") == []
    assert claimed_figures("mam numer 42 631 21 05, to dobry numer?") == []


def test_another_programmes_instrument_is_named_as_such(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cyfrowej gminie ankietę dojrzałości wysyłamy do NASK?")
    assert answer.text.startswith("Ankieta Dojrzałości Cyberbezpieczeństwa to narzędzie programu Cyberbezpieczny")
    own = engine.ask("czy w cyberbezpiecznym samorządzie ankietę dojrzałości wysyłamy do NASK?")
    assert "to narzędzie programu" not in own.text


# --- set 31's and the dialogues' misses, by cause, in other words --------------------------------------------------


def test_with_whom_after_a_comma_is_a_second_question() -> None:
    parts = split_questions("Kto prowadzi nabór w CP, a z kim podpisujemy umowę grantową?")
    assert parts == ["Kto prowadzi nabór w CP", "z kim podpisujemy umowę grantową?"]


def test_a_told_i_do_not_know_before_the_questions_is_context() -> None:
    parts = split_questions("Jestem nowa i nie wiem co jest czym. Co to jest GWG? A co to jest KPG?")
    assert parts[0].startswith("Co to jest GWG")


def test_who_is_the_operator_and_who_signs_are_both_answered(engine: FaqEngine) -> None:
    answer = engine.ask("Nie wiem kto tu jest kim. Kto jest operatorem Cyfrowej Gminy, a z kim zawieramy umowę?")
    assert "Politechnika Łódzka" in answer.text and "CPPC" in answer.text
    assert not answer.text.startswith("Tego dokumenty")


def test_a_request_to_send_is_chatter(engine: FaqEngine) -> None:
    answer = engine.ask("podeślesz maila do cyfrowego powiatu? na stronie nie ma")
    assert not answer.abstained and "cyfrowypowiat@cppc.gov.pl" in answer.text


def test_what_it_depends_on_is_answered_by_the_entry_naming_the_factors(engine: FaqEngine) -> None:
    answer = engine.ask("od czego zależy, ile pieniędzy dostanie powiat?", "cp")
    assert answer.entry_id == "cp-wzor-kwoty" and not answer.abstained
    assert "wskaźnika P" in answer.text


def test_what_we_may_not_spend_on_is_the_list_of_exclusions(engine: FaqEngine) -> None:
    answer = engine.ask("w cyberbezpiecznym samorządzie na co nie można wydać grantu?")
    assert answer.entry_id == "cs-wykluczenia-zasada" and not answer.abstained


def test_a_units_own_name_is_no_topic_word(engine: FaqEngine) -> None:
    assert engine._place_name_terms("czy gmina miejsko-wiejska Pcim Dolny może startować?")
    answer = engine.ask("a gmina wiejska Kobylnica może wystartować w cyfrowym powiecie?")
    assert answer.entry_id == "cp-kto-moze" and not answer.abstained


def test_a_known_period_asked_about_without_czy_is_no_claim() -> None:
    assert claimed_figures("wracając do umowy – te 8 miesięcy liczymy od podpisania?") == []
    assert claimed_figures("diagnozę robimy w 4 miesiące od umowy?") != []


def test_the_remedy_for_a_disputed_decision_vouches_for_itself(engine: FaqEngine) -> None:
    answer = engine.ask(
        "komisja KPG zmniejszyła nam grant w cyfrowej gminie o kilka pozycji, burmistrz się z tym nie zgadza. "
        "Co możemy zrobić?"
    )
    assert answer.entry_id == "cg-kpg-niezgoda" and not answer.abstained
