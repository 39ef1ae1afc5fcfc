"""`Turns`: one holder per key at a time, first come first served, and no lock left behind."""

from __future__ import annotations

import asyncio

from bot.telegram.order import Turns


async def test_holders_of_one_key_take_turns_in_the_order_they_asked() -> None:
    turns, log = Turns(), []

    async def hold(name: str, key: str, pause: float) -> None:
        async with turns.turn(key):
            log.append(f"{name}+")
            await asyncio.sleep(pause)
            log.append(f"{name}-")

    first = asyncio.create_task(hold("a", "topic 1", 0.05))
    await asyncio.sleep(0)  # "a" holds the turn
    later = [asyncio.create_task(hold(n, "topic 1", 0)) for n in "bcd"]
    other = asyncio.create_task(hold("x", "topic 2", 0))
    await asyncio.gather(first, *later, other)
    one = [entry for entry in log if not entry.startswith("x")]
    assert one == ["a+", "a-", "b+", "b-", "c+", "c-", "d+", "d-"]
    assert log.index("x-") < log.index("a-")  # another topic never waits
    assert len(turns) == 0  # nobody holds or waits: nothing kept


async def test_a_failing_holder_gives_the_turn_back() -> None:
    turns = Turns()

    async def fail() -> None:
        async with turns.turn(1):
            raise ValueError

    results = await asyncio.gather(fail(), fail(), return_exceptions=True)
    assert all(isinstance(r, ValueError) for r in results)
    assert len(turns) == 0
    async with turns.turn(1):
        assert len(turns) == 1
