"""Plain-text rendering of replies for the terminal chat (buttons become numbered choices)."""

from __future__ import annotations

import textwrap

from bot.dialogue.replies import Reply, Style

WIDTH = 100


def render_plain(reply: Reply, *, first_button: int = 1) -> str:
    lines: list[str] = []
    for block in reply.blocks:
        if not block.text:
            continue
        if block.style is Style.TITLE:
            lines.extend(textwrap.wrap(block.text.upper() if len(block.text) < 40 else block.text, WIDTH))
        elif block.style is Style.ITEM:
            for n, paragraph in enumerate(block.text.splitlines()):
                lines.extend(
                    textwrap.wrap(paragraph, WIDTH, initial_indent="• " if n == 0 else "  ", subsequent_indent="  ")
                    or [""]
                )
        elif block.style is Style.CODE:
            lines.extend("  " + line for line in block.text.splitlines())
        elif block.style is Style.NOTE:
            for paragraph in block.text.splitlines():
                lines.extend(textwrap.wrap(paragraph, WIDTH, initial_indent="  ", subsequent_indent="  ") or [""])
        else:
            for paragraph in block.text.splitlines():
                lines.extend(textwrap.wrap(paragraph, WIDTH) or [""])
    number = first_button
    for row in reply.buttons:
        for button in row:
            lines.append(f"  [{number}] {button.label}")
            number += 1
    return "\n".join(lines)
