"""The dialogue over real services and in-memory SQLite, without any face."""

from __future__ import annotations

from pathlib import Path

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


async def test_empty_and_oversized_uploads(dialogue: Dialogue, tmp_path: Path) -> None:
    empty = tmp_path / "pusty.pdf"
    empty.write_bytes(b"")
    outcome, _ = await dialogue.handle(ALICE, Session(), Upload(empty, "pusty.pdf", 0))
    assert "jest pusty" in outcome.replies[0].plain
    outcome, _ = await dialogue.handle(ALICE, Session(), Upload(tmp_path / "x.pdf", "x.pdf", 30 * 1024 * 1024))
    assert "przyjmuję pliki do 20 MB" in outcome.replies[0].plain


async def test_batched_log_is_flushed_and_deletion_drops_unwritten_lines(services) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    dialogue = Dialogue(dataclasses.replace(services, log_batch=100))
    for question in ("Kto jest operatorem?", "Jaka pogoda jutro w Zakopanem?"):
        await dialogue.handle(ALICE, Session(), Text(question))
    await dialogue.handle(BOB, Session(), Text("Jaka pogoda jutro w Zakopanem?"))
    with session_scope(services.engine) as db:
        assert repo.statistics(db).questions == 0  # nothing written yet
    await dialogue.handle(ALICE, Session(), Action("del:yes"))
    assert dialogue.flush() == 1  # only Bob's line is left to write
    with session_scope(services.engine) as db:
        assert repo.find_user(db, "telegram", 1) is None
        assert [q.question for q in repo.unanswered(db)] == ["Jaka pogoda jutro w Zakopanem?"]


async def test_answers_from_a_worker_process_match_in_process_ones(settings, engine, dialogue) -> None:  # type: ignore[no-untyped-def]
    from bot.dialogue.services import build_services

    pooled = build_services(settings, engine=engine, faq_workers=1)
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
    with session_scope(dialogue.services.engine) as db:
        user = repo.find_user(db, "telegram", 1)
        assert user is not None
        report = repo.latest_report(db, user)
        assert report is not None and report.programme == "cs" and report.items == 2
        assert "bolesławiecki" in report.html  # the unit went into the check context


async def test_keep_uploads_keeps_the_file_until_the_user_deletes_their_data(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from tests.fixtures import ksef

    keeping = Dialogue(dataclasses.replace(services, keep_uploads=True))
    folder = services.uploads_dir / "telegram-1" / "upload-abc"
    folder.mkdir(parents=True)
    xml = folder / "e.xml"
    xml.write_bytes(ksef.render(next(iter(ksef.CASES.values()))))
    await keeping.handle(ALICE, Session(), Upload(xml, "e.xml", xml.stat().st_size))
    assert xml.exists()
    await keeping.handle(ALICE, Session(), Action("del:yes"))
    assert not xml.exists() and not (services.uploads_dir / "telegram-1").exists()


async def test_imported_index_g_is_used_without_asking(dialogue: Dialogue) -> None:
    from decimal import Decimal

    with session_scope(dialogue.services.engine) as db:
        repo.replace_indices(db, [repo.IndexRow("2206042", "G", 2021, Decimal("1523.45"), "wskazniki_2021.xlsx")])
    outcome, session = await dialogue.handle(ALICE, Session(), Text("/grant 2206042 cg"))
    assert len(outcome.replies) == 1 and session.pending is None
    assert "Cyfrowa Gmina:" in outcome.replies[0].plain and "podaj wskaźnik G" not in outcome.replies[0].plain
    details, _ = await dialogue.handle(ALICE, session, Action(outcome.replies[0].actions[0]))
    assert "wskazniki_2021.xlsx" in details.replies[0].plain  # the source of G is shown
