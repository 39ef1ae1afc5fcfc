"""Arithmetic on the official's numbers (knowledge/compute.py) and its place in FAQ answers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from knowledge.compute import add_months, compute, parse_amount
from knowledge.faq_engine import FaqEngine


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("400 000 zł", Decimal("400000")),
        ("400000zl", Decimal("400000")),
        ("400 tys. zł", Decimal("400000")),
        ("1,2 mln zł", Decimal("1200000")),
        ("1 234 567,89 zł", Decimal("1234567.89")),
        ("350.000 zł", Decimal("350000")),
    ],
)
def test_parse_amount(text: str, value: Decimal) -> None:
    assert parse_amount(text) == value


def test_advisory_cap_of_the_users_grant() -> None:
    result = compute("5 % z 400 000 zł to ile na doradztwo?", ("cg",))
    assert result is not None and result.kind == "advisory"
    assert "20 000,00 zł" in result.text
    assert result.entry_ids == ("cg-doradztwo-limit",)
    assert any("§4 ust. 6" in c.section for c in result.citations)


def test_advisory_cap_without_a_percentage_uses_the_rule() -> None:
    result = compute("mamy grant 1,2 mln zł, ile możemy wydać na doradztwo w cyfrowym powiecie", ("cp",))
    assert result is not None and "60 000,00 zł" in result.text


def test_no_advisory_cap_is_invented_for_cs() -> None:
    assert compute("ile z 850 000 zł możemy dać na doradztwo", ("cs",)) is None


def test_cg_formula_with_users_l_and_g() -> None:
    result = compute("mamy 12 000 mieszkańców, wskaźnik G wynosi 1 850,40 zł - ile grantu?", ())
    assert result is not None and result.kind == "formula"
    # R = (2098.22 - 1850.40) / 10 = 24.782; X = 100 000 + 24.782 * 12 000
    assert "397 384,00 zł" in result.text
    assert result.entry_ids == ("cg-wzor-kwoty",)


def test_cg_formula_caps_at_30_zl_per_inhabitant() -> None:
    result = compute("L = 6500, G = 1200 zł, ile wyjdzie w CG?", ("cg",))
    assert result is not None and "295 000,00 zł" in result.text


def test_formula_not_applied_to_another_programme() -> None:
    assert compute("mamy 12 000 mieszkańców i G = 1500, ile grantu", ("cs",)) is None


def test_diagnosis_deadline_from_the_agreement_date() -> None:
    result = compute("umowę podpisaliśmy 15 marca, czy zdążymy z diagnozą?", ("cg",))
    assert result is not None and result.kind == "deadline"
    assert "15 września" in result.text
    cs = compute("ankieta a umowa podpisana 31.08.2023", ("cs",))
    assert cs is not None and "30 września 2023" in cs.text


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2022, 3, 15), 18) == date(2023, 9, 15)


def test_plain_questions_are_not_computed() -> None:
    assert compute("ile wynosi grant w cyfrowej gminie", ("cg",)) is None


def test_engine_answer_shows_the_computation_and_the_rule(engine: FaqEngine) -> None:
    answer = engine.ask("5 % z 400 000 zł to ile na doradztwo w cyfrowej gminie?")
    assert not answer.abstained
    assert answer.entry_id == "cg-doradztwo-limit"
    assert answer.computation is not None and "20 000,00 zł" in answer.text
    assert "Źródło:" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "operator zaakceptowal nasze koncowe rozliczenie 15.02.2024 - do kiedy musimy trzymac sprzet (CG)?",
            "15 lutego 2026",
        ),
        (
            "wezwanie do dostarczenia dokumentów do umowy CG dostaliśmy 3 marca 2022, do kiedy mamy czas?",
            "17 marca 2022",
        ),
        (
            "w obszarze 1 mielismy 300 tys zl a KPG obnizyla o 10% bo byla grupa kosztow niekwalifikowalnych, "
            "ile zostaje?",
            "270 000,00 zł",
        ),
        (
            "licencja EDR na 36 miesięcy za 36 000 zł, a w okresie kwalifikowalności CS mieści się tylko 12 miesięcy - "
            "ile możemy rozliczyć?",
            "12 000,00 zł",
        ),
        ("czy zdazymy zlozyc wniosek do CS jak wyslemy 14 grudnia o 15:30?", "Tak, zdążycie"),
        (
            "zamawiamy switche za 70 000 zl brutto (vat 23%) w cyfrowej gminie, musimy isc przez baze "
            "konkurencyjnosci?",
            "56 910,57 zł",
        ),
        ("mamy fakturę za skanery ze stycznia 2020 roku, czy możemy ją wrzucić do rozliczenia CG?", "Nie –"),
        ("mamy 8 000 mieszkańców, ile maksymalnie możemy dostać z CG", "340 000,00 zł"),
        (
            "umowę w CG podpisaliśmy 15 marca 2022, diagnozę chcemy wysłać 20 września 2022 - zdążymy?",
            "Nie, 20 września 2022 to już po terminie",
        ),
    ],
)
def test_arithmetic_with_the_matched_rule(engine: FaqEngine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.computation is not None
    assert expected in answer.text
    assert answer.text.index(expected) < answer.text.index("Źródło:")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wezwanie od KPG w CG dostalismy w piatek, do kiedy mamy czas na poprawki?", "upływa w środę"),
        ("runda naboru w cg zakonczyla sie 17 listopada 2021, kiedy wyniki oceny?", "27 grudnia 2021"),
        ("nabor w cyfrowym powiecie ruszyl 1 marca 2022, do kiedy trwa?", "29 kwietnia 2022"),
    ],
)
def test_spans_and_weekdays(engine: FaqEngine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and expected in answer.text


def test_second_date_is_judged_only_when_asked() -> None:
    from knowledge.compute import in_time

    due = date(2022, 9, 15)
    asked = "umowe podpisalismy 15.03.2022, diagnoze wyslemy 20.09.2022, zdazymy?"
    told = "umowe podpisalismy 15.03.2022, a rozliczenie zaakceptowano 20.09.2022"
    assert in_time(asked, due, True).startswith("Nie,")
    assert in_time(told, due, True) == ""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("czy zdazymy zlozyc wniosek do cs jesli wyslemy 10 grudnia 2023", "Tak, zdążycie"),
        ("nabor cs - czy zdazymy 15 grudnia?", "Nie, 15 grudnia 2023 to już po terminie"),
    ],
)
def test_dated_deadline_of_the_entry(engine: FaqEngine, question: str, expected: str) -> None:
    assert engine.ask(question).text.startswith(expected)


def test_a_date_of_another_event_is_not_counted_from() -> None:
    from knowledge.compute import compute_with_entry

    rule = "Projekt grantowy powinien trwać maksymalnie 18 miesięcy od dnia zawarcia umowy."
    assert compute_with_entry("faktura z 20 grudnia 2023 - zmiesci sie?", rule, (), "x", "cg") is None
    assert compute_with_entry("umowe zawarlismy 20 grudnia 2021, do kiedy projekt?", rule, (), "x", "cg") is not None


@pytest.mark.parametrize(
    "question",
    [
        "ile mozna wydac na doradztwo jesli grant to 300000?",
        "grant mamy 300 000, ile na doradztwo?",
        "doradztwo przy grancie 300000 to ile?",  # the locative
    ],
)
def test_advisory_cap_of_a_bare_figure_named_as_the_grant(question: str) -> None:
    result = compute(question, ("cp",))
    assert result is not None and "15 000,00 zł" in result.text


def test_a_bare_figure_not_named_as_the_grant_is_no_amount() -> None:
    assert compute("ile na doradztwo w cp, mamy 300000 mieszkancow?", ("cp",)) is None


def test_each_part_of_a_message_gets_its_own_computation(engine: FaqEngine) -> None:
    # One context (grant and agreement date), two rules: the advisory cap and the diagnosis term.
    answer = engine.ask(
        "w cyfrowej gminie dostaliśmy 180 000 zł, umowę podpisaliśmy 14 maja 2027 r. "
        "— ile możemy dać na doradztwo i do kiedy trzeba zrobić diagnozę?"
    )
    assert len(answer.parts) == 2
    first, second = answer.parts
    assert first.computation is not None and "9 000,00 zł" in first.computation
    assert second.computation is not None and "14 listopada 2027" in second.computation
    assert answer.text.index("9 000,00 zł") < answer.text.index("14 listopada 2027")


def test_a_summons_is_a_receipt_to_count_from(engine: FaqEngine) -> None:
    answer = engine.ask(
        "CPPC wezwało nas 3 marca 2023 do dostarczenia dokumentów do umowy w cyfrowej gminie, do kiedy?"
    )
    assert answer.computation is not None and "17 marca 2023" in answer.computation


def test_used_equipment_with_only_the_year_of_co_financing(engine: FaqEngine) -> None:
    answer = engine.ask(
        "w cyfrowej gminie ktos oferuje nam uzywane laptopy, kupione w 2021 z rzadowej dotacji. mozemy je wziac?"
    )
    assert answer.computation is not None and "nie wcześniej niż w 2028 r." in answer.computation
    # the rule below the computation does not open with a second, contradicting "Tak"
    rule = answer.text.split("\n\n")[1]
    assert not rule.startswith("Tak"), rule


def test_a_grant_above_the_maximum_is_the_rule_on_raising_it_not_the_range(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cs grant może być większy niż 850 tys. zł?")
    assert answer.computation is None and answer.entry_id == "cs-zwiekszenie-grantu", answer.text


def test_a_finished_project_names_the_end_the_maintenance_counts_from() -> None:
    from knowledge.compute import compute_with_entry

    rule = "Efekty utrzymuje się przez 2 lata od dnia zakończenia projektu."
    result = compute_with_entry("projekt w cp skończony 30.09.2024, do kiedy trwałość?", rule, (), "x", "cp")
    assert result is not None and "30.09.2026" in result.text


def test_a_grant_amount_confirmed_with_tyle_is_checked_against_the_range() -> None:
    result = compute("wyliczyliśmy 60 tys. zł grantu w cs dla gminy, tyle dostaniemy?", ("cs",))
    assert result is not None and result.text.startswith("Nie")


# -- the official's own figures are checked, never taken over ----------------------------------------


def test_a_wrong_national_index_and_result_are_corrected() -> None:
    result = compute("mamy 9000 mieszkańców, wskaźnik G gminy 1900 a krajowy przyjęliśmy 2200, wyszło 400 tys", ("cg",))
    assert result is not None and result.kind == "formula"
    # (2 098,22 − 1 900) / 10 = 19,822; 19,822 × 9 000 = 178 398; + 100 000
    assert "278 398,00 zł" in result.text
    assert result.text.startswith("Nie: według wzoru wychodzi 278 398,00 zł, nie 400 000,00 zł.")
    assert "2 098,22 zł, nie 2 200,00 zł" in result.text


def test_a_right_result_is_confirmed() -> None:
    result = compute("L = 8000, G = 1948,22, wyszło mi 220 000 zł – dobrze?", ("cg",))
    assert result is not None and result.text.startswith("Tak, dobrze")


def test_the_agreement_date_is_the_one_after_the_signing_not_the_officials_deadline() -> None:
    question = "podpisaliśmy umowę 2.05.2022, kierownik mówi, że diagnoza w 6 miesięcy czyli do 2 listopada"
    result = compute(question, ("cp",))
    assert result is not None
    assert result.text.startswith("Nie: termin to 8 miesięcy od podpisania umowy, nie 6; upływa 2 stycznia 2023")
    assert "2 maja 2022 + 8 miesięcy" in result.text


def test_a_planned_second_date_is_no_claimed_deadline() -> None:
    result = compute("umowę podpisaliśmy 3 marca 2022, diagnozę zrobimy 15 lipca ok?", ("cp",))
    assert result is not None and not result.text.startswith("Nie")


def test_a_threshold_the_official_was_told_is_not_the_price(engine: FaqEngine) -> None:
    answer = engine.ask(
        "serwer za 61 500 zł brutto w cp, kolega mówi że baza konkurencyjności jest od 80 tys brutto, trzeba?"
    )
    assert answer.text.startswith("Nie: 50 000,00 zł netto nie przekracza progu 50 000,00 zł netto")
    assert "61 500,00 zł / 1,23 = 50 000,00 zł" in answer.text
    assert "nie 80 000,00 zł brutto" in answer.text


def test_a_declaration_shorter_than_the_look_back_fails_the_condition(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cyfrowej gminie używany laptop przejdzie, sprzedawca da oświadczenie za 3 lata?")
    assert answer.text.startswith("Nie: deklaracja sprzedającego")
    assert "ostatnich 7 latach – nie 3 lata" in answer.text


def test_a_price_said_with_an_advisor_is_no_grant_to_take_five_percent_of() -> None:
    """ "doradca wyjdzie 70 tys netto – coś trzeba?" names a service's price (the procurement question), not a grant:
    no 5 % of it; a grant said as such still gives the cap."""
    assert compute("a jak doradca wyjdzie 70 tys netto to cos jeszcze trzeba zrobic?", ["cg"]) is None
    capped = compute("grant mamy 240 tys, ile mozemy dac doradcy?", ["cp"])
    assert capped is not None and "12 000,00 zł" in capped.text
