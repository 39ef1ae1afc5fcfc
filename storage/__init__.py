"""Persistence (sqlmodel + Alembic): imported indices and official amounts, users, messages,
documents, reports and the helpdesk queue. Only the shells (bot, CLI) import this package."""

from storage.database import init_db, make_engine, session_scope
from storage.repo import AmountRow, IndexRow, StorageError

__all__ = ["AmountRow", "IndexRow", "StorageError", "init_db", "make_engine", "session_scope"]
