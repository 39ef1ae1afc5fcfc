"""Routing rules of the session-9 FAQ pass: pasted lists, dates of a purchase, paired questions.

Each test states a rule in phrasings of its own (not the evaluation sets' sentences).
"""

from __future__ import annotations

import re

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.purchase import listed_items, purchase_item


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


# -- a list pasted into one question: every line gets its verdict ----------------------------------


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("Czy w CG to wejdzie: • skaner • niszczarka • kurs Worda", ["skaner", "niszczarka", "kurs Worda"]),
        (
            "zakupy do CS:\n- firewall\n- monitor 27 cali\n- szkolenie phishing",
            ["firewall", "monitor 27 cali", "szkolenie phishing"],
        ),
        ("mamy do kupienia w CP 1) serwer 2) UPS 3) drukarkę – czy kwalifikowalne?", ["serwer", "UPS", "drukarkę"]),
        # dashes around an aside are no list; a bullet list asking nothing about eligibility is none either
        ("czy w CS - jako powiat - możemy kupić UPS?", []),
        ("wyślij mi kontakty: • CG • CP", []),
    ],
)
def test_a_pasted_list_is_read_item_by_item(question: str, items: list[str]) -> None:
    assert listed_items(question) == items


def test_each_listed_item_gets_its_own_verdict() -> None:
    from checks.classifier import classify
    from knowledge.purchase import purchase_answer

    question = "Czy w Cyberbezpiecznym Samorządzie przejdzie: • firewall • drukarka • kurs Excela dla kadr"
    # "kurs" is a rule word in a plain question; inside a list it is only an item's name
    assert purchase_item(question) == "firewall"
    answer = purchase_answer(question, ("cs",), classify)
    assert answer is not None
    assert "„firewall” – kwalifikowalny" in answer.text
    assert "„drukarka” – niekwalifikowalny" in answer.text
    assert "„kurs Excela dla kadr”" in answer.text


# -- the month of an invoice is a question about the eligibility window ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "czy faktury za routery ze stycznia 2020 wejdą w CP?",
        "rozliczymy w CG zakup switcha od grudnia 2019?",
        "zakup serwera z 2019 r. – przejdzie w cyfrowym powiecie?",
    ],
)
def test_a_dated_purchase_is_not_an_item_verdict(engine: FaqEngine, question: str) -> None:
    assert purchase_item(question) is None
    answer = engine.ask(question)
    assert answer.entry_id is not None and answer.entry_id.endswith("okres-kwalifikowalnosci")
    assert "01.02.2020" in answer.text


# -- each programme with its own subject, one question about both ---------------------------------


def test_two_subjects_each_in_its_programme_are_asked_apart(engine: FaqEngine) -> None:
    answer = engine.ask("diagnoza w cyfrowej gminie, a ankieta w cyber samorządzie – do kiedy jedno i drugie?")
    assert len(answer.parts) == 2
    assert "6 miesięcy" in answer.text and "30 dni" in answer.text


def test_the_second_subject_may_leave_out_the_first_ones_noun(engine: FaqEngine) -> None:
    parts = engine._paired("wskaźnik G dla cyfrowej gminy oraz P dla cyfrowego powiatu: ile wynoszą dla kraju?")
    assert parts is not None and parts[1].startswith("wskaźnik P")
    answer = engine.ask("wskaźnik G dla cyfrowej gminy oraz P dla cyfrowego powiatu: ile wynoszą dla kraju?")
    assert "2 098,22" in answer.text and "312,32" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "jaki jest minimalny grant w cg i w cp?",  # the programmes are a list: asked per programme elsewhere
        "w CG był załącznik nr 8, a w CS gdzie jest formularz ankiety?",  # a contrast, one question
    ],
)
def test_a_list_or_a_contrast_is_no_pair(engine: FaqEngine, question: str) -> None:
    assert engine._paired(question) is None


# -- the topic words only in a relative clause: the question is about something else --------------


@pytest.mark.parametrize(
    "question",
    [
        "jak wypełnić PIT-4R dla osoby, która przeprowadzała diagnozę cyberbezpieczeństwa",
        "jaki PIT dla firmy ktora robila nam diagnoze w cg",
    ],
)
def test_a_topic_only_in_a_relative_clause_is_refused(engine: FaqEngine, question: str) -> None:
    assert engine.ask(question).abstained


def test_a_relative_clause_about_the_item_keeps_the_answer(engine: FaqEngine) -> None:
    answer = engine.ask("czy możemy kupić serwer, który będzie służył do kopii zapasowych w CS?")
    assert not answer.abstained and answer.entry_id == "cs-serwer"


# -- "which annex is X": the annex named, with its number ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("który załącznik regulaminu cyfrowej gminy to formularz diagnozy?", "8"),
        ("w CG załączników jest sporo – który to informacje o usługach ZUCH, a który lista podmiotów?", "2"),
    ],
)
def test_which_annex_names_its_number(engine: FaqEngine, question: str, number: str) -> None:
    answer = engine.ask(question)
    assert re.search(rf"załącznik\w*\s+nr\s+{number}\b", answer.text)


def test_the_second_annex_asked_is_named_too(engine: FaqEngine) -> None:
    answer = engine.ask("jaki załącznik w CG to wzór wniosku, a który to oświadczenie o VAT do rozliczenia?")
    assert "załącznik nr 1" in answer.text and "załącznik nr 9" in answer.text


def test_criteria_listed_in_an_answer_are_no_annexes(engine: FaqEngine) -> None:
    # the criteria entry enumerates "1) kwalifikowalność wnioskodawcy, …": not a list of annexes
    answer = engine.ask("które kryterium w CG dotyczy zasadności kosztów, jest w załączniku?")
    assert "to załącznik nr 6" not in answer.text


# -- two things asked about in one clause: the entry that speaks of both ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "czy w CS razem z wnioskiem rozliczającym składamy dokumentację zamówienia i polisę?",
        "rozliczenie cyber samorządu – trzeba wysłać dokumentację postępowania oraz polisę ubezpieczenia?",
    ],
)
def test_two_documents_asked_together_find_the_entry_naming_both(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == "cs-rozliczenie-dokumenty"
    assert "na żądanie" in answer.text and "polis" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "jak rozliczyć grant w CS i co do tego dołączyć?",  # a second question, not a second thing
        "w CS polisa i od kiedy ma obowiązywać?",
    ],
)
def test_a_second_question_after_i_is_no_second_thing(engine: FaqEngine, question: str) -> None:
    candidates, _signal = engine.rank(question)
    assert engine._covering_both(question, candidates[:3], candidates[0]) is None


# -- an amount asked for that the entry says the documents do not give: an honest abstention -------


def test_an_amount_the_documents_do_not_give_is_flagged(engine: FaqEngine) -> None:
    answer = engine.ask("ile wynosi udział własny powiatu w CS przy wskaźniku zamożności 0,9?")
    assert answer.abstained and answer.entry_id == "cs-wklad-wlasny"
    assert "22 182 22 94" in answer.text


def test_an_amount_the_entry_gives_is_answered(engine: FaqEngine) -> None:
    answer = engine.ask("ile wynosi maksymalny grant dla powiatu w cyfrowym powiecie?")
    assert not answer.abstained and "350 000" in answer.text


# -- a share of the grant the official's own L and G give ------------------------------------------


def test_the_advisory_share_is_of_the_grant_just_computed() -> None:
    from knowledge.compute import compute_all

    found = compute_all("gmina 8 000 mieszkańców, G = 1900. ile dostaniemy z CG i ile z tego na doradztwo?", ("cg",))
    assert [c.kind for c in found] == ["formula", "advisory"]
    # (2 098,22 − 1 900) / 10 = 19,822 zł; × 8 000 = 158 576 zł; + 100 000 = 258 576 zł; 5 % = 12 928,80 zł
    assert "258 576,00 zł" in found[0].text and "12 928,80 zł" in found[1].text


@pytest.mark.parametrize(
    "question",
    [
        "mamy 10 000 mieszkańców, a wskaźnik G na 2021 r. wynosi u nas 1 998,22 zł – ile grantu z CG?",
        "10 000 mieszkańców, wskaźnik G gminy w 2021 roku to 1998,22 – jaki grant w cyfrowej gminie?",
    ],
)
def test_the_year_of_g_is_not_its_value(question: str) -> None:
    from knowledge.compute import compute_all

    found = compute_all(question, ("cg",))
    # (2 098,22 − 1 998,22) / 10 = 10 zł; × 10 000 = 100 000 zł; + 100 000 = 200 000 zł
    assert found and found[0].kind == "formula" and "200 000,00 zł" in found[0].text


# -- the asking sentence after the official's story decides the entry ------------------------------


@pytest.mark.parametrize(
    ("question", "net"),
    [
        (
            "Kupujemy w CS system SIEM do zbierania logów za 98 400 zł brutto (VAT 23%). Czy obowiązuje nas baza "
            "konkurencyjności?",
            "80 000,00 zł",
        ),
        (
            "W Cyberbezpiecznym Samorządzie zamawiamy testy penetracyjne za 73 800 zł brutto, VAT 23%. Czy trzeba "
            "ogłosić to w bazie konkurencyjności?",
            "60 000,00 zł",
        ),
    ],
)
def test_the_procurement_question_after_an_item_story(engine: FaqEngine, question: str, net: str) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == "cs-baza-konkurencyjnosci"
    assert f"{net} netto" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Zamówiliśmy w CS skaner podatności, ale dostawa będzie po terminie. Rozliczymy to?",
        "Kupiliśmy w CG 12 tabletów dla szkoły w 2021 r. Czy te tablety da się rozliczyć w grancie?",
    ],
)
def test_a_vague_or_pointing_back_asking_sentence_keeps_the_story(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entry_id is None or "rozliczenie-dokumenty" not in answer.entry_id


# -- where a programme's money comes from, even when the official guesses another scheme -------------


@pytest.mark.parametrize(
    ("question", "fact", "scheme"),
    [
        ("czy cyfrowa gmina to z Polskiego Ładu? skarbnik pyta", "Polska Cyfrowa", "Polskiego Ładu"),
        ("skąd są pieniądze na cyfrowy powiat – z jakiego funduszu? do sprawozdania", "Polska Cyfrowa", None),
        ("cyber samorząd jest finansowany z RPO, prawda?", "FERC", "RPO"),
    ],
)
def test_the_funding_source_is_answered(engine: FaqEngine, question: str, fact: str, scheme: str | None) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and fact in answer.text
    if scheme is not None:
        assert answer.text.startswith(f"Dokumenty programu nie wskazują „{scheme}”")


def test_another_scheme_without_our_programme_stays_off_topic(engine: FaqEngine) -> None:
    assert engine.ask("czy z Polskiego Ładu można kupić samochód dla urzędu?").abstained
