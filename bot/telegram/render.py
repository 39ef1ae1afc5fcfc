"""Replies to Telegram HTML: every piece of text is escaped, long replies are split at block
boundaries under the 4096-character limit, buttons become an inline keyboard."""

from __future__ import annotations

from html import escape

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialogue.replies import Block, Reply, Style, short_label

LIMIT = 4096
SAFE = 3900  # room for tags around the last block


def block_html(block: Block) -> str:
    text = escape(block.text, quote=False)
    if block.style is Style.TITLE:
        return f"<b>{text}</b>"
    if block.style is Style.ITEM:
        return f"• {text}"
    if block.style is Style.NOTE:
        return f"<i>{text}</i>"
    if block.style is Style.CODE:
        return f"<pre>{text}</pre>"
    return text


def _split_long(block: Block) -> list[Block]:
    if len(block.text) <= SAFE - 20:
        return [block]
    parts, current = [], ""
    for line in block.text.splitlines(keepends=True):
        while len(line) > SAFE - 20:
            parts.append(line[: SAFE - 20])
            line = line[SAFE - 20 :]
        if len(current) + len(line) > SAFE - 20:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return [Block(p.rstrip("\n"), block.style) for p in parts]


def chunks(reply: Reply) -> list[str]:
    """The reply as one or more HTML messages, each within Telegram's limit."""
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for block in reply.blocks:
        if not block.text:
            continue
        for piece in _split_long(block):
            html = block_html(piece)
            if current and size + len(html) + 2 > SAFE:
                messages.append("\n\n".join(current))
                current, size = [], 0
            current.append(html)
            size += len(html) + 2
    if current:
        messages.append("\n\n".join(current))
    return messages or ["…"]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=short_label(button.label, 120), callback_data=button.action) for button in row]
            for row in reply.buttons
        ]
    )
