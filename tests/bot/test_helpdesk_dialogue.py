"""The helpdesk inside the conversation (issue 13): 👍/👎 under FAQ answers (👎 opens an inbox item
and takes an optional reason), a hand-off request, staff answers reaching a terminal user, and an
approved answer used for another user's paraphrase — in the dialogue, in `grantbot chat` and in
`grantbot ask` on a real SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.dialogue.core import Action, Dialogue, Text, UserRef
from bot.dialogue.session import Session
from services import helpdesk
from storage import init_db, make_engine, repo, session_scope

ROOT = Path(__file__).resolve().parents[2]
ALICE = UserRef("terminal", 501)
BOB = UserRef("telegram", 502)


def _text(outcome) -> str:  # type: ignore[no-untyped-def]
    from bot.dialogue.plain import render_plain

    return "\n".join(render_plain(r) for r in outcome.replies)


async def test_thumbs_down_opens_an_inbox_item_with_the_reason(dialogue: Dialogue) -> None:
    outcome, session = await dialogue.handle(ALICE, Session(), Text("do kiedy trzeba zrobić diagnozę w CG?"))
    actions = [a for r in outcome.replies for a in r.actions]
    assert "fb:up" in actions and "fb:down" in actions
    outcome, session = await dialogue.handle(ALICE, session, Action("fb:down"))
    assert "przekazałem to konsultantom" in _text(outcome)
    outcome, session = await dialogue.handle(ALICE, session, Text("brakuje terminu dla powiatów"))
    assert "dopisałem" in _text(outcome) and session.pending is None
    with session_scope(dialogue.backends.engine) as db:
        (item,) = helpdesk.inbox(db)
        stats = helpdesk.helpdesk_stats(db)
    assert item.origin == "feedback" and "diagnoz" in item.question and item.programme == "cg"
    assert stats.thumbs_down == 1 and stats.per_entry[0][2] == 1


async def test_thumbs_up_is_counted_and_opens_nothing(dialogue: Dialogue) -> None:
    _, session = await dialogue.handle(ALICE, Session(), Text("ile wynosi maksymalny grant w CG?"))
    outcome, _ = await dialogue.handle(ALICE, session, Action("fb:up"))
    assert "Dziękuję" in _text(outcome)
    with session_scope(dialogue.backends.engine) as db:
        assert helpdesk.inbox(db) == [] and helpdesk.helpdesk_stats(db).thumbs_up == 1


async def test_asking_for_a_person_reaches_the_inbox(dialogue: Dialogue) -> None:
    outcome, _ = await dialogue.handle(BOB, Session(), Text("chcę porozmawiać z konsultantem o naszym wniosku"))
    text = _text(outcome)
    assert "Przekazałem Twoją sprawę konsultantom" in text and "infolinia" in text
    with session_scope(dialogue.backends.engine) as db:
        (item,) = helpdesk.inbox(db)
    assert item.origin == "handoff" and item.user == "telegram:502"


async def test_an_approved_answer_answers_another_users_paraphrase(dialogue: Dialogue) -> None:
    question = "Czy na spotkanie informacyjne operatora w Łodzi trzeba się wcześniej zapisać?"
    with session_scope(dialogue.backends.engine) as db:
        user = repo.get_or_create_user(db, ALICE.channel, ALICE.id)
        helpdesk.open_item(db, question=question, origin="handoff", user_id=user.id)
        (item,) = helpdesk.inbox(db)
        reply = helpdesk.answer(db, item.id, "Tak, zapisy przyjmuje operator e-mailem.", staff="ola")
        draft = helpdesk.promote(db, reply.id or 0)
        helpdesk.decide(db, draft.id or 0, approve=True, staff="ola")
    faq = dialogue.features["faq"]
    faq._approved_at = -1e9  # type: ignore[attr-defined]  # as after the 30 s refresh
    paraphrase = "czy trzeba sie zapisac wczesniej na spotkanie informacyjne operatora w lodzi"
    outcome, _ = await dialogue.handle(BOB, Session(), Text(paraphrase))
    assert "zapisy przyjmuje operator" in _text(outcome) and "odpowiedź konsultanta" in _text(outcome)


def _grantbot(tmp_path: Path, args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL")}
    env.update({"DATA_DIR": str(tmp_path / "var"), "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "c")})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
        env=env,
        encoding="utf-8",
    )


def test_terminal_user_sees_the_staff_answer_at_next_start_and_ask_uses_the_approved_one(tmp_path: Path) -> None:
    asked = _grantbot(
        tmp_path,
        ["chat", "--user-id", "77"],
        "Czy na spotkanie informacyjne operatora w Łodzi trzeba się wcześniej zapisać?\n",
    )
    assert asked.returncode == 0, asked.stderr
    engine = make_engine(f"sqlite:///{tmp_path / 'var' / 'grantbot.sqlite3'}")
    init_db(engine)
    with session_scope(engine) as db:
        helpdesk.sync_inbox(db)
        (item,) = helpdesk.inbox(db)
        assert item.user == "terminal:77"
        reply = helpdesk.answer(db, item.id, "Tak, zapisy przyjmuje operator e-mailem.", staff="ola")
        helpdesk.decide(db, helpdesk.promote(db, reply.id or 0).id or 0, approve=True, staff="ola")
        repo.get_or_create_user(db, "terminal", 78)
    engine.dispose()

    back = _grantbot(tmp_path, ["chat", "--user-id", "77"], "/kontakt\n")
    assert back.stdout.startswith("📩 Odpowiedź konsultanta na Twoje pytanie „Czy na spotkanie"), back.stdout
    again = _grantbot(tmp_path, ["chat", "--user-id", "77"], "/kontakt\n")
    assert "Odpowiedź konsultanta" not in again.stdout  # delivered once
    other = _grantbot(tmp_path, ["chat", "--user-id", "78"], "/kontakt\n")
    assert "Odpowiedź konsultanta" not in other.stdout  # only to the asker

    paraphrase = _grantbot(
        tmp_path, ["ask", "--json", "czy trzeba sie wczesniej zapisac na spotkanie operatora w lodzi"]
    )
    answer = json.loads(paraphrase.stdout)
    assert answer["abstained"] is False and "zapisy przyjmuje operator" in answer["answer"]
    assert answer["entry_id"].startswith("konsultant-")
