"""`grantbot data import-indices FILE` and `grantbot data import-amounts --program X FILE`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.cli import programme_code
from knowledge.errors import GrantbotError


class ImportFileError(GrantbotError):
    pass


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("data", help="import danych urzędowych (wskaźniki G/P, listy kwot)")
    inner = parser.add_subparsers(dest="data_command", metavar="POLECENIE", required=True)

    indices = inner.add_parser(
        "import-indices",
        help="import wskaźników G (gminy, 2021) i P (powiaty, 2022) z CSV/XLSX",
        description="Plik CSV lub XLSX z nagłówkiem: kolumna „teryt” oraz „G” i/lub „P” "
        "(albo „wartosc” z „rodzaj”). Błędne wiersze są odrzucane z podaniem powodu.",
    )
    indices.add_argument("file", type=Path)
    indices.add_argument("--dry-run", action="store_true", help="tylko sprawdź plik, nic nie zapisuj")
    indices.add_argument("--json", action="store_true")
    indices.set_defaults(func=run_indices)

    amounts = inner.add_parser(
        "import-amounts",
        help="import oficjalnej listy kwot grantów (załącznik nr 2)",
        description="Plik CSV lub XLSX z kolumnami „teryt” i „kwota”. Zaimportowana kwota ma "
        "pierwszeństwo przed wyliczeniem.",
    )
    amounts.add_argument("--program", type=programme_code, metavar="cg|cp|cs", required=True)
    amounts.add_argument("file", type=Path)
    amounts.add_argument("--dry-run", action="store_true")
    amounts.add_argument("--json", action="store_true")
    amounts.set_defaults(func=run_amounts)


def _read_check(path: Path) -> None:
    if not path.exists():
        raise ImportFileError(f"Nie ma pliku {path}.")
    if not path.is_file():
        raise ImportFileError(f"{path} nie jest plikiem.")


def _report(report, as_json: bool, dry_run: bool, what: str) -> int:  # type: ignore[no-untyped-def]
    if as_json:
        print(
            json.dumps(
                {
                    "accepted": len(report.accepted),
                    "rejected": [{"line": r.line, "reason": r.reason} for r in report.rejected],
                    "notes": list(report.notes),
                    "saved": not dry_run and bool(report.accepted),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(report.summary())
        if dry_run:
            print("Tryb próbny: niczego nie zapisano.")
        elif report.accepted:
            print(f"Zapisano {what}.")
    if not report.accepted:
        if not as_json:
            print("Żaden wiersz nie został przyjęty.")
        return 2
    return 0


def _service(dry_run: bool):  # type: ignore[no-untyped-def]
    from bot.config import load_settings
    from services.engine import open_engine
    from services.grants import GrantService

    return GrantService(open_engine(load_settings(), create=not dry_run))


def run_indices(args: argparse.Namespace) -> int:
    _read_check(args.file)
    report = _service(args.dry_run).import_indices(args.file, dry_run=args.dry_run)
    return _report(report, args.json, args.dry_run, "wskaźniki w bazie; /grant użyje ich automatycznie")


def run_amounts(args: argparse.Namespace) -> int:
    _read_check(args.file)
    report = _service(args.dry_run).import_amounts(args.file, args.program, dry_run=args.dry_run)
    return _report(report, args.json, args.dry_run, "oficjalne kwoty w bazie; mają pierwszeństwo przed wyliczeniem")
