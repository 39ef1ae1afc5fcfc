"""The dialogue's persistence: every database call runs in a worker thread, never on the event loop.

Reads and writes use separate thread pools. SQLite (WAL) and PostgreSQL let readers through while
a writer waits for a lock, so a write stalled for seconds delays only the user whose write it is:
other users' turns (which only read the profile) go on. Methods return plain values or detached
rows (`session_scope` keeps them readable after the session closes).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from storage import repo, session_scope

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from storage.models import StoredDocument, StoredReport

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Profile:
    programme: str | None
    unit_code: str | None
    unit_name: str | None


@dataclass(frozen=True, slots=True)
class SetParams:
    """Parameters of the settlement set the user stated in the chat."""

    project_end: date | None = None
    grant_amount: Decimal | None = None
    vat_recoverable: bool | None = None


class Store:
    def __init__(self, engine: Engine, *, read_threads: int = 8, write_threads: int = 8) -> None:
        self.engine = engine
        self._reads = ThreadPoolExecutor(read_threads, thread_name_prefix="grantbot-read")
        self._writes = ThreadPoolExecutor(write_threads, thread_name_prefix="grantbot-write")

    async def _run(self, pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        call = functools.partial(contextvars.copy_context().run, fn, *args)
        return await loop.run_in_executor(pool, call)

    def read(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        return asyncio.ensure_future(self._run(self._reads, fn, *args))

    def write(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        return asyncio.ensure_future(self._run(self._writes, fn, *args))

    def close(self) -> None:
        self._reads.shutdown(wait=False, cancel_futures=True)
        self._writes.shutdown(wait=False, cancel_futures=True)

    # -- profile ------------------------------------------------------------------------------

    def _profile(self, channel: str, external_id: int) -> Profile | None:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            if row is None:
                return None
            return Profile(row.programme or None, row.unit_teryt or None, row.unit_name)

    async def profile(self, channel: str, external_id: int) -> Profile | None:
        return await self.read(self._profile, channel, external_id)

    def _save_profile(self, channel: str, external_id: int, profile: Profile) -> None:
        with session_scope(self.engine) as db:
            row = repo.get_or_create_user(db, channel, external_id)
            repo.update_user_profile(
                db,
                row,
                programme=profile.programme or "",
                unit_teryt=profile.unit_code or "",
                unit_name=profile.unit_name,
            )

    async def save_profile(self, channel: str, external_id: int, profile: Profile) -> None:
        await self.write(self._save_profile, channel, external_id, profile)

    # -- the settlement set -------------------------------------------------------------------

    def _documents(self, channel: str, external_id: int) -> list[StoredDocument]:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            return list(repo.pending_documents(db, row)) if row is not None else []

    async def documents(self, channel: str, external_id: int) -> list[StoredDocument]:
        return await self.read(self._documents, channel, external_id)

    def _add_document(
        self, channel: str, external_id: int, sha256: str, name: str, kind: str, extracted_json: str
    ) -> list[StoredDocument]:
        with session_scope(self.engine) as db:
            row = repo.get_or_create_user(db, channel, external_id)
            repo.add_document(db, row, sha256=sha256, name=name, kind=kind, extracted_json=extracted_json)
            return list(repo.pending_documents(db, row))

    async def add_document(
        self, channel: str, external_id: int, *, sha256: str, name: str, kind: str, extracted_json: str
    ) -> list[StoredDocument]:
        """Add to the set; returns the whole set afterwards."""
        return await self.write(self._add_document, channel, external_id, sha256, name, kind, extracted_json)

    def _remove_document(self, channel: str, external_id: int, document_id: int) -> str | None:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            removed = repo.remove_document(db, row, document_id) if row is not None else None
            return removed.name if removed is not None else None

    async def remove_document(self, channel: str, external_id: int, document_id: int) -> str | None:
        return await self.write(self._remove_document, channel, external_id, document_id)

    def _clear_set(self, channel: str, external_id: int) -> int:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            return repo.delete_pending(db, row) if row is not None else 0

    async def clear_set(self, channel: str, external_id: int) -> int:
        return await self.write(self._clear_set, channel, external_id)

    def _params(self, channel: str, external_id: int) -> SetParams:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            params = repo.get_settlement_params(db, row) if row is not None else None
            if params is None:
                return SetParams()
            return SetParams(params.project_end, params.grant_amount, params.vat_recoverable)

    async def params(self, channel: str, external_id: int) -> SetParams:
        return await self.read(self._params, channel, external_id)

    def _save_params(self, channel: str, external_id: int, changes: dict[str, Any]) -> SetParams:
        with session_scope(self.engine) as db:
            row = repo.get_or_create_user(db, channel, external_id)
            params = repo.update_settlement_params(db, row, **changes)
            return SetParams(params.project_end, params.grant_amount, params.vat_recoverable)

    async def save_params(self, channel: str, external_id: int, **changes: Any) -> SetParams:
        return await self.write(self._save_params, channel, external_id, changes)

    # -- reports ------------------------------------------------------------------------------

    def _add_report(self, channel: str, external_id: int, fields: dict[str, Any]) -> int:
        with session_scope(self.engine) as db:
            row = repo.get_or_create_user(db, channel, external_id)
            return int(repo.add_report(db, row, **fields).id or 0)

    async def add_report(self, channel: str, external_id: int, **fields: Any) -> int:
        return await self.write(self._add_report, channel, external_id, fields)

    def _report(self, channel: str, external_id: int, report_id: int) -> StoredReport | None:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            return repo.get_report(db, row, report_id) if row is not None else None

    async def report(self, channel: str, external_id: int, report_id: int) -> StoredReport | None:
        return await self.read(self._report, channel, external_id, report_id)

    def _latest_report(self, channel: str, external_id: int) -> StoredReport | None:
        with session_scope(self.engine) as db:
            row = repo.find_user(db, channel, external_id)
            return repo.latest_report(db, row) if row is not None else None

    async def latest_report(self, channel: str, external_id: int) -> StoredReport | None:
        return await self.read(self._latest_report, channel, external_id)

    # -- account and helpdesk -----------------------------------------------------------------

    def _delete_user(self, channel: str, external_id: int) -> int:
        with session_scope(self.engine) as db:
            return repo.delete_user_data(db, channel, external_id)

    async def delete_user(self, channel: str, external_id: int) -> int:
        return await self.write(self._delete_user, channel, external_id)

    def _statistics(self) -> repo.Statistics:
        with session_scope(self.engine) as db:
            return repo.statistics(db)

    async def statistics(self) -> repo.Statistics:
        return await self.read(self._statistics)

    def write_log(self, lines: Sequence[repo.LogLine]) -> int:
        """Synchronous: call from a worker thread (the flushers) or at shutdown."""
        if not lines:
            return 0
        with session_scope(self.engine) as db:
            return repo.log_messages(db, lines)
