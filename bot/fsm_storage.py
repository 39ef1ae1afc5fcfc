"""aiogram FSM storage on the SQL database (issue 14): a pending choice survives a restart.

Used by default when REDIS_URL is not set (MemoryStorage lost every conversation state on restart).
Each call is one small statement run in a thread, so the event loop never waits on the database.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StorageKey
from sqlalchemy import Engine

from storage import fsm


def key_text(key: StorageKey) -> str:
    parts = (key.bot_id, key.chat_id, key.user_id, key.thread_id or "", key.business_connection_id or "", key.destiny)
    return ":".join(str(p) for p in parts)


class SqlStorage(BaseStorage):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        fsm.ensure_tables(engine)

    async def set_state(self, key: StorageKey, state: str | State | None = None) -> None:
        value = state.state if isinstance(state, State) else state
        await asyncio.to_thread(fsm.set_state, self.engine, key_text(key), value)

    async def get_state(self, key: StorageKey) -> str | None:
        return await asyncio.to_thread(fsm.get_state, self.engine, key_text(key))

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await asyncio.to_thread(fsm.set_data, self.engine, key_text(key), dict(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return await asyncio.to_thread(fsm.get_data, self.engine, key_text(key))

    async def close(self) -> None:
        return None
