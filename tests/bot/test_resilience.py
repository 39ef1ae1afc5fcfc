"""Failures said aloud (issue 14): secrets never logged, Redis checked at start, and a user whose
update failed (Redis or the database down at run time) gets a Polish sentence instead of silence."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import SecretFilter, redact_secrets
from tests.bot.conftest import TOKEN
from tests.bot.processes import free_port
from tests.fakes.telegram_server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
USER = 5151
SENDS = ("sendmessage", "editmessagetext", "senddocument")


def test_redact_secrets_masks_token_in_bot_api_urls_and_url_passwords() -> None:
    text = (
        f"GET https://api.telegram.org/file/bot{TOKEN}/documents/file_1.pdf failed; "
        f"POST http://127.0.0.1:9/bot{TOKEN}/getFile; postgresql://user:hunter2@db/grantbot"
    )
    clean = redact_secrets(text)
    assert TOKEN not in clean and "hunter2" not in clean
    assert "/file/bot***/documents/file_1.pdf" in clean and "postgresql://user:***@db/grantbot" in clean


def test_secret_filter_masks_messages_arguments_and_tracebacks() -> None:
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Keep()
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(SecretFilter((TOKEN, "webhook-secret-xyz")))
    logger = logging.getLogger("grantbot.test.secrets")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error("download of %s failed", f"http://127.0.0.1:1/file/bot{TOKEN}/x.pdf")
        logger.warning("secret header %s", "webhook-secret-xyz")
        try:
            raise RuntimeError(f"500, message='Internal Server Error', url='http://h/file/bot{TOKEN}/a.pdf'")
        except RuntimeError:
            logger.exception("upload failed")
    finally:
        logger.removeHandler(handler)
    joined = "\n".join(records)
    assert len(records) == 3
    assert TOKEN not in joined and "TEST-token" not in joined and "webhook-secret-xyz" not in joined
    assert "Traceback" in records[2] and "Internal Server Error" in records[2]  # the reason survives


def _run_bot(tmp_path: Path, **env_over: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL", "WEBHOOK_URL")}
    env.update(
        {
            "DATA_DIR": str(tmp_path / "var"),
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": "http://127.0.0.1:1",
        }
    )
    env.update(env_over)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        encoding="utf-8",
        errors="replace",
    )


def test_start_refused_in_polish_when_redis_port_is_closed(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    done = _run_bot(tmp_path, REDIS_URL=f"redis://:pass123@127.0.0.1:{port}/0")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "REDIS_URL" in done.stderr and "nie mogę połączyć się z Redisem" in done.stderr
    assert "pass123" not in done.stderr + done.stdout and TOKEN not in done.stderr + done.stdout


def test_start_refused_when_redis_socket_never_answers(tmp_path: Path) -> None:
    with socket.socket() as server:  # accepts connections (backlog) but never replies
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        done = _run_bot(tmp_path, REDIS_URL=f"redis://127.0.0.1:{server.getsockname()[1]}/0")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "REDIS_URL" in done.stderr and "przekroczono czas oczekiwania" in done.stderr


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A private redis-server on a free loopback port, so the test may stop it mid-run."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server missing in CI (.ci/services installs it)")
        pytest.skip("redis-server not installed (run `sudo .ci/services start`)")
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import redis

        client = redis.Redis(host="127.0.0.1", port=port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                import time

                time.sleep(0.05)
        client.close()
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.kill()
        process.wait()


@pytest.mark.services
async def test_redis_down_at_run_time_user_is_told(
    tmp_path: Path, own_redis: tuple[str, subprocess.Popen[bytes]]
) -> None:
    from aiogram.fsm.storage.redis import RedisStorage

    from bot.__main__ import FAILURE_TEXT, create_bot, create_dispatcher
    from bot.config import load_settings
    from bot.dialogue.backends import build_backends
    from bot.dialogue.jobs import JobRunner

    redis_url, redis_process = own_redis
    fake = FakeTelegram(TOKEN)
    await fake.start()
    settings = load_settings(
        BOT_TOKEN=TOKEN,
        DATA_DIR=str(tmp_path),
        DATABASE_URL="sqlite://",
        REDIS_URL=redis_url,
        TELEGRAM_API_URL=fake.base_url,
    )
    runner = JobRunner(workers=1)
    backends = build_backends(settings, runner=runner)
    storage = RedisStorage.from_url(redis_url)
    dp = create_dispatcher(settings, backends, runner, storage=storage)
    bot = create_bot(settings)
    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    try:
        start = len(fake.sent)
        await fake.send_text(USER, "/kontakt")
        first = await fake.wait_for(lambda s: s.chat_id == USER and s.method in SENDS, after=start, timeout=30)
        assert "infolinia" in (first.text or "").lower()

        redis_process.kill()
        redis_process.wait()
        start = len(fake.sent)
        await fake.send_text(USER, "Czy laptop jest kwalifikowalny w CS?")
        told = await fake.wait_for(lambda s: s.chat_id == USER and s.method in SENDS, after=start, timeout=30)
        assert told.text == FAILURE_TEXT
    finally:
        await dp.stop_polling()
        await task
        await storage.close()
        backends.engine.dispose()
        await fake.stop()


class FloodedTelegram(FakeTelegram):
    """The fake Bot API, refusing the first `floods` sendMessage calls with 429 retry_after=1."""

    def __init__(self, token: str, floods: int) -> None:
        super().__init__(token)
        self.floods = floods

    async def _api(self, request):  # type: ignore[no-untyped-def]
        if request.match_info["method"].lower() == "sendmessage" and self.floods > 0:
            self.floods -= 1
            from aiohttp import web

            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                },
                status=429,
            )
        return await super()._api(request)


async def test_telegram_flood_control_is_retried_not_lost(tmp_path: Path) -> None:
    from bot.__main__ import create_bot
    from bot.config import load_settings

    fake = FloodedTelegram(TOKEN, floods=1)
    await fake.start()
    bot = create_bot(load_settings(BOT_TOKEN=TOKEN, DATA_DIR=str(tmp_path), TELEGRAM_API_URL=fake.base_url))
    try:
        await bot.send_message(USER, "Odpowiedź po limicie")
        assert fake.floods == 0
        assert [s.text for s in fake.sent if s.chat_id == USER] == ["Odpowiedź po limicie"]
    finally:
        await bot.session.close()
        await fake.stop()


async def test_file_server_error_is_said_and_the_token_never_logged(
    telegram,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """HTTP 500 from the Bot API file server: the user gets a reason, not an endless "Czytam plik…",
    and no log line (ours or a library's) carries the token from the file URL."""
    from bot.config import SecretFilter

    caplog.handler.addFilter(SecretFilter((TOKEN,)))  # what main() installs on every handler
    telegram.fake.download_status = 500
    start = len(telegram.fake.sent)
    await telegram.fake.send_document(USER, b"%PDF-1.4 not really", "faktura.pdf", "application/pdf")
    reading = await telegram.fake.wait_for(lambda s: s.chat_id == USER and s.method == "sendmessage", after=start)
    assert "Czytam" in (reading.text or "")
    edited = await telegram.fake.wait_for(lambda s: s.chat_id == USER and s.method == "editmessagetext", after=start)
    assert "serwer plików Telegrama odpowiedział błędem 500" in (edited.text or "")
    logged = "\n".join(caplog.handler.format(r) for r in caplog.records)
    assert TOKEN not in logged and "TEST-token" not in logged
