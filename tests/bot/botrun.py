"""A bot process in a test: the real Dispatcher polling the fake Bot API on a given database, started
and stopped at will (a restart keeps only the database and the fake)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Engine

from bot.config import Settings
from bot.dialogue.backends import Backends, build_backends
from tests.fakes.telegram_server import FakeTelegram


def _backends(settings: Settings, engine: Engine) -> Backends:
    from bot.dialogue.jobs import JobRunner, PoolReader

    return build_backends(settings, engine=engine, reader=PoolReader(JobRunner(workers=1, time_limit=60)))


@asynccontextmanager
async def running_bot(settings: Settings, engine: Engine, fake: FakeTelegram) -> AsyncIterator[None]:
    """One bot process: its own Bot, Dispatcher and FSM storage; only the database and the fake stay."""
    from bot.__main__ import create_bot, create_dispatcher

    live = settings.model_copy(update={"telegram_api_url": fake.base_url})
    backends = _backends(live, engine)
    bot = create_bot(live)
    runner = backends.reader.runner if backends.reader is not None else None  # type: ignore[attr-defined]
    dp = create_dispatcher(live, backends, runner, progress_interval=0.0)
    fake.commands.clear()
    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1, close_bot_session=True))
    try:
        for _ in range(250):  # started: the command menu is set on start-up
            if fake.commands:
                break
            await asyncio.sleep(0.02)
        assert fake.commands, "the bot did not start"
        yield
    finally:
        await dp.stop_polling()
        try:
            await task
        finally:
            await bot.session.close()  # also when polling ended early (idempotent otherwise)
