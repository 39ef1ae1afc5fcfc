"""First start of several processes at once on an empty database (F21), and bad locations/URLs
turned into Polish messages at the storage edge (F12, F13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

from knowledge.errors import GrantbotError
from storage import init_db, make_engine
from tests.storage.services import require_service, reset_postgres

ROOT = Path(__file__).resolve().parents[2]
# Each child opens the database the way the bot does: make_engine + init_db, all released together.
CHILD = """
import sys, time
from storage import init_db, make_engine
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
engine = make_engine(sys.argv[1])
init_db(engine)
print("ok")
"""


def _start_together(url: str, count: int) -> list[subprocess.CompletedProcess[str]]:
    import time

    start = str(time.time() + 1.5)  # every child is imported and waiting when the gun fires
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, url, start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for _ in range(count)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def _assert_all_migrated(url: str, results: list[subprocess.CompletedProcess[str]]) -> None:
    failures = [r.stderr[-600:] for r in results if r.returncode != 0 or r.stdout.strip() != "ok"]
    assert not failures, failures
    engine = make_engine(url)
    try:
        assert {"bot_user", "alembic_version"} <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        assert len(versions) == 1  # one migration ran, the others found the head
    finally:
        engine.dispose()


def test_six_processes_first_start_on_one_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'data' / 'grantbot.sqlite3'}"
    _assert_all_migrated(url, _start_together(url, 6))


@pytest.mark.services
def test_four_processes_first_start_on_one_fresh_postgresql() -> None:
    url = require_service("DATABASE_URL")
    reset_postgres(url)
    _assert_all_migrated(url, _start_together(url, 4))


@pytest.mark.parametrize("kind", ["a-file", "under-a-file", "proc"])
def test_unusable_data_dir_is_a_polish_error(tmp_path: Path, kind: str) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    where = {"a-file": afile, "under-a-file": afile / "sub", "proc": Path("/proc/nope")}[kind]
    with pytest.raises(GrantbotError, match="DATA_DIR") as caught:
        engine = make_engine(f"sqlite:///{where / 'grantbot.sqlite3'}")
        init_db(engine)
    assert "Traceback" not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("garbage://", "DATABASE_URL", id="unknown-scheme"),
        pytest.param("not a url", "DATABASE_URL", id="not-a-url"),
        pytest.param("postgresql://u:sekret123@127.0.0.1:1/db", "Nie mogę połączyć się z bazą", id="server-down"),
    ],
)
def test_bad_database_url_is_a_polish_error_without_the_password(url: str, expected: str) -> None:
    with pytest.raises(GrantbotError, match=expected) as caught:
        engine = make_engine(url)
        init_db(engine)
    assert "sekret123" not in str(caught.value)
