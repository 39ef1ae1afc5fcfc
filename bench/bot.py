"""Benchmark: 50 concurrent users asking FAQ questions through the whole aiogram stack.

The bot runs as its own process (`python -m bot`, polling, SQLite file database, as `make run`
would start it) against the fake Bot API on 127.0.0.1; this process plays the users. Each user
asks a question, waits for the answer, asks the next (closed loop). Reported: messages per second,
reply latency (median, p95, from the update being offered to the bot until its sendMessage
arrives), and the bot process's resident memory (current and peak). A closed loop saturates the
bot, so its latency is mostly queueing (Little's law: 50 users / throughput); the paced runs then
offer a fixed rate (50, 100, 150, 200 messages/s in total) and report the latency users see at that
load. Writes bench/results/bot.json.

    .venv/bin/python bench/bot.py [--users 50] [--per-user 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.telegram_server import FakeTelegram  # noqa: E402

TOKEN = "123456:BENCH-token"
PACED_RATES = (50, 100, 150, 200)  # messages per second offered by all users together
TARGETS = {"faq_messages_per_second": 200, "p95_ms": 100, "rss_mb": 500}


def questions() -> list[str]:
    from knowledge.faq_loader import load_directory

    entries = load_directory()
    pool = [q for e in entries for q in (e.question, *e.paraphrases)]
    random.Random(7).shuffle(pool)
    return pool


def rss_mb(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def child_pids(pid: int) -> list[int]:
    """All descendants (FAQ workers are children of the forkserver, a child of the bot)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found.append(int(child))
            found.extend(child_pids(int(child)))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (and its children), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(v) for v in fields[11:15]) / ticks


async def user(fake: FakeTelegram, uid: int, asks: list[str], latencies: list[float], period: float = 0.0) -> int:
    """Ask one question after another; with `period`, at most one question per `period` seconds."""
    answered = 0
    next_at = time.perf_counter() + random.random() * period
    for text in asks:
        if period:
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
            next_at += period
        start = len(fake.sent)
        sent_at = time.perf_counter()
        await fake.send_text(uid, text)
        reply = await fake.wait_for(
            lambda s, uid=uid: s.chat_id == uid and s.method == "sendmessage", after=start, timeout=60
        )
        latencies.append(reply.at - sent_at)
        answered += 1
    return answered


async def main(users: int, per_user: int) -> dict[str, object]:
    fake = FakeTelegram(TOKEN)
    await fake.start()
    data_dir = Path(tempfile.mkdtemp(prefix="grantbot-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "WEBHOOK_URL")}
    env.update(
        {"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.base_url, "DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    )
    log = (data_dir / "bot.log").open("w")
    loaded_at = time.perf_counter()
    bot = subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=data_dir, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not fake.commands:  # setMyCommands runs at start-up, once everything is loaded
            if bot.poll() is not None:
                raise SystemExit(f"bot exited: {(data_dir / 'bot.log').read_text()[-2000:]}")
            await asyncio.sleep(0.05)
        startup = time.perf_counter() - loaded_at
        pool = questions()
        # Warm-up: every code path and cache touched once before measuring.
        await asyncio.gather(*(user(fake, 10_000 + u, pool[u : u + 2], []) for u in range(users)))
        latencies: list[float] = []
        plan = {u: [pool[(u * per_user + k) % len(pool)] for k in range(per_user)] for u in range(users)}
        began = time.perf_counter()
        bot_cpu_before = cpu_seconds(bot.pid)
        helpers_before = {pid: cpu_seconds(pid) for pid in child_pids(bot.pid)}
        own_cpu_before = time.process_time()
        answered = await asyncio.gather(*(user(fake, 20_000 + u, plan[u], latencies) for u in range(users)))
        elapsed = time.perf_counter() - began
        bot_cpu = cpu_seconds(bot.pid) - bot_cpu_before
        helpers_cpu = sum(cpu_seconds(pid) - helpers_before.get(pid, 0.0) for pid in child_pids(bot.pid))
        own_cpu = time.process_time() - own_cpu_before
        rss, peak = rss_mb(bot.pid)
        children = [rss_mb(pid) for pid in child_pids(bot.pid)]
        paced = {}
        for rate in PACED_RATES:
            lat: list[float] = []
            period = users / rate
            count = max(3, int(rate * 5 / users))  # about five seconds at this rate
            await asyncio.gather(
                *(user(fake, 30_000 + rate * 100 + u, pool[u : u + count], lat, period) for u in range(users))
            )
            lat.sort()
            paced[str(rate)] = {
                "median_ms": round(statistics.median(lat) * 1000, 1),
                "p95_ms": round(lat[int(len(lat) * 0.95) - 1] * 1000, 1),
            }
    finally:
        bot.terminate()
        bot.wait(timeout=30)
        log.close()
        await fake.stop()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    return {
        "users": users,
        "messages": sum(answered),
        "seconds": round(elapsed, 3),
        "faq_messages_per_second": round(sum(answered) / elapsed, 1),
        "latency_median_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(p95 * 1000, 1),
        "latency_max_ms": round(latencies[-1] * 1000, 1),
        "rss_mb": round(rss, 1),
        "rss_peak_mb": round(peak, 1),
        "worker_rss_mb": [round(c[0], 1) for c in children],
        "paced_latency": paced,
        "startup_seconds": round(startup, 2),
        "bot_cpu_ms_per_message": round(bot_cpu / sum(answered) * 1000, 2),
        "helpers_cpu_ms_per_message": round(helpers_cpu / sum(answered) * 1000, 2),
        "harness_cpu_ms_per_message": round(own_cpu / sum(answered) * 1000, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "targets": TARGETS,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--per-user", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3, help="runs; the median run is reported")
    args = parser.parse_args()
    runs = [asyncio.run(main(args.users, args.per_user)) for _ in range(args.runs)]
    runs.sort(key=lambda r: r["faq_messages_per_second"])  # type: ignore[arg-type,return-value]
    result = dict(runs[len(runs) // 2])
    result["runs"] = [{k: r[k] for k in ("faq_messages_per_second", "p95_ms", "rss_peak_mb")} for r in runs]
    out = ROOT / "bench" / "results" / "bot.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{result['users']} użytkowników, {result['messages']} pytań FAQ (mediana z {len(runs)} przebiegów)")
    print(f"  przepustowość: {result['faq_messages_per_second']} wiad./s (cel ≥ {TARGETS['faq_messages_per_second']})")
    print(
        f"  czas odpowiedzi: mediana {result['latency_median_ms']} ms, p95 {result['p95_ms']} ms "
        f"(cel < {TARGETS['p95_ms']} ms)"
    )
    print(
        f"  pamięć procesu bota: {result['rss_mb']} MB, szczyt {result['rss_peak_mb']} MB "
        f"(cel < {TARGETS['rss_mb']} MB); procesy pomocnicze: {result['worker_rss_mb']} MB; "
        f"start {result['startup_seconds']} s"
    )
    for rate, figures in result["paced_latency"].items():  # type: ignore[attr-defined]
        print(f"  przy {rate} wiad./s: mediana {figures['median_ms']} ms, p95 {figures['p95_ms']} ms")
    print(
        f"  CPU na wiadomość: bot {result['bot_cpu_ms_per_message']} ms + procesy FAQ "
        f"{result['helpers_cpu_ms_per_message']} ms, symulator użytkowników i API "
        f"{result['harness_cpu_ms_per_message']} ms; obciążenie maszyny {result['load_average_1min']}"
    )
    print(f"  zapisano {out.relative_to(ROOT)}")
