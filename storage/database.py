"""Engine, schema and sessions. `init_db` runs the Alembic migrations to head (create_all only for
throw-away in-memory SQLite used by tests and the benchmark)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from storage import models  # noqa: F401  (registers the tables on SQLModel.metadata)

PACKAGE_DIR = Path(__file__).parent
ALEMBIC_INI = PACKAGE_DIR / "alembic.ini"
MIGRATION_LOCK = 0x6772616E74  # "grant": any constant shared by all grantbot processes


def _is_memory(url: str) -> bool:
    return url.startswith("sqlite") and (url.endswith(":memory:") or url in {"sqlite://", "sqlite:///"})


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; SQLite gets a WAL journal, foreign keys and a parent directory."""
    if url.startswith("sqlite"):
        if _is_memory(url):
            engine = create_engine(
                "sqlite://", echo=echo, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        else:
            path = Path(url.split("///", 1)[1]) if "///" in url else None
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if not _is_memory(url):
                cursor.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL stays consistent after a crash; only the last commits may be lost.
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        # psycopg 3 is the driver we ship; plain postgresql:// would pick psycopg2.
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, echo=echo, pool_pre_ping=True)


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(PACKAGE_DIR / "migrations"))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def init_db(engine: Engine) -> None:
    """Bring the schema to the newest revision."""
    if engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:"):
        SQLModel.metadata.create_all(engine)
        return
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Several bot processes may start together against one database: one migrates, the
            # others wait for it and then find the schema at head.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session committed on success and rolled back on error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
