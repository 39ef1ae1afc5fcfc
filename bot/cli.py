"""`grantbot` command line: a thin dispatcher over one module per sub-command.

Exit codes: 0 success, 1 internal failure, 2 bad input (a Polish message on stderr and, with
`--json`, `{"error": ...}` on stdout).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Sequence
from typing import NoReturn

from knowledge.errors import GrantbotError

# Order is the order shown in `grantbot --help`.
COMMANDS = ("run", "worker", "chat", "ask", "grant", "data", "extract", "classify", "check", "helpdesk", "panel")

_ARGPARSE_PL = {
    "the following arguments are required": "brakuje wymaganych argumentów",
    "unrecognized arguments": "nieznane argumenty",
    "invalid choice": "niedozwolona wartość",
    "choose from": "dozwolone",
    "expected one argument": "oczekiwano jednej wartości",
    "not allowed with argument": "nie może wystąpić razem z",
    "one of the arguments": "jeden z argumentów",
    "is required": "jest wymagany",
    "ambiguous option": "niejednoznaczna opcja",
    "could match": "może oznaczać",
    "invalid": "niepoprawna wartość",
    "value": "wartość",
}


def _polish(text: str) -> str:
    for en, pl in _HELP_PL:
        text = text.replace(en, pl)
    return text


def programme_code(value: str) -> str:
    """argparse `type=` for --program: 'cg' | 'cp' | 'cs', any case, with a Polish error."""
    code = value.strip().lower()
    if code not in ("cg", "cp", "cs"):
        raise argparse.ArgumentTypeError(
            f"nieznany program „{value}” – wybierz cg (Cyfrowa Gmina), cp (Cyfrowy Powiat) "
            "albo cs (Cyberbezpieczny Samorząd)"
        )
    return code


_HELP_PL = (
    ("usage: ", "użycie: "),
    ("positional arguments:", "argumenty:"),
    ("options:", "opcje:"),
    ("show this help message and exit", "pokaż tę pomoc i zakończ"),
)


class PolishArgumentParser(argparse.ArgumentParser):
    """argparse with usage, help and errors in Polish, and exit code 2 (its own convention too)."""

    def format_usage(self) -> str:
        return _polish(super().format_usage())

    def format_help(self) -> str:
        return _polish(super().format_help())

    def error(self, message: str) -> NoReturn:
        for en, pl in _ARGPARSE_PL.items():
            message = message.replace(en, pl)
        if "--json" in sys.argv:
            print(json.dumps({"error": message}, ensure_ascii=False))
        self.print_usage(sys.stderr)
        print(f"{self.prog}: błąd: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = PolishArgumentParser(
        prog="grantbot",
        description="Asystent dla JST: Cyfrowa Gmina, Cyfrowy Powiat, Cyberbezpieczny Samorząd.",
    )
    sub = parser.add_subparsers(dest="command", metavar="POLECENIE", parser_class=PolishArgumentParser)
    for name in COMMANDS:
        module_name = f"bot.commands.{name}"
        importlib.import_module(module_name).register(sub)
    return parser


def fail(message: str, *, as_json: bool, code: int = 2) -> int:
    """Report a user error the CLI way: Polish on stderr, `{"error": …}` on stdout with --json."""
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    print(f"błąd: {message}", file=sys.stderr)
    return code


def _tolerant_streams() -> None:
    """A console or file in another encoding (ascii, cp1250) gets '?' for ✅ or ł, not a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if args.command is None:
            args = parser.parse_args(["run"])
        else:
            parser.print_help()
            return 2
    as_json = bool(getattr(args, "json", False))
    try:
        result: int = args.func(args)
        return result
    except GrantbotError as exc:
        return fail(str(exc), as_json=as_json)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
