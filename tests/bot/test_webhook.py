"""`grantbot run` in webhook mode (SQLite, in-memory FSM): setWebhook with the secret, updates
POSTed by the proxy, a wrong secret refused, SIGTERM ends it cleanly."""

from __future__ import annotations

import os
from pathlib import Path

from aiohttp import ClientSession

from tests.bot.conftest import TOKEN
from tests.bot.processes import BotProcess, free_port
from tests.fakes.telegram_server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]


async def test_webhook_mode_through_grantbot_run(tmp_path: Path) -> None:
    fake = FakeTelegram(TOKEN)
    await fake.start()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": fake.base_url,
            "DATA_DIR": str(tmp_path),
            "PYTHONPATH": str(ROOT),
            "WEBHOOK_URL": "https://bot.example.gov.pl/hook/tg",
            "WEBHOOK_PORT": str(port),
            "WEBHOOK_SECRET": "s3cret_Proxy",
            "FAQ_WORKERS": "0",
        }
    )
    bot = BotProcess(port, env, tmp_path / "bot.log", command=("-m", "bot.cli", "run"), cwd=tmp_path)
    try:
        await bot.wait_ready()
        assert fake.webhook is not None
        assert (fake.webhook["url"], fake.webhook["secret_token"]) == (
            "https://bot.example.gov.pl/hook/tg",
            "s3cret_Proxy",
        )
        url = f"http://127.0.0.1:{port}/hook/tg"
        async with (
            ClientSession() as client,
            client.post(url, json={"update_id": 1}, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as response,
        ):
            assert response.status == 401
        fake.webhook_targets = [url]
        start = len(fake.sent)
        await fake.send_text(77, "/grant 0201")
        answer = await fake.wait_for(lambda s: s.chat_id == 77, after=start, timeout=30)
        assert "powiat bolesławiecki" in (answer.text or "")
    finally:
        code = bot.stop()
        await fake.stop()
    assert code == 0, (tmp_path / "bot.log").read_text()[-2000:]
    assert TOKEN not in (tmp_path / "bot.log").read_text()
