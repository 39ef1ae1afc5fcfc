from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from storage import init_db, make_engine
from tests.storage.services import require_service, reset_postgres


@pytest.fixture(
    params=[
        pytest.param("memory", id="sqlite-memory"),
        pytest.param("file", id="sqlite-file-alembic"),
        pytest.param("postgresql", id="postgresql-alembic", marks=pytest.mark.services),
    ]
)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "memory":
        url = "sqlite://"
    elif request.param == "file":
        url = f"sqlite:///{tmp_path / 'db' / 'g.sqlite3'}"
    else:
        url = require_service("DATABASE_URL")
        reset_postgres(url)
    eng = make_engine(url)
    init_db(eng)
    yield eng
    eng.dispose()
