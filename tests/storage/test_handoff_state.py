"""The hand-off state (table `handoff_topic`, migration 0005) through `services.helpdesk`: one topic
per asker and operators' group, reused; operator replies recorded as delivered answers the outbox
never re-sends; /zamknij closes the inbox item once. Runs on every engine of the storage fixture
(in-memory, SQLite migrated by Alembic, PostgreSQL in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import IntegrityError

from services import helpdesk
from storage import make_engine, repo, session_scope
from storage.helpdesk_models import HandoffTopic

OPS = -1001234567890
ASKER = 9001


def _request(engine: Engine, question: str = "chcę porozmawiać z konsultantem") -> int:
    with session_scope(engine) as db:
        user = repo.get_or_create_user(db, "telegram", ASKER)
        return helpdesk.open_item(db, question=question, origin="handoff", user_id=user.id, programme="cs").id or 0


def test_a_handoff_runs_is_answered_and_closed(engine: Engine) -> None:
    item_id = _request(engine)
    with session_scope(engine) as db:
        assert helpdesk.active_handoff(db, OPS, ASKER) is None
        latest = helpdesk.latest_handoff_item(db, "telegram", ASKER)
        assert latest is not None and latest.id == item_id
        view = helpdesk.start_handoff(
            db, chat_id=OPS, thread_id=77, external_id=ASKER, name="Anna · 9001 · CS", inbox_item_id=item_id
        )
    with session_scope(engine) as db:
        assert helpdesk.active_handoff(db, OPS, ASKER) == view
        assert helpdesk.active_handoff(db, -100999, ASKER) is None  # another group knows nothing
        assert helpdesk.handoff_by_thread(db, OPS, 77) == view
        assert helpdesk.handoff_by_thread(db, OPS, 78) is None
        helpdesk.record_operator_reply(db, view, "Tak, serwer NAS jest kwalifikowalny.", operator="telegram:501")
    with session_scope(engine) as db:
        (item,) = helpdesk.inbox(db, status="all")
        assert (item.status, item.answer) == ("answered", "Tak, serwer NAS jest kwalifikowalny.")
        assert helpdesk.pending_deliveries(db, channel="telegram") == []  # the bot sent it itself
        assert helpdesk.helpdesk_stats(db).answered_items == 1
        ended = helpdesk.end_handoff(db, OPS, 77)
        assert ended is not None and not ended.active and ended.external_id == ASKER
    with session_scope(engine) as db:
        assert [v.status for v in helpdesk.inbox(db, status="all")] == ["closed"]
        assert helpdesk.active_handoff(db, OPS, ASKER) is None
        assert helpdesk.end_handoff(db, OPS, 77) is None  # a second /zamknij changes nothing
        assert helpdesk.latest_handoff_item(db, "telegram", ASKER) is None  # nothing open any more


def test_the_same_asker_reuses_one_row_and_a_new_request(engine: Engine) -> None:
    first = _request(engine)
    with session_scope(engine) as db:
        helpdesk.start_handoff(db, chat_id=OPS, thread_id=77, external_id=ASKER, name="Anna", inbox_item_id=first)
        helpdesk.end_handoff(db, OPS, 77)
    second = _request(engine, "/konsultant")
    with session_scope(engine) as db:
        topic = helpdesk.handoff_topic(db, OPS, ASKER)
        assert topic is not None and not topic.active and topic.thread_id == 77
        again = helpdesk.start_handoff(
            db, chat_id=OPS, thread_id=77, external_id=ASKER, name="Anna", inbox_item_id=second
        )
        assert again.active and again.inbox_item_id == second
    with session_scope(engine) as db:
        assert len(db.exec(__import__("sqlmodel").select(HandoffTopic)).all()) == 1


def test_one_thread_belongs_to_one_asker(engine: Engine) -> None:
    with session_scope(engine) as db:
        helpdesk.start_handoff(db, chat_id=OPS, thread_id=77, external_id=ASKER, name="A", inbox_item_id=None)
    with pytest.raises(IntegrityError), session_scope(engine) as db:
        helpdesk.start_handoff(db, chat_id=OPS, thread_id=77, external_id=ASKER + 1, name="B", inbox_item_id=None)


def test_an_operator_reply_without_an_inbox_item_is_not_recorded(engine: Engine) -> None:
    with session_scope(engine) as db:
        view = helpdesk.start_handoff(db, chat_id=OPS, thread_id=5, external_id=ASKER, name="A", inbox_item_id=None)
        assert helpdesk.record_operator_reply(db, view, "tekst", operator="telegram:1") is None


def test_migration_0005_goes_up_and_down(tmp_path: Path) -> None:
    from alembic import command

    from storage.database import alembic_config

    eng = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    try:
        config = alembic_config(eng)
        command.upgrade(config, "0004")
        assert "handoff_topic" not in inspect(eng).get_table_names()
        command.upgrade(config, "head")
        columns = {c["name"] for c in inspect(eng).get_columns("handoff_topic")}
        assert {"chat_id", "thread_id", "external_id", "active", "inbox_item_id"} <= columns
        command.downgrade(config, "0004")
        assert "handoff_topic" not in inspect(eng).get_table_names()
    finally:
        eng.dispose()
