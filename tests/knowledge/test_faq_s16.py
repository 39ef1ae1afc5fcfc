"""Session 16: mechanisms measured across sets 1–25 (docs/faq.md, fourteenth pass).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_gate import uncomputed_figure
from knowledge.faq_split import offered_for_confirmation


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


RULE = "Diagnozę przekazuje się w ciągu 6 miesięcy od dnia zawarcia umowy o powierzenie grantu."


@pytest.mark.parametrize(
    "question",
    [
        "umowę zawarliśmy 9.05.2022, a do kiedy najpóźniej ta diagnoza?",
        "router kosztuje nas 81 180 zł brutto – potrzebna baza konkurencyjności?",
        "nasze miasto ma 31 tys. mieszkańców, ile dokładnie grantu nam przypadnie?",
    ],
)
def test_own_data_asked_about_and_left_unused(question: str) -> None:
    assert uncomputed_figure(question, RULE, computed=False)


@pytest.mark.parametrize(
    ("question", "reply", "computed"),
    [
        ("umowę zawarliśmy 9.05.2022, a do kiedy najpóźniej ta diagnoza?", RULE, True),  # arithmetic was done
        ("do kiedy diagnoza w cyfrowej gminie?", RULE, False),  # no data of the official's own
        ("router za 81 180 zł brutto jest kwalifikowalny?", RULE, False),  # asks no figure
        ("słyszałam, że grant w CP to do 3 mln zł – ile naprawdę?", RULE, False),  # a figure quoted as the rule
        ("czy limit dla powiatu to 350 000 zł? ile nam przyznają", RULE, False),  # put up for confirmation
        ("mamy 420 000 zł grantu, ile na doradcę?", "Limit to 5 % z 420 000 zł.", False),  # the figure is used
    ],
)
def test_figures_used_claimed_or_absent_pass(question: str, reply: str, computed: bool) -> None:
    assert not uncomputed_figure(question, reply, computed=computed)


def test_an_exact_amount_nobody_computes_is_not_given_as_the_answer(engine: FaqEngine) -> None:
    answer = engine.ask("gmina miejska, 31 tys. mieszkańców – jaką kwotę dokładnie otrzyma z cyber samorządu?")
    assert answer.abstained
    assert "nie policzę" in answer.text
    assert "Zapytaj operatora" in answer.text


def test_a_price_said_gross_without_the_currency_is_measured_against_the_threshold(engine: FaqEngine) -> None:
    answer = engine.ask("cyfrowy powiat: switch rdzeniowy 55 350 brutto – trzeba przez bazę konkurencyjności?")
    assert answer.computation is not None
    assert answer.text.startswith("Nie: 45 000,00 zł netto")  # 55 350 / 1,23 (CP schemat, Wydatki pkt 11)


def test_one_threshold_stated_by_every_programme_is_applied_once(engine: FaqEngine) -> None:
    answer = engine.ask("wdrożenie kopii zapasowych wyjdzie 90 tys netto – jakieś wymogi przy zakupie?")
    assert not answer.abstained
    assert answer.text.startswith("Tak: 90 000,00 zł netto to więcej niż próg 50 000,00 zł netto")


def test_a_statement_offered_for_confirmation_is_one_claim(engine: FaqEngine) -> None:
    # the agreement date and the claimed deadline belong together: cut at the comma, the first half found
    # another entry and the second lost the date (CG regulamin §4 ust. 8: 6 months from the agreement)
    answer = engine.ask(
        "w cyfrowej gminie umowę mamy od 10.06.2022, diagnoza ma być w 9 miesięcy, czyli do 10.03.2023, zgadza się?"
    )
    assert answer.computation is not None
    assert answer.text.startswith("Nie")
    assert "10 grudnia 2022" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        # the reason clause carries the question after "to …": the procedure is asked, not the item
        "w CS bierzemy macierz na kopie za 60 270 zł brutto, skoro to ponad 50 tys., to trzeba ogłosić w bazie, tak?",
        # the entry about purchases below the threshold leads on words; the price is measured against the rule
        "w CG próg bazy konkurencyjności to 50 tys. zł brutto, a serwer nas kosztował 56 580 zł brutto, więc "
        "musieliśmy go ogłosić, prawda?",
    ],
)
def test_a_price_said_gross_is_measured_against_the_net_threshold(engine: FaqEngine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.computation is not None
    assert answer.text.startswith("Nie:")  # 60 270 / 1,23 = 49 000; 56 580 / 1,23 = 46 000 (schemat, pkt 11)


def test_the_caps_of_several_grants_are_summed_when_the_total_is_asked(engine: FaqEngine) -> None:
    # 5 % of each grant (CG regulamin §4 ust. 6 pkt 2 lit. a; CP schemat, Wydatki kwalifikowalne pkt 2 ppkt 2 lit. a)
    answer = engine.ask(
        "doradzamy gminie z grantem Cyfrowa Gmina 300 000 zł i powiatowi z grantem Cyfrowy Powiat 200 000 zł – "
        "ile w sumie mogą przeznaczyć na doradztwo?"
    )
    assert "15 000,00 zł + 10 000,00 zł = 25 000,00 zł" in answer.text


def test_who_is_away_is_context_not_a_question_about_leave(engine: FaqEngine) -> None:
    # 14 days from the call (CG regulamin §6): 10.01.2022 + 14 = 24.01.2022, after the planned 21 January
    answer = engine.ask(
        "wezwanie do dostarczenia dokumentów do umowy w cyfrowej gminie dostaliśmy 10.01.2022, a kierownik jest "
        "na zwolnieniu lekarskim do 21 stycznia – zdążymy, jak wyślemy po jego powrocie?"
    )
    assert not answer.abstained
    assert answer.text.startswith("Tak, zdążycie")
    assert "24 stycznia 2022" in answer.text


def test_how_to_do_it_asks_about_the_sentence_before(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Chcielibyśmy zrezygnować z udziału w konkursie Cyfrowa Gmina. Jak to zrobić i kto to podpisuje?"
    )
    assert answer.entry_id == "cg-wycofanie-wniosku"


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (
            "faktura za oprogramowanie przyszła w dolarach, jaki kurs NBP bierzemy do wniosku rozliczającego w CP?",
            "walut",
        ),
        ("w CS firma od wdrożenia EDR ogłosiła upadłość, co teraz z zakupem?", "upadnie"),
        (
            "zostały nam oszczędności z przetargu w cyfrowym powiecie, musimy je zwrócić czy możemy dokupić drukarki?",
            "zaoszczędzon",
        ),
        ("czy w programie Cyfrowa Szkoła można kupić tablety dla uczniów?", "nazwie"),
        ("czy jest jakiś wykaz dopuszczonych producentów serwerów w cyfrowej gminie?", "marek"),
    ],
)
def test_what_no_document_governs_is_refused_with_the_reason(engine: FaqEngine, message: str, reason: str) -> None:
    answer = engine.ask(message)
    assert answer.abstained
    assert reason in answer.text


def test_savings_as_context_of_another_question_are_no_refusal(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Dzięki oszczędnościom kupiliśmy w cyfrowej gminie więcej tabletów, a mniej szkoleń – czy wolno nam zmienić "
        "wskaźniki z wniosku?"
    )
    assert not answer.abstained


def test_the_g_described_as_in_the_regulamin_is_the_unit_s_own(engine: FaqEngine) -> None:
    # L and G as the regulamin words them (§4 ust. 5): G is not dropped for the 30 zł upper bound
    answer = engine.ask(
        "Gmina ma 9 000 mieszkańców, a wskaźnik G przyjęty do obliczania subwencji wyrównawczej na 2021 r. wynosi "
        "1 998,22 zł. Jaki grant z Cyfrowej Gminy?"
    )
    assert answer.computation is not None
    assert "z Twoimi danymi" in answer.text


def test_a_price_and_two_periods_find_the_proportional_rule_whatever_the_verb(engine: FaqEngine) -> None:
    # CS schemat / regulamin §3 ust. 11 pkt 3: a licence partly outside the window counts in proportion
    answer = engine.ask(
        "SIEM na 24 mies. za 48 000 zł, w okresie kwalifikowalności łapie się 18 miesięcy – ile pokryje CS?"
    )
    assert not answer.abstained
    assert "48 000,00 zł × 18/24 = 36 000,00 zł" in answer.text


def test_how_much_time_after_a_dated_call_leans_on_the_call(engine: FaqEngine) -> None:
    # CG regulamin §5: 3 working days from receiving the KPG's call (Tuesday 8.03.2022 → Friday 11.03.2022);
    # the consequence part points back at that duty and gets its own entry (the repeated call)
    answer = engine.ask(
        "KPG z cyfrowej gminy wysłała nam wezwanie do korekty wniosku, bo jedna pozycja jest spoza katalogu. "
        "Pismo odebraliśmy we wtorek 8 marca 2022. ile mamy czasu i co będzie, jak tego nie zmienimy?"
    )
    assert answer.parts
    assert "11 marca 2022" in answer.text
    assert answer.parts[1].entry_id == "cg-kpg-ponowne-wezwanie"


def test_what_is_bought_for_a_health_care_facility_is_decided_by_its_exclusion(engine: FaqEngine) -> None:
    # CS schemat, Nabór Wniosków: subordinate units "z wyłączeniem placówek ochrony zdrowia"
    answer = engine.ask("czy z cyber samorządu zapłacimy za system kopii zapasowych do SPZOZ, który nam podlega?")
    assert answer.text.startswith("Nie")
    assert "ochrony zdrowia" in answer.text


def test_the_other_units_named_beside_a_clinic_are_answered_too(engine: FaqEngine) -> None:
    # CG regulamin §4 ust. 6 pkt 1 lit. a: subordinate units yes, health care (POZ) no
    answer = engine.ask("z cyfrowej gminy chcemy kupić tablety dla przedszkola i dla przychodni – co przejdzie?")
    assert answer.text.startswith("Nie")
    assert "Pozostałe jednostki (przedszkola)" in answer.text


@pytest.mark.parametrize("tag", ["dobrze pamiętam?", "dobrze kojarzę?"])
def test_remembering_right_offers_a_statement_for_confirmation(tag: str) -> None:
    assert offered_for_confirmation(f"trwałość w CP to 2 lata, {tag}")


def test_everywhere_is_no_topic_of_its_own(engine: FaqEngine) -> None:
    # CG regulamin §4: from 100 000 zł; CS schemat, alokacja pkt 3: from 200 000 zł
    answer = engine.ask("najniższy grant wszędzie wynosi 100 tys. zł – w CG, CP i CS, dobrze kojarzę?")
    assert not answer.abstained
    assert not answer.text.startswith("Tak")
    assert "200 000" in answer.text


def test_a_conclusion_drawn_for_another_programme_is_asked_of_that_programme(engine: FaqEngine) -> None:
    # CS schemat, Wydatki kwalifikowalne pkt 5: only new IT equipment (CG allowed used equipment with a declaration)
    answer = engine.ask(
        "W cyfrowej gminie dało się kupić używany serwer z deklaracją pochodzenia, zatem w cyber samorządzie też "
        "kupimy używany przełącznik, zgadza się?"
    )
    assert not answer.abstained
    assert answer.text.startswith("Nie")
    assert "now" in answer.text
