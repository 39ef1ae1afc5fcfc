"""General rules for officials' phrasing (session 10): abbreviations, letter formulas, requests in the
imperative, reasons that name another programme, elliptic follow-ups with "też".

Each test states a rule in phrasings of its own, not the evaluation sets' sentences.
"""

from __future__ import annotations

import pytest

from knowledge.compute import compute_all
from knowledge.faq_abbrev import expand_abbreviations
from knowledge.faq_engine import FaqEngine
from knowledge.faq_numbers import digits_for_number_words
from knowledge.faq_premise import claimed_figures, premise_correction
from knowledge.faq_split import confirmation_question, split_questions, without_letter


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


# -- abbreviations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written_out"),
    [
        ("sp: ile max w cp", "starostwo powiatowe: ile max w cp"),
        ("SP pyta o termin", "starostwo powiatowe pyta o termin"),
        ("nabywca Infosystem sp. z o.o.", "nabywca Infosystem sp. z o.o."),
        ("Kowalski sp.k. i wspólnicy", "Kowalski sp.k. i wspólnicy"),
        ("laptopy dla sp nr 2", "laptopy dla sp nr 2"),
        ("serwer dla ug", "serwer dla urząd gminy"),
        ("kto pisze opz", "kto pisze opis przedmiotu zamówienia"),
        ("czy fv na gminę", "czy faktura na gminę"),
        ("FV/2024/03/014", "FV/2024/03/014"),
        ("system ezd", "system elektroniczne zarządzanie dokumentacją"),
        ("wg zał. 6", "według załącznik 6"),
        ("§4 ust. 5 pkt 2", "§4 ust. 5 pkt 2"),
    ],
)
def test_officials_abbreviations_are_written_out_in_their_own_shape(typed: str, written_out: str) -> None:
    assert expand_abbreviations(typed) == written_out


def test_the_starostwo_abbreviation_is_not_a_company(engine: FaqEngine) -> None:
    answer = engine.ask("sp: czy możemy dostać z cyfrowego powiatu 420 tys zł?")
    assert not answer.abstained and "350 000" in answer.text


# -- letters and requests ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("letter", "question"),
    [
        ("Uprzejmie proszę o informację, do kiedy trwa trwałość w CP.", "do kiedy trwa trwałość w CP."),
        ("Zwracam się z prośbą o wyjaśnienie: kto ocenia wnioski w CG?", "kto ocenia wnioski w CG?"),
        ("proszę o potwierdzenie, że ankietę wysyła się przez GWG", "czy ankietę wysyła się przez GWG"),
    ],
)
def test_a_letters_request_formula_asks_nothing_itself(letter: str, question: str) -> None:
    assert without_letter(letter) == question


def test_a_request_in_the_imperative_is_a_question_of_its_own() -> None:
    parts = split_questions("podajcie numer infolinii cyfrowej gminy. a kto jest operatorem?")
    assert parts == ["podajcie numer infolinii cyfrowej gminy.", "a kto jest operatorem?"]


def test_a_request_keeps_the_programme_it_names(engine: FaqEngine) -> None:
    answer = engine.ask("prześlijcie adres mailowy cyfrowego powiatu. czy telefon jak w cyfrowej gminie?")
    assert "cyfrowypowiat@cppc.gov.pl" in answer.text


def test_a_count_asked_with_ilu_splits_from_the_next_question() -> None:
    parts = split_questions("ilu powiatów dotyczył konkurs cp oraz jaka była pula na granty")
    assert len(parts) == 2


def test_since_which_date_is_a_when_question(engine: FaqEngine) -> None:
    answer = engine.ask("od jakiej daty można ponosić wydatki w cyfrowej gminie")
    assert "01.02.2020" in answer.text


# -- programmes named as a comparison -----------------------------------------------------------


def test_a_programme_in_the_reason_is_a_comparison(engine: FaqEngine) -> None:
    answer = engine.ask("czy powiat może wnioskować w cp o 600 tys, bo w cg gminy miały do 2 mln?")
    assert not answer.abstained
    assert "600 000" in answer.text and "350 000" in answer.text


@pytest.mark.parametrize("tail", ["a w cs też?", "a w cs tak samo?", "a w cs również?"])
def test_an_elliptic_follow_up_with_too_asks_the_other_programme(tail: str) -> None:
    parts = split_questions(f"skaner do sekretariatu w cg jest ok {tail}")
    assert len(parts) == 2 and parts[1].startswith("w cs")


def test_colloquial_qualifying_finds_the_eligibility_entry(engine: FaqEngine) -> None:
    answer = engine.ask("czy switch do sieci lan w urzędzie łapie się w cyfrowej gminie")
    assert not answer.abstained


def test_an_afterthought_is_a_question_of_its_own() -> None:
    parts = split_questions("policzcie grant cg dla 12 000 mieszkańców i G 1900 aha i jeszcze ile z tego na doradcę")
    assert len(parts) == 2 and parts[1].startswith("ile z tego")


def test_the_share_of_a_computed_grant_follows_an_afterthought(engine: FaqEngine) -> None:
    answer = engine.ask(
        "proszę o wyliczenie grantu cg, L = 12 000, G = 1 898,22, a przy okazji ile z tego na doradztwo"
    )
    assert "340 000,00" in answer.text and "17 000,00" in answer.text


def test_an_application_going_through_a_system_is_its_submission(engine: FaqEngine) -> None:
    answer = engine.ask("czy wnioski do cyfrowego powiatu szły przez skrzynkę epuap?")
    assert not answer.abstained and "GWG" in answer.text


def test_the_reason_for_asking_does_not_choose_the_entry(engine: FaqEngine) -> None:
    answer = engine.ask(
        "czy to CPPC jest operatorem w cyfrowej gminie, bo skarbnik chce tam wysłać maila w sprawie umowy"
    )
    assert "Politechnik" in answer.text


# -- arithmetic across programmes and units ---------------------------------------------------


def test_a_sum_across_programmes_adds_the_fixed_cs_grant_of_a_powiat() -> None:
    found = compute_all("mamy z cyfrowego powiatu 240 tys zł, ile łącznie z cyberbezpiecznym?", ("cp", "cs"))
    total = next(c for c in found if c.kind == "total")
    assert "240 000,00 zł" in total.text and "850 000,00 zł" in total.text and "1 090 000,00 zł" in total.text


def test_no_sum_when_the_other_grant_depends_on_the_unit() -> None:
    found = compute_all("gmina ma z cyfrowej gminy 300 tys zł, ile razem z cyberbezpiecznym?", ("cg", "cs"))
    assert not any(c.kind == "total" for c in found)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("gdyby 200 powiatów dostało po 300 tys zł w cp, czy wystarczy alokacji?", "mieści się"),
        ("jakby 2000 gmin wzięło po 400 tys. zł w cyfrowej gminie, czy starczy puli?", "nie zmieściłoby się"),
    ],
)
def test_a_count_times_a_grant_is_checked_against_the_allocation(question: str, verdict: str) -> None:
    found = compute_all(question, ("cp",) if "cp" in question else ("cg",))
    product = next(c for c in found if c.kind == "product")
    assert verdict in product.text


def test_the_part_asking_for_the_figure_gets_it(engine: FaqEngine) -> None:
    answer = engine.ask("gdyby 300 powiatów wzięło po 250 tys zł w cp, to ile to razem i czy starczy alokacji")
    assert answer.text.startswith("300 × 250 000,00 zł = 75 000 000,00 zł.")


# -- a purchase argued from another item or programme -------------------------------------------


def test_the_item_an_official_argues_from_gets_its_own_verdict() -> None:
    from checks.classifier import classify
    from knowledge.purchase import purchase_answer

    question = "czy w cs kupimy stacje robocze dla kadr, skoro firewall w cs można"
    answer = purchase_answer(question, ("cs",), classify)
    assert answer is not None
    assert "niekwalifikowalny" in answer.text.split("A co do argumentu")[0]
    assert "A co do argumentu" in answer.text and "– kwalifikowalny" in answer.text.split("A co do argumentu")[1]


def test_the_programme_of_the_argument_is_a_comparison() -> None:
    from checks.classifier import classify
    from knowledge.purchase import purchase_answer

    answer = purchase_answer("czy skaner przejdzie w cs, bo w cyfrowej gminie skanery były ok", ("cg", "cs"), classify)
    assert answer is not None and answer.text.startswith("Cyberbezpieczny Samorząd:")
    assert "Cyfrowa Gmina:" not in answer.text


# -- wrong premises -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        ("w cp nabór trwał 45 dni, zgadza się?", "czy w cp nabór trwał 45 dni?"),
        ("czy to prawda, że w cs minimum to 150 tys", "czy w cs minimum to 150 tys"),
        ("potwierdźcie że ankietę w cs wysyła się do cppc", "czy ankietę w cs wysyła się do cppc"),
        ("skoro w cp mogliśmy, to w cs też, prawda?", "skoro w cp mogliśmy, to w cs też?"),
        ("czy laptop w cs jest ok?", "czy laptop w cs jest ok?"),
    ],
)
def test_a_statement_offered_for_confirmation_is_a_yes_no_question(statement: str, question: str) -> None:
    assert confirmation_question(statement) == question


@pytest.mark.parametrize(
    ("question", "right"),
    [
        ("w cyfrowym powiecie trwałość to 5 lat, tak?", "2 lata"),
        ("czy w cs ankietę dojrzałości wysyła się w ciągu 60 dni od umowy", "30 dni"),
        ("szef mówi że na doradztwo w cp można dać 15% grantu, czy ma rację", "5%"),
        ("czy diagnozę w cg robi się w ciągu 12 miesięcy od zawarcia umowy", "6 miesięcy"),
    ],
)
def test_a_wrong_figure_quoted_as_the_rule_is_corrected_first(engine: FaqEngine, question: str, right: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.text.startswith(f"Nie – według dokumentów: {right}"), answer.text[:120]


def test_a_right_figure_is_not_contradicted(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowym powiecie trwałość to 2 lata, prawda?")
    assert not answer.text.startswith("Nie")


@pytest.mark.parametrize(
    "question",
    [
        "czy sprzęt kupiony 3 lata temu z dotacji możemy kupić jako używany w cp",
        "podpisaliśmy umowę 2 miesiące temu, czy zdążymy z diagnozą w cg",
        "czy w cs licencja na 3 lata za 36 000 zł jest kwalifikowalna w całości",
        "czy można przesunąć termin diagnozy w cp o 2 miesiące",
        "czy jak spóźnimy się z ankietą 5 dni to coś grozi",
    ],
)
def test_the_officials_own_data_is_no_premise(question: str) -> None:
    assert claimed_figures(question) == []


def test_periods_in_other_units_are_the_same_figure() -> None:
    assert premise_correction("czy trwałość to 24 miesiące", "… przez 2 lata od zakończenia …") is None


# -- set 14 causes: who writes, advisory services named by their object, sums of maxima -------------


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("informatyk starostwa: czy serwer NAS przejdzie w cs", "czy serwer NAS przejdzie w cs"),
        ("Dzień dobry, referat inwestycji pyta: do kiedy trwałość w cg?", "do kiedy trwałość w cg?"),
        ("kosztorys i limity: ile max na doradztwo w cp?", "kosztorys i limity: ile max na doradztwo w cp?"),
    ],
)
def test_who_writes_before_a_colon_is_no_part_of_the_question(message: str, question: str) -> None:
    assert without_letter(message) == question


def test_preparing_the_contract_description_is_the_advisory_service() -> None:
    found = compute_all("dostaliśmy w cp 200 000 zł, ile możemy dać firmie za opis przedmiotu zamówienia", ("cp",))
    assert any(c.kind == "advisory" and "10 000,00 zł" in c.text for c in found)


def test_the_index_g_in_zloty_is_no_grant_for_the_advisory_share() -> None:
    found = compute_all("gmina ma 12 000 mieszkańców i G 1 898,22 zł, ile grantu i ile z tego na doradztwo", ("cg",))
    advisory = next(c for c in found if c.kind == "advisory")
    assert "340 000,00 zł" in advisory.text and "17 000,00 zł" in advisory.text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "ile w sumie maksymalnie dostałby powiat z cyfrowego powiatu i cyberbezpiecznego samorządu",
            "1 200 000,00 zł",
        ),
        ("ile najwięcej łącznie gmina z cg i cs", "2 850 000,00 zł"),
    ],
)
def test_the_most_a_unit_gets_from_two_programmes_is_the_sum_of_their_maxima(
    engine: FaqEngine, question: str, total: str
) -> None:
    assert total in engine.ask(question).text


# -- several items in one purchase question --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "w cs chcemy kupić firewall, serwer NAS i przy okazji drukarkę dla sekretariatu – co przejdzie?",
            ["firewall", "serwer NAS", "drukarkę"],
        ),
        ("czy w cs przejdzie SIEM, menedżer haseł, a do tego nowe smartfony?", ["SIEM", "menedżer haseł", "smartfony"]),
        (
            "czy w cyfrowej gminie łapie się Microsoft 365 (licencje na rok) i przy okazji szkolenie z Excela",
            ["Microsoft 365", "szkolenie z Excela"],
        ),
    ],
)
def test_every_item_of_a_purchase_clause_is_named(question: str, items: list[str]) -> None:
    from knowledge.purchase import purchase_items

    assert purchase_items(question) == items


def test_a_part_the_classifier_does_not_know_belongs_to_the_item_before_it() -> None:
    from checks.classifier import classify
    from knowledge.purchase import purchase_answer

    answer = purchase_answer(
        "czy w cs możemy sfinansować pentest sieci i strony www oraz menedżer haseł", ("cs",), classify
    )
    assert answer is not None and "„pentest sieci i strony www” – kwalifikowalny" in answer.text


def test_a_health_care_recipient_makes_it_a_rule_question() -> None:
    from knowledge.purchase import is_rule_question

    assert is_rule_question("czy z cg kupimy laptopy dla przychodni POZ")
    assert not is_rule_question("czy w cs przejdzie szkolenie z phishingu")


# -- amounts in words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("grant dwieście czterdzieści tysięcy złotych", "grant 240 000 złotych"),
        ("czterdzieści pięć tysięcy netto", "45 000 netto"),
        ("dziesięć procent", "10 procent"),
        ("osiem miesięcy od umowy", "8 miesięcy od umowy"),
        ("czy składamy ankietę dwa razy", "czy składamy ankietę dwa razy"),
        ("jeden z dwóch wniosków", "jeden z dwóch wniosków"),
    ],
)
def test_number_words_before_a_multiplier_or_unit_are_digits(typed: str, digits: str) -> None:
    assert digits_for_number_words(typed) == digits


def test_a_grant_in_words_is_computed_with(engine: FaqEngine) -> None:
    answer = engine.ask("przy grancie dwieście czterdzieści tysięcy w cyfrowym powiecie ile max na doradztwo?")
    assert "12 000,00 zł" in answer.text


def test_a_bare_grant_figure_is_read_whole() -> None:
    found = compute_all("w cp przy grancie 180 000 ile na doradztwo?", ("cp",))
    assert any(c.kind == "advisory" and "9 000,00 zł" in c.text for c in found)


def test_the_alternative_after_a_no_is_a_question_of_its_own() -> None:
    parts = split_questions("czy gmina może startować w cyfrowym powiecie, a jeśli nie, to ile dostanie w cs")
    assert parts == ["czy gmina może startować w cyfrowym powiecie", "ile dostanie w cs"]


def test_another_scheme_named_as_a_comparison_does_not_make_it_off_topic(engine: FaqEngine) -> None:
    answer = engine.ask("czy okres trwałości w cyfrowej gminie liczy się tak jak w RPO od płatności końcowej?")
    assert not answer.abstained and "2 lata" in answer.text


def test_two_things_joined_by_and_then_which_of_them_passes() -> None:
    parts = split_questions("w cg chcemy kupić tablety dla szkoły i serwer dla przychodni, co się załapie")
    assert len(parts) == 2 and parts[1].startswith("serwer dla przychodni")


def test_attaching_is_attaching_whichever_verb(engine: FaqEngine) -> None:
    assert engine.query_terms("co dołączyć") == engine.query_terms("co załączyć")


def test_a_short_what_else_follow_up_finds_the_next_entry_on_the_same_thing(engine: FaqEngine) -> None:
    answer = engine.ask(
        "czy do wniosku rozliczającego w cs trzeba dać dokumentację z przetargu? a co jest konieczne do dołączenia?"
    )
    assert len(answer.parts) == 2 and answer.parts[0].entry_id != answer.parts[1].entry_id
    assert "protok" in answer.parts[1].text


@pytest.mark.parametrize(
    ("question", "until"),
    [
        (
            "operator zaakceptował nam końcowe rozliczenie cp 10.05.2024, jakie obowiązki zostają i do kiedy?",
            "10.05.2026",
        ),
        ("w cs końcowe rozliczenie zaakceptowane 3.03.2025 – co jeszcze musimy robić?", "03.03.2027"),
    ],
)
def test_the_duties_after_the_final_settlement_are_the_durability(engine: FaqEngine, question: str, until: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and "2 lata" in answer.text and until in answer.text


def test_a_quoted_period_in_other_units_does_not_lower_the_confidence(engine: FaqEngine) -> None:
    answer = engine.ask("czy na diagnozę w cp mamy 3 tygodnie od umowy")
    assert not answer.abstained and answer.text.startswith("Nie – według dokumentów: 8 miesięcy")


def test_a_procurement_question_about_a_purchase_is_a_rule_question() -> None:
    from knowledge.purchase import is_rule_question

    assert is_rule_question("kupiliśmy switch za 70 000 zł brutto w cs, czy trzeba było bazy konkurencyjności?")
    assert is_rule_question("czy na firewall w cg musieliśmy robić przetarg")


def test_each_computation_goes_with_the_part_asking_for_it(engine: FaqEngine) -> None:
    answer = engine.ask("grant cp 280 tys, umowa 10.05.2023 - ile na doradce, do kiedy diagnoza?")
    assert len(answer.parts) == 2
    assert "14 000,00 zł" in answer.parts[0].text
    assert "10 stycznia 2024" in answer.parts[1].text


def test_our_own_grant_is_no_subsidy_of_a_used_item() -> None:
    found = compute_all("grant cp 280 tys, umowa 10.05.2023 – czy możemy kupić używane serwery?", ("cp",))
    assert not any(c.kind == "lookback" for c in found)


@pytest.mark.parametrize(
    ("part", "attribute"),
    [
        ("w jakiej kwocie", True),
        ("na jaki okres", True),
        ("do kiedy diagnoza", False),
        ("jak się na niego zapisać", True),
    ],
)
def test_a_part_leaning_back_is_an_attribute_or_a_pronoun(engine: FaqEngine, part: str, attribute: bool) -> None:
    assert engine._leans_back(part) is attribute


def test_the_units_own_budget_procedure_is_not_in_the_documents(engine: FaqEngine) -> None:
    assert engine.ask("czy grant z cyfrowej gminy trzeba ująć w budżecie gminy uchwałą?").abstained


def test_a_part_refused_on_its_own_still_gets_the_computation_it_asks_for(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cs gmina może wziąć 900 tys i czy trzeba to wpisać do budżetu")
    assert not answer.abstained and answer.text.startswith("Nie: 900 000,00 zł")


def test_a_quoted_deadline_hour_is_no_submission_time(engine: FaqEngine) -> None:
    answer = engine.ask("czy nabór w cs trwał do 14.12.2023 do 16:00?")
    assert not answer.text.startswith("Nie")


def test_financing_the_same_thing_twice_is_a_rule_question() -> None:
    from knowledge.purchase import is_rule_question

    assert is_rule_question("czy z cg i cs można sfinansować ten sam firewall")
    assert is_rule_question("czy UPS możemy kupić z obu programów")


def test_a_share_asked_after_the_amount_is_computed() -> None:
    found = compute_all("w cp dostaliśmy 240 000 zł – ile to 3 procent?", ("cp",))
    assert any(c.kind == "percent" and "7 200,00 zł" in c.text for c in found)


def test_a_scheme_named_as_the_payer_is_the_officials_guess(engine: FaqEngine) -> None:
    answer = engine.ask("czy rpo finansuje cyfrowy powiat")
    assert (not answer.abstained and "POPC" in answer.text) or "Polska Cyfrowa" in answer.text


def test_a_wrong_hotline_number_is_corrected(engine: FaqEngine) -> None:
    answer = engine.ask("czy infolinia cyfrowej gminy to 22 182 22 94?")
    assert answer.text.startswith("Nie – według dokumentów: 42 631 21 05")
    assert not engine.ask("infolinia cyfrowej gminy to 42 631 21 05, tak?").text.startswith("Nie")


def test_ok_completing_a_verb_is_no_confirmation_tag() -> None:
    from knowledge.faq_split import confirmation_question

    assert confirmation_question("a serwer w cs w ogóle jest ok?") == "a serwer w cs w ogóle jest ok?"
    assert confirmation_question("trwałość w CG to 3 lata, ok?") == "czy trwałość w CG to 3 lata?"
