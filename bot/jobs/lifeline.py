"""No process outlives its parent: PR_SET_PDEATHSIG (Linux) through ctypes.

`die_with_parent()` is called by the reading child. This module is also a forkserver *preload*
(see `protect_forkserver`): imported inside multiprocessing's forkserver it ties the forkserver to
the bot and every process it forks (FAQ workers) to the forkserver, so a bot killed with -9 (or by
the OOM killer) takes them along instead of leaving them running.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL, expected_parent: int | None = None) -> bool:
    """Ask the kernel to send `sig` to this process when its parent thread exits.

    Returns False where unsupported. When the parent is already gone (`expected_parent` given and
    no longer our parent), the signal is raised at once: the race between fork and prctl."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if expected_parent is not None and os.getppid() != expected_parent:
        os.kill(os.getpid(), sig)
    return True


def _in_forkserver() -> bool:
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "main" and code.co_filename.endswith(os.path.join("multiprocessing", "forkserver.py")):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def protect_forkserver() -> None:
    """Inside the forkserver: die with the bot, and make each forked child die with the forkserver."""
    die_with_parent(signal.SIGKILL, expected_parent=os.getppid())
    os.register_at_fork(after_in_child=lambda: die_with_parent(signal.SIGKILL))


if _in_forkserver():  # imported as a forkserver preload, never as a side effect elsewhere
    with contextlib.suppress(Exception):
        protect_forkserver()


def preload_forkserver(modules: tuple[str, ...] = ()) -> None:
    """Make this module a preload of the process-wide forkserver (call before it starts)."""
    import multiprocessing

    multiprocessing.get_context("forkserver").set_forkserver_preload(["bot.jobs.lifeline", *modules])
