from __future__ import annotations

import asyncio
import time

import pytest

from bot.dialogue.jobs import JobError, JobRunner, JobsClosed, JobTimeout
from tests.bot import jobfns


@pytest.fixture
def runner() -> JobRunner:
    return JobRunner(workers=2, time_limit=20)


async def test_result_and_progress_come_back(runner: JobRunner) -> None:
    seen: list[tuple[int, int]] = []

    async def progress(page: int, total: int) -> None:
        seen.append((page, total))

    assert await runner.run(jobfns.pages, 3, progress=progress) == "read 3"
    assert seen == [(1, 3), (2, 3), (3, 3)]


async def test_time_limit_kills_the_child(runner: JobRunner) -> None:
    started = time.monotonic()
    with pytest.raises(JobTimeout, match="dłużej niż 1 s"):
        await runner.run(jobfns.sleepy, 30, time_limit=1)
    assert time.monotonic() - started < 10
    assert runner.active == 0


@pytest.mark.parametrize(
    ("fn", "message"),
    [
        pytest.param(jobfns.crash, "zabrakło pamięci", id="child-dies"),
        pytest.param(jobfns.refuse, "Plik jest zaszyfrowany.", id="user-error-passed-through"),
        pytest.param(jobfns.bug, "błąd wewnętrzny: KeyError", id="bug-without-details"),
    ],
)
async def test_failures_become_polish_messages(runner: JobRunner, fn: object, message: str) -> None:
    with pytest.raises(JobError, match=message) as info:
        await runner.run(fn)  # type: ignore[arg-type]
    assert "/etc/secret" not in str(info.value)


async def test_the_event_loop_stays_free_while_jobs_run(runner: JobRunner) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    results = await asyncio.gather(runner.run(jobfns.sleepy, 0.5), runner.run(jobfns.sleepy, 0.5))
    task.cancel()
    assert results == ["woke", "woke"] and ticks >= 20


async def test_shutdown_waits_for_running_jobs_then_refuses_new_ones(runner: JobRunner) -> None:
    job = asyncio.create_task(runner.run(jobfns.sleepy, 0.3))
    await asyncio.sleep(0.1)
    assert await runner.shutdown(grace=10) == 0
    assert await job == "woke"
    with pytest.raises(JobsClosed):
        await runner.run(jobfns.pages, 1)


async def test_shutdown_abandons_jobs_past_the_grace_period(runner: JobRunner) -> None:
    job = asyncio.create_task(runner.run(jobfns.sleepy, 30))
    await asyncio.sleep(0.3)
    assert await runner.shutdown(grace=0.2) == 1
    with pytest.raises(asyncio.CancelledError):
        await job
