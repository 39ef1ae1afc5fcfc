"""Long work (PDF reading, OCR) off the event loop: one child process per job, at most `workers`
at a time, killed when it exceeds its time limit; progress comes back over a pipe.

Why not ProcessPoolExecutor: a pool cannot stop a running task, so a scan that makes tesseract
hang would hold a worker for good. A child per job costs a few milliseconds from the forkserver
(extractors preloaded), nothing next to OCR, and can be killed cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.connection
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.errors import GrantbotError

Progress = Callable[[int, int], Awaitable[None]]


class JobError(GrantbotError):
    """A long job failed; the message is for the user."""


class JobTimeout(JobError):
    pass


class JobsClosed(JobError):
    pass


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    ocr_seconds_per_page: float = 30.0


def _entry(conn: multiprocessing.connection.Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    def progress(page: int, total: int) -> None:
        with contextlib.suppress(Exception):
            conn.send(("progress", int(page), int(total)))

    try:
        result = fn(*args, progress=progress)
        conn.send(("ok", result))
    except GrantbotError as exc:
        conn.send(("error", str(exc)))
    except MemoryError:
        conn.send(("error", "Plik wymaga zbyt dużo pamięci, by go odczytać."))
    except BaseException as exc:
        conn.send(("crash", type(exc).__name__))
    finally:
        conn.close()


class JobRunner:
    def __init__(
        self,
        *,
        workers: int = 2,
        time_limit: float = 180.0,
        method: str = "forkserver",
        preload: tuple[str, ...] = ("bot.dialogue.jobs", "extractors.read"),
    ) -> None:
        self.workers = workers
        self.time_limit = time_limit
        self._ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            self._ctx.set_forkserver_preload(list(preload))
        self._semaphore: asyncio.Semaphore | None = None
        self._active: set[asyncio.Task[Any]] = set()
        self._closed = False

    @property
    def active(self) -> int:
        return len(self._active)

    async def run(
        self, fn: Callable[..., Any], *args: Any, progress: Progress | None = None, time_limit: float | None = None
    ) -> Any:
        if self._closed:
            raise JobsClosed("Bot właśnie się wyłącza – wyślij plik ponownie za chwilę.")
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.workers)
        task = asyncio.current_task()
        if task is not None:
            self._active.add(task)
        try:
            async with self._semaphore:
                return await self._run_child(fn, args, progress, time_limit or self.time_limit)
        finally:
            if task is not None:
                self._active.discard(task)

    async def _run_child(
        self, fn: Callable[..., Any], args: tuple[Any, ...], progress: Progress | None, time_limit: float
    ) -> Any:
        loop = asyncio.get_running_loop()
        receiver, sender = self._ctx.Pipe(duplex=False)
        context: Any = self._ctx  # typeshed's BaseContext lacks Process; every concrete context has it
        process = context.Process(target=_entry, args=(sender, fn, args), daemon=True)
        await loop.run_in_executor(None, process.start)
        sender.close()
        deadline = loop.time() + time_limit
        try:
            ended = False
            while True:
                while not ended and receiver.poll():
                    try:
                        message = receiver.recv()
                    except EOFError:  # the child is gone without a word (killed, out of memory)
                        ended = True
                        break
                    if message[0] == "progress":
                        if progress is not None:
                            with contextlib.suppress(Exception):
                                await progress(message[1], message[2])
                        continue
                    if message[0] == "ok":
                        return message[1]
                    if message[0] == "error":
                        raise JobError(message[1])
                    raise JobError(
                        f"Nie udało się przetworzyć pliku (błąd wewnętrzny: {message[1]}). Spróbuj innego pliku."
                    )
                if ended or (not process.is_alive() and not receiver.poll()):
                    raise JobError(
                        "Przetwarzanie pliku zostało przerwane (zabrakło pamięci lub zasobów). "
                        "Spróbuj mniejszego pliku."
                    )
                if loop.time() > deadline:
                    raise JobTimeout(
                        f"Przetwarzanie pliku trwało dłużej niż {int(time_limit)} s i zostało przerwane. "
                        "Wyślij mniejszy plik albo lepszy skan (lub plik PDF z warstwą tekstową)."
                    )
                await asyncio.sleep(0.01)
        finally:
            if process.is_alive():
                process.kill()
            await loop.run_in_executor(None, process.join, 5)
            receiver.close()
            with contextlib.suppress(Exception):
                process.close()

    async def shutdown(self, grace: float = 10.0) -> int:
        """Refuse new jobs, let running ones finish for `grace` seconds, then stop the rest.

        Returns how many were abandoned (their users get a 'send it again' message)."""
        self._closed = True
        pending = {t for t in self._active if not t.done()}
        if not pending:
            return 0
        _done, still = await asyncio.wait(pending, timeout=grace)
        for task in still:
            task.cancel()
        if still:
            # Let the cancelled handlers tell their users before the connection closes.
            await asyncio.wait(still, timeout=5)
        return len(still)


def extract_file(path: str, limits: Limits, *, progress: Callable[[int, int], None]) -> Any:
    """Runs in the child: the extractor on one file."""
    from extractors.limits import Limits as ExtractorLimits
    from extractors.read import read_document

    wanted: dict[str, Any] = {
        "max_bytes": limits.max_file_bytes,
        "max_file_bytes": limits.max_file_bytes,
        "max_pages": limits.max_pages,
        "ocr_seconds_per_page": limits.ocr_seconds_per_page,
        "ocr_timeout": limits.ocr_seconds_per_page,
    }
    import dataclasses

    names = (
        {f.name for f in dataclasses.fields(ExtractorLimits)} if dataclasses.is_dataclass(ExtractorLimits) else set()
    )
    extractor_limits = ExtractorLimits(**{k: v for k, v in wanted.items() if k in names})
    return read_document(Path(path), limits=extractor_limits, progress=progress)


class PoolReader:
    """DocumentReader over a JobRunner."""

    def __init__(self, runner: JobRunner, limits: Limits | None = None) -> None:
        self.runner = runner
        self.limits = limits or Limits()

    async def read(self, path: Path, name: str, progress: Progress | None = None) -> Any:
        return await self.runner.run(extract_file, str(path), self.limits, progress=progress)
