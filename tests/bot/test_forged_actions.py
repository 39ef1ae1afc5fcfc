"""Forged or stale button payloads (issue 14): every one gets a Polish reply, none ends in an
unhandled exception, and a "del:yes" nobody asked for never deletes anything."""

from __future__ import annotations

import logging

import pytest

from bot.dialogue.core import Action, Dialogue, Text, UserRef
from bot.dialogue.plain import render_plain
from bot.dialogue.session import Session
from storage import repo, session_scope

USER = UserRef("telegram", 9191)
GARBAGE = (
    "",
    ":",
    "::",
    "x",
    "999999999999999999999",
    "-1",
    "0",
    "../../etc/passwd",
    "ąę%00",
    "a" * 200,
    "yes",
    "no",
    "del:yes",
    "1:2:3",
    "\u202e",
    "None",
    "null",
    "{}",
    "[]",
)


async def test_every_forged_payload_gets_a_polish_reply(dialogue: Dialogue, caplog: pytest.LogCaptureFixture) -> None:
    prefixes = sorted({prefix for prefix in dialogue._actions} | {"nope", "cmd", ""})
    caplog.set_level(logging.ERROR)
    for prefix in prefixes:
        for rest in GARBAGE:
            outcome, _ = await dialogue.handle(USER, Session(), Action(f"{prefix}:{rest}"))
            text = "\n".join(render_plain(r) for r in outcome.replies)
            assert text.strip(), (prefix, rest)
            assert "Traceback" not in text and "Error" not in text, (prefix, rest, text)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors[:3]


async def test_forged_delete_confirmation_deletes_nothing(dialogue: Dialogue) -> None:
    _, session = await dialogue.handle(USER, Session(), Text("/program cs"))
    dialogue.flush()
    outcome, session = await dialogue.handle(USER, session, Action("del:yes"))  # nobody asked
    text = "\n".join(render_plain(r) for r in outcome.replies)
    assert "Usunięto" not in text and "del:yes" in [a for r in outcome.replies for a in r.actions]
    with session_scope(dialogue.backends.engine) as db:
        assert repo.find_user(db, "telegram", USER.id) is not None
    # Asked for, then confirmed: deleted.
    _, session = await dialogue.handle(USER, session, Text("/usun_dane"))
    outcome, _ = await dialogue.handle(USER, session, Action("del:yes"))
    assert "Usunięto" in "\n".join(render_plain(r) for r in outcome.replies)
