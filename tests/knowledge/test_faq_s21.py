"""Session 21: the grant itself above the list's amount, the end of a project, other bodies as applicants,
conditional verbs, purchases made earlier, "wliczyć do wydatków", a cost over the advisory cap said gross,
a date of another event than the one a period counts from, and the chatter around a purchase.

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.compute import compute
from knowledge.faq_engine import FaqEngine
from knowledge.purchase import purchase_item, purchase_items


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
        "w jakich okolicznościach grant z cyberbezpiecznego samorządu przekroczy kwotę z listy? kiedy tak jest",
        "czy w cs dostaniemy kiedyś więcej, niż przewiduje regulamin dla naszej gminy?",
    ],
)
def test_the_grant_above_the_regulamin_amount_is_the_supplementary_call(engine: FaqEngine, question: str) -> None:
    entry_id, text = _answered(engine, question)
    assert entry_id == "cs-zwiekszenie-grantu", (entry_id, text[:120])
    assert "uzupełniając" in text


def test_asking_for_more_in_the_application_is_still_criterion_3_and_names_the_exception(engine: FaqEngine) -> None:
    entry_id, text = _answered(engine, "czy w cs możemy we wniosku wpisać kwotę wyższą niż w załączniku nr 2?")
    assert entry_id == "cs-kryterium-kwota"
    assert "uzupełniając" in text


@pytest.mark.parametrize(
    ("question", "entry_id", "date"),
    [
        ("cyfrowy powiat – koniec projektu kiedy?", "cp-okres-realizacji", "31.12.2023"),
        ("koniec realizacji projektu w cyfrowym powiecie", "cp-okres-realizacji", "31.12.2023"),
    ],
)
def test_the_end_of_a_project_is_its_realisation_deadline(
    engine: FaqEngine, question: str, entry_id: str, date: str
) -> None:
    got, text = _answered(engine, question)
    assert got == entry_id and date in text, (got, text[:120])


def test_the_formal_end_of_a_cp_project_names_the_realisation_deadline_too(engine: FaqEngine) -> None:
    got, text = _answered(engine, "co to znaczy, że projekt w cyfrowym powiecie jest zakończony?")
    assert got == "cp-zakonczenie-projektu"
    assert "31.12.2023" in text


def test_the_end_of_a_cs_project_is_not_a_licence_rule(engine: FaqEngine) -> None:
    answer = engine.ask("cyberbezpieczny samorząd: koniec projektu?")
    assert answer.entry_id != "cs-licencje-proporcjonalnie", answer.text[:120]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("czy związek komunalny kilku gmin złoży sam wniosek do cyfrowej gminy?", "cg-kto-moze"),
        ("spółka komunalna miasta chce być wnioskodawcą w CG – można?", "cg-kto-moze"),
    ],
)
def test_a_body_that_is_not_on_the_list_is_not_an_applicant(engine: FaqEngine, question: str, entry_id: str) -> None:
    got, text = _answered(engine, question)
    assert got == entry_id and "sam wniosku nie złoży" in text, (got, text[:160])


@pytest.mark.parametrize("programme", ["cg", "cp", "cs"])
def test_counting_vat_in_the_costs_is_the_vat_rule(engine: FaqEngine, programme: str) -> None:
    # each programme's own VAT entry (CP's and CS's say, as an abstention, that their schemat does not settle it)
    answer = engine.ask("podatek VAT z rachunków wliczamy do kosztów projektu?", programme)
    assert answer.entry_id == f"{programme}-vat", answer.text[:120]


def test_conditional_modal_verbs_are_no_topic(engine: FaqEngine) -> None:
    assert engine.query_terms("moglibyśmy") == []
    assert engine.query_terms("musiałaby") == []
    assert engine.query_terms("kupilibyśmy") == engine.query_terms("kupić")


@pytest.mark.parametrize("programme", ["cp", "cs"])
def test_an_earlier_purchase_asks_for_the_eligibility_window(engine: FaqEngine, programme: str) -> None:
    got, _text = _answered(engine, "a router kupiony już wcześniej da się rozliczyć?", programme)
    assert got == f"{programme}-okres-kwalifikowalnosci"


def test_an_advisory_cost_said_gross_over_the_cap_gives_the_excess_and_the_net_reading() -> None:
    computed = compute("grant 200 tys. w cp, a firma doradcza wzięła 14 760 brutto – o ile za dużo?", ["cp"])
    assert computed is not None
    assert "10 000,00 zł" in computed.text  # the cap: 5 % of 200 000 zł
    assert "4 760,00 zł" in computed.text  # gross over the cap
    assert "12 000,00 zł" in computed.text and "2 000,00 zł" in computed.text  # net and its excess
    assert "brutto czy netto" in computed.text


def test_a_date_of_signing_is_not_the_start_of_the_durability_period(engine: FaqEngine) -> None:
    answer = engine.ask("umowę w CS podpisaliśmy 14.02.2024 – do kiedy trwałość projektu?")
    assert "+ 2 lata" not in answer.text


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("jest taka sprawa, że w cs chcemy dokupić do niego dwa dyski, przejdzie?", ["dwa dyski"]),
        ("mamy taką sytuację: w cg kupujemy 4 tablety, wejdą?", ["4 tablety"]),
        ("w cs mieliśmy switch i wszystko było dobrze, teraz dokupimy 3 sztuki", []),
    ],
)
def test_the_chatter_around_a_purchase_is_no_item(question: str, items: list[str]) -> None:
    assert purchase_items(question) == items, purchase_item(question)


def test_a_claimed_loss_is_not_confirmed_by_a_yes_when_the_cost_fits_the_window(engine: FaqEngine) -> None:
    answer = engine.ask("kolega twierdzi, że rachunek z maja 2022 w cyfrowej gminie odpada – czy to prawda?")
    assert not answer.text.lower().startswith("tak"), answer.text[:120]
    assert "mieści" in answer.text


# --- phase 2 (set 36's misses, by cause; tests in other words) ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("w cg kupujemy tablety z licencją MDM i gwarancją – przejdzie?", ["tablety", "licencją MDM", "gwarancją"]),
        ("cs – firewall + licencja UTM – ok?", ["firewall", "licencja UTM"]),
        ("czy w cs możemy kupić skaner podatności, a antywirus też?", ["skaner podatności", "antywirus"]),
    ],
)
def test_what_comes_with_an_item_and_items_joined_by_plus_are_judged_apart(question: str, items: list[str]) -> None:
    assert purchase_items(question) == items


def test_a_feature_of_an_item_is_no_item_of_its_own() -> None:
    assert purchase_items("czy w cs kupimy pocztę z szyfrowaniem?") == ["pocztę z szyfrowaniem"]


def test_a_claimed_end_of_the_call_is_corrected_not_counted_as_a_submission(engine: FaqEngine) -> None:
    answer = engine.ask(
        "nabór do cyberbezpiecznego samorządu zamknięto 31 lipca 2023, tak? ktoś mówi, że jeszcze później"
    )
    assert answer.text.startswith("Nie – termin to 14 grudnia 2023"), answer.text[:120]


def test_the_budget_law_of_the_unit_is_off_topic(engine: FaqEngine) -> None:
    assert engine.ask("czy umowa grantowa z cp wymaga kontrasygnaty skarbnika powiatu?").abstained


def test_two_gminy_get_the_formula_each() -> None:
    computed = compute(
        "cg: pierwsza gmina 9000 mieszkańców, G 1998,22 zł; druga gmina 15000 mieszkańców, G 2098,22", ["cg"]
    )
    assert computed is not None and computed.kind == "formula"
    assert "190 000,00 zł" in computed.text  # 100 000 + 10 zł × 9 000
    assert "100 000,00 zł" in computed.text  # G equal to Gk: the fixed part only


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("w cp chcemy przerzucić pieniądze z monitorów na switche, wolno?", "cp-zmiana-wskaznikow"),
        ("czy w cyfrowej gminie da się przesunąć środki z tabletów na szkolenia", "cg-zmiana-wskaznikow"),
    ],
)
def test_moving_money_between_costs_is_the_rule_on_changing_the_application(
    engine: FaqEngine, question: str, entry_id: str
) -> None:
    assert engine.ask(question).entry_id == entry_id


def test_two_actions_asked_with_one_may_we_are_two_questions(engine: FaqEngine) -> None:
    answer = engine.ask(
        "czy w cp możemy przesunąć środki z drukarek na serwer, a przy okazji zwiększyć doradztwo do 7%?"
    )
    assert len(answer.parts) == 2, answer.text[:200]


def test_what_is_left_of_a_grant_is_the_grant_less_what_was_spent() -> None:
    computed = compute(
        "starostwo, CS, grant w pełnej wysokości; wydaliśmy 500 tys. na SOC i 100 tys. na EDR – ile zostaje?", ["cs"]
    )
    assert computed is not None and "250 000,00 zł" in computed.text


def test_a_higher_grant_asked_after_prices_rose_is_the_ceiling(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Ceny switchy w CP poszły w górę o 15% i przyznane 420 tys. nie wystarczy. "
        "Czy powiat może wystąpić o wyższy grant?"
    )
    assert not answer.abstained and answer.entry_id == "cp-kryterium-kwota", answer.text[:120]


def test_a_role_of_the_asker_is_no_topic(engine: FaqEngine) -> None:
    answer = engine.ask("dyrektor biblioteki gminnej pyta, czy biblioteka może sama wystąpić o grant z cyfrowej gminy")
    assert not answer.abstained and answer.entry_id == "cg-kto-moze", answer.text[:120]


def test_the_story_before_a_used_item_question_does_not_hide_the_used_equipment_rule(engine: FaqEngine) -> None:
    answer = engine.ask(
        "W CS planowaliśmy konkretny przełącznik, ale dostawca już go nie produkuje. Czy kupimy odnowiony egzemplarz?"
    )
    assert not answer.abstained and answer.entry_id == "cs-sprzet-nowy", answer.text[:120]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("cyfrowa gmina: najpierw diagnoza, a potem wniosek o grant, czy odwrotnie?", "cg-diagnoza-termin"),
        ("w jakiej kolejności w cp: wniosek o grant czy diagnoza?", "cp-diagnoza-termin"),
    ],
)
def test_the_order_of_two_steps_asks_when_each_comes(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])


def test_the_priced_positions_of_an_invoice_are_each_judged_and_the_eligible_ones_added() -> None:
    from knowledge.purchase import priced_items

    question = "rachunek w cs: firewall 12 000 zł, myszki 300 zł, papier 150 zł – ile z tego pokryje grant?"
    assert [item for item, _value in priced_items(question)] == ["firewall", "myszki", "papier"]
    assert purchase_item(question) == "firewall"
    assert priced_items("kupiliśmy firewall za 12 000 zł w cs") == []


def test_disbelief_asks_to_confirm_a_claim() -> None:
    from knowledge.faq_split import offered_for_confirmation

    assert offered_for_confirmation("sąsiedzi mówią, że w cs ankietę wysyła się faksem, serio?")
    assert offered_for_confirmation("w cp trwałość to 3 lata, na pewno?")


def test_one_amount_claimed_for_every_unit_is_not_confirmed_where_amounts_differ() -> None:
    computed = compute("czy to prawda, że każda gmina dostaje w cyfrowej gminie grant 2 mln zł?", ["cg"])
    assert computed is not None and computed.text.startswith("Nie – nie zawsze")
    fixed = compute("czy w cs województwo dostaje zawsze 850 tys. zł?", ["cs"])
    assert fixed is not None and fixed.text.startswith("Tak: powiaty i województwa")


def test_the_repeated_call_of_the_kpg_names_the_first_calls_term_too(engine: FaqEngine) -> None:
    answer = engine.ask("ile dni roboczych mamy, gdy KPG w cg wezwie nas ponownie?")
    assert "3 dni robocze" in answer.text and "2 dni" in answer.text, answer.text[:200]


def test_a_duty_to_have_something_the_documents_never_name_is_not_answered(engine: FaqEngine) -> None:
    assert engine.ask("czy w cyberbezpiecznym samorządzie musimy wyznaczyć koordynatora bezpieczeństwa IT?").abstained
    answer = engine.ask("czy w cyfrowej gminie trzeba mieć diagnozę cyberbezpieczeństwa?")
    assert not answer.abstained and answer.entry_id == "cg-diagnoza-obowiazkowa"


def test_the_diagnosis_cost_outside_the_advisory_cap_is_not_a_bare_yes(engine: FaqEngine) -> None:
    answer = engine.ask("cyfrowa gmina: czy koszt diagnozy zjada nam limit na doradców?")
    assert answer.entry_id == "cg-diagnoza-koszt", answer.text[:120]
    assert not answer.text.startswith("Tak") and "Nie wlicza się" in answer.text


def test_the_officials_arithmetic_on_a_rule_the_documents_do_not_give_is_not_checked_elsewhere(
    engine: FaqEngine,
) -> None:
    answer = engine.ask("cs – doradca też do 5% grantu? grant 500 000 zł, czyli 25 tys.?")
    assert answer.abstained and "baza" not in answer.text.lower(), answer.text[:300]


def test_the_application_for_settlement_is_the_settlement(engine: FaqEngine) -> None:
    answer = engine.ask("wniosek o rozliczenie w cyfrowym powiecie – co do niego dołączyć?")
    assert answer.entry_id == "cp-rozliczenie-dokumenty", answer.text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "w cs doradca ma dopiero 10 miesięcy doświadczenia w projektach – przejdzie?",
        "cyberbezpieczny samorząd: firma doradcza jest na rynku od 1,5 roku, może świadczyć nam doradztwo?",
    ],
)
def test_experience_below_the_required_years_is_a_no(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith("Nie – wymagane jest co najmniej 2-letnie doświadczenie"), answer.text[:120]


def test_more_experience_than_required_keeps_the_rule(engine: FaqEngine) -> None:
    answer = engine.ask("w cs doradca z 4 latami doświadczenia i certyfikatem – może?")
    assert not answer.text.startswith("Nie"), answer.text[:120]


def test_an_advisory_cost_asked_with_ok_is_compared_with_the_cap() -> None:
    computed = compute("cp: grant 200 tys., na doradcę poszło 12 tys. – w porządku?", ["cp"])
    assert computed is not None and "przekracza limit o 2 000,00 zł" in computed.text


def test_a_negative_claim_is_not_confirmed_with_the_entrys_yes(engine: FaqEngine) -> None:
    answer = engine.ask("słyszałem, że w cyfrowym powiecie szkolenia z obsługi sprzętu nie przejdą, prawda?")
    assert not answer.text.startswith("Tak"), answer.text[:120]
