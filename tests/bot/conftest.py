from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.config import Settings, load_settings
from bot.dialogue.backends import Backends, build_backends
from bot.dialogue.core import Dialogue
from storage import init_db, make_engine
from tests.fakes.telegram_server import FakeTelegram, Sent

TOKEN = "123456:TEST-token-not-real"
ADMIN = 42


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    return load_settings(
        BOT_TOKEN=TOKEN,
        DATA_DIR=str(tmp_path / "var"),
        ADMIN_IDS=str(ADMIN),
        DATABASE_URL="sqlite://",
        # Each test's bot keeps its FSM in memory: the CI Redis (REDIS_URL in the environment) is
        # shared by the whole run, and a state left there for user 1001 by one test made another
        # test's bot answer nothing (the Redis tests build their own settings).
        REDIS_URL="",
        JOB_TIME_LIMIT=60,
    )


@pytest.fixture
def engine() -> Iterator[Engine]:
    eng = make_engine("sqlite://")
    init_db(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def backends(settings: Settings, engine: Engine) -> Backends:
    from bot.dialogue.jobs import JobRunner, PoolReader

    return build_backends(settings, engine=engine, reader=PoolReader(JobRunner(workers=2, time_limit=60)))


@pytest.fixture
def dialogue(backends: Backends) -> Dialogue:
    return Dialogue(backends)


SENDS = ("sendmessage", "editmessagetext", "senddocument")


@dataclass
class Telegram:
    """A running bot (real Dispatcher, polling) against the fake Bot API."""

    fake: FakeTelegram

    async def say(self, user: int, text: str, n: int = 1, **kwargs: object) -> list[Sent]:
        start = len(self.fake.sent)
        await self.fake.send_text(user, text, **kwargs)  # type: ignore[arg-type]
        chat = kwargs.get("chat_id") or user
        return await self.replies(chat, start, n)  # type: ignore[arg-type]

    async def replies(self, chat: int, start: int, n: int, timeout: float = 20.0) -> list[Sent]:
        got: list[Sent] = []
        after = start
        while len(got) < n:
            sent = await self.fake.wait_for(
                lambda s: s.chat_id == chat and s.method in SENDS, after=after, timeout=timeout
            )
            after = self.fake.sent.index(sent) + 1
            got.append(sent)
        return got

    async def press(self, user: int, message: Sent, data: str, n: int = 1) -> list[Sent]:
        start = len(self.fake.sent)
        await self.fake.press(user, message, data)
        return await self.replies(user, start, n)


@pytest.fixture
async def telegram(settings: Settings, backends: Backends) -> AsyncIterator[Telegram]:
    import asyncio

    from bot.__main__ import create_bot, create_dispatcher

    fake = FakeTelegram(TOKEN)
    await fake.start()
    live = settings.model_copy(update={"telegram_api_url": fake.base_url})
    bot = create_bot(live)
    runner = backends.reader.runner if backends.reader is not None else None  # type: ignore[attr-defined]
    dp = create_dispatcher(live, backends, runner, progress_interval=0.0)
    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1, close_bot_session=True))
    try:
        await fake.wait_for(lambda s: True, timeout=0.01) if fake.sent else None
        for _ in range(200):
            if fake.commands:
                break
            await asyncio.sleep(0.02)
        yield Telegram(fake)
    finally:
        await dp.stop_polling()
        await task
        await fake.stop()
    # Real Telegram answers 400 to unparsable HTML and the user gets nothing: no test may cause one.
    assert not fake.refused, fake.refused
