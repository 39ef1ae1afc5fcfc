"""Paths that are not a readable regular file get a Polish reason, never an OS error's English text or
"błąd wewnętrzny"."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from bot.cli import main
from extractors.errors import ExtractionError
from extractors.read import read_document


def _loop(tmp: Path) -> Path:
    (tmp / "a.pdf").symlink_to(tmp / "b.pdf")
    (tmp / "b.pdf").symlink_to(tmp / "a.pdf")
    return tmp / "a.pdf"


def _dangling(tmp: Path) -> Path:
    (tmp / "faktura.pdf").symlink_to(tmp / "usunieta.pdf")
    return tmp / "faktura.pdf"


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "potok.pdf")
    return tmp / "potok.pdf"


def _long_name(tmp: Path) -> Path:
    return tmp / ("f" * 5000 + ".pdf")


def _under_a_file(tmp: Path) -> Path:
    (tmp / "plik.pdf").write_bytes(b"%PDF-1.4\n")
    return tmp / "plik.pdf" / "faktura.pdf"


CASES = [
    ("symlink-loop", _loop, "pętl"),
    ("dangling-symlink", _dangling, "nieistniejący"),
    ("fifo", _fifo, "to nie jest zwykły plik"),
    ("directory", lambda tmp: tmp, "to katalog"),
    ("char-device", lambda tmp: Path("/dev/zero"), "to nie jest zwykły plik"),
    ("name-too-long", _long_name, "za długa"),
    ("path-under-a-file", _under_a_file, "Nie ma pliku"),
    ("missing", lambda tmp: tmp / "nie-ma.pdf", "Nie ma pliku"),
]


@pytest.mark.parametrize(("make", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_path_that_is_not_a_readable_file(tmp_path: Path, make, phrase: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    with pytest.raises(ExtractionError) as exc:
        read_document(path)
    message = str(exc.value)
    assert phrase in message
    assert len(message) < 400  # a 5000-character path is not echoed whole
    assert not any(english in message for english in ("Errno", "Too many", "File name", "OSError"))


def test_input_output_error_while_reading_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """EIO (a failing disk, a dropped network share) surfaces from read_bytes, after stat succeeded."""
    path = tmp_path / "faktura.pdf"
    path.write_bytes(b"%PDF-1.4\n")

    def broken(self: Path) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(self))

    monkeypatch.setattr(Path, "read_bytes", broken)
    with pytest.raises(ExtractionError, match="błąd odczytu z dysku"):
        read_document(path)


def test_cli_names_the_loop_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(_loop(tmp_path)), "--json"]) == 2
    captured = capsys.readouterr()
    assert "pętl" in captured.out and "błąd wewnętrzny" not in captured.out + captured.err
