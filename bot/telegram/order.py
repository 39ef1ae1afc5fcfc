"""Updates of one hand-off topic handled one at a time, in the order Telegram numbered them.

The dispatcher handles updates concurrently (`handle_as_tasks`), and the first await of an update
comes early: the FSM middleware reads the state from storage, aiogram runs sync filters in threads.
So an operator's text still waiting for Telegram or the database could be overtaken by the file
sent right after it: the asker would read them in the wrong order and the inbox item would record
the earlier message as the last answer. The turn is therefore taken in `feed_update` itself, before
any middleware runs; other topics and chats never wait."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Hashable
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update


class Turns:
    """One holder at a time per key, in the order they asked (asyncio.Lock wakes its waiters first
    come, first served); a key's lock lives only while someone holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._holders: Counter[Hashable] = Counter()

    @contextlib.asynccontextmanager
    async def turn(self, key: Hashable) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._holders[key] += 1
        try:
            async with lock:
                yield
        finally:
            self._holders[key] -= 1
            if not self._holders[key]:
                del self._holders[key], self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


class OrderedDispatcher(Dispatcher):
    """A Dispatcher whose operators' topics (`operators_chat_id`) take turns per topic."""

    def __init__(self, *args: Any, operators_chat_id: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.operators_chat_id = operators_chat_id
        self.turns = Turns()

    async def feed_update(self, bot: Bot, update: Update, **kwargs: Any) -> Any:
        key = self.turn_key(update)
        if key is None:
            return await super().feed_update(bot, update, **kwargs)
        async with self.turns.turn(key):
            return await super().feed_update(bot, update, **kwargs)

    def turn_key(self, update: Update) -> tuple[int, int] | None:
        message = update.message
        if message is None or self.operators_chat_id is None or message.chat.id != self.operators_chat_id:
            return None
        if not message.is_topic_message or message.message_thread_id is None:
            return None  # the group's General topic: nothing reaches an asker from there
        return message.chat.id, message.message_thread_id
