"""The dialogue core stays free of aiogram; job children start without the database layer."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        pytest.param("bot.dialogue.core", ("aiogram",), id="core-without-aiogram"),
        pytest.param("bot.dialogue.terminal", ("aiogram",), id="terminal-without-aiogram"),
        pytest.param("bot.dialogue.jobs", ("aiogram", "sqlmodel", "sqlalchemy"), id="jobs-light"),
        pytest.param("bot.cli", ("aiogram", "sqlmodel", "pdfplumber"), id="cli-starts-fast"),
    ],
)
def test_imports(module: str, forbidden: tuple[str, ...]) -> None:
    code = f"import sys, {module}; print(' '.join(sorted(m for m in {forbidden!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
