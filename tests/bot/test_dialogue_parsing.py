from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.dialogue.core import detect_programmes, grant_query, parse_command, parse_money, strip_programmes
from bot.dialogue.parsing import (
    FollowUp,
    corrected_value,
    document_ref,
    expanded_units,
    follow_up,
    joined_codes,
    meant_programme,
    parse_date,
    statement_programme,
)
from bot.dialogue.session import Choice, Pending, Session


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("/start", ("start", ""), id="plain"),
        pytest.param("/grant 0201", ("grant", "0201"), id="with-arg"),
        pytest.param("/grant@grantbot_test_bot Kościerzyna wiejska", ("grant", "Kościerzyna wiejska"), id="mention"),
        pytest.param("/SPRAWDZ laptop", ("sprawdz", "laptop"), id="upper"),
        pytest.param("/sprawdź drukarka", ("sprawdz", "drukarka"), id="polish-letter-alias"),
        pytest.param("/help", ("pomoc", ""), id="english-alias"),
        pytest.param("Czy laptop?", None, id="not-a-command"),
        pytest.param("/ grant", None, id="slash-space"),
    ],
)
def test_parse_command(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Czy laptop jest kwalifikowalny w CS?", ["cs"], id="cs-code"),
        pytest.param("Do kiedy wydatki w Cyfrowym Powiecie?", ["cp"], id="cp-inflected"),
        pytest.param("cyfrowa gmina i cyberbezpieczny samorząd", ["cg", "cs"], id="two"),
        pytest.param("Ile wynosi grant dla gminy?", [], id="none"),
        pytest.param("pliki CSV i access", [], id="no-false-cs-inside-words"),
    ],
)
def test_detect_programmes(text: str, expected: list[str]) -> None:
    assert detect_programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1523,45", Decimal("1523.45"), id="comma"),
        pytest.param("1 523,45 zł", Decimal("1523.45"), id="thousands-space-zl"),
        pytest.param("G = 2000.5", Decimal("2000.5"), id="g-equals"),
        pytest.param("987", Decimal("987"), id="integer"),
        pytest.param("0", None, id="zero"),
        pytest.param("1523,45 albo 1600", None, id="two-numbers"),
        pytest.param("nie wiem", None, id="words"),
        pytest.param("-5", None, id="negative"),
    ],
)
def test_parse_money(text: str, expected: Decimal | None) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("0201", "0201", id="bare-powiat-code"),
        pytest.param("2206042", "2206042", id="bare-gmina-code"),
        pytest.param("22 06 04 2", "22 06 04 2", id="spaced-code"),
        pytest.param("Ile wynosi grant dla gminy Kościerzyna?", "gminy Kościerzyna", id="grant-dla-gminy"),
        pytest.param("Jaka kwota dofinansowania dla powiatu kościerskiego", "powiatu kościerskiego", id="kwota"),
        pytest.param("ile dostanie 2206042?", "2206042", id="ile-dostanie-code"),
        pytest.param("Ile wynosi grant w Cyfrowej Gminie?", None, id="programme-not-unit"),
        pytest.param("Co to jest grant?", None, id="general-question"),
        pytest.param("Czy laptop jest kwalifikowalny?", None, id="purchase"),
    ],
)
def test_grant_query(text: str, expected: str | None) -> None:
    assert grant_query(text) == expected


def test_session_round_trips_through_json_safe_dict() -> None:
    import json

    session = Session(
        programme="cg",
        unit_code="2206042",
        unit_name="gmina wiejska Kościerzyna",
        pending=Pending(kind="unit", purpose="grant", choices=(Choice("2206011", "a"), Choice("1", "b"))),
    )
    data = json.loads(json.dumps(session.to_dict()))
    assert Session.from_dict(data) == session
    assert Session.from_dict(None) == Session() == Session.from_dict({})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("0201 cs", "0201", id="code-and-programme"),
        pytest.param("Kościerzyna w Cyfrowej Gminie", "Kościerzyna", id="name-w-programme"),
        pytest.param("gmina Kościerzyna", "gmina Kościerzyna", id="no-programme"),
        pytest.param("Csorsztyn", "Csorsztyn", id="alias-inside-a-word-kept"),
    ],
)
def test_strip_programmes(text: str, expected: str) -> None:
    assert strip_programmes(text) == expected


def test_context_and_question_are_told_apart() -> None:
    from bot.dialogue.parsing import split_context, statement_hint, statement_unit

    assert split_context("jesteśmy gminą wiejską, Pcim. ile możemy dostać?") == (
        "jesteśmy gminą wiejską, Pcim",
        "ile możemy dostać?",
    )
    assert split_context("do kiedy ankieta? piszę z Kalisza") == ("piszę z Kalisza", "do kiedy ankieta?")
    assert split_context("jesteśmy w cyfrowej gminie, czy laptop się kwalifikuje?") is None  # a programme only
    assert split_context("z tej strony powiat kłodzki. jaki grant nam przysługuje?") == (
        "z tej strony powiat kłodzki",
        "jaki grant nam przysługuje?",
    )
    # a bare unit before a question about "us" is who asks; before any other question it is the subject
    assert split_context("gmina wiejska Pcim, ile dostaniemy?") == ("jesteśmy gmina wiejska Pcim", "ile dostaniemy?")
    assert split_context("gmina wiejska Pcim, ile dostanie?") is None
    assert split_context("jesteśmy gminą wiejską") is None  # nothing asked
    assert statement_unit("jesteśmy z Wielkopolski") is None  # a region, not a town
    assert statement_unit("jesteśmy gminą wiejską. Mamy pytanie") is None  # a sentence, not a name
    assert statement_hint("jesteśmy gminą miejsko-wiejską z Podlasia") == "miejsko-wiejska z Podlasia"


def test_an_official_of_a_wojewodztwo_names_it_in_the_nominative() -> None:
    from bot.dialogue.parsing import meant_programme, statement_unit

    assert statement_unit("jestem z urzędu marszałkowskiego województwa opolskiego") == "województwo opolskie"
    assert meant_programme("chodzi mi o cyfrowy powiat") == "cp"
    assert meant_programme("a cyfrowy powiat nie wchodzi w grę?") is None  # a question, not a correction


def test_a_document_by_its_kind_and_what_is_wrong_with_a_line() -> None:
    from bot.dialogue.parsing import document_ref, why_verdict

    assert document_ref("usuń protokół") == "protokół"  # the kind alone: the one protocol in the set
    assert document_ref("usuń faktura.pdf z zestawu") == "faktura.pdf"
    assert why_verdict("a co jest nie tak z drukarką?") == "drukarką"
    assert why_verdict("jaki problem z tym UPS-em?") == "tym UPS-em"
    assert why_verdict("co z wkładem własnym w cs?") is None  # a rule question, not a verdict


def test_the_granted_amount_in_words() -> None:
    from decimal import Decimal

    from bot.dialogue.parsing import report_params

    assert report_params("kwota grantu wynosi czterysta tysięcy złotych").grant_amount == Decimal("400000")
    assert report_params("dostaliśmy grant, bardzo się cieszymy").grant_amount is None  # no number words


def test_the_set_asked_for_in_words_and_a_grant_named_before_its_question() -> None:
    from bot.dialogue.parsing import asks_own_grant, asks_set_action, split_context

    for text in ("pokaż co mam w zestawie", "co jest w zestawie?", "jakie faktury są w zestawie?", "co już wysłałem?"):
        assert asks_set_action(text) == "show", text
    assert asks_set_action("co to jest raport z kontroli?") is None
    assert asks_own_grant("na ile możemy liczyć w cyfrowej gminie?")
    assert split_context("jesteśmy gminą wiejską Sieradz, na ile możemy liczyć w cyfrowej gminie?") == (
        "jesteśmy gminą wiejską Sieradz",
        "na ile możemy liczyć w cyfrowej gminie?",
    )


def test_a_programme_said_before_a_dash_keeps_the_rest_of_the_sentence_with_the_question() -> None:
    from bot.dialogue.parsing import programme_then_question

    said = "jesteśmy w cyberbezpiecznym, umowę podpisaliśmy 15 marca 2024 – do kiedy ankieta?"
    assert programme_then_question(said) == (
        "cs",
        "umowę podpisaliśmy 15 marca 2024 do kiedy ankieta?",
    )
    assert programme_then_question("jednak piszemy wniosek do cyfrowej gminy – drukarka tam przejdzie?") == (
        "cg",
        "drukarka tam przejdzie?",
    )
    assert programme_then_question("my w cs – czy laptop przejdzie?") is None  # context only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("koniec projektu mamy trzydziestego czerwca 2026", date(2026, 6, 30)),
        ("dwudziestego pierwszego maja 2025", date(2025, 5, 21)),
        ("pierwszego marca 2024", date(2024, 3, 1)),
        ("trzydziestego pierwszego lutego 2024", None),  # no such day
        ("30 czerwca 2025", date(2025, 6, 30)),
        ("trzydziestego pierwszego grudnia dwa tysiące dwadzieścia trzy", date(2023, 12, 31)),
        ("pierwszego marca dwa tysiące dwudziestego czwartego roku", date(2024, 3, 1)),
        ("pierwszego marca dwa tysiące czterdziestego roku", None),  # beyond what we read: nothing, not 2000
    ],
)
def test_dates_with_the_day_as_an_ordinal_word(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_codes_typed_in_groups_and_abbreviated_unit_words() -> None:
    assert joined_codes("ile w cg dla 0201-011?") == "ile w cg dla 0201011?"
    assert joined_codes("gminy Karsin (22 06 03 2)") == "gminy Karsin (2206032)"
    assert joined_codes("a 30 12 011 w cs?") == "a 3012011 w cs?"
    assert joined_codes("grant 1 500 000 zł") == "grant 1 500 000 zł"  # an amount keeps its groups
    assert expanded_units("m. Płock – ile w cp?") == "miasto Płock – ile w cp?"
    assert expanded_units("gm. Karsin i pow. kościerski") == "gmina Karsin i powiat kościerski"


def test_a_corrected_figure() -> None:
    assert corrected_value("nie, przepraszam, źle przeczytałam – tysiąc dziewięćset") == Decimal("1900")
    assert corrected_value("sorry, pomyłka: G to 1 873,91") == Decimal("1873.91")
    assert corrected_value("nie, chodziło mi o powiat") is None
    assert corrected_value("tysiąc dziewięćset") is None  # a correction says so


def test_statements_of_the_programme_and_what_was_meant() -> None:
    assert statement_programme("to jest cyfrowa gmina") == "cg"
    assert statement_programme("to cyberbezpieczny samorząd, koniec projektu 30.06.2026") == "cs"
    assert statement_programme("to w cp") is None  # the same question there, not a statement
    assert statement_programme("mamy umowę w cg") == "cg"
    assert meant_programme("nie o to pytałem, chodzi o cyfrową gminę") == "cg"
    assert meant_programme("nie, pytałem o ten powiatowy") == "cp"
    assert follow_up("tego cyberbezpiecznego") == FollowUp(programme="cs")
    assert follow_up("a w cp też możemy?") == FollowUp(programme="cp")
    assert follow_up("a z cyfrowej gminy powiat moze?") == FollowUp(programme="cg")
    assert document_ref("to usuń tę fakturę ze stycznia 2024 z zestawu") == "ze stycznia 2024"
    assert document_ref("dobra, usuń toner z zestawu") == "toner"


def test_a_wojt_heads_a_rural_gmina_and_the_name_ends_before_a_verb() -> None:
    from bot.dialogue.parsing import statement_unit

    # a wójt heads a gmina wiejska (a burmistrz or prezydent a town): the kind narrows a shared name
    assert statement_unit("dzień dobry, wójt gminy Kościerzyna się kłania") == "gmina wiejska Kościerzyna"
    assert statement_unit("tu wojt gminy Ustka") == "gmina wiejska Ustka"
    assert statement_unit("burmistrz gminy Ustka") == "gmina Ustka"


def test_a_short_code_after_ile_dla_with_the_programme_after_it() -> None:
    from bot.dialogue.parsing import grant_query

    assert grant_query("ile dla 1419 w cp") == "1419"
    assert grant_query("a ile dla 2212062 w cyfrowej gminie?") == "2212062"
    assert grant_query("ile dla 20 osób w cs") is None  # a count of people, not a województwo


def test_the_feminine_adjective_after_a_demonstrative_is_cyfrowa_gmina() -> None:
    from bot.dialogue.parsing import detect_programmes

    assert detect_programmes("mamy pytanie odnośnie tej cyfrowej – czy laptop przejdzie?") == ["cg"]
    assert detect_programmes("czy w tej cyfrowej można kupić drukarkę") == ["cg"]
    assert detect_programmes("ta cyfrowa edukacja to obszar 3") == []  # a topic, not the programme
    assert detect_programmes("tej cyfrowej powiatowej") == ["cp"]
