"""Alembic environment: uses the connection handed over by init_db, or builds one from the URL."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from storage import (
    helpdesk_models,  # noqa: F401  (registers the helpdesk tables)
    models,  # noqa: F401  (registers the tables)
)

target_metadata = SQLModel.metadata
config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    import os

    from storage.database import make_engine

    # Alembic's own CLI (developers only): the URL from alembic.ini or the environment, never from the
    # faces' configuration module (storage is the bottom layer and imports nothing above it).
    data_dir = os.environ.get("DATA_DIR", "./var")
    url = (
        config.get_main_option("sqlalchemy.url")
        or os.environ.get("DATABASE_URL")
        or f"sqlite:///{data_dir}/grantbot.sqlite3"
    )
    engine = make_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("grantbot: offline SQL generation is not supported; run against a database.")
run_migrations_online()
