"""One reader for `--batch FILE|-` (questions for `ask`, invoice lines for `classify`).

Officials' files come from Notepad and accounting exports: UTF-8 or CP1250, sometimes with a stray
NUL or control byte. Those are cleaned, not fatal; a binary file is refused. stdin is read line by
line so answers can stream through a pipe.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from knowledge.errors import GrantbotError

MAX_BATCH_BYTES = 20 * 1024 * 1024  # a settlement has hundreds of lines, not millions
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"\x7fELF")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]+")
_LIMIT = f"limit {MAX_BATCH_BYTES // 1024 // 1024} MB"


class BatchInputError(GrantbotError):
    pass


def _file_lines(source: str, what: str) -> Iterator[bytes]:
    from bot.commands.check import read_error_reason

    path = Path(source)
    try:
        if path.is_dir():
            raise BatchInputError(f"„{source}” to katalog, a nie plik ({what} w każdym wierszu).")
        if not path.exists():
            raise BatchInputError(f"Nie ma pliku „{source}”.")
        if not path.is_file():  # a FIFO or a device would block or never end
            raise BatchInputError(f"„{source}” nie jest zwykłym plikiem – podaj plik tekstowy.")
        if path.stat().st_size > MAX_BATCH_BYTES:
            raise BatchInputError(f"Plik „{source}” jest za duży ({_LIMIT}).")
        data = path.read_bytes()
    except OSError as exc:
        raise BatchInputError(f"Nie można odczytać pliku „{source}”: {read_error_reason(exc)}") from exc
    if data[:8192].count(b"\x00") > 2:
        raise BatchInputError(
            f"Plik „{source}” nie jest tekstem – oczekuję: {what} w każdym wierszu (UTF-8 lub CP1250)."
        )
    yield from data.splitlines()


def _stdin_lines() -> Iterator[bytes]:
    total = 0
    for raw in sys.stdin.buffer:
        total += len(raw)
        if total > MAX_BATCH_BYTES:
            raise BatchInputError(f"Dane wejściowe są za duże ({_LIMIT}).")
        yield raw


def _decode(raw: bytes, first: bool) -> str:
    try:
        return raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1250", errors="replace")


def read_lines(source: str, *, what: str, max_line: int | None = None) -> Iterator[tuple[int, str]]:
    """(input line number, text) of every non-blank line of FILE, or of stdin for '-'."""
    name = "Dane wejściowe nie są" if source == "-" else f"Plik „{source}” nie jest"
    chunks = _stdin_lines() if source == "-" else _file_lines(source, what)
    for number, raw in enumerate(chunks, start=1):
        if raw.count(b"\x00") > 2 or (number == 1 and raw.startswith(_BINARY_MAGIC)):
            raise BatchInputError(f"{name} tekstem – oczekuję: {what} w każdym wierszu (UTF-8 lub CP1250).")
        text = _CONTROL.sub(" ", _decode(raw, number == 1)).strip()
        if text:
            yield number, text[:max_line] if max_line else text
