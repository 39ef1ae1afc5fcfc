"""Structured replies: what to say, which buttons, which files. Each face renders them its own way
(Telegram: HTML with escaping and inline keyboards; terminal: plain text with numbered choices)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Style(StrEnum):
    TITLE = "title"  # bold heading
    TEXT = "text"  # a paragraph
    ITEM = "item"  # a bullet
    NOTE = "note"  # secondary: sources, hints (italic in Telegram)
    CODE = "code"  # fixed width: calculations, codes


@dataclass(frozen=True, slots=True)
class Block:
    text: str  # plain text; faces escape it
    style: Style = Style.TEXT


def short_label(text: str, limit: int = 64) -> str:
    """`text` within `limit` characters, cut at a word boundary with "…" (never mid-word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: str  # opaque to faces; fed back as an Action. At most 64 bytes (Telegram callback_data)

    def __post_init__(self) -> None:
        if len(self.action.encode()) > 64:
            raise ValueError(f"button action longer than 64 bytes: {self.action!r}")


@dataclass(frozen=True, slots=True)
class OutFile:
    name: str
    content: bytes
    mime: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    blocks: tuple[Block, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()  # rows
    files: tuple[OutFile, ...] = ()
    kind: str = "text"  # what the bot did: faq|grant|purchase|command|document|report|error|…

    @property
    def plain(self) -> str:
        """All text in one string (tests, logs, the terminal)."""
        return "\n".join(block.text for block in self.blocks)

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(button.action for row in self.buttons for button in row)


def reply(
    *blocks: Block | str,
    buttons: tuple[tuple[Button, ...], ...] = (),
    files: tuple[OutFile, ...] = (),
    kind: str = "text",
) -> Reply:
    return Reply(
        blocks=tuple(b if isinstance(b, Block) else Block(b) for b in blocks),
        buttons=buttons,
        files=files,
        kind=kind,
    )


def title(text: str) -> Block:
    return Block(text, Style.TITLE)


def item(text: str) -> Block:
    return Block(text, Style.ITEM)


def note(text: str) -> Block:
    return Block(text, Style.NOTE)


def code(text: str) -> Block:
    return Block(text, Style.CODE)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one incoming event produced; `log` says how to record it in the message table."""

    replies: tuple[Reply, ...]
    log: LogEntry | None = None
    ephemeral: tuple[str, ...] = field(default=())  # short toasts (Telegram answerCallbackQuery)


@dataclass(frozen=True, slots=True)
class LogEntry:
    kind: str  # faq|grant|purchase|command|document|other
    question: str
    answer_entry: str | None = None
    programme: str | None = None
    abstained: bool = False
    best_entry: str | None = None
    score: float | None = None
