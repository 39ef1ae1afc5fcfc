"""Open the configured database for the CLI and the bot (the edge: settings -> engine)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class DatabaseSettings(Protocol):
    """What this layer needs of the configuration (read at the edge, in `bot.config`)."""

    @property
    def effective_database_url(self) -> str: ...


def open_engine(settings: DatabaseSettings, *, create: bool) -> Engine | None:
    """The migrated engine; with create=False and no SQLite file yet, None (nothing imported)."""
    from storage.database import init_db, make_engine

    url = settings.effective_database_url
    if url.startswith("sqlite:///") and not create and not Path(url.split("///", 1)[1]).exists():
        return None
    engine = make_engine(url)
    init_db(engine)
    return engine
