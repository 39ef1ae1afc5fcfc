"""Durable conversation state (the pending choice, the chosen programme…) in the SQL database.

Keyed by an opaque string built by the face (aiogram's StorageKey); state and data are stored as
text/JSON. Plain synchronous functions: the aiogram adapter (`bot.fsm_storage`) calls them from a
thread. The table comes with Alembic revision 0003; `ensure_tables` creates it on throw-away
in-memory databases, which are built with create_all and never migrated.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Engine, MetaData, String, Table, Text, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

metadata = MetaData()

fsm_state = Table(
    "fsm_state",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("state", String(255), nullable=True),
    Column("data", Text, nullable=False, default="{}"),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


def ensure_tables(engine: Engine) -> None:
    """Create the table where migrations did not run (in-memory SQLite); a no-op otherwise."""
    metadata.create_all(engine, checkfirst=True)


def _now() -> datetime:
    return datetime.now(UTC)


def _upsert(engine: Engine, key: str, **values: Any) -> None:
    values["updated_at"] = _now()
    with engine.begin() as conn:
        if conn.execute(update(fsm_state).where(fsm_state.c.key == key).values(**values)).rowcount:
            return
    try:
        with engine.begin() as conn:
            conn.execute(insert(fsm_state).values(key=key, **{"data": "{}", **values}))
    except IntegrityError:  # another process inserted the key meanwhile: update theirs
        with engine.begin() as conn:
            conn.execute(update(fsm_state).where(fsm_state.c.key == key).values(**values))


def set_state(engine: Engine, key: str, state: str | None) -> None:
    _upsert(engine, key, state=state)


def get_state(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(fsm_state.c.state).where(fsm_state.c.key == key)).scalar_one_or_none()


def set_data(engine: Engine, key: str, data: dict[str, Any]) -> None:
    if not data:
        with engine.begin() as conn:
            row = conn.execute(select(fsm_state.c.state).where(fsm_state.c.key == key)).first()
            if row is None:
                return
            if row.state is None:
                conn.execute(delete(fsm_state).where(fsm_state.c.key == key))
                return
    _upsert(engine, key, data=json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def get_data(engine: Engine, key: str) -> dict[str, Any]:
    with engine.connect() as conn:
        raw = conn.execute(select(fsm_state.c.data).where(fsm_state.c.key == key)).scalar_one_or_none()
    if not raw:
        return {}
    value = json.loads(raw)
    return value if isinstance(value, dict) else {}
