"""`grantbot run`: the Telegram bot when BOT_TOKEN is set, otherwise the terminal chat."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "run",
        help="uruchom bota Telegram (gdy ustawiono BOT_TOKEN) albo rozmowę w terminalu",
        description="Bot Telegram w trybie polling lub webhook (WEBHOOK_URL); bez BOT_TOKEN – rozmowa w terminalu.",
    )
    parser.add_argument("--terminal", action="store_true", help="rozmowa w terminalu nawet przy ustawionym BOT_TOKEN")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.config import load_settings

    settings = load_settings()
    if settings.bot_token is None or args.terminal:
        import asyncio

        from bot.dialogue.terminal import TerminalChat

        if sys.stdin.isatty():
            print("Brak BOT_TOKEN – uruchamiam rozmowę w terminalu (/koniec kończy, /pomoc – pomoc).")
        chat = TerminalChat(settings, echo=not sys.stdin.isatty())
        return asyncio.run(chat.run(sys.stdin, sys.stdout))
    from bot.__main__ import main

    return main(settings)
