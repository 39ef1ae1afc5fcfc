"""The conversation core shared by the Telegram bot and the terminal chat (no aiogram here).

Exports are resolved lazily: job child processes import `bot.dialogue.jobs` and must not pay for
the database layer the rest of the package pulls in.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Action": "bot.dialogue.core",
    "Dialogue": "bot.dialogue.core",
    "Text": "bot.dialogue.core",
    "Upload": "bot.dialogue.core",
    "UserRef": "bot.dialogue.core",
    "Block": "bot.dialogue.replies",
    "Button": "bot.dialogue.replies",
    "OutFile": "bot.dialogue.replies",
    "Outcome": "bot.dialogue.replies",
    "Reply": "bot.dialogue.replies",
    "Style": "bot.dialogue.replies",
    "Backends": "bot.dialogue.backends",
    "build_backends": "bot.dialogue.backends",
    "Session": "bot.dialogue.session",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
