"""Session 22: the unit's own G told with a verb ("wychodzi nam") is data, not a premise; a result of nothing
claimed against the formula's floor; a period the rule gives for one round only; a contrasted rule stated whole;
the call's span with its closing hour; a request with its circumstances told after it; the IT person's names of
threats; a sum asked of a figure the documents do not give; a confident part not replaced by a third entry.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.compute import compute_with_entry
from knowledge.faq_engine import FaqEngine
from knowledge.faq_premise import claimed_figures


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


def _answered(engine: FaqEngine, question: str, programme: str | None = None) -> tuple[str | None, str]:
    answer = engine.ask(question, programme)
    assert not answer.abstained, answer.text[:160]
    return answer.entry_id, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "czy to prawda, że wskaźnik G wychodzi nam 2 400 zł?",
        "czy nasz wskaźnik G 2 300 zł coś zmienia?",
    ],
)
def test_the_units_own_g_is_no_premise(question: str) -> None:
    assert claimed_figures(question) == []


def test_a_claim_of_nothing_is_answered_with_the_floor_when_g_is_above_the_national_one(engine: FaqEngine) -> None:
    entry_id, text = _answered(
        engine,
        "gmina turystyczna, G u nas wychodzi ok. 3 100 zł, ludności 5 tys. – skarbnik mówi, że z CG dostaniemy zero "
        "grantu, bo wynik wzoru jest ujemny. Ma rację?",
    )
    assert entry_id == "cg-wzor-kwoty"
    assert text.startswith("Nie")
    assert "100 000,00 zł" in text
    assert "3 100,00 zł" in text  # G read as G, never as a result claimed


def test_a_claim_of_nothing_below_the_national_g_gets_the_formulas_amount(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine, "G mamy 1 998,22 zł, mieszkańców 10 000, radny twierdzi, że z CG nic nam się nie należy – prawda?"
    )
    # (2 098,22 − 1 998,22) / 10 = 10 zł × 10 000 = 100 000 zł + 100 000 zł
    assert "200 000,00 zł" in text
    assert "ujemn" not in text


_RESTORE_RULE = (
    "Pisemną prośbę o przywrócenie terminu składa się najpóźniej do 18.05.2022 r., a przy ogłoszeniu 4. naboru – "
    "w ciągu 14 dni od jego zakończenia."
)


def test_the_period_for_the_fourth_round_counts_from_its_close() -> None:
    got = compute_with_entry(
        "runda numer 4 się zamknęła 6 marca 2023, generator padał – do kiedy pismo?", _RESTORE_RULE, (), "x", "cg"
    )
    assert got is not None and "20.03.2023" in got.text


def test_another_round_takes_the_fixed_date_not_the_fourth_rounds_period() -> None:
    got = compute_with_entry(
        "w pierwszej rundzie nabór skończył się 30.11.2021, GWG nie działał – do kiedy pismo?",
        _RESTORE_RULE,
        (),
        "x",
        "cg",
    )
    assert got is not None
    assert "18.05.2022" in got.text and "14.12.2021" not in got.text


def test_a_single_position_and_a_whole_group_of_costs_are_answered_together(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine,
        "w CG komisja skreśliła nam jedną pozycję, a gdzie indziej całą grupę wydatków – jak to wpływa na kwotę?",
    )
    assert "całą pozycję" in text and "10%" in text


def test_the_calls_span_comes_with_its_closing_hour(engine: FaqEngine) -> None:
    _entry_id, text = _answered(engine, "cyber samorząd: kiedy ruszył i kiedy się skończył nabór, o której godzinie?")
    assert "19.07.2023" in text and "14.12.2023" in text and "16:00" in text


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("Proszę o numer infolinii Cyberbezpiecznego Samorządu, kolega z IT odchodzi na emeryturę.", "22 182 22 94"),
        ("Poproszę adres e-mail do Cyfrowej Gminy, zmienił się u nas koordynator.", "cyfrowagmina@cppc.gov.pl"),
    ],
)
def test_a_request_with_its_circumstances_after_it_is_answered(engine: FaqEngine, question: str, needle: str) -> None:
    _entry_id, text = _answered(engine, question)
    assert needle in text


@pytest.mark.parametrize(
    "question",
    [
        "w cs plakaty dla urzędników o socjotechnice – kwalifikowalne?",
        "czy z cyberbezpiecznego samorządu opłacimy ulotki dla kadry o cyberatakach?",
    ],
)
def test_the_it_persons_names_of_threats_find_awareness_materials(engine: FaqEngine, question: str) -> None:
    entry_id, _text = _answered(engine, question)
    assert entry_id == "cs-promocja"


def test_a_sum_asked_of_a_share_the_documents_do_not_give_stays_open(engine: FaqEngine) -> None:
    answer = engine.ask(
        "ile procent wkładu własnego w CS przy współczynniku zamożności 0,9? ile to wyjdzie od 600 tys?"
    )
    assert answer.abstained, answer.text[:200]


def test_a_confident_follow_up_keeps_its_own_entry(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine,
        "KPG w cyfrowej gminie uznała całą grupę kosztów w obszarze szkół za niekwalifikowalną, mieliśmy tam "
        "90 000 zł - o ile obetną i co jeśli się nie zgadzamy?",
    )
    assert "9 000,00 zł" in text and "wycofa" in text


# --- phase 2: the causes behind set 38's misses, in other words -------------------------------------------------


def test_a_count_at_a_unit_price_is_the_purchase_measured_against_the_threshold(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine, "8 serwerów po 12 300 zł brutto z cyfrowego powiatu – trzeba bazę konkurencyjności?"
    )
    assert text.startswith("Tak")
    assert "98 400,00 zł" in text and "80 000,00 zł" in text


def test_two_lines_of_a_purchase_are_summed() -> None:
    from knowledge.compute import purchase_total

    got = purchase_total("10 skanerow po 1 230 zl brutto i 5 czytnikow po 246 zl brutto")
    assert got is not None and got[0] == 13530


def test_the_advisory_cap_is_taken_of_the_grant_just_computed(engine: FaqEngine) -> None:
    _entry_id, text = _answered(engine, "cg L 12 000, G 1 998,22 – ile grantu i ile z tego na doradcę?")
    # (2 098,22 − 1 998,22) / 10 × 12 000 + 100 000 = 220 000 zł; 5 % = 11 000 zł
    assert "220 000,00 zł" in text and "11 000,00 zł" in text


def test_of_two_dates_the_one_next_to_the_acceptance_starts_the_maintenance(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine,
        "rozliczenie CP złożyliśmy 2.02.2024, operator zaakceptował je 20 maja 2024 – do kiedy utrzymujemy sprzęt?",
    )
    assert "20.05.2026" in text and "02.02.2026" not in text


def test_a_short_detail_of_a_refused_question_is_refused_with_it(engine: FaqEngine) -> None:
    answer = engine.ask("jakie szyfrowanie dysków wymaga CS od urzędu? a jaka długość klucza?")
    assert answer.abstained


def test_the_range_asked_with_the_units_population_is_answered_with_its_factors(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine, "starostwo, 80 tys. ludności – jaki minimalny i maksymalny grant z CP i od czego zależy?"
    )
    assert "100 000 zł" in text and "350 000 zł" in text and "wskaźnika P" in text


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("czy w cyfrowym powiecie jest przedpłata grantu?", "cp-wyplata-grantu"),
        ("cyberbezpieczny samorząd – grant zaliczkowy czy refundacja kosztów?", "cs-wyplata-grantu"),
    ],
)
def test_how_the_grant_is_paid_is_left_open_in_every_programme(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


def test_office_applications_are_office_software(engine: FaqEngine) -> None:
    answer = engine.ask("serwer poczty z antyspamem w CS – ok? a aplikacje biurowe do tego?")
    assert "Oprogramowanie biurowe jest w Cyberbezpiecznym Samorządzie niekwalifikowalne" in answer.text


def test_an_item_named_by_its_acronym_gets_its_verdict_next_to_the_licence_rule(engine: FaqEngine) -> None:
    _entry_id, text = _answered(engine, "XDR z licencją na 4 lata w CS – kwalifikowalny w całości?")
    assert "XDR" in text and "proporcjonal" in text


def test_a_saas_subscription_for_e_services_is_a_cloud_service_in_cg(engine: FaqEngine) -> None:
    entry_id, text = _answered(engine, "abonament SaaS na e-usługi z cyfrowej gminy?")
    assert entry_id == "cg-chmura" and "SaaS" in text


# --- probe in the IT person's and the skarbnik's words: the confident-wrong causes found -----------------------


def test_new_equipment_named_is_not_answered_with_the_rule_on_used_equipment(engine: FaqEngine) -> None:
    answer = engine.ask("kupujemy nowy NGFW w miejsce starego – kwalifikowalny w CS?")
    assert "sprzęt używany nie jest" not in answer.text


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("czy w cs sprzęt musi być koniecznie nowy?", "cs-sprzet-nowy"),
        ("w CP sprzęt ma być wyłącznie nowy czy można inaczej?", "cp-sprzet-uzywany"),
    ],
)
def test_must_it_be_new_is_the_used_equipment_rule(engine: FaqEngine, question: str, entry_id: str) -> None:
    got, _text = _answered(engine, question)
    assert got == entry_id


@pytest.mark.parametrize(
    "question",
    [
        "czy na wkład własny w CS możemy zaciągnąć pożyczkę z WFOŚ?",
        "jakie jest oprocentowanie przy zwrocie części grantu w CP?",
    ],
)
def test_loans_and_interest_are_the_units_own_finance(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.entry_id is None


def test_vat_on_purchases_is_a_rule_question_not_an_item(engine: FaqEngine) -> None:
    entry_id, _text = _answered(engine, "skarbnik: VAT od faktur za sprzęt w CG da się wliczyć do kosztów grantu?")
    assert entry_id == "cg-vat"


def test_multi_factor_authentication_is_identity_and_access_management(engine: FaqEngine) -> None:
    entry_id, _text = _answered(
        engine, "wdrożenie MFA (uwierzytelnianie wieloskładnikowe) w urzędzie z cyber samorządu?"
    )
    assert entry_id == "cs-pam-iam-hasla"


def test_several_amounts_of_one_purchase_asked_together_are_summed_for_the_threshold(engine: FaqEngine) -> None:
    _entry_id, text = _answered(
        engine, "dwie faktury w CP na te same serwery, 30 000 zł netto i 25 000 zł netto – razem trzeba bazę?"
    )
    assert text.startswith("Tak") and "55 000,00 zł" in text


def test_a_part_asking_on_about_what_the_documents_leave_open_is_left_open_too(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W Cyfrowym Powiecie dostaniemy pieniądze z góry czy jako refundację? I ile dni po zawarciu umowy przyjdzie "
        "przelew?"
    )
    assert answer.abstained, answer.text[:200]


def test_a_handover_told_before_the_question_is_no_topic(engine: FaqEngine) -> None:
    entry_id, _text = _answered(engine, "przejęłam projekt CP po koleżance – kto jest operatorem tego konkursu?")
    assert entry_id == "cp-operator", entry_id
