"""Session 25: the official's own value of a quantity the documents give no thresholds for, a correcting invoice
changes the purchase's value, construction works and roads are no programme matter, and a thing bought that the
programme excludes is said before the rule asked about it.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


def test_own_unsaid_value_of_a_quantity_without_thresholds_abstains(engine: FaqEngine) -> None:
    answer = engine.ask("Jaki procent wkładu własnego zapłaci gmina w cyber samorządzie przy naszej zamożności?")
    assert answer.abstained, (answer.entry_id, answer.text[:160])
    assert "zamożności" in answer.text


def test_a_correcting_invoice_adds_to_the_purchase(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W cyfrowym powiecie mieliśmy fakturę na 36 900 zł brutto za macierz i korektę na +29 520 zł brutto. "
        "Musieliśmy iść przez bazę konkurencyjności?"
    )
    assert not answer.abstained and answer.text.startswith("Tak"), (answer.entry_id, answer.text[:200])
    assert "54 000,00 zł" in answer.text


def test_a_correcting_invoice_on_minus_takes_away(engine: FaqEngine) -> None:
    answer = engine.ask(
        "cs: faktura za serwer 67 650 zl brutto, potem faktura korygujaca na -12 300 zl brutto, baza konkurencyjnosci?"
    )
    assert not answer.abstained and answer.text.startswith("Nie"), (answer.entry_id, answer.text[:200])
    assert "45 000,00 zł" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Czy przy robotach budowlanych w urzędzie gmina stosuje bazę konkurencyjności?",
        "ile wynosi prog pzp na przebudowe drogi gminnej",
    ],
)
def test_construction_and_roads_are_off_topic(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained, (answer.entry_id, answer.text[:160])


def test_an_excluded_thing_bought_is_said_before_the_rule(engine: FaqEngine) -> None:
    answer = engine.ask(
        "w cyberbezpiecznym samorządzie kupiliśmy komputery stacjonarne dla księgowości – jakie dokumenty dołączyć "
        "do wniosku rozliczającego?"
    )
    assert not answer.abstained
    assert answer.text.startswith("Uwaga:") and "niekwalifikowalne" in answer.text, (answer.entry_id, answer.text[:200])
    assert "wniosek rozliczający" in answer.text


def test_an_eligible_thing_bought_gets_no_warning(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowym powiecie kupiliśmy laptopy dla starostwa, co dać do rozliczenia?")
    assert not answer.abstained and not answer.text.startswith("Uwaga:"), (answer.entry_id, answer.text[:200])


@pytest.mark.parametrize(
    "question",
    [
        "W CP zamiast planowanego NAS-a bierzemy macierz dyskową – czyja zgoda jest potrzebna?",
        "chcemy zmienić zakres projektu w cyfrowej gminie, wystarczy pismo do operatora?",
    ],
)
def test_consent_to_a_changed_scope_is_not_in_the_documents(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and "zmianę zakresu" in answer.text, (answer.entry_id, answer.text[:160])


@pytest.mark.parametrize(
    "question",
    [
        "cyfrowy powiat – rozliczenie grantu składamy w generatorze?",
        "wniosek rozliczający z cyberbezpiecznego samorządu idzie przez LSI czy przez ePUAP?",
    ],
)
def test_the_settlement_channel_of_cp_and_cs_is_not_in_the_schemats(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and "regulamin Cyfrowej Gminy" in answer.text, (answer.entry_id, answer.text[:160])


def test_the_settlement_channel_of_cg_is_gwg(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowej gminie wniosek rozliczający wysyłamy przez GWG?")
    assert not answer.abstained and "GWG" in answer.text, (answer.entry_id, answer.text[:160])


def test_a_second_thing_added_gets_its_own_verdict(engine: FaqEngine) -> None:
    answer = engine.ask(
        "starostwo chce kupic poleasingowe przelaczniki i do tego szkolenie z cyberbezpieczenstwa dla urzednikow "
        "czy to wszystko przejdzie w cyfrowym powiecie"
    )
    assert not answer.abstained, answer.text[:160]
    assert "deklaracj" in answer.text and "Co do „szkolenie" in answer.text, answer.text[:600]


# Set 44 by cause (after its one blind measurement).


def test_a_unit_taking_part_through_its_jst_is_the_subordinate_units_rule(engine: FaqEngine) -> None:
    answer = engine.ask("kierowniczka MOPS pyta, czy jej ośrodek może skorzystać z cyber samorządu przez urząd gminy")
    assert answer.entry_id == "cs-jednostki-podlegle", (answer.entry_id, answer.text[:160])


def test_control_on_site_in_cp(engine: FaqEngine) -> None:
    answer = engine.ask("Czy operator Cyfrowego Powiatu może zrobić u nas kontrolę na miejscu?")
    assert answer.entry_id == "cp-kontrola" and "na miejscu" in answer.text, (answer.entry_id, answer.text[:160])


def test_what_another_programme_allowed_is_the_officials_argument(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cs mozemy kupic odnawiany serwer z gwarancja producenta, w cyfrowej gminie sie dalo")
    assert not answer.abstained and answer.text.startswith("Nie"), (answer.entry_id, answer.text[:160])
    assert "nowego sprzętu" in answer.text


def test_the_excess_over_the_grant_is_computed(engine: FaqEngine) -> None:
    answer = engine.ask(
        "powiat w cyberbezpiecznym samorządzie bierze pełny grant, a planujemy EDR za 520 tys. i SOC za 410 tys. "
        "– o ile wychodzimy ponad?"
    )
    assert not answer.abstained, answer.text[:160]
    assert "930 000,00 zł" in answer.text and "przekraczają grant o 80 000,00 zł" in answer.text, answer.text[:300]


def test_an_application_not_corrected_in_time_is_assessed_as_submitted(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowej gminie nie zdążyliśmy uzupełnić braków po wezwaniu KPG – jak oceniają wniosek?")
    assert not answer.abstained, (answer.entry_id, answer.text[:160])
    assert "na podstawie złożonego wniosku" in answer.text, (answer.entry_id, answer.text[:160])


def test_disagreeing_with_a_cut_explains_the_cut(engine: FaqEngine) -> None:
    answer = engine.ask("cyfrowa gmina: KPG zmniejszyła nam dofinansowanie obszaru, nie zgadzamy się – co zrobić?")
    assert "wycofać wniosek" in answer.text and "10%" in answer.text, (answer.entry_id, answer.text[:200])


def test_a_verdict_the_official_knows_is_no_question(engine: FaqEngine) -> None:
    answer = engine.ask("w cyber samorządzie laptopy odpadają, a serwer do backupu?")
    assert not answer.abstained and answer.text.startswith("Tak"), (answer.entry_id, answer.text[:160])


def test_programmes_compared_after_a_known_verdict_stay_whole(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowym powiecie poleasingowe serwery można, a w cyberbezpiecznym samorządzie?")
    assert "Cyberbezpieczn" in answer.text and "now" in answer.text, (answer.entry_id, answer.text[:200])


@pytest.mark.parametrize(
    ("question", "opening", "own"),
    [
        ("pod 42 631 21 05 mam dzwonić w sprawie cyberbezpiecznego samorządu?", "Nie", "22 182 22 94"),
        ("czy numer 22 182 22 94 to infolinia cyber samorządu?", "Tak", "22 182 22 94"),
    ],
)
def test_a_quoted_number_is_checked_against_the_hotlines(
    engine: FaqEngine, question: str, opening: str, own: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.text.startswith(opening), (answer.entry_id, answer.text[:160])
    assert own in answer.text


def test_the_commission_members_by_role(engine: FaqEngine) -> None:
    answer = engine.ask("ilu sekretarzy i przewodniczących ma komisja w cyfrowej gminie?")
    assert answer.entry_id == "cg-kpg-sklad", (answer.entry_id, answer.text[:160])


def test_names_of_the_assessors_are_not_given(engine: FaqEngine) -> None:
    answer = engine.ask("cyfrowa gmina – czy dostaniemy nazwiska członków KPG, którzy nas oceniali?")
    assert not answer.text.startswith("Tak") and "danych osobowych" in answer.text, (answer.entry_id, answer.text[:160])


def test_a_licence_partly_outside_the_window_is_counted_in_months(engine: FaqEngine) -> None:
    answer = engine.ask(
        "w cs subskrypcja SIEM na 24 miesiace od 1.01.2023 kosztowala 48 000 zl, okres kwalifikowalnosci od "
        "1.06.2023 – ile rozliczymy z grantu?"
    )
    assert not answer.abstained, answer.text[:160]
    assert "19/24" in answer.text and "38 000,00 zł" in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            "nasz informatyk ma CISA. Czy taki certyfikat jest w wykazie do diagnozy w cyfrowej gminie?",
            "wykaz",
        ),
        ("czy operator cyfrowego powiatu przysyła potwierdzenie otrzymania wniosku rozliczającego?", "Potwierdzeń"),
        ("GWG z cyfrowego powiatu działa na tablecie czy tylko na komputerze?", "telefonie, tablecie"),
    ],
)
def test_what_the_documents_never_describe_is_refused(engine: FaqEngine, question: str, reason: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and reason in answer.text, (answer.entry_id, answer.text[:160])


def test_which_certificates_the_diagnosis_needs_is_still_answered(engine: FaqEngine) -> None:
    answer = engine.ask("jakie certyfikaty musi mieć audytor, który robi diagnozę w cyfrowej gminie?")
    assert not answer.abstained and "rozporządzeniu" in answer.text, (answer.entry_id, answer.text[:160])


def test_a_bare_verdict_asked_after_an_offer_of_used_things(engine: FaqEngine) -> None:
    answer = engine.ask(
        "dostaliśmy ofertę mailem od hurtowni, że sprzedadzą nam poleasingowe routery do cyberbezpiecznego "
        "samorządu dużo taniej. można?"
    )
    assert not answer.abstained and answer.text.startswith("Nie"), (answer.entry_id, answer.text[:160])


def test_things_unrelated_to_cybersecurity_in_cs(engine: FaqEngine) -> None:
    answer = engine.ask("czy z cyber samorzadu wolno kupowac rzeczy nie zwiazane z cyberbezpieczenstwem np biurka?")
    assert not answer.abstained and "Niekwalifikowalne" in answer.text, (answer.entry_id, answer.text[:160])


def test_withdrawing_by_e_mail_is_the_withdrawal_rule(engine: FaqEngine) -> None:
    answer = engine.ask(
        "regulamin cyfrowej gminy pisze o wycofaniu wniosku, jak to zrobic – mail do operatora wystarczy?"
    )
    assert not answer.abstained and "GWG" in answer.text, (answer.entry_id, answer.text[:160])


def test_the_eu_funds_system_named_for_the_cg_settlement(engine: FaqEngine) -> None:
    answer = engine.ask("wniosek o płatność końcową z cyfrowej gminy wysyłamy przez SL2014 tak jak przy RPO?")
    assert not answer.abstained and "GWG" in answer.text, (answer.entry_id, answer.text[:160])
