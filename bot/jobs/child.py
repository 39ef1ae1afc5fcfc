"""The reading child: `python -m bot.jobs.child PARENT_PID MAX_MEMORY_MB`, one process per job.

Started by `supervise.run_child` in a new session (its own process group, so tesseract started by
the OCR dies with it on `killpg`). It reads one pickled request from stdin and writes pickled
messages to stdout: ("progress", page, total)… then ("ok", document) or ("error", polish_reason).
Anything a library prints goes to a captured file, library warnings are recorded, not printed:
the user and the operator's terminal never see English noise.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import signal
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any, BinaryIO


def limit_memory(max_memory_mb: int) -> None:
    """RLIMIT_AS for this process and what it starts (tesseract): allocations beyond fail."""
    if max_memory_mb <= 0:
        return
    limit = max_memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


NICENESS = 10


def _send(out: BinaryIO, message: tuple[Any, ...]) -> None:
    pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _kill_group(_signum: int, _frame: object) -> None:
    os.killpg(0, signal.SIGKILL)  # ourselves and tesseract


def read(path: Path, limits: dict[str, Any], progress: Any) -> Any:
    import dataclasses

    from extractors.limits import Limits
    from extractors.read import read_document

    names = {f.name for f in dataclasses.fields(Limits)}
    return read_document(path, limits=Limits(**{k: v for k, v in limits.items() if k in names}), progress=progress)


PRELOAD = (
    "extractors.read",
    "extractors.backends.image",
    "extractors.backends.ocr",
    "extractors.backends.pdf_text",
    "extractors.photo",
    "extractors.parse",
    "extractors.ksef",
    "extractors.serialise",
    "bot.jobs.reasons",
    "numpy",
    "cv2",
    "pytesseract",
    "pypdfium2",
    "pdfplumber",
)


def preload() -> None:
    """Import the whole reading stack before the memory limit: compiling a module under RLIMIT_AS can
    fail half-way and surface as a bogus SyntaxError ("damaged file") instead of the memory message."""
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        from PIL import Image

        Image.init()  # every format plugin, HEIF/AVIF included


def silence() -> BinaryIO:
    """Point fds 1 and 2 at a scratch file (C libraries print there) and Python's streams at
    /dev/null; returns a private copy of the original stdout for the protocol."""
    out = os.fdopen(os.dup(1), "wb")
    noise = tempfile.TemporaryFile()  # noqa: SIM115  (lives as long as the process)
    os.dup2(noise.fileno(), 1)
    os.dup2(noise.fileno(), 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (for the process's lifetime)
    import logging

    logging.basicConfig(level=logging.CRITICAL + 1)  # library loggers stay silent
    return out


def boundary(path: Path, limits: dict[str, Any], progress: Any, *, max_memory_mb: int) -> tuple[str, Any]:
    """The job boundary: ("ok", document) or ("error", Polish reason); nothing escapes, nothing prints."""
    from bot.jobs.reasons import polish_reason

    try:
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")
            return "ok", read(path, limits, progress)
    except BaseException as exc:
        return "error", polish_reason(exc, memory_limit_mb=max_memory_mb)


def main(argv: list[str]) -> int:
    parent, max_memory_mb = int(argv[0]), int(argv[1])
    from bot.jobs.lifeline import die_with_parent

    # The supervisor dies (kill -9, OOM) -> SIGTERM -> we kill our whole group, tesseract included.
    signal.signal(signal.SIGTERM, _kill_group)
    die_with_parent(signal.SIGTERM, expected_parent=parent)
    out = silence()
    preload()
    limit_memory(max_memory_mb)
    # Reading is background work: the bot's replies (FAQ, buttons) go first on a busy CPU;
    # tesseract inherits the niceness.
    # The child leads its own session, hence (with autogroup scheduling, the Linux default) its own
    # scheduling group, where a plain nice would only rank it against itself: lower the group too.
    with contextlib.suppress(OSError):
        os.nice(NICENESS)
    with contextlib.suppress(OSError):
        Path("/proc/self/autogroup").write_text(str(NICENESS))
    from bot.jobs.reasons import polish_reason

    try:
        request = pickle.load(sys.stdin.buffer)

        def progress(page: int, total: int) -> None:
            with contextlib.suppress(Exception):  # a progress line is never worth failing the read
                _send(out, ("progress", int(page), int(total)))

        message = boundary(Path(request["path"]), request["limits"], progress, max_memory_mb=max_memory_mb)
    except BaseException as exc:
        message = ("error", polish_reason(exc, memory_limit_mb=max_memory_mb))
    try:
        _send(out, message)
    except MemoryError:
        _send(out, ("error", polish_reason(MemoryError(), memory_limit_mb=max_memory_mb)))
    except Exception as exc:
        _send(out, ("error", polish_reason(exc, memory_limit_mb=max_memory_mb)))
    out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
