"""Benchmark of reading jobs on the queue (issue 14): FAQ latency while OCR runs, lost messages,
memory, a kill -9 round, and a scale-out run (webhook process + 2 `grantbot worker` processes).

Every bot and worker is a real process against the fake Bot API on 127.0.0.1; this process plays
the users. FAQ users ask one question every `--period` seconds; one user in twenty uploads a
text PDF and a scan (OCR) meanwhile. Reported per run: lost messages (questions without an answer,
uploads without a result), FAQ reply latency p50/p95, upload latency, peak resident memory of the
bot and of all its helper processes. The kill -9 round kills the bot while scans are being read and
restarts it: an upload is lost when its user got neither the result nor a message naming the file.
Writes bench/results/jobs.json.

    .venv/bin/python bench/jobs.py [--users 50 200] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from tests.fakes.telegram_server import FakeTelegram  # noqa: E402

TOKEN = "123456:BENCH-token"
TARGETS = {"lost_uploads": 0, "faq_p95_ms_at_200_users": 300}


def documents(folder: Path) -> dict[str, bytes]:
    from tests.fixtures.pdfgen import invoice_specs, make_scan, register_fonts, render_invoice

    register_fonts()
    render_invoice(invoice_specs()[0], folder / "faktura.pdf")
    short = next(spec for spec in invoice_specs() if spec.name == "fv_classic_short")
    render_invoice(short, folder / "short.pdf")
    make_scan(folder / "short.pdf", folder / "skan.jpg", fmt="jpg", angle=0.4, seed=3, dpi=200)
    return {"faktura.pdf": (folder / "faktura.pdf").read_bytes(), "skan.jpg": (folder / "skan.jpg").read_bytes()}


def questions() -> list[str]:
    from knowledge.faq_loader import load_directory

    pool = [q for e in load_directory() for q in (e.question, *e.paraphrases)]
    random.Random(7).shuffle(pool)
    return pool


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Processes:
    """Bot and worker processes of one run, with their memory sampled every half second."""

    def __init__(self, data_dir: Path, fake: FakeTelegram) -> None:
        self.data_dir = data_dir
        self.fake = fake
        self.log = (data_dir / "processes.log").open("ab")
        self.procs: list[subprocess.Popen[bytes]] = []
        self.peak: dict[str, float] = {"bot_mb": 0.0, "total_mb": 0.0}
        self._sampler: asyncio.Task[None] | None = None

    def env(self, **over: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "WEBHOOK_URL")}
        env.update(
            {
                "BOT_TOKEN": TOKEN,
                "TELEGRAM_API_URL": self.fake.base_url,
                "DATA_DIR": str(self.data_dir),
                "PYTHONPATH": str(ROOT),
                "TMPDIR": str(self.data_dir),
            }
        )
        env.update(over)
        return env

    def start(self, args: list[str], **env: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *args],
            env=self.env(**env),
            cwd=self.data_dir,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.procs.append(process)
        return process

    async def sample(self) -> None:
        while True:
            total = 0.0
            for index, process in enumerate(self.procs):
                if process.poll() is not None:
                    continue
                try:
                    root = psutil.Process(process.pid)
                    own = root.memory_info().rss / 1048576
                    family = own + sum(c.memory_info().rss for c in root.children(recursive=True)) / 1048576
                except psutil.NoSuchProcess:
                    continue
                if index == 0:
                    self.peak["bot_mb"] = max(self.peak["bot_mb"], own)
                total += family
            self.peak["total_mb"] = max(self.peak["total_mb"], total)
            await asyncio.sleep(0.5)

    def __enter__(self) -> Processes:
        self._sampler = asyncio.get_event_loop().create_task(self.sample())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._sampler is not None:
            self._sampler.cancel()
        for process in self.procs:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.procs:
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.log.close()


async def wait_ready(
    fake: FakeTelegram, process: subprocess.Popen[bytes], calls_before: int, method: str = "setmycommands"
) -> None:
    while not any(name == method for name, _ in fake.calls[calls_before:]):
        if process.poll() is not None:
            raise SystemExit("bot exited during start-up (see processes.log in the data directory)")
        await asyncio.sleep(0.05)


async def faq_user(fake: FakeTelegram, uid: int, asks: list[str], period: float, latencies: list[float]) -> int:
    lost = 0
    next_at = time.perf_counter() + random.random() * period
    for text in asks:
        await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        next_at += period
        start = len(fake.sent)
        sent_at = time.perf_counter()
        await fake.send_text(uid, text)
        try:
            reply = await fake.wait_for(
                lambda s, uid=uid: s.chat_id == uid and s.method == "sendmessage", after=start, timeout=60
            )
        except AssertionError:
            lost += 1
            continue
        latencies.append(reply.at - sent_at)
    return lost


async def upload_user(fake: FakeTelegram, uid: int, files: dict[str, bytes], latencies: list[float]) -> int:
    lost = 0
    for name, content in files.items():
        start = len(fake.sent)
        sent_at = time.perf_counter()
        await fake.send_document(uid, content, name, "application/pdf" if name.endswith(".pdf") else "image/jpeg")
        try:
            status = await fake.wait_for(
                lambda s, uid=uid: s.chat_id == uid and "Czytam plik" in (s.text or ""), after=start, timeout=60
            )
            await fake.wait_for(
                lambda s, mid=status.message_id: (
                    s.message_id == mid and s.method == "editmessagetext" and "Czytam" not in (s.text or "")
                ),
                after=start,
                timeout=600,
            )
        except AssertionError:
            lost += 1
            continue
        latencies.append(time.perf_counter() - sent_at)
    return lost


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(len(values) * q))] * 1000, 1)


async def load_run(
    users: int, seconds: float, period: float, files: dict[str, bytes], *, scale_out: bool, share: int = 20
) -> dict[str, object]:
    fake = FakeTelegram(TOKEN)
    await fake.start()
    data_dir = Path(tempfile.mkdtemp(prefix="grantbot-bench-jobs-"))
    try:
        with Processes(data_dir, fake) as procs:
            if scale_out:
                port = free_port()
                bot = procs.start(
                    ["run"],
                    WEBHOOK_URL="https://bot.example.gov.pl/hook/tg",
                    WEBHOOK_PORT=str(port),
                    EMBEDDED_WORKER="false",
                )
                fake.webhook_targets = [f"http://127.0.0.1:{port}/hook/tg"]
                await wait_ready(fake, bot, 0, "setwebhook")
                for _ in range(2):
                    procs.start(["worker", "--workers", "1"])
                await asyncio.sleep(3)  # workers import the extractors
            else:
                bot = procs.start(["run"])
                await wait_ready(fake, bot, 0)
            pool = questions()
            faq_latency: list[float] = []
            upload_latency: list[float] = []
            uploaders = 0 if share == 0 else max(2, users // share)
            per_user = max(1, int(seconds / period))
            began = time.perf_counter()
            results = await asyncio.gather(
                *(
                    faq_user(
                        fake,
                        1000 + u,
                        [pool[(u * per_user + k) % len(pool)] for k in range(per_user)],
                        period,
                        faq_latency,
                    )
                    for u in range(users - uploaders)
                ),
                *(upload_user(fake, 5000 + u, files, upload_latency) for u in range(uploaders)),
            )
            elapsed = time.perf_counter() - began
            faq_lost = sum(results[: users - uploaders])
            uploads_lost = sum(results[users - uploaders :])
            peak = dict(procs.peak)
    finally:
        await fake.stop()
    return {
        "users": users,
        "scale_out": scale_out,
        "seconds": round(elapsed, 1),
        "faq_messages": len(faq_latency) + faq_lost,
        "faq_lost": faq_lost,
        "uploads": uploaders * len(files),
        "uploads_lost": uploads_lost,
        "faq_p50_ms": pct(faq_latency, 0.5),
        "faq_p95_ms": pct(faq_latency, 0.95),
        "upload_p50_ms": pct(upload_latency, 0.5),
        "upload_p95_ms": pct(upload_latency, 0.95),
        "rss_peak_bot_mb": round(peak["bot_mb"], 1),
        "rss_peak_all_processes_mb": round(peak["total_mb"], 1),
    }


async def crash_run(files: dict[str, bytes], uploads: int = 4) -> dict[str, object]:
    """kill -9 while scans are read, restart: each upload must end in its result or a message naming it."""
    fake = FakeTelegram(TOKEN)
    await fake.start()
    data_dir = Path(tempfile.mkdtemp(prefix="grantbot-bench-crash-"))
    scan = files["skan.jpg"]
    try:
        with Processes(data_dir, fake) as procs:
            bot = procs.start(["run"])
            await wait_ready(fake, bot, 0)
            start = len(fake.sent)
            names = [f"skan-{k}.jpg" for k in range(uploads)]
            for k, name in enumerate(names):
                await fake.send_document(7000 + k, scan, name, "image/jpeg")
            for k in range(uploads):
                await fake.wait_for(
                    lambda s, k=k: s.chat_id == 7000 + k and "Czytam plik" in (s.text or ""), after=start, timeout=60
                )
            await asyncio.sleep(1.0)  # OCR under way
            os.kill(bot.pid, signal.SIGKILL)
            bot.wait()
            killed_at = time.perf_counter()
            calls = len(fake.calls)
            bot = procs.start(["run"])
            await wait_ready(fake, bot, calls)
            restart = time.perf_counter() - killed_at
            await asyncio.sleep(3)
            lost = 0
            for k, name in enumerate(names):
                texts = [s.text or "" for s in fake.sent[start:] if s.chat_id == 7000 + k]
                told = any(name in t and "jeszcze raz" in t for t in texts)
                read = any("FV/" in t for t in texts)
                lost += not (told or read)
            leftovers = [str(p) for p in (data_dir / "uploads").rglob("*") if p.is_file()]
    finally:
        await fake.stop()
    return {
        "uploads_in_flight": uploads,
        "uploads_lost": lost,
        "restart_seconds": round(restart, 1),
        "upload_copies_left": len(leftovers),
    }


async def main(user_counts: list[int], seconds: float, period: float, parts: set[str], share: int) -> dict[str, object]:
    files = documents(Path(tempfile.mkdtemp(prefix="grantbot-bench-docs-")))
    runs = (
        [await load_run(users, seconds, period, files, scale_out=False, share=share) for users in user_counts]
        if "load" in parts
        else []
    )
    scale = (
        await load_run(max(user_counts), seconds, period, files, scale_out=True, share=share)
        if "scale" in parts
        else None
    )
    crash = await crash_run(files) if "crash" in parts else None
    return {
        "runs": runs,
        "scale_out": scale,
        "crash": crash,
        "period_s": period,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "targets": TARGETS,
    }


def show(run: dict[str, object]) -> str:
    return (
        f"{run['users']} użytkowników{' (webhook + 2 workery)' if run['scale_out'] else ''}: "
        f"FAQ {run['faq_messages']} pytań, zgubione {run['faq_lost']}, p50 {run['faq_p50_ms']} ms, "
        f"p95 {run['faq_p95_ms']} ms; pliki {run['uploads']}, zgubione {run['uploads_lost']}, "
        f"p50 {run['upload_p50_ms']} ms, p95 {run['upload_p95_ms']} ms; pamięć: bot {run['rss_peak_bot_mb']} MB, "
        f"wszystkie procesy {run['rss_peak_all_processes_mb']} MB"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--seconds", type=float, default=20.0, help="how long FAQ users keep asking")
    parser.add_argument("--period", type=float, default=4.0, help="seconds between one user's questions")
    parser.add_argument(
        "--upload-share",
        type=int,
        default=20,
        help="one user in N uploads a PDF and a scan (0: FAQ only, for a baseline)",
    )
    parser.add_argument("--parts", default="load,scale,crash", help="which runs (comma-separated)")
    args = parser.parse_args()
    result = asyncio.run(main(args.users, args.seconds, args.period, set(args.parts.split(",")), args.upload_share))
    out = ROOT / "bench" / "results" / "jobs.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    for run in result["runs"]:  # type: ignore[attr-defined]
        print(show(run))
    if result["scale_out"]:
        print(show(result["scale_out"]))  # type: ignore[arg-type]
    crash = result["crash"]
    if crash:
        print(
            f"kill -9 w trakcie OCR: {crash['uploads_in_flight']} plików w toku, zgubione {crash['uploads_lost']}, "  # type: ignore[index]
            f"restart {crash['restart_seconds']} s, pozostawione kopie {crash['upload_copies_left']}"
        )  # type: ignore[index]
    print(
        f"obciążenie maszyny {result['load_average_1min']} (rdzenie: {result['cpus']}); zapisano "
        f"{out.relative_to(ROOT)}"
    )
