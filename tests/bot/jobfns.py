"""Job bodies for the JobRunner tests (module-level so the child process can import them)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from knowledge.errors import GrantbotError


def pages(n: int, *, progress: Callable[[int, int], None]) -> str:
    for page in range(1, n + 1):
        progress(page, n)
    return f"read {n}"


def sleepy(seconds: float, *, progress: Callable[[int, int], None]) -> str:
    time.sleep(seconds)
    return "woke"


def crash(*, progress: Callable[[int, int], None]) -> None:
    os._exit(3)


def refuse(*, progress: Callable[[int, int], None]) -> None:
    raise GrantbotError("Plik jest zaszyfrowany.")


def bug(*, progress: Callable[[int, int], None]) -> None:
    raise KeyError("internal detail /etc/secret")
