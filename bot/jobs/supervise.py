"""Run one reading child under supervision (blocking; called from a queue worker thread).

The child starts in a new session (`start_new_session=True`): it leads its own process group, and
everything it starts (tesseract) is in that group. On the time limit the whole group is killed
with `os.killpg`, so no tesseract keeps OCR-ing after the job is over. Memory is capped in the
child with RLIMIT_AS. If this supervising process dies, the child learns it through
PR_SET_PDEATHSIG and kills its group itself.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.jobs import reasons

ProgressFn = Callable[[int, int], None]


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def run_child(
    path: Path, limits: dict[str, Any], *, time_limit: float, max_memory_mb: int, progress: ProgressFn | None = None
) -> tuple[str, Any]:
    """Read `path` in a child: ("ok", document) or ("error", Polish reason). Never raises for the file."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONWARNINGS"] = "ignore"  # warnings at import time stay out of sight too
    # OCR scratch files go into the job's own folder, removed with it (even after a crash: sweep).
    env["TMPDIR"] = str(path.parent)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.jobs.child", str(os.getpid()), str(max_memory_mb)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=env,
        close_fds=True,
    )
    final: list[tuple[str, Any]] = []

    def receive() -> None:
        assert process.stdout is not None
        while True:
            try:
                message = pickle.load(process.stdout)
            except Exception:
                return
            if message[0] == "progress":
                if progress is not None:
                    with contextlib.suppress(Exception):
                        progress(message[1], message[2])
            else:
                final.append(message)
                return

    reader = threading.Thread(target=receive, name="job-child-reader", daemon=True)
    reader.start()
    try:
        assert process.stdin is not None
        try:
            process.stdin.write(pickle.dumps({"path": str(path), "limits": limits}))
            process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            process.wait(timeout=time_limit)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.wait()
            reader.join(5)
            if final:
                return final[0]
            return "error", reasons.TIMEOUT.format(seconds=int(time_limit))
        reader.join(5)
        if final:
            return final[0]
        return "error", reasons.killed_reason(process.returncode, memory_limit_mb=max_memory_mb)
    finally:
        _kill_group(process)  # anything the child left in its group (a stray tesseract)
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
