"""Session 24: an outside adviser's own fee is no staff pay, software trainings in CS are the IT-training exclusion,
another programme's opposite verdict is not shown unasked, annexes to the agreement are not in the documents, a list
of things closed by "to wszystko" is the purchase, a union of gminas in CS is left open, CS trainings are no duty,
"papiery do umowy" are the agreement's documents, and "w jednym … a w drugim" are the programmes named.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_abbrev import expand_abbreviations
from knowledge.faq_engine import FaqEngine
from knowledge.purchase import purchase_items


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Jestem konsultantem zewnętrznym i przygotowuję powiatowi opis przedmiotu zamówienia w Cyfrowym "
            "Powiecie. Czy moje wynagrodzenie można pokryć z grantu?",
            "cp-doradztwo-limit",
        ),
        (
            "jako doradca pomagam gminie w cyfrowej gminie ocenić potrzeby – czy moje wynagrodzenie wejdzie w "
            "koszty i ile max?",
            "cg-doradztwo-limit",
        ),
    ],
)
def test_an_advisers_own_fee_is_no_staff_pay(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:160])
    assert "5%" in answer.text


def test_staff_pay_is_still_not_in_the_documents(engine: FaqEngine) -> None:
    answer = engine.ask("czy z grantu cyfrowej gminy zapłacimy wynagrodzenie naszego informatyka?")
    assert answer.abstained and "Wynagrodzeń" in answer.text, answer.text[:160]


@pytest.mark.parametrize(
    "question",
    [
        "cyberbezpieczny samorząd: kurs obsługi dziennika elektronicznego dla sekretarek szkolnych, kwalifikowalny?",
        "czy z CS sfinansujemy nauczycielom szkolenie z e-dziennika i Worda?",
    ],
)
def test_a_software_training_in_cs_is_excluded(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id in {"cs-wykluczenie-szkolenia-it", "cs-szkolenia"}, (
        answer.entry_id,
        answer.text[:160],
    )
    assert "wyłączone" in answer.text


def test_the_other_programmes_opposite_verdict_is_not_shown_unasked(engine: FaqEngine) -> None:
    answer = engine.ask("starostwo pyta: licencje na pakiet biurowy z grantu Cyfrowy Powiat przejdą?")
    assert answer.entry_id == "cp-oprogramowanie-biurowe", (answer.entry_id, answer.text[:160])
    assert answer.text.startswith("Tak") and "Cyberbezpieczn" not in answer.text.split("Źródło:")[0]


def test_the_other_programmes_verdict_stays_when_it_is_asked_too(engine: FaqEngine) -> None:
    answer = engine.ask("laptopy dla szkoły specjalnej: z Cyfrowego Powiatu czy z Cyberbezpiecznego Samorządu?", "cp")
    assert "Cyberbezpiecznym Samorządzie" in answer.text, (answer.entry_id, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "w cyfrowym powiecie chcemy przerzucić środki z drukarek na serwer – trzeba na to aneksu?",
        "czy w cyberbezpiecznym samorządzie zmiana zakresu wymaga aneksowania umowy o grant?",
    ],
)
def test_annexes_to_the_agreement_are_not_in_the_documents(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and "Aneksów" in answer.text, (answer.entry_id, answer.text[:160])


def test_an_annex_moving_the_end_is_answered_by_the_last_day(engine: FaqEngine) -> None:
    answer = engine.ask("czy aneksem wydłużymy projekt w cyfrowym powiecie do kwietnia 2024?")
    assert not answer.abstained and "31.12.2023" in answer.text, (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "admin z urzędu miasta: w cs kupujemy SIEM, przełączniki z 802.1x i UTM. czy to wszystko przejdzie?",
            ["SIEM", "przełączniki z 802.1x", "UTM"],
        ),
        ("cg – kupujemy UPS, serwer i kamerki. czy to wszystko jest kwalifikowalne?", ["UPS", "serwer", "kamerki"]),
    ],
)
def test_a_list_closed_by_to_wszystko_is_the_purchase(question: str, items: list[str]) -> None:
    assert purchase_items(question) == items


def test_a_union_of_gminas_in_cs_is_left_open(engine: FaqEngine) -> None:
    answer = engine.ask("związek międzygminny od odpadów chce być wnioskodawcą w cyber samorządzie – wolno mu?")
    assert answer.abstained and answer.entry_id == "cs-zwiazek-wnioskodawca", (answer.entry_id, answer.text[:160])
    assert "nie rozstrzygają" in answer.text


def test_a_municipal_company_in_cs_is_no_jst(engine: FaqEngine) -> None:
    answer = engine.ask("czy spółka komunalna od ciepła może sama złożyć wniosek do cyberbezpiecznego samorządu?")
    assert not answer.abstained and answer.entry_id == "cs-kto-moze", (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    "question",
    [
        "szkolenia dla urzędników w CS są obowiązkowe, czy tylko zalecane?",
        "czy w cyberbezpiecznym samorządzie szkolenia dla pracowników są wymagane?",
    ],
)
def test_cs_trainings_are_no_duty(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cs-szkolenia-obowiazkowe", (answer.entry_id, answer.text[:160])
    assert answer.text.startswith("Nie") and "Ankieta" in answer.text


def test_papiery_do_umowy_are_the_agreements_documents(engine: FaqEngine) -> None:
    assert expand_abbreviations("jakie papiery do podpisania umowy?") == "jakie dokumenty do podpisania umowy?"
    assert expand_abbreviations("papier do drukarki z grantu?") == "papier do drukarki z grantu?"
    answer = engine.ask("ile mamy dni na papiery potrzebne do umowy w cyfrowej gminie?")
    assert answer.entry_id == "cg-umowa-dokumenty" and "14 dni" in answer.text, (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    "question",
    [
        "składamy do Cyfrowego Powiatu i do Cyberbezpiecznego Samorządu – jakim systemem wysyłamy wniosek w jednym, "
        "a jakim w drugim?",
        "gmina startuje w cyfrowej gminie oraz w cyber samorzadzie; gdzie skladamy wniosek w jednym a gdzie w drugim",
    ],
)
def test_in_one_and_in_the_other_are_the_programmes_named(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "all-gwg-lsi", (answer.entry_id, answer.text[:160])
    assert "GWG" in answer.text and "LSI" in answer.text
