"""Bad configuration at start-up gives a Polish message and exit code 2, never a traceback
(QA F12 bad DATA_DIR, F13 bad DATABASE_URL, F16 malformed BOT_TOKEN, F14 non-UTF-8 stdout),
for the bot's commands and for the others that open the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN_SECRET = "very-secret-part"


def grantbot(tmp_path: Path, args: list[str], stdin: str = "", **env_over: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL")}
    env.update({"DATA_DIR": str(tmp_path / "var"), "PYTHONPATH": str(ROOT)})
    env.update(env_over)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        encoding="utf-8",
        errors="replace",
    )


def _afile(tmp_path: Path) -> str:
    path = tmp_path / "afile"
    path.write_text("x")
    return str(path)


COMMANDS = [
    pytest.param(["chat"], "/start\n", id="chat"),
    pytest.param(["helpdesk", "export-unanswered", "--csv"], "", id="helpdesk"),
    pytest.param(["data", "import-indices", "g.csv"], "", id="data-import"),
    pytest.param(["run", "--terminal"], "/start\n", id="run-terminal"),
]


@pytest.mark.parametrize(("args", "stdin"), COMMANDS)
@pytest.mark.parametrize("problem", ["data-dir-is-a-file", "unknown-url-scheme", "server-down"])
def test_bad_storage_configuration(tmp_path: Path, args: list[str], stdin: str, problem: str) -> None:
    env = {
        "data-dir-is-a-file": {"DATA_DIR": _afile(tmp_path)},
        "unknown-url-scheme": {"DATABASE_URL": "garbage://"},
        "server-down": {"DATABASE_URL": "postgresql://u:sekret123@127.0.0.1:1/db"},
    }[problem]
    (tmp_path / "g.csv").write_text("teryt;G\n0201011;1873,91\n", encoding="utf-8")
    done = grantbot(tmp_path, args, stdin, **env)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert ("DATA_DIR" if problem == "data-dir-is-a-file" else "DATABASE_URL") in done.stderr
    assert "sekret123" not in done.stderr + done.stdout


def test_grant_with_server_down(tmp_path: Path) -> None:
    done = grantbot(
        tmp_path, ["grant", "0201", "--program", "cs", "--json"], DATABASE_URL="postgresql://u:sekret123@127.0.0.1:1/db"
    )
    assert (done.returncode, "Traceback" in done.stderr) == (2, False), done.stderr
    assert "Nie mogę połączyć się z bazą danych" in done.stdout and "sekret123" not in done.stdout


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("garbage", id="no-colon"),
        pytest.param(f"abc:{TOKEN_SECRET}", id="letters-for-id"),
        pytest.param(f"123456:{TOKEN_SECRET} spaces", id="space-inside"),
    ],
)
def test_malformed_bot_token(tmp_path: Path, token: str) -> None:
    done = grantbot(tmp_path, ["run"], BOT_TOKEN=token)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2
    assert "BOT_TOKEN" in done.stderr and "@BotFather" in done.stderr
    assert TOKEN_SECRET not in done.stderr + done.stdout and "garbage" not in done.stderr


@pytest.mark.parametrize("encoding", ["ascii", "cp1250"])
def test_non_utf8_stdout(tmp_path: Path, encoding: str) -> None:
    done = grantbot(tmp_path, ["chat"], "/start\n/program cs\n", PYTHONIOENCODING=encoding)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0
    assert "Program" in done.stdout or "program" in done.stdout
