"""`grantbot worker`: processes that read uploads (PDF, scans, OCR) from the job queue.

Production: run them on other machines against the same REDIS_URL, scaled independently of the
webhook processes, and start the bots with EMBEDDED_WORKER=false. Without REDIS_URL the queue is
the SQLite file DATA_DIR/jobs.sqlite3, so workers must share the bot's DATA_DIR (same machine).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="uruchom procesy czytające przesłane pliki (kolejka zadań)",
        description="Czyta pliki z kolejki zadań: każdy plik w osobnym procesie z limitem czasu i pamięci. "
        "Kolejka: Redis (REDIS_URL) albo plik SQLite w DATA_DIR.",
    )
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N", help="ile plików czytać naraz (domyślnie WORKERS, 2)"
    )
    parser.add_argument(
        "--max-memory",
        type=int,
        default=None,
        metavar="MB",
        help="limit pamięci procesu czytającego jeden plik w MB (domyślnie MAX_MEMORY_MB, 2048)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.config import install_secret_filter, load_settings
    from bot.jobs.queue import make_consumer, make_huey, sweep_work_dir

    overrides: dict[str, object] = {}
    if args.workers is not None:
        if not 1 <= args.workers <= 64:
            print("błąd: --workers: oczekiwano liczby od 1 do 64", file=sys.stderr)
            return 2
        overrides["WORKERS"] = args.workers
    if args.max_memory is not None:
        if args.max_memory < 0:
            print("błąd: --max-memory: oczekiwano liczby MB (0 = bez limitu)", file=sys.stderr)
            return 2
        overrides["MAX_MEMORY_MB"] = args.max_memory
    settings = load_settings(**overrides)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_secret_filter(settings)
    logging.getLogger("huey").setLevel(logging.WARNING)
    huey = make_huey(settings)
    sweep_work_dir(settings.data_dir / "jobs-work")
    consumer = make_consumer(huey, settings.workers, embedded=False)
    logging.getLogger("grantbot").info(
        "worker gotowy: %d naraz, limit pamięci %d MB, kolejka %s",
        settings.workers,
        settings.max_memory_mb,
        "Redis" if settings.redis_url else str(settings.data_dir / "jobs.sqlite3"),
    )
    consumer.run()  # until SIGTERM/SIGINT: huey finishes or interrupts running jobs
    return 0
