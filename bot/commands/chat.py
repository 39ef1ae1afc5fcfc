"""`grantbot chat`: the dialogue in the terminal. Lines from stdin, replies on stdout; works through a pipe.

printf '/start\n/grant 0201\n' | grantbot chat
/plik ŚCIEŻKA   sends a file (invoice, protocol) as if uploaded
1, 2, …         presses a button of the last reply
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from knowledge.errors import GrantbotError


class ChatError(GrantbotError):
    pass


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "chat",
        help="rozmowa z asystentem w terminalu (także przez potok)",
        description="Rozmowa z asystentem w terminalu. /plik ŚCIEŻKA wysyła plik, liczba wybiera przycisk, "
        "/koniec kończy.",
        epilog=_commands_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--user-id", type=int, default=1, help="lokalny identyfikator rozmówcy (domyślnie 1)")
    parser.add_argument("--database-url", default=None, help="baza danych (domyślnie z DATABASE_URL / DATA_DIR)")
    parser.add_argument(
        "--echo",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="powtarzaj wpisane wiersze (domyślnie: gdy wejście nie jest terminalem)",
    )
    parser.set_defaults(func=run)


def _commands_epilog() -> str:
    """The chat's commands, from the same table as /pomoc and Telegram's menu (no heavy imports)."""
    try:
        from bot.dialogue.commands import help_lines
    except ImportError:
        return ""
    lines = [*help_lines("terminal", admin=False), "/koniec – koniec rozmowy"]
    return "polecenia w rozmowie:\n  " + "\n  ".join(lines)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from bot.config import load_settings
    from bot.dialogue.terminal import TerminalChat

    overrides = {"DATABASE_URL": args.database_url} if args.database_url else {}
    settings = load_settings(**overrides)
    echo = args.echo if args.echo is not None else not sys.stdin.isatty()
    chat = TerminalChat(settings, user_id=args.user_id, echo=echo)
    return asyncio.run(chat.run(sys.stdin, sys.stdout))
