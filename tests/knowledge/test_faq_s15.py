"""Session 15: mechanisms measured across sets 1–23 (docs/faq.md, thirteenth pass).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_split import offered_for_confirmation


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    "message",
    [
        "w cyfrowym powiecie protokoły pokazujemy dopiero na prośbę operatora, prawda?",
        "Dzień dobry, ankietę z CS wysyłamy pocztą, zgadza się? Pozdrawiam, Jan Kowalski",
        "czy to prawda, że w CG diagnozę robi się raz na koniec?",
        "trwałość w CS to 5 lat, tak?",
        "skarbnik: wkład własny w cyfrowej gminie wynosi zero, dobrze myślę?",
    ],
)
def test_a_statement_offered_for_confirmation(message: str) -> None:
    assert offered_for_confirmation(message)


@pytest.mark.parametrize(
    "message",
    [
        "czy w cyfrowym powiecie protokoły pokazujemy dopiero na prośbę operatora?",
        "cyfrowa gmina – zaliczka na sprzęt ok?",  # whether a thing is acceptable, no statement of a rule
        "chcemy kupić same tablety bez niczego z cyberbezpieczeństwa – można tak?",  # "tak" is the manner
        "ile trwa nabór w CS?",
    ],
)
def test_a_question_that_offers_no_statement(message: str) -> None:
    assert not offered_for_confirmation(message)


_CLAIM = (
    "w cyfrowej gminie dokumenty z postępowania przetargowego przekazujemy operatorowi dopiero wtedy, gdy o nie poprosi"
)


def test_a_statement_offered_for_confirmation_is_answered_from_a_lower_confidence(engine: FaqEngine) -> None:
    # the claim's wrong words ("dopiero wtedy, gdy poprosi") are what no entry holds; asked as an open question the
    # same words stay below the usual threshold, offered for confirmation the rule is answered
    assert engine.ask(f"czy {_CLAIM}?").abstained
    answer = engine.ask(f"czy to prawda, że {_CLAIM}?")
    assert not answer.abstained, answer.text
    assert answer.entry_id == "cg-dokumentacja-zamowien"
    assert "rozliczenia" in answer.text


def test_an_unsure_confirmation_gets_no_bare_yes_or_no(engine: FaqEngine) -> None:
    # the entry's "Tak" answers its own question, not whether the official's statement is true
    answer = engine.ask("czy to prawda, że w cyfrowym powiecie protokoły odbioru dajemy dopiero, jak operator poprosi?")
    assert not answer.abstained, answer.text
    assert not answer.text.startswith(("Tak", "Nie")), answer.text


def test_a_confirmation_about_something_outside_the_programmes_is_still_refused(engine: FaqEngine) -> None:
    assert engine.ask("parking dla urzędników w cyfrowej gminie jest płatny, prawda?").abstained
    assert engine.ask("w cs premie dla informatyków wrzucamy w koszty, tak?").abstained


# -- a figure the documents do not give (abstention with what they do say) ----------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "powiat liczy 85 tys. mieszkańców, wskaźnik P mamy 290 zł – ile nam wychodzi z cyfrowego powiatu?",
        "cyfrowy powiat: mamy 70 tys. mieszkańców i wskaźnik P 301 zł. Ile wyjdzie grantu?",
    ],
)
def test_the_cp_grant_from_the_officials_figures_is_the_no_formula_entry(engine: FaqEngine, message: str) -> None:
    # the schemat gives no formula for CP (the amount is in annex 2): the figures are not computed with CG's
    answer = engine.ask(message)
    assert answer.abstained
    assert answer.entry_id == "cp-wzor-kwoty"


def test_a_concrete_amount_of_own_contribution_in_cs_is_not_given(engine: FaqEngine) -> None:
    # schemat CS: the contribution depends on the unit's wealth coefficient; its thresholds are not given there
    answer = engine.ask("rada pyta o konkretną kwotę wkładu własnego w cyberbezpiecznym samorządzie dla naszego miasta")
    assert answer.abstained
    assert answer.entry_id == "cs-wklad-wlasny"


def test_a_share_the_official_names_that_the_entry_says_the_documents_do_not_give(engine: FaqEngine) -> None:
    # the 5 % advisory cap is CG's and CP's (rules/*.toml); the CS schemat states none
    answer = engine.ask("cyberbezpieczny samorząd – czy limit na usługi doradcze to też 5% grantu?")
    assert answer.abstained
    assert answer.entry_id == "cs-doradztwo"
    assert not answer.text.startswith("Tak"), answer.text
    in_cg = engine.ask("cyfrowa gmina – czy limit na usługi doradcze to 5% grantu?")
    assert not in_cg.abstained


# -- set 24's causes, each in words of its own ------------------------------------------------------------


def test_a_paragraph_reference_is_no_figure_of_the_question(engine: FaqEngine) -> None:
    # "§ 4" is no 4th round and "ust. 6" no period; the claim of 9 months is corrected (regulamin CG: 6 months)
    answer = engine.ask(
        "zgodnie z § 4 ust. 6 regulaminu CG diagnozę robimy w 9 miesięcy od podpisania umowy, zgadza się?"
    )
    assert answer.entry_id == "cg-diagnoza-termin"
    assert answer.text.startswith("Nie"), answer.text
    assert "6 miesięcy" in answer.text


@pytest.mark.parametrize("lead", ["w CG § 3 ust. 4 –", "w cyfrowej gminie –", "(§3 ust. 4) cg:"])
def test_a_lead_in_naming_the_programme_stays_with_its_question(engine: FaqEngine, lead: str) -> None:
    answer = engine.ask(f"{lead} ile dni roboczych mamy na poprawienie omyłki po wezwaniu?")
    assert answer.entry_id == "cg-kpg-poprawki", answer.text
    assert "3 dni robocze" in answer.text


def test_a_share_of_the_computed_grant_asked_after_a_short_question(engine: FaqEngine) -> None:
    # "Ile dostaniemy i ile z tego …": the 5 % cap (regulamin CG §4 ust. 6 pkt 2 lit. a) of the grant the formula gives
    answer = engine.ask(
        "cyfrowa gmina, 9 800 mieszkańców, wskaźnik G 1 950,00 zł. "
        "Ile dostaniemy i ile z tego pójdzie najwyżej na doradcę?"
    )
    assert "245 255,60 zł" in answer.text, answer.text  # 100 000 + (2 098,22 − 1 950) / 10 × 9 800
    assert "12 262,78 zł" in answer.text  # 5 % of it


def test_each_grant_named_by_its_programme_gets_its_own_advisory_cap(engine: FaqEngine) -> None:
    answer = engine.ask(
        "obsługujemy dwa samorządy: gmina ma grant z cyfrowej gminy 520 000 zł, a powiat grant z cyfrowego powiatu "
        "180 000 zł – ile każdy może wydać na doradztwo?"
    )
    assert "26 000,00 zł" in answer.text and "9 000,00 zł" in answer.text, answer.text


@pytest.mark.parametrize(
    "message",
    [
        "jaki wkład własny w cyberbezpiecznym samorządzie przy współczynniku zamożności 0,92?",
        "ile dołożymy w cyberbezpiecznym samorządzie, jeśli nasz współczynnik zamożności to 1,08?",
    ],
)
def test_the_officials_value_of_a_quantity_without_thresholds_in_the_documents(engine: FaqEngine, message: str) -> None:
    # schemat CS: the contribution depends on the wealth coefficient; its thresholds are not in the schemat
    answer = engine.ask(message)
    assert answer.abstained
    assert answer.entry_id == "cs-wklad-wlasny"


def test_the_cg_index_with_its_value_is_still_computed(engine: FaqEngine) -> None:
    answer = engine.ask("Cyfrowa gmina: G gminy 1 905,40 zł, 7 300 mieszkańców – ile grantu?")
    assert not answer.abstained
    assert "240 758,60 zł" in answer.text, answer.text  # 100 000 + (2 098,22 − 1 905,40) / 10 × 7 300


def test_up_to_what_percentage_is_a_percentage_asked(engine: FaqEngine) -> None:
    answer = engine.ask("do jakiego procentu grantu CP można przesunąć między kategoriami?")
    assert answer.abstained


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "sąsiedni powiat kupił z cyberbezpiecznego samorządu notebooki, bo mają XDR – możemy też?",
            "cs-wykluczenie-komputery",
        ),
        ("cs: smartfony dla sekretariatu z antywirusem przejdą?", "cs-wykluczenie-mobilne"),
    ],
)
def test_a_device_the_cs_excludes_stays_excluded_whatever_software_it_carries(
    engine: FaqEngine, message: str, entry_id: str
) -> None:
    # CS schemat, Wydatki niekwalifikowalne: computers and mobile devices are excluded; the software is another item
    answer = engine.ask(message)
    assert answer.entry_id == entry_id, answer.text
    assert answer.text.startswith("Nie"), answer.text


def test_software_for_a_device_is_the_softwares_question(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cs sfinansujemy antywirus na komputery urzędników?")
    assert not answer.text.startswith("Nie"), answer.text


@pytest.mark.parametrize(
    "message",
    [
        "jak często w cyfrowej gminie oddajemy sprawozdanie z okresu trwałości i na jakim wzorze?",
        "co ile miesięcy w cs składa się sprawozdania z trwałości i na jakim formularzu?",
    ],
)
def test_a_detail_of_something_the_documents_leave_open_is_left_open(engine: FaqEngine, message: str) -> None:
    # no document provides for reports in the maintenance period, so there is no form of them to name either
    # (not the CG formula's variables, not the CS survey form)
    answer = engine.ask(message)
    assert answer.abstained
    assert answer.entry_id == "all-sprawozdania-trwalosc"


def test_a_price_named_net_is_measured_against_the_procurement_threshold(engine: FaqEngine) -> None:
    # "wyjdzie 70 tys netto – coś trzeba?": the leading procurement entry (baza konkurencyjności above 50 000 zł
    # netto) answers, as it did for the same message with 60 tys
    answer = engine.ask("wdrożenie SIEM wyjdzie 75 tys netto – musimy coś zrobić?")
    assert not answer.abstained, answer.text
    assert "50 000 zł netto" in answer.text


def test_the_payment_application_is_the_settlement_application(engine: FaqEngine) -> None:
    answer = engine.ask("co dołączamy do wniosku o płatność końcową w cyberbezpiecznym samorządzie?")
    assert answer.entry_id == "cs-rozliczenie-dokumenty"


def test_a_bare_when_after_a_question_the_documents_leave_open_is_left_open(engine: FaqEngine) -> None:
    # no document provides for yearly reports in the maintenance period, so there is no date of them either
    answer = engine.ask("czy w cyfrowej gminie w okresie trwałości co roku składamy sprawozdanie? do kiedy?")
    assert answer.abstained
    assert answer.entry_id == "all-sprawozdania-trwalosc"
    # … while a bare "do kiedy?" after a question the documents do answer asks its date
    assert engine.ask("ankieta dojrzałości w cs? do kiedy?").entry_id == "cs-ankieta-termin"


@pytest.mark.parametrize("message", ["ile procent zaliczki w cs?", "cg kaucja ile procent?"])
def test_a_short_figure_question_about_something_no_entry_mentions_abstains(engine: FaqEngine, message: str) -> None:
    # the documents name no advance payment nor deposit; the intensity entry's 100 % is another figure
    assert engine.ask(message).abstained


def test_a_short_figure_question_about_a_known_thing_is_answered(engine: FaqEngine) -> None:
    assert not engine.ask("ile dni na ankietę w cs?").abstained


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("a ile wolno wydać na doradztwo w cyfrowej gminie?", "cg-doradztwo-limit"),  # not the whole catalogue
        ("ile można wydać na doradztwo w cp?", "cp-doradztwo-limit"),
        ("na co w ogóle można przeznaczyć grant z cyberbezpiecznego samorządu?", "cs-wydatki-katalog"),
    ],
)
def test_what_the_money_may_go_to_and_how_much_of_it_on_advice(engine: FaqEngine, message: str, entry: str) -> None:
    answer = engine.ask(message)
    assert answer.entry_id == entry and not answer.abstained, (answer.entry_id, answer.answer[:120])
