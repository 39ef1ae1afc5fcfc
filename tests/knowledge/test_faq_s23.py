"""Session 23: a second question after "i na ile" / "dla ilu", a number the documents expected ("planowano",
"liczono"), doing without a duty or denying it, a used thing named in the story before "czy możemy je kupić", the
conditions asked after a rule that states them, and a claim offered with its reason never confirmed with a bare "Tak".

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine
from knowledge.faq_split import split_questions


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


def test_a_preposition_before_ile_opens_a_second_question() -> None:
    parts = split_questions("ile wynosi pula w cyfrowej gminie i dla ilu gmin ją przewidziano")
    assert len(parts) == 2, parts
    # "o ile" is also "provided that": no second question
    assert len(split_questions("czy można przesunąć termin o ile KPG się zgodzi")) == 1


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("ile wniosków planowano w cyberbezpiecznym samorządzie?", "2807"),
        ("skarbnik chce wiedzieć na ile wniosków grantowych liczono w cyfrowej gminie", "2 477"),
        ("jaki budżet ma cyfrowy powiat, a ilu grantobiorców zakładano?", "314"),
    ],
)
def test_a_number_the_documents_expected_is_what_they_foresee(engine: FaqEngine, question: str, needle: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and needle in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "czy da się w cyfrowej gminie zrealizować grant bez diagnozy cyberbezpieczeństwa?",
        "w cg kupujemy same laptopy, więc diagnozy chyba nie musimy robić?",
        "czy diagnoza cyberbezpieczeństwa w CG jest nieobowiązkowa?",
    ],
)
def test_doing_without_a_duty_is_answered_no(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == "cg-diagnoza-obowiazkowa", (answer.entry_id, answer.text[:120])
    assert answer.text.startswith("Nie – to jest obowiązkowe"), answer.text[:120]


def test_a_duty_asked_plainly_keeps_its_yes(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cyfrowej gminie diagnoza cyberbezpieczeństwa jest wymagana?")
    assert answer.text.startswith("Tak."), answer.text[:120]


def test_a_denied_duty_against_a_law_that_applies_drops_the_yes(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowej gminie nie trzeba chyba stosować prawa zamówień publicznych?")
    assert not answer.text.startswith(("Tak", "Nie – to jest obowiązkowe")), answer.text[:120]


def test_a_used_thing_named_in_the_story_is_what_the_question_points_back_at(engine: FaqEngine) -> None:
    answer = engine.ask(
        "informatyk znalazł w sieci odnowione switche z gwarancją, czy w cyfrowym powiecie możemy takie kupić?"
    )
    assert not answer.abstained and answer.entry_id == "cp-sprzet-uzywany", (answer.entry_id, answer.text[:120])


def test_conditions_asked_after_a_rule_that_states_them_are_that_rule(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cyfrowej gminie przejdą komputery z drugiej ręki? i pod jakimi warunkami?")
    assert not answer.abstained and answer.entry_id == "cg-sprzet-uzywany", (answer.entry_id, answer.text[:120])
    assert "deklaracj" in answer.text and "kryteri" not in answer.text, answer.text


def test_the_fixed_amount_claimed_with_a_wrong_reason_is_not_confirmed(engine: FaqEngine) -> None:
    answer = engine.ask(
        "starosta mówi, że w cyberbezpiecznym samorządzie dostajemy 850 tys., bo dobrze wypadliśmy w ocenie, "
        "a inne powiaty mniej – zgadza się?"
    )
    assert not answer.text.startswith("Tak"), answer.text[:160]
    assert "850 000" in answer.text and "każdy powiat" in answer.text, answer.text[:200]


def test_a_claim_offered_with_its_reason_gets_no_bare_yes(engine: FaqEngine) -> None:
    answer = engine.ask("słyszałem, że w cp trzeba utrzymać sprzęt 2 lata, bo tak chce NASK – prawda?")
    assert not answer.abstained, answer.text[:120]
    assert not answer.text.startswith("Tak"), answer.text[:120]


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "dostaliśmy z cyfrowego powiatu 200 tys. zł, wykorzystaliśmy już 25 % – ile nam jeszcze zostaje?",
            "150 000,00",
        ),
        ("cs: grant 400 000 zł, wydano 80 proc., ile pozostało do wydania?", "80 000,00"),
    ],
)
def test_what_is_left_after_a_share_spent(engine: FaqEngine, question: str, left: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and f"Zostaje {left} zł" in answer.text, answer.text[:300]


def test_what_is_left_of_the_grant_the_formula_gives(engine: FaqEngine) -> None:
    answer = engine.ask("gmina ma 20 000 mieszkańców i G 1998,22 zł – ile grantu w cg i ile zostanie, gdy wydamy 50 %?")
    assert "X = 100 000 + ZC = 300 000,00 zł" in answer.text, answer.text[:600]
    assert "Zostaje 150 000,00 zł grantu" in answer.text, answer.text


def test_the_fixed_cs_grant_of_a_powiat_against_another_amount_asked(engine: FaqEngine) -> None:
    answer = engine.ask("województwo chce w CS wystąpić o 450 tys. zł, skoro grant jest od 200 do 850 tys. – można?")
    assert answer.text.startswith("Nie: powiaty i województwa dostają"), answer.text[:160]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("piszę ze starostwa: czy możemy w cyfrowej gminie kupić komputery do liceum?", "all-program-dla-powiatu"),
        (
            "gmina wiejska chciałaby wnioskować o grant z cyfrowego powiatu na sieć LAN, da radę?",
            "all-program-dla-gminy",
        ),
        ("urząd marszałkowski: czy możemy dostać grant z CP?", "all-program-dla-wojewodztwa"),
    ],
)
def test_a_unit_asking_about_a_programme_it_cannot_apply_to(engine: FaqEngine, question: str, entry_id: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.entry_id == entry_id, (answer.entry_id, answer.text[:120])
    assert answer.text.startswith("Nie – "), answer.text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "czy w cyfrowym powiecie próg bazy konkurencyjności jest taki sam jak w gminie?",
        "miasto na prawach powiatu – ile dostaniemy z cyfrowej gminy przy 60 000 mieszkańców?",
        "czy gmina może w cyfrowej gminie kupić serwer?",
    ],
)
def test_a_comparison_or_the_right_unit_is_no_wrong_applicant(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not (answer.entry_id or "").startswith("all-program-dla-"), (answer.entry_id, answer.text[:120])


@pytest.mark.parametrize(
    "question",
    [
        "słyszałam o programie Cyfrowa Szkoła – czy to też CPPC i ile tam można dostać?",
        "program Cyberbezpieczna Energetyka: do kiedy są wnioski?",
    ],
)
def test_a_programme_named_with_our_adjective_but_another_noun_is_refused(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained, answer.text[:160]
    assert "Programu o tej nazwie" in answer.text, answer.text[:160]


def test_our_programmes_called_programmes_stay_ours(engine: FaqEngine) -> None:
    answer = engine.ask("do kiedy trwa nabór w programie cyberbezpieczny samorząd?")
    assert not answer.abstained, answer.text[:160]


def test_the_units_own_index_never_used_is_an_abstention(engine: FaqEngine) -> None:
    answer = engine.ask("powiat: nasz wskaźnik P wynosi 287,45, ile grantu dostaniemy z cyfrowego powiatu?")
    assert answer.abstained, answer.text[:200]


def test_an_item_whose_verdict_the_description_leaves_open_is_an_abstention() -> None:
    from dataclasses import dataclass

    from knowledge.purchase import purchase_answer

    @dataclass(frozen=True)
    class Verdict:
        category: str | None = "training"
        category_label: str | None = "Szkolenie (temat nieokreślony)"
        verdict: str = "review"
        reason: str = "Z opisu nie wynika temat."
        citation: None = None
        confidence: float = 0.9
        is_service: bool = True
        matched: str | None = None

    def classify(_text: str, _code: str) -> Verdict:
        return Verdict()

    answer = purchase_answer("czy w cs możemy kupić kurs dla kadrowej?", ["cs"], classify)  # type: ignore[arg-type]
    assert answer is not None and answer.abstained, answer
    decided = purchase_answer(
        "czy w cs możemy kupić kurs dla kadrowej?",
        ["cs"],
        lambda _t, _c: Verdict(category_label="Licencja", reason="Licencja na okres projektu."),
    )  # type: ignore[arg-type]
    assert decided is not None and not decided.abstained, decided


def test_the_latest_date_said_decides_the_end_of_the_window(engine: FaqEngine) -> None:
    answer = engine.ask(
        "cyfrowa gmina – rachunek za licencje wystawiony w listopadzie 2023, zapłaciliśmy go w lutym 2024, wejdzie?"
    )
    assert answer.text.startswith("Nie – luty 2024 jest już po 31.12.2023"), answer.text[:160]


def test_a_purchase_dated_before_the_agreement_asks_for_the_window(engine: FaqEngine) -> None:
    answer = engine.ask(
        "drukarki kupiliśmy w maju 2021, a umowę w cyfrowej gminie zawarliśmy w marcu 2022 – czy je rozliczymy?"
    )
    assert not answer.abstained and answer.entry_id == "cg-okres-kwalifikowalnosci", (
        answer.entry_id,
        answer.text[:120],
    )
    assert answer.text.startswith("Tak, pod tym względem: maj 2021"), answer.text[:160]


def test_leaving_a_duty_undone_despite_a_circumstance_is_answered_no(engine: FaqEngine) -> None:
    answer = engine.ask("możemy w cyfrowej gminie nie przeprowadzać diagnozy, skoro robiliśmy pentest w 2022?")
    assert answer.entry_id == "cg-diagnoza-obowiazkowa", (answer.entry_id, answer.text[:120])
    assert answer.text.startswith("Nie – to jest obowiązkowe"), answer.text[:120]


def test_a_better_alternative_programme_is_the_same_question_there() -> None:
    parts = split_questions("czy gmina kupi serwer NAS w cyfrowej gminie, czy lepiej w cyberbezpiecznym samorządzie?")
    assert len(parts) == 2 and parts[1].startswith("a w "), parts


def test_what_the_trainers_must_be_is_no_duty_to_train(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cyberbezpiecznym samorządzie szkolenia pracowników są obowiązkowe?")
    assert not answer.text.startswith("Tak"), answer.text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "czy w cyfrowej gminie wystarczy kupić same monitory dla szkół bez diagnozy?",
        "chcemy zrezygnować z diagnozy, bo kupujemy tylko licencje – w cg można?",
    ],
)
def test_a_duty_done_without_beside_a_purchase_is_the_duty(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entry_id == "cg-diagnoza-obowiazkowa", (answer.entry_id, answer.text[:120])
    assert not answer.text.startswith("Tak"), answer.text[:120]


def test_a_purchase_before_the_application_asks_for_the_window(engine: FaqEngine) -> None:
    answer = engine.ask("czy koszt poniesiony przed złożeniem wniosku w cyfrowym powiecie się liczy?")
    assert answer.entry_id == "cp-okres-kwalifikowalnosci", (answer.entry_id, answer.text[:120])


def test_ds_with_its_stop_is_no_sentence_end(engine: FaqEngine) -> None:
    answer = engine.ask("czy w cyfrowym powiecie musimy powołać koordynatora ds. bezpieczeństwa informacji?")
    assert not answer.text.startswith("Tak"), (answer.entry_id, answer.text[:120])


def test_a_question_asking_which_gets_no_bare_yes(engine: FaqEngine) -> None:
    answer = engine.ask("jakie rodzaje placówek wymienia ogłoszenie cyfrowej gminy jako odbiorców sprzętu?")
    assert not answer.abstained and not answer.text.startswith(("Tak", "Nie")), answer.text[:120]
    assert "pieczy zastępczej" in answer.text, answer.text[:300]


def test_a_full_list_uses_the_documents_names(engine: FaqEngine) -> None:
    answer = engine.ask("podaj pełną listę kryteriów oceny w cyberbezpiecznym samorządzie")
    assert "wnioskowanej kwoty" in answer.text, answer.text[:400]


def test_what_the_answer_is_needed_for_is_no_part_of_the_question(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Podaj wszystkie obszary wsparcia w cyfrowej gminie – potrzebuję tego do sprawozdania dla rady gminy."
    )
    assert not answer.abstained and answer.entry_id == "cg-obszary", (answer.entry_id, answer.text[:120])


def test_an_item_the_documents_do_not_name_is_an_abstention() -> None:
    from dataclasses import dataclass

    from knowledge.purchase import purchase_answer

    @dataclass(frozen=True)
    class Verdict:
        category: str | None = "security_audit"
        category_label: str | None = "Audyt"
        verdict: str = "review"
        reason: str = "Dokumenty programu nie wymieniają wprost tej pozycji – wymaga oceny."
        citation: None = None
        confidence: float = 0.9
        is_service: bool = True
        matched: str | None = None

    answer = purchase_answer("czy w cs możemy kupić audyt RODO?", ["cs"], lambda _t, _c: Verdict())  # type: ignore[arg-type]
    assert answer is not None and answer.abstained, answer


def test_days_left_from_the_day_told_to_the_end_of_the_call(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Mamy 20 listopada 2023. Ile dni pozostało do końca naboru w CS i o której godzinie mija termin?"
    )
    assert "zostało 24 dni" in answer.text, answer.text[:200]


def test_the_basis_asked_of_a_decision_told_before_is_that_decisions_rule(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Komisja zmniejszyła nam kwotę w obszarze szkoleń o 10 procent. Z czego to wynika i w którym paragrafie "
        "regulaminu cyfrowej gminy to stoi?"
    )
    assert answer.entry_id == "cg-kpg-obnizenie-10", (answer.entry_id, answer.text[:160])


def test_months_from_the_start_told_to_the_end_the_entry_states(engine: FaqEngine) -> None:
    answer = engine.ask("Projekt w cyfrowym powiecie ruszy 15 maja 2023. Ile miesięcy najwyżej może trwać?")
    assert not answer.abstained and "7 miesięcy (pełnych)" in answer.text, answer.text[:200]


def test_an_answer_that_already_refuses_the_wrong_applicant_stays(engine: FaqEngine) -> None:
    answer = engine.ask("czy starostwo może złożyć wniosek w cyfrowej gminie?")
    assert answer.text.startswith("Nie"), (answer.entry_id, answer.text[:120])
