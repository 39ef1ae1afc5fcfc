"""Alembic environment: uses the connection handed over by init_db, or builds one from the URL."""

from __future__ import annotations

from alembic import context

from storage.models import SQLModel

target_metadata = SQLModel.metadata
config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    from bot.config import load_settings
    from storage.database import make_engine

    url = config.get_main_option("sqlalchemy.url") or load_settings().effective_database_url
    engine = make_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("grantbot: offline SQL generation is not supported; run against a database.")
run_migrations_online()
