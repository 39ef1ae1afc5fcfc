"""Session 17: mechanisms behind the misses of sets 26 and 27 (fix-faq brief).

Each test is written in words of its own, not in any evaluation set's wording.
"""

from __future__ import annotations

import pytest

from knowledge.faq_engine import FaqEngine, _without_scheme_comparison
from knowledge.faq_split import split_questions, without_references
from knowledge.purchase import purchase_item


@pytest.mark.parametrize(
    ("question", "item"),
    [
        # the present tense of a purchase under way names the item as well as "kupimy"
        ("w cs kupujemy 3 drukarki do sekretariatu, to przejdzie?", "3 drukarki do sekretariatu"),
        ("zamawiamy w cyfrowym powiecie tablety dla radnych, wejdzie w koszty?", "tablety"),
        # a wish names the item; what follows the wish as a verb is an action, not an item
        ("już mamy serwer z CG, a teraz chcielibyśmy 2 skanery – łapie się?", "2 skanery"),
        # a colloquial salutation opens no item
        ("Dobry, kupimy w cs niszczarkę?", "niszczarkę"),
    ],
)
def test_the_item_of_a_purchase_in_other_tenses_and_moods(question: str, item: str) -> None:
    assert purchase_item(question) == item


@pytest.mark.parametrize(
    "question",
    [
        # a greeting before a rule question whose reason names a purchase: the rule is asked
        "Dobry, czy w CG wolno przesunąć termin diagnozy, bo kupiliśmy później serwer?",
        "cześć, czy w cs da się zmienić zakres projektu, bo zamówiliśmy więcej licencji?",
        # a wish followed by an action is no item
        "chcemy się dowiedzieć, kto w cyfrowej gminie podpisuje umowę",
        "chcielibyśmy wycofać wniosek z cyfrowej gminy",
        # whether the grant covers a sum: the grant's size decides, not an item
        "planujemy modernizację sieci za 900 tys. zł z CP, czy dotacja to pokryje?",
    ],
)
def test_not_an_item_verdict(question: str) -> None:
    assert purchase_item(question) is None


def test_what_the_unit_already_has_is_context_not_a_second_thing() -> None:
    question = "posiadamy już UTM z cyber samorządu, a do tego chcemy 4 monitory dla działu IT – przejdzie to?"
    assert split_questions(question) == [question]


def test_two_things_wanted_are_still_two_questions() -> None:
    parts = split_questions("chcemy macierz NAS do kopii, a do tego szkolenie z phishingu – przejdzie to w CS?")
    assert len(parts) == 2


@pytest.fixture(scope="module")
def engine() -> FaqEngine:
    return FaqEngine.from_directory()


@pytest.mark.parametrize(
    "question",
    [
        "kolega twierdzi, że w cyfrowym powiecie bazę konkurencyjności stosuje się powyżej 75 tys. zł, zgadza się?",
        "w cyber samorządzie baza konkurencyjności obowiązuje dopiero od 120 000 zł netto, tak?",
        "czy w CG próg dla bazy konkurencyjności wynosi 90 tys. zł?",
    ],
)
def test_a_threshold_quoted_as_the_rule_is_corrected_not_measured(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.text.startswith("Nie – według dokumentów: 50 000,00 zł")
    assert "więcej niż próg" not in answer.text  # the claimed threshold is no price of theirs


def test_a_price_beside_a_quoted_threshold_is_still_measured(engine: FaqEngine) -> None:
    answer = engine.ask("w CG kupujemy macierz za 70 tys. zł netto, a ktoś mówił że baza jest od 100 tys. – trzeba?")
    assert answer.text.startswith("Tak: 70 000,00 zł netto to więcej niż próg 50 000,00 zł netto")


def test_the_advisory_cap_of_each_units_grant(engine: FaqEngine) -> None:
    answer = engine.ask(
        "prowadzę dwa powiaty: pierwszy ma z cyfrowego powiatu 280 tys. zł, drugi 120 000 zł – "
        "jaki limit na doradztwo ma każdy z nich?"
    )
    assert "14 000,00 zł" in answer.text  # 5 % of 280 000 (CP schemat)
    assert "6 000,00 zł" in answer.text  # 5 % of 120 000


def test_one_grant_and_a_cost_are_not_two_grants(engine: FaqEngine) -> None:
    answer = engine.ask(
        "cyfrowa gmina, grant 300 000 zł, doradca wycenił OPZ na 12 000 zł – czy każda faktura się zmieści?"
    )
    assert "dla każdego grantu" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "ankietę wysyłamy do NASK czy do operatora, czy do obu?",
        "czy oświadczenie składamy w generatorze, czy tylko na papierze?",
        "diagnozę robimy w 6 miesięcy, czy w 8?",
    ],
)
def test_an_alternative_offered_with_czy_is_one_question(question: str) -> None:
    assert split_questions(question) == [question]


@pytest.mark.parametrize(
    "question",
    [
        "kto podpisuje umowę w CG, czy skarbnik też?",  # "też" asks again about another person
        "czy w CS kupimy UPS, a czy do tego serwer?",  # "a czy" joins a new question
    ],
)
def test_a_follow_up_with_czy_is_still_its_own_question(question: str) -> None:
    assert len(split_questions(question)) == 2


def test_an_undecided_entry_far_ahead_is_not_replaced_by_the_asking_part_alone(engine: FaqEngine) -> None:
    answer = engine.ask(
        "Witam, nasze miasto ma status miasta na prawach powiatu. Możemy aplikować do Cyfrowego Powiatu, "
        "czy wyłącznie do Cyfrowej Gminy?"
    )
    assert answer.abstained
    assert answer.entry_id == "all-miasto-na-prawach-powiatu-cp"


@pytest.mark.parametrize(
    "question",
    [
        "czy z cyberbezpiecznego samorządu pokryjemy abonament na internet światłowodowy?",
        "tonery i papier do drukarek – da się to wrzucić do CS?",
        "szkolenie z obsługi pakietu biurowego dla kadr w cyber samorządzie, przejdzie?",
    ],
)
def test_an_exclusion_is_said_in_the_officials_word_for_it(engine: FaqEngine, question: str) -> None:
    # "wyłączone z finansowania" is the schemat's phrase; officials ask whether a cost is "kwalifikowalny"
    assert "niekwalifikowaln" in engine.ask(question).text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("w CS możemy wziąć urządzenie, które podtrzyma zasilanie serwerowni przy braku prądu?", "cs-ups"),
        ("cyber samorząd: ochrona antywirusowa stacji w urzędzie wchodzi w koszty?", "cs-antywirus-edr"),
        ("newsletter o bezpiecznym haśle dla urzędników – sfinansujemy to z CS?", "cs-promocja"),
    ],
)
def test_a_thing_described_by_what_it_does_finds_its_entry(engine: FaqEngine, question: str, entry: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.entry_id == entry


@pytest.mark.parametrize(
    ("question", "item"),
    [
        # a relative clause describes the item, it is no part of its name
        ("w cs skaner co od razu wysyła na maila, przejdzie?", "skaner"),
        # the programme named before a dash opens no item
        ("cp - kupimy monitor interaktywny?", "monitor interaktywny"),
    ],
)
def test_the_item_without_its_description_or_programme_lead(question: str, item: str) -> None:
    assert purchase_item(question) == item


def test_a_thing_named_only_by_what_it_does_is_left_to_the_faq() -> None:
    assert purchase_item("czy w cp kupimy takie urządzenie co blokuje ataki z internetu?") is None


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "kto podpisuje umowę w cyfrowej gminie? bo w RPO podpisywał marszałek",
            "kto podpisuje umowę w cyfrowej gminie?",
        ),
        ("czy trwałość w CP liczymy od płatności, skoro w KPO tak było", "czy trwałość w CP liczymy od płatności"),
    ],
)
def test_another_scheme_given_as_the_reason_for_asking_is_not_the_subject(question: str, kept: str) -> None:
    assert _without_scheme_comparison(question) == kept


def test_the_unit_is_the_grantee_not_the_beneficiary(engine: FaqEngine) -> None:
    answer = engine.ask("w cyfrowej gminie to my jesteśmy beneficjentem czy centrum projektów?")
    assert not answer.abstained
    assert "grantobiorcą" in answer.text


def test_durability_compared_across_the_three_programmes(engine: FaqEngine) -> None:
    answer = engine.ask(
        "zestawienie dla wójta: okres trwałości w CG, CP i CS – wszędzie tyle samo lat i od tej samej daty?"
    )
    assert not answer.abstained
    assert "2 lata" in answer.text
    assert "akceptacji" in answer.text


def test_a_comparison_asks_about_each_programme_named(engine: FaqEngine) -> None:
    answer = engine.ask(
        "zestawcie mi proszę termin diagnozy w cyfrowym powiecie a w cyfrowej gminie, dla każdej osobno"
    )
    assert "6 miesięcy" in answer.text
    assert "8 miesięcy" in answer.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("w cyfrowym powiecie mogą do nas przyjechać na kontrolę?", "na miejscu"),
        ("cyber samorząd: czy kontrolerzy tylko papiery sprawdzają?", "zza biurka"),
    ],
)
def test_the_forms_of_control_in_the_officials_words(engine: FaqEngine, question: str, words: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert words in answer.text


def test_questions_asked_after_i_dont_know_are_split_and_start_at_their_question_word() -> None:
    parts = split_questions(
        "przejąłem projekt cyfrowego powiatu po koledze i nie wiem kiedy mija trwałość i ile mamy na diagnozę"
    )
    assert parts == ["kiedy mija trwałość", "ile mamy na diagnozę"]


def test_what_happens_to_an_excluded_position_already_in_the_application(engine: FaqEngine) -> None:
    answer = engine.ask("w CG daliśmy do wniosku komputery dla ośrodka zdrowia – co teraz będzie z tym wydatkiem?")
    assert "ochrony zdrowia" in answer.text
    assert "usuwa się całą pozycję" in answer.text


def test_one_may_we_with_two_actions_is_two_questions() -> None:
    parts = split_questions(
        "czy w CS możemy kupić firewall do urzędu i przy okazji zorganizować kurs o phishingu dla kadry"
    )
    assert parts == [
        "czy w CS możemy kupić firewall do urzędu",
        "czy w CS możemy zorganizować kurs o phishingu dla kadry",
    ]


def test_one_action_with_two_things_is_not_split_by_this_rule() -> None:
    assert len(split_questions("czy w CS możemy kupić firewall i przełącznik do serwerowni")) == 1


@pytest.mark.parametrize(
    "question",
    [
        "par. 4 ust. 6 pkt 2 regulaminu CG – ile na doradztwo?",
        "paragraf 4 ust. 6 pkt 2 regulaminu CG – ile na doradztwo?",
        "Par.4 ust.6 pkt 2 regulaminu CG – ile na doradztwo?",
    ],
)
def test_a_paragraph_reference_in_words_is_no_part_of_the_question(question: str) -> None:
    assert without_references(question).strip() == "regulaminu CG – ile na doradztwo?"


@pytest.mark.parametrize(
    "question",
    [
        "ile najwyżej wolno zapłacić za jedno szkolenie z cyberbezpieczeństwa w CS?",
        "jakie są stawki za godzinę doradcy w cyfrowym powiecie?",
    ],
)
def test_a_price_the_documents_do_not_give_is_not_answered_with_the_rule(engine: FaqEngine, question: str) -> None:
    assert engine.ask(question).abstained


def test_a_quoted_epuap_subject_does_not_name_the_programme_asked(engine: FaqEngine) -> None:
    question = "starostwo: ankietę wysyłamy z tematem cyberbezpieczny.samorzad.ankieta, a diagnozę w CP z jakim?"
    assert engine.programmes_in(question) == ("cp",)
    assert "cyfrowy.powiat.diagnoza.cyber" in engine.ask(question).text


def test_a_stated_disagreement_with_what_to_do_asks_for_the_remedy(engine: FaqEngine) -> None:
    answer = engine.ask(
        "KPG w CG uznała nasze serwery za niekwalifikowalne i obniżyła kwotę, "
        "nie zgadzamy się z tym – co możemy zrobić?"
    )
    assert answer.entry_id == "cg-kpg-niezgoda"
    assert "wycofać wniosek" in answer.text


def test_a_womans_past_tense_typed_without_diacritics_has_the_verbs_lemma(engine: FaqEngine) -> None:
    # "wysłałam" typed as "wyslalam" reads like "wysłałem" ("wyslalem")
    assert engine.query_terms("wyslalam ankiete") == engine.query_terms("wyslalem ankiete")


@pytest.mark.parametrize(
    "question",
    [
        "instalacja serwera w CG przesunie się na 15.01.2024 – zmieści się to jeszcze w projekcie?",
        "cyfrowy powiat: czy da się przedłużyć projekt aneksem do kwietnia 2024, bo szkolenia nie ruszyły?",
    ],
)
def test_a_date_measured_against_the_project_finds_the_end_of_the_period(engine: FaqEngine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert "31.12.2023" in answer.text
