"""Real PostgreSQL and Redis (started by `.ci/services start`): FSM state in Redis, data in
PostgreSQL, and two bot processes in webhook mode behind one proxy serving the same token."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.bot.conftest import TOKEN
from tests.bot.processes import BotProcess, free_port
from tests.fakes.telegram_server import FakeTelegram, Sent
from tests.storage.services import require_service, reset_postgres

pytestmark = pytest.mark.services
ROOT = Path(__file__).resolve().parents[2]
USER = 3003
SENDS = ("sendmessage", "editmessagetext", "senddocument")


@pytest.fixture
def pg_url() -> str:
    url = require_service("DATABASE_URL")
    reset_postgres(url)
    return url


@pytest.fixture
def redis_url() -> Iterator[str]:
    url = require_service("REDIS_URL")
    import redis

    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    yield url


async def test_redis_fsm_state_survives_a_new_dispatcher(tmp_path: Path, pg_url: str, redis_url: str) -> None:
    """A pending choice stored by one Dispatcher is continued by another (as after a restart)."""
    from aiogram.fsm.storage.redis import RedisStorage

    from bot.__main__ import create_bot, create_dispatcher
    from bot.config import load_settings
    from bot.dialogue.backends import build_backends
    from bot.dialogue.jobs import JobRunner

    fake = FakeTelegram(TOKEN)
    await fake.start()
    settings = load_settings(
        BOT_TOKEN=TOKEN,
        DATA_DIR=str(tmp_path),
        DATABASE_URL=pg_url,
        REDIS_URL=redis_url,
        TELEGRAM_API_URL=fake.base_url,
    )
    try:
        for step in range(2):
            runner = JobRunner(workers=1)
            backends = build_backends(settings, runner=runner)
            storage = RedisStorage.from_url(redis_url)
            dp = create_dispatcher(settings, backends, runner, storage=storage)
            bot = create_bot(settings)
            task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
            start = len(fake.sent)
            if step == 0:
                await fake.send_text(USER, "/grant Kościerzyna")
                choice = await fake.wait_for(lambda s: s.chat_id == USER and s.method in SENDS, after=start)
                assert "pasuje do kilku jednostek" in (choice.text or "")
            else:
                await fake.send_text(USER, "2")  # the second option, remembered in Redis
                answer = await fake.wait_for(lambda s: s.chat_id == USER and s.method in SENDS, after=start)
                assert "gmina wiejska Kościerzyna" in (answer.text or "")
            await dp.stop_polling()
            await task
            await storage.close()
            backends.engine.dispose()
    finally:
        await fake.stop()


@pytest.fixture
async def two_bots(tmp_path: Path, pg_url: str, redis_url: str) -> AsyncIterator[tuple[FakeTelegram, list[BotProcess]]]:
    fake = FakeTelegram(TOKEN)
    await fake.start()
    bots: list[BotProcess] = []
    try:
        for name in ("a", "b"):
            port = free_port()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_"))}
            env.update(
                {
                    "BOT_TOKEN": TOKEN,
                    "TELEGRAM_API_URL": fake.base_url,
                    "DATABASE_URL": pg_url,
                    "REDIS_URL": redis_url,
                    "DATA_DIR": str(tmp_path / name),
                    "PYTHONPATH": str(ROOT),
                    "WEBHOOK_URL": "https://grantbot.example.gov.pl/telegram/webhook",
                    "WEBHOOK_HOST": "127.0.0.1",
                    "WEBHOOK_PORT": str(port),
                    "WEBHOOK_SECRET": "proxy-secret-123",
                    "ADMIN_IDS": "42",
                }
            )
            bots.append(BotProcess(port, env, tmp_path / f"bot-{name}.log"))
        await asyncio.gather(*(b.wait_ready() for b in bots))
        fake.webhook_targets = [f"http://127.0.0.1:{b.port}/telegram/webhook" for b in bots]
        yield fake, bots
    finally:
        codes = [b.stop() for b in bots]
        await fake.stop()
        assert codes == [0, 0], [b.log.read_text()[-1500:] for b in bots]


async def _reply(fake: FakeTelegram, start: int, n: int = 1) -> list[Sent]:
    got, after = [], start
    while len(got) < n:
        sent = await fake.wait_for(lambda s: s.chat_id == USER and s.method in SENDS, after=after, timeout=30)
        after = fake.sent.index(sent) + 1
        got.append(sent)
    return got


async def test_two_webhook_processes_share_one_conversation(two_bots: tuple[FakeTelegram, list[BotProcess]]) -> None:
    fake, bots = two_bots
    assert fake.webhook is not None and fake.webhook["url"].endswith("/telegram/webhook")
    assert fake.webhook.get("secret_token") == "proxy-secret-123"

    start = len(fake.sent)
    await fake.send_text(USER, "/program cs")  # -> process a
    await _reply(fake, start)
    start = len(fake.sent)
    await fake.send_text(USER, "Czy laptop jest kwalifikowalny?")  # -> process b: programme from Redis
    (answer,) = await _reply(fake, start)
    assert "Cyberbezpieczny Samorząd" in (answer.text or "") and "Cyfrowa Gmina" not in (answer.text or "")

    start = len(fake.sent)
    await fake.send_text(USER, "/grant Kościerzyna")  # -> a: the choice is pending in Redis
    (choice,) = await _reply(fake, start)
    start = len(fake.sent)
    await fake.press(USER, choice, "unit:grant:2206042")  # -> b
    await _reply(fake, start)
    start = len(fake.sent)
    await fake.send_text(USER, "/program cg")  # -> a
    await _reply(fake, start)
    start = len(fake.sent)
    await fake.send_text(USER, "/grant 2206042")  # -> b: asks for G
    _result, ask_g = await _reply(fake, start, 2)
    assert "wskaźnika G" in (ask_g.text or "")
    start = len(fake.sent)
    await fake.send_text(USER, "1523,45")  # -> a: answers what b asked
    (exact,) = await _reply(fake, start)
    assert "Cyfrowa Gmina:" in (exact.text or "") and "podaj wskaźnik G" not in (exact.text or "")

    await asyncio.sleep(1.0)  # each process writes its message log at least every 0.5 s
    start = len(fake.sent)
    await fake.send_text(42, "/statystyki")  # -> b: figures from the shared PostgreSQL
    stats = await fake.wait_for(lambda s: s.chat_id == 42 and s.method in SENDS, after=start, timeout=30)
    # Five questions were asked through both processes; all are in the one database.
    assert "Pytania: 5," in (stats.text or "") and "Użytkownicy: 1;" in (stats.text or "")

    served = {target for target, _ in fake.webhook_deliveries}
    assert len(served) == 2  # both processes took part
    assert all(b.process.poll() is None for b in bots)
