"""The dialogue over real backends and in-memory SQLite, without any face."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.core import Action, Dialogue, Text, Upload, UserRef
from bot.dialogue.session import Session
from storage import repo, session_scope

ALICE = UserRef("telegram", 1)
BOB = UserRef("telegram", 2)


async def test_profile_survives_a_lost_fsm_state(dialogue: Dialogue) -> None:
    _, session = await dialogue.handle(ALICE, Session(), Text("/program cp"))
    _, session = await dialogue.handle(ALICE, session, Text("/jst 2206"))
    assert (session.programme, session.unit_code) == ("cp", "2206")
    outcome, restored = await dialogue.handle(ALICE, Session(), Text("/grant"))  # e.g. Redis flushed
    assert restored.programme == "cp" and "powiat kościerski" in outcome.replies[0].plain
    assert "Cyberbezpieczny" not in outcome.replies[0].plain  # only the chosen programme


async def test_report_buttons_are_per_user(dialogue: Dialogue, tmp_path: Path) -> None:
    from tests.fixtures import ksef

    xml = tmp_path / "e.xml"
    xml.write_bytes(ksef.render(next(iter(ksef.CASES.values()))))
    _, session = await dialogue.handle(ALICE, Session(), Text("/program cs"))
    await dialogue.handle(ALICE, session, Upload(xml, "e.xml", xml.stat().st_size))
    assert not xml.exists()  # deleted after processing
    outcome, _ = await dialogue.handle(ALICE, session, Text("/raport"))
    csv_action = next(a for a in outcome.replies[0].actions if a.startswith("rep:csv"))
    mine, _ = await dialogue.handle(ALICE, session, Action(csv_action))
    assert mine.replies[0].files and mine.replies[0].files[0].content.startswith("\ufeff".encode())
    theirs, _ = await dialogue.handle(BOB, Session(), Action(csv_action))
    assert not theirs.replies[0].files and "Tego raportu już nie ma" in theirs.replies[0].plain


async def test_g_prompt_rejects_nonsense_and_other_text_moves_on(dialogue: Dialogue) -> None:
    outcome, session = await dialogue.handle(ALICE, Session(), Text("/grant 2206042"))
    assert session.pending is not None and session.pending.kind == "g"
    outcome, session = await dialogue.handle(ALICE, session, Text("12,34,56"))
    assert "To nie wygląda na wskaźnik G" in outcome.replies[0].plain and session.pending is not None
    outcome, session = await dialogue.handle(ALICE, session, Text("Kto jest operatorem programu?"))
    assert session.pending is None and outcome.replies[0].kind.startswith("faq")


async def test_g_prompt_uses_the_same_plausibility_check_as_the_cli(dialogue: Dialogue) -> None:
    _, session = await dialogue.handle(ALICE, Session(), Text("/grant 2206042"))
    outcome, session = await dialogue.handle(ALICE, session, Text("99 999"))
    assert "nieprawdopodobny" in outcome.replies[0].plain
    assert session.pending is not None and session.pending.kind == "g"
    outcome, session = await dialogue.handle(ALICE, session, Text("1908,88"))
    assert "406 655,06 zł" in outcome.replies[0].plain and session.pending is None


async def test_empty_and_oversized_uploads(dialogue: Dialogue, tmp_path: Path) -> None:
    empty = tmp_path / "pusty.pdf"
    empty.write_bytes(b"")
    outcome, _ = await dialogue.handle(ALICE, Session(), Upload(empty, "pusty.pdf", 0))
    assert "jest pusty" in outcome.replies[0].plain
    outcome, _ = await dialogue.handle(ALICE, Session(), Upload(tmp_path / "x.pdf", "x.pdf", 30 * 1024 * 1024))
    assert "przyjmuję pliki do 20 MB" in outcome.replies[0].plain


async def test_batched_log_is_flushed_and_deletion_drops_unwritten_lines(backends) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    dialogue = Dialogue(dataclasses.replace(backends, log_batch=100))
    for question in ("Kto jest operatorem?", "Jaka pogoda jutro w Zakopanem?"):
        await dialogue.handle(ALICE, Session(), Text(question))
    await dialogue.handle(BOB, Session(), Text("Jaka pogoda jutro w Zakopanem?"))
    with session_scope(backends.engine) as db:
        assert repo.statistics(db).questions == 0  # nothing written yet
    _, asked = await dialogue.handle(ALICE, Session(), Text("/usun_dane"))  # the confirmation is asked first
    await dialogue.handle(ALICE, asked, Action("del:yes"))
    assert dialogue.flush() == 1  # only Bob's line is left to write
    with session_scope(backends.engine) as db:
        assert repo.find_user(db, "telegram", 1) is None
        assert [q.question for q in repo.unanswered(db)] == ["Jaka pogoda jutro w Zakopanem?"]


async def test_answers_from_a_worker_process_match_in_process_ones(settings, engine, dialogue) -> None:  # type: ignore[no-untyped-def]
    from bot.dialogue.backends import build_backends

    pooled = build_backends(settings, engine=engine, faq_workers=1)
    try:
        assert pooled.faq_ask is not None
        question = "Do kiedy można ponosić wydatki w Cyfrowym Powiecie?"
        remote, _ = await Dialogue(pooled).handle(ALICE, Session(), Text(question))
        local, _ = await dialogue.handle(BOB, Session(), Text(question))
        assert remote.replies[0].plain == local.replies[0].plain
        assert remote.replies[0].actions == local.replies[0].actions  # related entries resolved locally
    finally:
        pooled.faq_ask.__self__.close()  # type: ignore[union-attr]


async def test_report_uses_the_chosen_unit_and_its_maximum_grant(dialogue: Dialogue, tmp_path: Path) -> None:
    from tests.fixtures import ksef

    xml = tmp_path / "e.xml"
    xml.write_bytes(ksef.render(next(iter(ksef.CASES.values()))))
    _, session = await dialogue.handle(ALICE, Session(), Text("/program cs"))
    _, session = await dialogue.handle(ALICE, session, Text("/jst 0201"))
    await dialogue.handle(ALICE, session, Upload(xml, "e.xml", xml.stat().st_size))
    outcome, session = await dialogue.handle(ALICE, session, Text("/raport"))
    assert outcome.replies[0].kind == "report"
    with session_scope(dialogue.backends.engine) as db:
        user = repo.find_user(db, "telegram", 1)
        assert user is not None
        report = repo.latest_report(db, user)
        assert report is not None and report.programme == "cs" and report.items == 2
        assert "bolesławiecki" in report.html  # the unit went into the check context


async def test_keep_uploads_keeps_the_file_until_the_user_deletes_their_data(backends, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from tests.fixtures import ksef

    keeping = Dialogue(dataclasses.replace(backends, keep_uploads=True))
    folder = backends.uploads_dir / "telegram-1" / "upload-abc"
    folder.mkdir(parents=True)
    xml = folder / "e.xml"
    xml.write_bytes(ksef.render(next(iter(ksef.CASES.values()))))
    await keeping.handle(ALICE, Session(), Upload(xml, "e.xml", xml.stat().st_size))
    assert xml.exists()
    _, asked = await keeping.handle(ALICE, Session(), Text("/usun_dane"))
    await keeping.handle(ALICE, asked, Action("del:yes"))
    assert not xml.exists() and not (backends.uploads_dir / "telegram-1").exists()


async def test_imported_index_g_is_used_without_asking(dialogue: Dialogue) -> None:
    from decimal import Decimal

    with session_scope(dialogue.backends.engine) as db:
        repo.replace_indices(db, [repo.IndexRow("2206042", "G", 2021, Decimal("1523.45"), "wskazniki_2021.xlsx")])
    outcome, session = await dialogue.handle(ALICE, Session(), Text("/grant 2206042 cg"))
    assert len(outcome.replies) == 1 and session.pending is None
    assert "Cyfrowa Gmina:" in outcome.replies[0].plain and "podaj wskaźnik G" not in outcome.replies[0].plain
    details, _ = await dialogue.handle(ALICE, session, Action(outcome.replies[0].actions[0]))
    assert "wskazniki_2021.xlsx" in details.replies[0].plain  # the source of G is shown


# -- QA findings (F9, F32, F33, F35) ---------------------------------------------------------------


async def test_programme_menu_number_out_of_range_asks_again(dialogue: Dialogue) -> None:
    outcome, session = await dialogue.handle(ALICE, Session(), Text("/program"))
    outcome, session = await dialogue.handle(ALICE, session, Text("9"))
    text = outcome.replies[0].plain
    assert "1–3" in text and not outcome.replies[0].kind.startswith("faq"), text
    outcome, session = await dialogue.handle(ALICE, session, Text("2"))
    assert session.programme == "cp" and "Cyfrowy Powiat" in outcome.replies[0].plain


async def test_unit_menu_number_out_of_range_asks_again(dialogue: Dialogue) -> None:
    outcome, session = await dialogue.handle(ALICE, Session(), Text("/grant Kościerzyna"))
    assert session.pending is not None and session.pending.kind == "unit"
    count = len(session.pending.choices)
    outcome, session = await dialogue.handle(ALICE, session, Text(str(count + 5)))
    assert f"1–{count}" in outcome.replies[0].plain and session.pending is not None


async def test_bare_number_without_a_menu_is_not_sent_to_the_faq(dialogue: Dialogue) -> None:
    outcome, _ = await dialogue.handle(ALICE, Session(seen=True), Text("9"))
    assert not outcome.replies[0].kind.startswith("faq"), outcome.replies[0].plain


@pytest.mark.parametrize("answer", ["nie wiem", "Nie znam", "skąd to wziąć?", "co to jest G?", "brak"])
async def test_dont_know_at_the_g_prompt_explains_g(dialogue: Dialogue, answer: str) -> None:
    _, session = await dialogue.handle(ALICE, Session(), Text("/grant 2206042"))
    assert session.pending is not None and session.pending.kind == "g"
    outcome, session = await dialogue.handle(ALICE, session, Text(answer))
    text = outcome.replies[0].plain
    assert "wskaźnik" in text.casefold() and "/anuluj" in text and "§4 ust. 5" in text, text
    assert session.pending is not None and session.pending.kind == "g"


@pytest.mark.parametrize(
    ("arg", "code"),
    [
        pytest.param("3", "cs", id="menu-number"),
        pytest.param("1", "cg", id="menu-number-1"),
        pytest.param("cyberbezpieczny", "cs", id="one-word-cs"),
        pytest.param("Cyberbezpieczeństwo", "cs", id="noun-cs"),
        pytest.param("gmina", "cg", id="one-word-cg"),
        pytest.param("powiat", "cp", id="one-word-cp"),
    ],
)
async def test_programme_by_number_or_one_word(dialogue: Dialogue, arg: str, code: str) -> None:
    _, session = await dialogue.handle(ALICE, Session(), Text(f"/program {arg}"))
    assert session.programme == code


@pytest.mark.parametrize("line", ["\x00\x00\x00", " \x00 \t", "\u200b"])
async def test_invisible_text_is_treated_as_empty(dialogue: Dialogue, line: str) -> None:
    outcome, _ = await dialogue.handle(ALICE, Session(seen=True), Text(line))
    assert outcome.replies[0].plain.startswith("Napisz pytanie"), outcome.replies[0].plain


async def test_html_tags_in_a_question_are_ignored(dialogue: Dialogue) -> None:
    plain, _ = await dialogue.handle(ALICE, Session(seen=True), Text("Czy laptop jest kwalifikowalny w CS?"))
    tagged, _ = await dialogue.handle(
        ALICE, Session(seen=True), Text("<b>Czy</b> laptop jest <i>kwalifikowalny</i> w CS?")
    )
    assert tagged.replies[0].kind == plain.replies[0].kind
    assert tagged.replies[0].plain == plain.replies[0].plain


async def test_set_count_says_how_many_were_read(dialogue: Dialogue, tmp_path: Path) -> None:
    from tests.fixtures import ksef

    bad = tmp_path / "zly.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    await dialogue.handle(ALICE, Session(), Upload(bad, "zly.pdf", bad.stat().st_size))
    xml = tmp_path / "e.xml"
    xml.write_bytes(ksef.render(next(iter(ksef.CASES.values()))))
    outcome, _ = await dialogue.handle(ALICE, Session(), Upload(xml, "e.xml", xml.stat().st_size))
    assert "W zestawie: 2 pliki (1 odczytany)" in outcome.replies[0].plain, outcome.replies[0].plain
