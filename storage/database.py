"""Engine, schema and sessions. `init_db` runs the Alembic migrations to head (create_all only for
throw-away in-memory SQLite used by tests and the benchmark)."""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from knowledge.errors import GrantbotError, os_reason
from knowledge.redact import redact_url
from storage import helpdesk_models, models  # noqa: F401  (registers the tables on SQLModel.metadata)

PACKAGE_DIR = Path(__file__).parent
ALEMBIC_INI = PACKAGE_DIR / "alembic.ini"
MIGRATION_LOCK = 0x6772616E74  # "grant": any constant shared by all grantbot processes


class DatabaseConfigError(GrantbotError):
    """DATA_DIR or DATABASE_URL unusable; the message is Polish and never shows a password."""


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "nie da się utworzyć katalogu w tym miejscu"
    return os_reason(exc)


def _data_dir_error(path: Path, exc: OSError) -> DatabaseConfigError:
    return DatabaseConfigError(
        f"Katalog danych DATA_DIR={path} nie nadaje się do użycia ({_os_reason(exc)}). "
        "Ustaw DATA_DIR na katalog, do którego bot może pisać."
    )


_CONNECT_REASONS = (
    ("refused", "serwer nie przyjmuje połączeń (czy działa?)"),
    ("is the server running", "serwer nie przyjmuje połączeń (czy działa?)"),
    ("password authentication", "zły użytkownik lub hasło"),
    ("authentication failed", "zły użytkownik lub hasło"),
    ("does not exist", "baza danych lub użytkownik nie istnieje"),
    ("translate host", "nieznana nazwa serwera"),
    ("name or service not known", "nieznana nazwa serwera"),
    ("timeout", "serwer nie odpowiedział na czas"),
    ("timed out", "serwer nie odpowiedział na czas"),
    ("unable to open database", "nie da się otworzyć pliku bazy"),
    ("readonly", "baza tylko do odczytu"),
)


def _connection_error(engine: Engine, exc: BaseException) -> DatabaseConfigError:
    text = str(getattr(exc, "orig", exc)).casefold()
    reason = next((pl for en, pl in _CONNECT_REASONS if en in text), "połączenie nie powiodło się")
    url = engine.url.render_as_string(hide_password=True).replace("+psycopg", "")
    return DatabaseConfigError(
        f"Nie mogę połączyć się z bazą danych (DATABASE_URL={url}): {reason}. "
        "Sprawdź adres, użytkownika, hasło i czy serwer bazy działa."
    )


def _is_memory(url: str) -> bool:
    return url.startswith("sqlite") and (url.endswith(":memory:") or url in {"sqlite://", "sqlite:///"})


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; SQLite gets a WAL journal, foreign keys and a parent directory.

    A bad URL or data directory raises DatabaseConfigError (Polish, no password)."""
    try:
        return _make_engine(url, echo=echo)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseConfigError(
            f"Niepoprawny adres bazy danych DATABASE_URL={redact_url(url)!s} – oczekiwano np. "
            "postgresql://użytkownik:hasło@host:5432/baza albo sqlite:///ścieżka/plik.sqlite3"
            f" ({type(exc).__name__})."
        ) from None


def _make_engine(url: str, *, echo: bool) -> Engine:
    if url.startswith("sqlite"):
        if _is_memory(url):
            engine = create_engine(
                "sqlite://", echo=echo, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        else:
            path = Path(url.split("///", 1)[1]) if "///" in url else None
            if path is not None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise _data_dir_error(path.parent, exc) from None
                if not path.parent.is_dir():
                    raise _data_dir_error(path.parent, OSError(errno.ENOTDIR, "not a directory"))
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
    """Bring the schema to the newest revision; safe when several processes start at once.

    Migrations are serialised (PostgreSQL: an advisory lock; SQLite: a lock file beside the
    database) and the revision is read again after the lock is taken, so the processes that
    waited find the head and do nothing. Connection failures become DatabaseConfigError."""
    if engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:"):
        SQLModel.metadata.create_all(engine)
        return
    try:
        if engine.dialect.name == "sqlite":
            database = Path(str(engine.url.database))
            lock = database.with_name(database.name + ".migrate-lock")
            with _file_lock(lock), engine.begin() as connection:
                _upgrade_if_behind(engine, connection)
        elif engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                _upgrade_if_behind(engine, connection)
        else:
            with engine.begin() as connection:
                _upgrade_if_behind(engine, connection)
    except DBAPIError as exc:
        # No statement means the failure was in connecting (server down, bad password, no file).
        if exc.statement is None or exc.connection_invalidated:
            raise _connection_error(engine, exc) from None
        raise


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise _data_dir_error(path.parent, exc) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def _upgrade_if_behind(engine: Engine, connection: Connection) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    # Read under the lock: another process may have migrated while this one waited.
    current = MigrationContext.configure(connection).get_current_revision()
    if current is not None and current == head_revision(engine):
        return
    config = alembic_config(engine)
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
