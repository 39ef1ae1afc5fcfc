"""Graceful shutdown: a file still being read when the bot stops gets an honest message."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.dialogue.backends import Backends
from bot.dialogue.jobs import JobRunner
from tests.bot import jobfns
from tests.bot.conftest import TOKEN
from tests.fakes.telegram_server import FakeTelegram


class SlowReader:
    def __init__(self, runner: JobRunner) -> None:
        self.runner = runner

    async def read(self, path: Path, name: str, progress: Any = None) -> Any:
        return await self.runner.run(jobfns.sleepy, 60, progress=progress)


async def test_job_in_flight_at_shutdown_is_abandoned_with_a_message(settings: Settings, backends: Backends) -> None:
    from bot.__main__ import create_bot, create_dispatcher

    fake = FakeTelegram(TOKEN)
    await fake.start()
    live = settings.model_copy(update={"telegram_api_url": fake.base_url, "job_time_limit": 1.0})
    runner = JobRunner(workers=1, time_limit=120)
    slow = dataclasses.replace(backends, reader=SlowReader(runner))
    bot = create_bot(live)
    dp = create_dispatcher(live, slow, runner)
    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    try:
        start = len(fake.sent)
        await fake.send_document(5, b"%PDF-1.4 whatever", "faktura.pdf", "application/pdf")
        status = await fake.wait_for(lambda s: s.chat_id == 5 and "Czytam plik" in (s.text or ""), after=start)
        await asyncio.sleep(0.5)  # the child is reading
        assert runner.active == 1
    finally:
        await dp.stop_polling()
        await task
    edited = [s for s in fake.sent if s.message_id == status.message_id and s.method == "editmessagetext"]
    await fake.stop()
    assert edited and "restartowany" in (edited[-1].text or "") and "Wyślij go ponownie" in (edited[-1].text or "")
