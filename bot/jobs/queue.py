"""Reading jobs on a durable queue (Huey): the dialogue's `DocumentReader` for the bot.

    bot process                                  worker (in the bot, or `grantbot worker` elsewhere)
    QueueReader.read(path, name)
      record (chat, file, upload copy) in SQL
      enqueue (file bytes inside the task) ──▶  Huey queue (SQLite file in DATA_DIR, or Redis)
      poll progress/result ◀───────────────────  read_upload: child per job (supervise.run_child)
      delete record, return document

Why the file travels inside the task: workers may run on other machines (same Redis), so they must
not need the bot's disk. Why a record beside the queue: Huey (like most queues without a broker
that redelivers) drops a task once a worker took it, and a dead bot cannot wait for a result; the
record says which user waited for which file, so a restarted bot tells them (`recover`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import html
import logging
import os
import shutil
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.jobs import reasons
from knowledge.errors import GrantbotError

if TYPE_CHECKING:
    from huey import Huey
    from huey.consumer import Consumer
    from sqlalchemy import Engine

    from bot.config import Settings

log = logging.getLogger("grantbot.jobs")

Progress = Callable[[int, int], Awaitable[None]]
TASK_NAME = "grantbot.read_upload"
QUEUE_NAME = "grantbot-jobs"

# Who is waiting (set per update by the bot's middleware): stored with the job for recovery.
current_chat: contextvars.ContextVar[tuple[int | None, int | None]] = contextvars.ContextVar(
    "grantbot_current_chat", default=(None, None)
)

RESTARTED = (
    "⚠️ Bot został ponownie uruchomiony (awaria lub aktualizacja) w trakcie czytania pliku „{name}” "
    "i nie dokończył go. Wyślij ten plik jeszcze raz – kopia nie została zachowana."
)


class JobError(GrantbotError):
    """A reading job failed; the message is Polish, for the user."""


@dataclass(frozen=True, slots=True)
class JobLimits:
    max_file_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    ocr_seconds_per_page: float = 30.0
    time_limit: float = 180.0
    max_memory_mb: int = 2048

    def extractor_limits(self) -> dict[str, Any]:
        return {
            "max_bytes": self.max_file_bytes,
            "max_file_bytes": self.max_file_bytes,
            "max_pages": self.max_pages,
            "ocr_seconds_per_page": self.ocr_seconds_per_page,
            "ocr_timeout": self.ocr_seconds_per_page,
        }


# -- the queue ----------------------------------------------------------------------------------


def make_huey(settings: Settings) -> Huey:
    """REDIS_URL: Redis (workers on other machines); otherwise a SQLite file in DATA_DIR.

    An unusable DATA_DIR or queue file is a `ConfigError` in Polish, not a traceback."""
    import sqlite3

    from bot.config import ConfigError

    try:
        return _make_huey(settings)
    except (OSError, sqlite3.Error) as exc:
        reason = (
            "brak uprawnień"
            if isinstance(exc, PermissionError)
            else (
                "plik kolejki jest uszkodzony lub zablokowany"
                if isinstance(exc, sqlite3.Error)
                else "błąd systemu plików"
            )
        )
        raise ConfigError(
            f"Nie mogę utworzyć kolejki zadań w {settings.data_dir / 'jobs.sqlite3'} ({reason}). "
            "Ustaw DATA_DIR na katalog, do którego bot może pisać."
        ) from None


def _make_huey(settings: Settings) -> Huey:
    if settings.redis_url:
        from huey import RedisHuey

        huey: Huey = RedisHuey(QUEUE_NAME, url=settings.redis_url, utc=True)
    else:
        from huey import SqliteHuey

        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # fsync off: the WAL keeps the file consistent after a crash; a task lost with the last
        # commit is a job whose bot died too, and its record in the main database reports it.
        huey = SqliteHuey(QUEUE_NAME, filename=str(settings.data_dir / "jobs.sqlite3"), utc=True, timeout=30)
    register_tasks(huey, work_dir=settings.data_dir / "jobs-work", max_memory_mb=settings.max_memory_mb)
    return huey


def _progress_key(job_id: str) -> str:
    return f"grantbot:progress:{job_id}"


def _cap(a: int, b: int) -> int:
    """The tighter of two memory limits (0 means none)."""
    return min(x for x in (a, b) if x > 0) if (a > 0 or b > 0) else 0


def register_tasks(huey: Huey, *, work_dir: Path, max_memory_mb: int = 0) -> None:
    """The reading task; `max_memory_mb` is this worker's own cap (MAX_MEMORY_MB, --max-memory)."""
    from bot.jobs.supervise import run_child

    def read_upload(job_id: str, name: str, data: bytes, limits: dict[str, Any]) -> tuple[str, Any]:
        """In a worker: write the bytes to a private folder, read them in a supervised child."""
        job = JobLimits(**limits)
        folder = work_dir / f"{os.getpid()}-{job_id}"
        huey.put(_progress_key(job_id), ("started", 0, 0))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / (Path(name).name or "plik")
            path.write_bytes(data)
            del data

            def progress(page: int, total: int) -> None:
                huey.put(_progress_key(job_id), ("progress", page, total))

            return run_child(
                path,
                job.extractor_limits(),
                time_limit=job.time_limit,
                max_memory_mb=_cap(job.max_memory_mb, max_memory_mb),
                progress=progress,
            )
        except OSError as exc:
            return "error", reasons.polish_reason(exc)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    huey.grantbot_read = huey.task(name=TASK_NAME)(read_upload)


def sweep_work_dir(work_dir: Path) -> int:
    """Remove copies left by workers that died (folder names start with the worker's pid)."""
    removed = 0
    if not work_dir.is_dir():
        return 0
    for folder in work_dir.iterdir():
        pid = folder.name.split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def make_consumer(huey: Huey, workers: int, *, embedded: bool) -> Consumer:
    from huey.consumer import Consumer

    class QuietConsumer(Consumer):  # type: ignore[misc]
        """Inside the bot: the event loop owns the signals; huey must not take them over."""

        def _set_signal_handlers(self) -> None:
            return None

    cls = QuietConsumer if embedded else Consumer
    # A short maximal poll delay: an idle SQLite queue is polled at most every 0.5 s per worker.
    return cls(
        huey,
        workers=workers,
        worker_type="thread",
        periodic=False,
        initial_delay=0.05,
        backoff=1.3,
        max_delay=0.5,
        check_worker_health=True,
    )


# -- the bot side -------------------------------------------------------------------------------


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is dead for our purposes.
    with contextlib.suppress(OSError):
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return status != "Z"
    return True


_INSTANCE = uuid.uuid4().hex[:12]


def owner_host() -> str:
    return f"{socket.gethostname()}#{_INSTANCE}"


class QueueReader:
    """`DocumentReader` over the queue; also what the bot shuts down (`shutdown`, `active`)."""

    def __init__(
        self,
        huey: Huey,
        engine: Engine,
        limits: JobLimits | None = None,
        *,
        consumer: Consumer | None = None,
        queue_wait: float = 600.0,
        poll: float = 0.1,
    ) -> None:
        from storage import jobs

        self.huey = huey
        self.engine = engine
        self.limits = limits or JobLimits()
        self.consumer = consumer
        self.queue_wait = queue_wait
        self.poll = poll
        self._active: set[asyncio.Task[Any]] = set()
        self._closed = False
        self._started = False
        # Queue I/O (enqueue, polling) on its own threads: many waiting uploads must never hold up
        # the default executor, which serves conversation state and the message log.
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="grantbot-queue")
        jobs.ensure_tables(engine)

    async def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._io, fn, *args)

    @property
    def active(self) -> int:
        return len(self._active)

    def start(self) -> None:
        """Start the in-process consumer (embedded mode), once."""
        if self.consumer is not None and not self._started:
            self._started = True
            self.consumer.start()

    async def read(self, path: Path, name: str, progress: Progress | None = None) -> Any:
        if self._closed:
            raise JobError(reasons.SHUTDOWN)
        task = asyncio.current_task()
        if task is not None:
            self._active.add(task)
        try:
            return await self._read(path, name, progress)
        finally:
            if task is not None:
                self._active.discard(task)

    async def _read(self, path: Path, name: str, progress: Progress | None) -> Any:
        from storage import jobs

        job_id = uuid.uuid4().hex
        chat_id, user_id = current_chat.get()
        record = jobs.JobRecord(job_id, chat_id, user_id, name, str(path), owner_host(), os.getpid(), datetime.now(UTC))
        await self._call(jobs.add, self.engine, record)
        try:
            data = await asyncio.to_thread(path.read_bytes)
            try:
                await self._call(self._enqueue, job_id, name, data)
            except Exception as exc:
                log.error("kolejka zadań niedostępna: %s", type(exc).__name__)
                raise JobError(reasons.QUEUE_DOWN.format(why="brak połączenia z kolejką")) from None
            del data
            return await self._wait(job_id, progress)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await self._call(self.huey.revoke_by_id, job_id)
            raise
        finally:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._call(self._forget, job_id))

    def _enqueue(self, job_id: str, name: str, data: bytes) -> None:
        task = self.huey.grantbot_read.s(job_id, name, data, asdict(self.limits))
        task.id = job_id  # the job id is the task id: recovery revokes it by the record's id
        self.huey.enqueue(task)

    def _forget(self, job_id: str) -> None:
        from storage import jobs

        jobs.remove(self.engine, job_id)
        self.huey.delete(_progress_key(job_id))

    async def _wait(self, job_id: str, progress: Progress | None) -> Any:
        loop = asyncio.get_running_loop()
        queued_at = loop.time()
        started_at: float | None = None
        last: tuple[int, int] | None = None
        delay = self.poll / 2
        while True:
            state = await self._call(self._peek, job_id)
            result, seen = state
            if result is not None:
                if not (isinstance(result, tuple) and len(result) == 2):  # the task itself failed
                    raise JobError(reasons.LOST)
                kind, value = result
                if kind == "ok":
                    return value
                raise JobError(value)
            now = loop.time()
            if seen is not None:
                if started_at is None:
                    started_at = now
                if seen[0] == "progress" and progress is not None and (seen[1], seen[2]) != last:
                    last = (seen[1], seen[2])
                    with contextlib.suppress(Exception):
                        await progress(seen[1], seen[2])
            if started_at is None and now - queued_at > self.queue_wait:
                await self._call(self.huey.revoke_by_id, job_id)
                raise JobError(reasons.QUEUE_FULL.format(seconds=int(self.queue_wait)))
            if started_at is not None and now - started_at > self.limits.time_limit + 30:
                # The child is killed at the time limit; silence past it means the worker died.
                raise JobError(reasons.LOST)
            await asyncio.sleep(delay)
            # Running: about four looks a second (progress); queued behind others: one a second.
            delay = min(delay * 1.5, self.poll * 2.5 if started_at is not None else 1.0)

    def _peek(self, job_id: str) -> tuple[Any, Any]:
        result = self.huey.get(job_id)  # pops the result when there is one (None: not yet)
        seen = self.huey.get(_progress_key(job_id), peek=True)
        return result, seen

    async def shutdown(self, grace: float = 10.0) -> int:
        """Refuse new jobs, let running ones finish for `grace` seconds, then abandon the rest."""
        self._closed = True
        pending = {t for t in self._active if not t.done()}
        still: set[asyncio.Task[Any]] = set()
        if pending:
            _done, still = await asyncio.wait(pending, timeout=grace)
            for task in still:
                task.cancel()
            if still:
                await asyncio.wait(still, timeout=5)
        if self.consumer is not None and self._started:
            consumer = self.consumer
            await asyncio.to_thread(consumer.stop, False)
        self._io.shutdown(wait=False)
        return len(still)

    async def recover(
        self,
        notify: Callable[[int, str], Awaitable[None]],
        *,
        uploads_dir: Path | None,
        keep_uploads: bool,
        sweep_all_uploads: bool,
    ) -> int:
        """After a crash: tell each user whose file was being read, and remove the upload copies.

        Returns how many jobs were recovered. `sweep_all_uploads` (a single bot on this disk) also
        removes upload folders without any record (the bot died between download and queueing)."""
        from storage import jobs

        stale = timedelta(seconds=self.limits.time_limit + self.queue_wait + 60)
        host = owner_host().split("#", 1)[0]

        def dead(record: jobs.JobRecord) -> bool:
            same_host, _, instance = record.owner_host.partition("#")
            if same_host != host or instance == _INSTANCE:
                return False
            return record.owner_pid == os.getpid() or not pid_alive(record.owner_pid)

        records = await asyncio.to_thread(jobs.all_records, self.engine)
        now = datetime.now(UTC)
        lost = [
            r for r in records if dead(r) or (r.owner_host.partition("#")[0] != host and now - r.created_at > stale)
        ]
        live_paths = {r.upload_path for r in records if r not in lost}
        for record in lost:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.huey.revoke_by_id, record.id)
                await asyncio.to_thread(self.huey.get, record.id)  # drop a result nobody will read
                await asyncio.to_thread(self.huey.delete, _progress_key(record.id))
            if record.upload_path and not keep_uploads:
                _remove_upload(Path(record.upload_path))
            if record.chat_id is not None:
                try:
                    await notify(record.chat_id, RESTARTED.format(name=html.escape(record.file_name, quote=False)))
                except Exception:
                    log.warning("nie udało się powiadomić czatu o przerwanym pliku")
            await asyncio.to_thread(jobs.remove, self.engine, record.id)
        if uploads_dir is not None and not keep_uploads and uploads_dir.is_dir():
            cutoff = time.time() - (0 if sweep_all_uploads else stale.total_seconds())
            for folder in uploads_dir.glob("*/upload-*"):
                if any(p and Path(p).parent == folder for p in live_paths):
                    continue
                with contextlib.suppress(OSError):
                    if folder.stat().st_mtime < cutoff:
                        shutil.rmtree(folder, ignore_errors=True)
        if lost:
            log.warning("po restarcie: %d przerwanych plików, użytkownicy powiadomieni", len(lost))
        return len(lost)


def _remove_upload(path: Path) -> None:
    path.unlink(missing_ok=True)
    if path.parent.name.startswith("upload-"):
        shutil.rmtree(path.parent, ignore_errors=True)


def build_reader(settings: Settings, engine: Engine, *, embedded: bool | None = None) -> QueueReader:
    """The bot's reader: the queue, and (embedded mode) an in-process consumer with WORKERS threads."""
    huey = make_huey(settings)
    limits = JobLimits(
        settings.max_file_bytes,
        settings.max_pages,
        settings.ocr_seconds_per_page,
        settings.job_time_limit,
        settings.max_memory_mb,
    )
    embedded = settings.embedded_worker if embedded is None else embedded
    consumer = make_consumer(huey, settings.workers, embedded=True) if embedded else None
    if embedded:
        sweep_work_dir(settings.data_dir / "jobs-work")
    return QueueReader(huey, engine, limits, consumer=consumer, queue_wait=settings.queue_wait)
