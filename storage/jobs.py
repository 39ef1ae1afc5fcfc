"""Records of reading jobs in flight: who waits for which file, so that a bot restarted after a
crash (kill -9, out of memory) can tell each user which upload was lost and remove its copy.

A record is written when a job is queued and deleted when its result has been handed to the
dialogue; a record whose owner process is gone is an orphan (`orphans`). Revision 0003.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)

metadata = MetaData()

reading_job = Table(
    "reading_job",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("chat_id", BigInteger, nullable=True),
    Column("user_id", BigInteger, nullable=True),
    Column("file_name", String(255), nullable=False),
    Column("upload_path", Text, nullable=True),
    Column("owner_host", String(255), nullable=False),
    Column("owner_pid", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True, slots=True)
class JobRecord:
    id: str
    chat_id: int | None
    user_id: int | None
    file_name: str
    upload_path: str | None
    owner_host: str
    owner_pid: int
    created_at: datetime


def ensure_tables(engine: Engine) -> None:
    metadata.create_all(engine, checkfirst=True)


def add(engine: Engine, record: JobRecord) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(reading_job).values(
                id=record.id,
                chat_id=record.chat_id,
                user_id=record.user_id,
                file_name=record.file_name[:255],
                upload_path=record.upload_path,
                owner_host=record.owner_host,
                owner_pid=record.owner_pid,
                created_at=record.created_at,
            )
        )


def remove(engine: Engine, job_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(reading_job).where(reading_job.c.id == job_id))


def all_records(engine: Engine) -> list[JobRecord]:
    with engine.connect() as conn:
        rows = conn.execute(select(reading_job).order_by(reading_job.c.created_at)).all()
    return [
        JobRecord(
            r.id,
            r.chat_id,
            r.user_id,
            r.file_name,
            r.upload_path,
            r.owner_host,
            r.owner_pid,
            r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC),
        )
        for r in rows
    ]


def orphans(
    engine: Engine, *, host: str, alive: Callable[[int], bool], stale_after: timedelta, now: datetime | None = None
) -> list[JobRecord]:
    """Records whose owner is gone: a dead process on this host, or older than `stale_after` elsewhere."""
    now = now or datetime.now(UTC)
    found = []
    for record in all_records(engine):
        if record.owner_host == host:
            if not alive(record.owner_pid):
                found.append(record)
        elif now - record.created_at > stale_after:
            found.append(record)
    return found
