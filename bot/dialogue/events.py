"""Incoming events every face translates its input into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class UserRef:
    channel: str  # "telegram" | "terminal"
    id: int


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Action:
    action: str  # a Button.action the user pressed


@dataclass(frozen=True, slots=True)
class Upload:
    path: Path  # a local copy the face saved; deleted after processing unless KEEP_UPLOADS
    name: str  # the file name the user sent
    size: int


Event = Text | Action | Upload
