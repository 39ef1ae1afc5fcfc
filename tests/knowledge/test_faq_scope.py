"""Messages that ask nothing the programmes govern, and asides around real questions (session 11).

Each rule is tested in words of its own, not in the blind sets' wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_scope import foreign_situation, keyword_bag


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("message", "bag"),
    [
        ("wniosek umowa rozliczenie kontrola protokol ile", True),
        ("alokacja intensywnosc wskaznik nabor operator", True),
        ("ile rund naboru bylo w cyfrowej gminie", False),  # a question word in front asks
        ("protokol odbioru wzor cp", False),  # short, names its programme
        ("kto podpisuje umowe grantowa", False),
        ("wskaznik P powiatu 2022 jaka wartosc", False),  # a figure
    ],
)
def test_a_keyword_bag_is_told_from_a_telegraphic_question(message: str, bag: bool) -> None:
    assert keyword_bag(message) is bag


def test_a_keyword_bag_is_refused_with_its_reason(engine: FaqEngine) -> None:
    answer = engine.ask("harmonogram wskaznik alokacja grantobiorca kontrola")
    assert answer.abstained and answer.entry_id is None and "same hasła" in answer.text


def test_foreign_situation_needs_a_context_mostly_outside_the_vocabulary() -> None:
    known = {"serwer", "grant", "umowa", "diagnoza"}
    ignore = {"dzien", "dobry"}
    assert foreign_situation(["dach", "przeciekac", "piwnica", "serwer"], known, ignore, names_programme=False)
    assert not foreign_situation(["dach", "przeciekac", "piwnica"], known, ignore, names_programme=True)
    assert not foreign_situation(["serwer", "umowa", "piwnica"], known, ignore, names_programme=False)
    assert not foreign_situation(["dach"], known, ignore, names_programme=False)  # too little to judge


@pytest.mark.parametrize(
    "message",
    [
        "Dzień dobry, w nocy zalało piwnicę urzędu, woda stoi przy rozdzielni i nie działa winda. Kogo powiadomić?",
        "Witam, sprzątaczka zgubiła klucze do budynku, a ślusarz przyjdzie dopiero jutro. Co robić?",
    ],
)
def test_a_situation_outside_the_programmes_is_refused_whatever_its_last_sentence_asks(
    engine: FaqEngine, message: str
) -> None:
    answer = engine.ask(message)
    assert answer.abstained and answer.entry_id is None, answer.entry_id


def test_a_situation_naming_a_programme_is_still_answered(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Dzień dobry, mamy awarię zasilania w piwnicy urzędu. Jaki jest telefon infolinii Cyfrowej Gminy?"
    )
    assert not answer.abstained and "631 21 05" in answer.text


def test_an_aside_without_a_known_word_does_not_dilute_the_question(engine: FaqEngine) -> None:
    plain = engine.ask("przypomnijcie adres e-mail cyfrowego powiatu")
    aside = engine.ask("przypomnijcie adres e-mail cyfrowego powiatu, szef wyjechał na urlop do Grecji")
    assert not aside.abstained and aside.entry_id == plain.entry_id
    assert "cyfrowypowiat@cppc.gov.pl" in aside.text


def test_an_aside_is_only_a_clause_that_asks_nothing(engine: FaqEngine) -> None:
    # the second clause asks (a question word), so it is kept and the message stays one question
    message = "podajcie adres e-mail cyfrowego powiatu, kiedy odpisują na wiadomości?"
    assert engine._without_asides(message) == message


def test_a_programme_named_after_tak_jak_is_the_comparison(engine: FaqEngine) -> None:
    focused = engine._focused(
        "skoro Cyfrowy Powiat działa tak jak Cyfrowa Gmina, to trwałość też trzeba utrzymać 2 lata?"
    )
    assert engine.programmes_in(focused) == ("cp",)
    # a bare "jak" asks how: the programme after it stays
    question = "jak Cyfrowa Gmina liczy grant, a jak Cyfrowy Powiat?"
    assert engine._focused(question) == question


def test_dobrze_rozumiemy_asks_for_confirmation(engine: FaqEngine) -> None:
    answer = engine.ask("w Cyfrowym Powiecie nie trzeba wnosić wkładu własnego, dobrze rozumiemy?")
    assert not answer.abstained and answer.entry_id == "cp-wklad-wlasny"


@pytest.mark.parametrize(
    "message",
    [
        "Cyfrowy Powiat – nabór, alokacja, wskaźnik P, kontrola, trwałość.",  # a list of topics, no verb
        "cyberbezpieczny samorzad cyfrowy powiat",  # programme names alone
        "cs grant umowa protokol faktura ankieta",  # five nouns besides a programme
    ],
)
def test_topic_lists_and_bare_programme_names_ask_nothing(engine: FaqEngine, message: str) -> None:
    assert keyword_bag(message)
    assert engine.ask(message).abstained


@pytest.mark.parametrize(
    "message",
    ["skład komisji przyznającej granty CG", "kryterium okres realizacji projektu cg", "cp diagnoza termin"],
)
def test_a_telegraphic_noun_phrase_is_a_question(message: str) -> None:
    assert not keyword_bag(message)


def test_a_courtesy_sentence_before_the_question_is_dropped(engine: FaqEngine) -> None:
    plain = engine.ask("A do kiedy trzeba złożyć ankietę?", "cs")
    thanked = engine.ask("Dzięki wielkie! A do kiedy trzeba złożyć ankietę?", "cs")
    assert not thanked.abstained and thanked.entry_id == plain.entry_id


def test_both_aspects_of_sending_find_the_address(engine: FaqEngine) -> None:
    # "wysyłać" and "wysłać" are both words of the knowledge base: one synonym group joins them
    for question in ("gdzie się wysyła wyniki diagnozy w cyfrowym powiecie", "gdzie wysyłamy diagnozę w cp"):
        assert engine.ask(question).entry_id == "cp-diagnoza-epuap", question


def test_a_percentage_asked_with_the_grant_in_brackets_is_computed(engine: FaqEngine) -> None:
    answer = engine.ask("ile to jest limit 5 % (grant 260 000 zł) w cyfrowym powiecie?")
    assert "13 000,00 zł" in answer.text


def test_po_co_starts_a_question_of_its_own() -> None:
    from knowledge.faq_split import split_questions

    parts = split_questions("ankieta w cs - gdzie ja przekazac i po co ja wypelniamy?")
    assert len(parts) == 2 and parts[1].startswith("po co")


# -- dictated messages and telegraphic figures -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("umowę podpisano trzeciego maja dwa tysiące dwadzieścia dwa", "umowę podpisano 3 maja 2022"),
        ("od trzydziestego pierwszego grudnia", "od 31 grudnia"),
        ("grant dwieście tysięcy złotych pięćdziesiąt groszy", "grant 200 000,50 zł"),
        ("tysiąc osiemset złotych", "1 800 złotych"),
        ("tysiąc razy dzwoniliśmy", "tysiąc razy dzwoniliśmy"),
    ],
)
def test_dates_and_grosze_said_in_words(typed: str, digits: str) -> None:
    from knowledge.faq_numbers import digits_for_number_words

    assert digits_for_number_words(typed) == digits


def test_a_dictated_message_reads_its_spoken_punctuation(engine: FaqEngine) -> None:
    answer = engine.ask(
        "umowę w cyberbezpiecznym samorządzie podpisaliśmy drugiego kwietnia dwa tysiące dwadzieścia cztery "
        "kropka do kiedy ankieta znak zapytania"
    )
    assert "02.05.2024" in answer.text or "2 maja 2024" in answer.text


def test_letters_l_and_g_with_bare_figures_are_the_formula(engine: FaqEngine) -> None:
    answer = engine.ask("cyfrowa gmina L 9000 G 1998,22 ile wyjdzie")
    assert answer.computation is not None and "190 000,00 zł" in answer.text


def test_a_gminas_cs_bound_is_added_to_its_cg_grant_when_asked(engine: FaqEngine) -> None:
    answer = engine.ask("z cyfrowej gminy mamy 412 000 zł, a z cs ile maksymalnie dostanie gmina i ile to łącznie?")
    assert "1 262 000,00 zł" in answer.text


def test_a_contractors_fee_is_no_staff_pay(engine: FaqEngine) -> None:
    fee = engine.ask(
        "czy wynagrodzenie firmy za przygotowanie projektu do cyberbezpiecznego samorządu jest kwalifikowalne?"
    )
    assert not fee.abstained and fee.entry_id == "cs-przygotowanie-projektu"
    pay = engine.ask("czy z cyberbezpiecznego samorządu pokryjemy wynagrodzenie naszego informatyka?")
    assert pay.abstained


def test_a_lone_part_saying_nothing_of_its_own_leaves_the_whole_message_to_answer(engine: FaqEngine) -> None:
    message = "Komisja obcięła nam kwotę o skaner w Cyfrowej Gminie. Co z tego wynika?"
    assert engine._ask_parts(message, ["Co z tego wynika?"], None) is None
    assert engine.ask(
        "Czytamy w §5 regulaminu Cyfrowej Gminy, że niewycofanie wniosku to akceptacja decyzji KPG o wysokości "
        "dofinansowania. Komisja obcięła nam kwotę o skaner. Co z tego wynika i czy jest jeszcze coś, co możemy zrobić?"
    ).entry_id in ("cg-kpg-niezgoda", "cg-wycofanie-wniosku")


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("w okresie trwałości ktoś ukradł nam tablety kupione z cyfrowego powiatu – co dalej?", None),
        ("czy bank może dostać cesję należności z umowy o powierzenie grantu w cyfrowym powiecie?", "all-cesja-grantu"),
        ("jakie raporty roczne wysyłamy operatorowi w okresie trwałości cyfrowej gminy?", "all-sprawozdania-trwalosc"),
    ],
)
def test_what_the_documents_leave_to_the_agreement_is_answered_as_undecided(
    engine: FaqEngine, question: str, entry_id: str | None
) -> None:
    answer = engine.ask(question)
    assert answer.abstained, answer.entry_id
    # theft: abstaining is what matters; the entry says what the documents do require
    assert answer.entry_id in ((entry_id,) if entry_id else (None, "all-utrata-sprzetu-trwalosc"))


def test_a_programme_giving_up_to_an_amount_is_its_grant_range(engine: FaqEngine) -> None:
    candidates, _signal = engine.rank("czy cyfrowy powiat daje powiatom do 900 tys. zł?")
    assert candidates[0].entry.id == "cp-kwota-min-max"


def test_a_voivodeship_asking_about_cg_and_cp_gets_the_entry_ruling_them_out(engine: FaqEngine) -> None:
    answer = engine.ask(
        "urząd marszałkowski: czy samorząd województwa wystąpi o grant z Cyfrowego Powiatu lub Cyfrowej Gminy?"
    )
    assert answer.entry_id == "all-program-dla-wojewodztwa" and "nie mogło" in answer.text


def test_a_priced_item_asked_about_the_procurement_rule_gets_the_rule_and_no_false_premise(engine: FaqEngine) -> None:
    answer = engine.ask("w cs kupujemy WAF za 73 800 zł brutto (vat 23%) - czy musi iść przez bazę konkurencyjności?")
    assert answer.entry_id == "cs-baza-konkurencyjnosci"
    assert "60 000,00 zł" in answer.text and "według dokumentów" not in answer.text


def test_of_two_dates_the_period_counts_from_the_one_next_to_its_event(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Sprzęt z Cyfrowego Powiatu odebraliśmy 5.06.2023, a Operator zaakceptował końcowe rozliczenie "
        "10.01.2024. Do kiedy trwa okres trwałości?"
    )
    assert "10.01.2026" in answer.text and "05.06.2025" not in answer.text


@pytest.mark.parametrize(
    ("cost", "line"),
    [("18 000 zł", "przekracza limit o 3 000,00 zł"), ("12 000 zł", "mieści się w limicie 15 000,00 zł")],
)
def test_an_advisory_invoice_is_compared_with_the_cap_when_asked(engine: FaqEngine, cost: str, line: str) -> None:
    answer = engine.ask(
        f"W Cyfrowym Powiecie dostaliśmy grant 300 000 zł, a doradca wystawił rachunek na {cost}. "
        "Czy zmieścimy to w limicie na doradztwo?"
    )
    assert line in answer.text


def test_items_bought_with_a_dated_invoice_are_context_of_a_question_about_the_date(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Kupiliśmy skaner i trzy czytniki e-dowodu, faktura z 10 lutego 2020 r. Czy taki wydatek kwalifikuje się "
        "w Cyfrowej Gminie?"
    )
    assert answer.entry_id == "cg-okres-kwalifikowalnosci" and "01.02.2020" in answer.text


def test_a_declaration_silent_on_earlier_funding_fails_the_used_equipment_condition(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W Cyfrowej Gminie bierzemy używane laptopy od firmy poleasingowej; w oświadczeniu sprzedawcy nie ma "
        "nic o dotacjach z ostatnich lat. Czy możemy je rozliczyć?"
    )
    assert answer.entry_id == "cg-sprzet-uzywany" and answer.text.startswith("Nie")
