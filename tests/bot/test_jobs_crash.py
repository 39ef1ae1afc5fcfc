"""kill -9 during OCR (issue 14): a real bot process against the fake Bot API is killed while
tesseract reads a scan, then started again.

What must hold: no process the dead bot started survives it (forkserver, FAQ worker, reading
child, tesseract); the restarted bot tells the user, naming the file, that it must be sent again;
no copy of the upload stays on disk; a graceful stop afterwards leaves no process either.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import psutil
import pytest

from tests.bot.conftest import TOKEN
from tests.fakes.telegram_server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
USER = 7070


def start_bot(data_dir: Path, api_url: str, log: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL", "WEBHOOK_URL")}
    env.update(
        {
            "DATA_DIR": str(data_dir),
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api_url,
            "FAQ_WORKERS": "1",
            "WORKERS": "1",
            "JOB_TIME_LIMIT": "120",
            "TMPDIR": str(data_dir.parent / "tmp"),
        }
    )
    (data_dir.parent / "tmp").mkdir(exist_ok=True)
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"], cwd=data_dir.parent, env=env, stdout=out, stderr=subprocess.STDOUT
        )


async def wait_ready(fake: FakeTelegram, process: subprocess.Popen[bytes], log: Path, calls_before: int) -> None:
    for _ in range(600):  # start-up loads the FAQ engine: up to a minute on a busy machine
        if process.poll() is not None:
            raise AssertionError(f"bot exited: {log.read_text()[-3000:]}")
        if any(name == "setmycommands" for name, _ in fake.calls[calls_before:]):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"bot not ready: {log.read_text()[-3000:]}")


def descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def alive(processes: list[psutil.Process]) -> list[str]:
    left = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                left.append(f"{p.pid} {' '.join(p.cmdline())[:120]}")
        except psutil.NoSuchProcess:
            pass
    return left


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.fixtures.pdfgen import invoice_specs, make_scan, register_fonts, render_invoice

    register_fonts()
    folder = tmp_path_factory.mktemp("scan")
    render_invoice(invoice_specs()[0], folder / "source.pdf")
    # A multi-page TIFF at 300 dpi: several seconds of tesseract, ample time to kill the bot mid-OCR.
    make_scan(folder / "source.pdf", folder / "skan-faktury.tiff", fmt="tiff", angle=0.6, seed=11, dpi=300)
    return folder / "skan-faktury.tiff"


async def test_kill_9_during_ocr_then_restart(tmp_path: Path, fake: FakeTelegram, scan: Path) -> None:
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    log = tmp_path / "bot.log"
    bot = start_bot(data_dir, fake.base_url, log)
    try:
        await wait_ready(fake, bot, log, 0)
        start = len(fake.sent)
        await fake.send_document(USER, scan.read_bytes(), scan.name, "image/tiff")
        await fake.wait_for(lambda s: s.chat_id == USER and "Czytam plik" in (s.text or ""), after=start, timeout=30)
        # Wait until tesseract runs under the bot (bot -> reading child -> tesseract).
        family: list[psutil.Process] = []
        for _ in range(600):
            family = descendants(bot.pid)
            if any("tesseract" in (p.name() or "") for p in family if p.is_running()):
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError(f"tesseract never started: {log.read_text()[-3000:]}")
        family = descendants(bot.pid)
        assert len(family) >= 3, [p.cmdline() for p in family]  # forkserver, FAQ worker, child, tesseract
        uploads = data_dir / "uploads"
        assert [p for p in uploads.rglob("*") if p.is_file()], "the upload copy exists while it is read"
        os.kill(bot.pid, signal.SIGKILL)
        bot.wait(timeout=10)
        deadline = time.monotonic() + 15
        while alive(family) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert alive(family) == [], "processes outlived the killed bot"

        calls = len(fake.calls)
        after_crash = len(fake.sent)
        bot = start_bot(data_dir, fake.base_url, log)
        await wait_ready(fake, bot, log, calls)
        told = await fake.wait_for(
            lambda s: s.chat_id == USER and s.method == "sendmessage", after=after_crash, timeout=30
        )
        assert scan.name in (told.text or "") and "Wyślij ten plik jeszcze raz" in (told.text or "")
        assert not [p for p in uploads.rglob("*") if p.is_file()], "an upload copy was left behind"
        assert not [p for p in (data_dir / "jobs-work").rglob("*") if p.is_file()]
        assert not list((tmp_path / "tmp").rglob("*.pgm")), "OCR temporary files were left behind"

        # The restarted bot works: the same scan is read to the end this time.
        start = len(fake.sent)
        await fake.send_document(USER, scan.read_bytes(), scan.name, "image/tiff")
        status = await fake.wait_for(
            lambda s: s.chat_id == USER and "Czytam plik" in (s.text or ""), after=start, timeout=30
        )
        final = await fake.wait_for(
            lambda s: (
                s.message_id == status.message_id and s.method == "editmessagetext" and "Czytam" not in (s.text or "")
            ),
            after=start,
            timeout=120,
        )
        assert "FV/" in (final.text or "") or "faktur" in (final.text or "").lower(), final.text
        assert "Error" not in (final.text or "")
    finally:
        family = descendants(bot.pid)
        if bot.poll() is None:
            bot.send_signal(signal.SIGTERM)
            try:
                bot.wait(timeout=40)
            except subprocess.TimeoutExpired:
                bot.kill()
                bot.wait()
        deadline = time.monotonic() + 10
        while alive(family) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
    assert alive(family) == [], "processes outlived the stopped bot"
    assert "Traceback" not in log.read_text(), log.read_text()[-3000:]
