"""FAQ answers from worker processes, so that on a multi-core machine the event loop (Telegram I/O,
sessions, database) and answer ranking run in parallel. The engine is loaded once per worker."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

_engine: Any = None


def _init() -> None:
    global _engine
    from bot.commands.ask import user_cache_dir
    from knowledge.faq_engine import FaqEngine

    _engine = FaqEngine.from_directory(cache_dir=user_cache_dir())


def _ask(question: str, programme: str | None) -> Any:
    return _engine.ask(question, programme)


class EntryIndex:
    """What the dialogue needs in-process when ranking runs elsewhere: entries by id."""

    def __init__(self) -> None:
        from knowledge.faq_loader import load_directory

        self.by_id = {entry.id: entry for entry in load_directory()}

    def ask(self, question: str, programme: str | None = None) -> Any:
        raise RuntimeError("answers come from FaqPool")


class FaqPool:
    def __init__(self, workers: int = 1, cache_size: int = 4096) -> None:
        self.workers = workers
        self._executor = self._start()
        self._cache: OrderedDict[tuple[str, str | None], Any] = OrderedDict()
        self._cache_size = cache_size

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init)

    async def warm(self) -> None:
        """Load the engine in every worker before the first user waits for it."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(loop.run_in_executor(self._executor, _ask, "program", None) for _ in range(self.workers))
        )

    async def ask(self, question: str, programme: str | None = None) -> Any:
        key = (question, programme)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        loop = asyncio.get_running_loop()
        try:
            answer = await loop.run_in_executor(self._executor, _ask, question, programme)
        except BrokenProcessPool:  # a worker died (out of memory?): start afresh once
            self._executor = self._start()
            answer = await loop.run_in_executor(self._executor, _ask, question, programme)
        self._cache[key] = answer
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return answer

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
