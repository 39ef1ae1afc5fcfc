"""Open the configured database for the CLI and the bot (the edge: settings -> engine)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from bot.config import Settings


def open_engine(settings: Settings, *, create: bool) -> Engine | None:
    """The migrated engine; with create=False and no SQLite file yet, None (nothing imported)."""
    from storage.database import init_db, make_engine

    url = settings.effective_database_url
    if url.startswith("sqlite:///") and not create and not Path(url.split("///", 1)[1]).exists():
        return None
    engine = make_engine(url)
    init_db(engine)
    return engine
