"""Hand-off to a person through the operators' forum group (issue 13), end to end: the real
Dispatcher polling the fake Bot API (forum topics, copyMessage, `message_thread_id`), a real SQLite
file migrated to head, the real dialogue. Asker → topic with context → asker's messages mirrored →
operator's reply reaches the asker → a non-operator is ignored → /zamknij → the bot answers again;
the same asker's next request reopens the same topic; the state survives a bot restart."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.config import Settings, load_settings
from services import helpdesk
from storage import init_db, make_engine, session_scope
from storage.helpdesk_models import Delivery, HandoffTopic
from tests.bot.botrun import running_bot
from tests.bot.conftest import TOKEN
from tests.fakes.telegram_server import FakeTelegram, Sent

OPS = -1001234567890
OPERATOR = 501
STRANGER = 502
ASKER = 9001
OTHER = 9002


def _settings(tmp_path: Path, **extra: object) -> Settings:
    return load_settings(
        BOT_TOKEN=TOKEN,
        DATA_DIR=str(tmp_path / "var"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'handoff.sqlite3'}",
        JOB_TIME_LIMIT=60,
        **extra,
    )


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    return _settings(tmp_path, OPERATORS_CHAT_ID=str(OPS), OPERATOR_IDS=f"{OPERATOR}, 503")


@pytest.fixture
def engine(settings: Settings) -> AsyncIterator[Engine]:
    eng = make_engine(settings.effective_database_url)
    init_db(eng)  # the Alembic migrations, 0005 (handoff_topic) included
    yield eng  # type: ignore[misc]
    eng.dispose()


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    await server.start()
    server.make_forum(OPS)
    try:
        yield server
    finally:
        await server.stop()
    assert not server.refused, server.refused  # no unparsable HTML anywhere


def _to(chat: int, method: str | None = None, thread: int | None = None) -> Callable[[Sent], bool]:
    def match(sent: Sent) -> bool:
        if sent.chat_id != chat or (method is not None and sent.method != method):
            return False
        return thread is None or sent.thread_id == thread

    return match


async def _ask(fake: FakeTelegram, text: str, user: int = ASKER) -> Sent:
    start = len(fake.sent)
    await fake.send_text(user, text)
    return await fake.wait_for(_to(user, "sendmessage"), after=start, timeout=30)


async def _settled(fake: FakeTelegram) -> int:
    await fake.wait_idle(ASKER, quiet=0.4)
    return len(fake.sent)


def _topic(engine: Engine) -> HandoffTopic:
    with session_scope(engine) as db:
        from sqlmodel import select

        (row,) = db.exec(select(HandoffTopic)).all()
        return row


async def _deliveries(engine: Engine, count: int) -> list[Delivery]:
    from sqlmodel import select

    for _ in range(200):
        with session_scope(engine) as db:
            rows = list(db.exec(select(Delivery).order_by(Delivery.id)).all())  # type: ignore[arg-type]
        if len(rows) >= count:
            return rows
        await asyncio.sleep(0.05)
    raise AssertionError(f"{count} deliveries expected, {len(rows)} recorded")


async def _inbox_answer(engine: Engine, expected: str) -> helpdesk.InboxView:
    """The one inbox item once its recorded answer is `expected` (the last one given), polled."""
    for _ in range(200):
        with session_scope(engine) as db:
            (view,) = helpdesk.inbox(db, status="all")
        if view.answer == expected:
            break
        await asyncio.sleep(0.05)
    return view


async def _request_person(fake: FakeTelegram, text: str = "chcę porozmawiać z konsultantem") -> tuple[int, Sent]:
    """The asker asks for a person; returns the topic's thread and the context posted in it."""
    start = len(fake.sent)
    await fake.send_text(ASKER, text)
    brief = await fake.wait_for(lambda s: s.chat_id == OPS and s.method == "sendmessage", after=start, timeout=30)
    connected = await fake.wait_for(
        lambda s: s.chat_id == ASKER and "Łączę Cię z konsultantem" in (s.text or ""), after=start
    )
    assert connected.thread_id is None
    assert brief.thread_id is not None
    return brief.thread_id, brief


async def test_an_operators_quick_messages_reach_the_asker_and_the_inbox_in_the_order_sent(
    settings: Settings, engine: Engine, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text answer whose recording is slow (a busy database) is not overtaken by the file the
    operator sent right after it: the asker reads them in order and the inbox keeps the file as the
    last answer."""
    record = helpdesk.record_operator_reply

    def slow_for_text(session: Any, topic: Any, text: str, **kwargs: Any) -> Any:
        if not text.startswith("(plik"):
            time.sleep(0.8)
        return record(session, topic, text, **kwargs)

    async with running_bot(settings, engine, fake):
        await _ask(fake, "Czy w Cyfrowym Powiecie można kupić serwer?")
        thread, _ = await _request_person(fake)
        await _settled(fake)
        monkeypatch.setattr(helpdesk, "record_operator_reply", slow_for_text)
        start = len(fake.sent)
        await fake.send_text(OPERATOR, "Tak, przesyłam wzór.", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        file = (b"wzor", "wzor umowy.pdf", "application/pdf")
        await fake.send_document(OPERATOR, *file, chat_id=OPS, chat_type="supergroup", thread_id=thread)
        copied = await fake.wait_for(_to(ASKER, "copymessage"), after=start)
        (text,) = [s for s in fake.to_chat(ASKER, start) if s.method == "sendmessage"]
        assert fake.sent.index(text) < fake.sent.index(copied)  # the asker reads them in the order sent
        await _deliveries(engine, 2)
        await asyncio.sleep(1.0)  # the slow text record, had it come last, would be in by now
        view = await _inbox_answer(engine, "(plik: wzor umowy.pdf)")
        assert view.answer == "(plik: wzor umowy.pdf)"  # the last one sent is the recorded answer


async def test_asker_operator_round_trip_through_a_forum_topic(
    settings: Settings, engine: Engine, fake: FakeTelegram
) -> None:
    async with running_bot(settings, engine, fake):
        first = await _ask(fake, "Jaki jest termin złożenia ankiety w Cyberbezpiecznym Samorządzie?")
        assert first.text

        # 1. A request for a person: one topic named after the asker, with the context in it.
        start = len(fake.sent)
        thread, brief = await _request_person(fake)
        (created,) = [s for s in fake.sent[start:] if s.method == "createforumtopic"]
        assert created.chat_id == OPS and created.message_id == thread
        assert created.text == f"Urzędnik {ASKER} · {ASKER} · CS"  # name, id, programme
        text = brief.text or ""
        assert "Prośba o konsultanta – pytanie nr" in text
        assert "Jaki jest termin złożenia ankiety" in text  # the last turns
        assert "/zamknij" in text
        assert "Najbliższe wpisy FAQ: cs-" in text  # the FAQ engine's nearest entries, with scores
        assert "Program: CS" in text
        handoff_reply = [s for s in fake.sent[start:] if s.chat_id == ASKER and "Przekazałem" in (s.text or "")]
        assert handoff_reply  # the dialogue's own answer (inbox + contacts) still comes
        with session_scope(engine) as db:
            (item,) = helpdesk.inbox(db)
        assert item.origin == "handoff" and f"pytanie nr {item.id}" in text

        # 2. The asker's further messages go to the topic, not to the bot.
        start = await _settled(fake)
        await fake.send_text(ASKER, "Czy serwer NAS do kopii zapasowych jest kwalifikowalny?")
        copied = await fake.wait_for(_to(OPS, "copymessage", thread), after=start)
        assert copied.text == "Czy serwer NAS do kopii zapasowych jest kwalifikowalny?"
        assert copied.params["from_chat_id"] in (ASKER, str(ASKER))
        await fake.send_document(ASKER, b"%PDF-1.4 oferta", "oferta NAS.pdf", "application/pdf")
        doc = await fake.wait_for(_to(OPS, "copymessage", thread), after=fake.sent.index(copied) + 1)
        assert doc.filename == "oferta NAS.pdf" and doc.document == b"%PDF-1.4 oferta"
        await fake.wait_idle(ASKER, quiet=0.4)
        assert fake.to_chat(ASKER, start) == []  # the bot said nothing itself, read no file

        # 3. An operator's reply in the topic reaches the asker, marked as a person's, and is recorded.
        start = len(fake.sent)
        await fake.send_text(
            OPERATOR,
            "Tak, jeśli służy kopiom zapasowym <systemów>.",
            chat_id=OPS,
            chat_type="supergroup",
            thread_id=thread,
        )
        answer = await fake.wait_for(_to(ASKER, "sendmessage"), after=start)
        assert answer.text == "<b>Konsultant:</b> Tak, jeśli służy kopiom zapasowym &lt;systemów&gt;."
        await fake.send_document(
            OPERATOR, b"wzor", "wzor.pdf", "application/pdf", chat_id=OPS, chat_type="supergroup", thread_id=thread
        )
        copied_back = await fake.wait_for(_to(ASKER, "copymessage"), after=start)
        assert copied_back.filename == "wzor.pdf" and (copied_back.caption or "").startswith("<b>Konsultant:</b>")
        deliveries = await _deliveries(engine, 2)  # recorded right after the send
        # the inbox item is updated after the delivery is recorded: wait for it, do not race it
        view = await _inbox_answer(engine, "(plik: wzor.pdf)")
        assert view.status == "answered" and view.answer == "(plik: wzor.pdf)"
        assert [d.status for d in deliveries] == ["sent", "sent"]  # recorded, never re-sent by the outbox

        # 4. Someone not on the operator list: a short note in the topic, nothing reaches the asker.
        start = len(fake.sent)
        await fake.send_text(STRANGER, "Ja też coś dopiszę", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        note = await fake.wait_for(_to(OPS, "sendmessage", thread), after=start)
        assert "tylko konsultanci z listy OPERATOR_IDS" in (note.text or "")
        # A command other than /zamknij is not sent to the asker either.
        await fake.send_text(OPERATOR, "/start", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        hint = await fake.wait_for(_to(OPS, "sendmessage", thread), after=fake.sent.index(note) + 1)
        assert "działa tylko polecenie /zamknij" in (hint.text or "")
        # Operators talking in the group's General topic: not an asker's business either.
        await fake.send_text(OPERATOR, "kto bierze następny temat?", chat_id=OPS, chat_type="supergroup")
        await asyncio.sleep(0.5)
        assert fake.to_chat(ASKER, start) == []

        # 5. /zamknij ends it: the asker is told, the topic closed, the item closed, the bot is back.
        start = len(fake.sent)
        await fake.send_text(OPERATOR, "/zamknij", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        ended = await fake.wait_for(_to(ASKER, "sendmessage"), after=start)
        assert "Konsultant zakończył rozmowę" in (ended.text or "")
        await fake.wait_for(_to(OPS, "closeforumtopic"), after=start)
        assert fake.topics[(OPS, thread)]["closed"] is True
        with session_scope(engine) as db:
            assert [v.status for v in helpdesk.inbox(db, status="all")] == ["closed"]
        start = await _settled(fake)
        again = await _ask(fake, "Jaki jest termin złożenia ankiety w Cyberbezpiecznym Samorządzie?")
        assert again.text == first.text  # the bot answers itself
        await asyncio.sleep(0.3)
        assert [s for s in fake.sent[start:] if s.chat_id == OPS] == []
        # An operator writing into the closed conversation is told it went nowhere.
        start = len(fake.sent)
        await fake.send_text(OPERATOR, "jeszcze jedno", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        late = await fake.wait_for(_to(OPS, "sendmessage", thread), after=start)
        assert "zakończona" in (late.text or "")
        assert fake.to_chat(ASKER, start) == []

        # 6. The same asker asks again: the same topic is reopened, with the new context.
        start = len(fake.sent)
        thread_again, brief_again = await _request_person(fake, "/konsultant")
        assert thread_again == thread
        assert [s.method for s in fake.sent[start:] if s.method.endswith("forumtopic")] == ["reopenforumtopic"]
        assert "Ponowna prośba o konsultanta" in (brief_again.text or "")
        assert fake.topics[(OPS, thread)]["closed"] is False
        assert _topic(engine).active


async def test_handoff_survives_a_bot_restart(settings: Settings, engine: Engine, fake: FakeTelegram) -> None:
    async with running_bot(settings, engine, fake):
        thread, _brief = await _request_person(fake)
        await _settled(fake)
    # A new process: nothing in memory, only the database.
    async with running_bot(settings, engine, fake):
        start = len(fake.sent)
        await fake.send_text(ASKER, "Czy jest Pan tam jeszcze?")
        copied = await fake.wait_for(_to(OPS, "copymessage", thread), after=start)
        assert copied.text == "Czy jest Pan tam jeszcze?"
        await fake.send_text(OPERATOR, "Jestem, już sprawdzam.", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        answer = await fake.wait_for(_to(ASKER, "sendmessage"), after=start)
        assert answer.text == "<b>Konsultant:</b> Jestem, już sprawdzam."
        await fake.send_text(
            OPERATOR, "/zamknij@grantbot_test_bot", chat_id=OPS, chat_type="supergroup", thread_id=thread
        )
        await fake.wait_for(lambda s: s.chat_id == ASKER and "zakończył" in (s.text or ""), after=start)
    async with running_bot(settings, engine, fake):
        reply = await _ask(fake, "Jaki jest termin złożenia ankiety w Cyberbezpiecznym Samorządzie?")
        assert not (reply.text or "").startswith("<b>Konsultant")
        await asyncio.sleep(0.3)
        assert not [
            s for s in fake.sent if s.chat_id == OPS and s.method == "copymessage" and s.text and "ankiety" in s.text
        ]


async def test_a_deleted_topic_is_recreated_when_the_asker_writes(
    settings: Settings, engine: Engine, fake: FakeTelegram
) -> None:
    async with running_bot(settings, engine, fake):
        thread, _brief = await _request_person(fake)
        await _settled(fake)
        del fake.topics[(OPS, thread)]  # an operator deleted the topic
        start = len(fake.sent)
        await fake.send_text(ASKER, "Halo?")
        copied = await fake.wait_for(_to(OPS, "copymessage"), after=start)
        assert copied.thread_id not in (None, thread)
        assert _topic(engine).thread_id == copied.thread_id
        # Closed, then deleted: the next request cannot reopen it and gets a new topic.
        second = copied.thread_id
        assert second is not None
        await fake.send_text(OPERATOR, "/zamknij", chat_id=OPS, chat_type="supergroup", thread_id=second)
        await fake.wait_for(_to(OPS, "closeforumtopic"), after=start)
        del fake.topics[(OPS, second)]
        start = await _settled(fake)
        third, brief = await _request_person(fake, "/konsultant")
        assert third not in (thread, second) and "Ponowna prośba" in (brief.text or "")
        assert [s.method for s in fake.sent[start:] if s.method.endswith("forumtopic")] == [
            "createforumtopic"
        ]  # reopenForumTopic was refused (no such thread), not recorded
        assert _topic(engine).thread_id == third and _topic(engine).active


async def test_without_an_operators_group_a_request_only_goes_to_the_inbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake: FakeTelegram
) -> None:
    monkeypatch.chdir(tmp_path)
    plain = _settings(tmp_path)
    eng = make_engine(plain.effective_database_url)
    init_db(eng)
    try:
        async with running_bot(plain, eng, fake):
            reply = await _ask(fake, "/konsultant")
            assert "Przekazałem Twoją sprawę konsultantom" in (reply.text or "")
            answer = await _ask(fake, "Jaki jest termin złożenia ankiety w Cyberbezpiecznym Samorządzie?")
            assert "Konsultant" not in (answer.text or "")
            await asyncio.sleep(0.3)
        assert not [s for s in fake.sent if s.method in ("createforumtopic", "copymessage")]
        with session_scope(eng) as db:
            assert [v.origin for v in helpdesk.inbox(db)] == ["handoff"]
    finally:
        eng.dispose()


async def test_a_group_without_topics_keeps_the_inbox_behaviour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake: FakeTelegram
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = _settings(tmp_path, OPERATORS_CHAT_ID="-1009999", OPERATOR_IDS=str(OPERATOR))  # not a forum
    eng = make_engine(broken.effective_database_url)
    init_db(eng)
    try:
        async with running_bot(broken, eng, fake):
            reply = await _ask(fake, "/konsultant")
            assert "Przekazałem Twoją sprawę konsultantom" in (reply.text or "")
            await fake.wait_idle(ASKER, quiet=0.4)
            assert not [s for s in fake.sent if "Łączę Cię" in (s.text or "")]
            answer = await _ask(fake, "Jaki jest termin złożenia ankiety w Cyberbezpiecznym Samorządzie?")
            assert "Przekazałem" not in (answer.text or "")
    finally:
        eng.dispose()


@pytest.mark.parametrize(
    ("env", "chat", "operators"),
    [
        pytest.param({}, None, frozenset(), id="not-configured"),
        pytest.param({"OPERATORS_CHAT_ID": "", "OPERATOR_IDS": ""}, None, frozenset(), id="empty"),
        pytest.param(
            {"OPERATORS_CHAT_ID": "-1001234567890", "OPERATOR_IDS": "5, 7;9"},
            -1001234567890,
            frozenset({5, 7, 9}),
            id="configured",
        ),
    ],
)
def test_operators_settings(
    env: dict[str, str], chat: int | None, operators: frozenset[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    loaded = load_settings(ADMIN_IDS="42", **env)
    assert (loaded.operators_chat_id, loaded.operator_ids) == (chat, operators)
    assert not loaded.is_operator(42)  # an administrator is not an operator unless listed
    assert loaded.is_operator(7) == (7 in operators)


def test_bad_operator_ids_are_a_polish_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import ConfigError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="OPERATOR_IDS: oczekiwano liczb oddzielonych przecinkami"):
        load_settings(OPERATOR_IDS="ola, 5")
    with pytest.raises(ConfigError, match="OPERATORS_CHAT_ID: oczekiwano liczby całkowitej"):
        load_settings(OPERATORS_CHAT_ID="grupa")


async def test_deleting_ones_data_during_a_handoff_reaches_the_bot_and_ends_it(
    settings: Settings, engine: Engine, fake: FakeTelegram
) -> None:
    async with running_bot(settings, engine, fake):
        thread, _brief = await _request_person(fake)
        start = await _settled(fake)
        confirm = await _ask(fake, "/usun_dane")
        assert ("Tak, usuń moje dane", "del:yes") in confirm.buttons
        assert not [s for s in fake.sent[start:] if s.chat_id == OPS]  # not mirrored
        done = len(fake.sent)
        await fake.press(ASKER, confirm, "del:yes")
        await fake.wait_for(_to(ASKER, "sendmessage"), after=done)
        with session_scope(engine) as db:
            from sqlmodel import select

            assert db.exec(select(HandoffTopic)).all() == []
            assert helpdesk.inbox(db, status="all") == []
        # The operator's next message in the old topic goes nowhere.
        start = len(fake.sent)
        await fake.send_text(OPERATOR, "Halo?", chat_id=OPS, chat_type="supergroup", thread_id=thread)
        await asyncio.sleep(0.5)
        assert fake.to_chat(ASKER, start) == []


async def test_a_request_in_another_group_opens_no_topic(
    settings: Settings, engine: Engine, fake: FakeTelegram
) -> None:
    group = -100555
    async with running_bot(settings, engine, fake):
        start = len(fake.sent)
        await fake.send_text(ASKER, "/konsultant@grantbot_test_bot", chat_id=group, chat_type="supergroup")
        reply = await fake.wait_for(_to(group, "sendmessage"), after=start)
        assert "Przekazałem Twoją sprawę konsultantom" in (reply.text or "")
        await asyncio.sleep(0.5)
        assert not [s for s in fake.sent[start:] if s.method == "createforumtopic" or s.chat_id == ASKER]
