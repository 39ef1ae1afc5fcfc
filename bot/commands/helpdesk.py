"""`grantbot helpdesk`: the operators' view of what the bot could not answer.

    grantbot helpdesk export-unanswered --csv [OUT]   unanswered questions as CSV (stdout without OUT)
    grantbot helpdesk stats [--json]                  the /statystyki figures in the terminal
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from knowledge.errors import GrantbotError


class HelpdeskError(GrantbotError):
    pass


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("helpdesk", help="pytania bez odpowiedzi i statystyki dla obsługi",
                                   description="Widok dla obsługi: pytania, na które bot nie odpowiedział, "
                                   "i statystyki.")
    parser.add_argument("--database-url", default=None, help="baza danych (domyślnie z DATABASE_URL / DATA_DIR)")
    sub = parser.add_subparsers(dest="helpdesk_command", metavar="POLECENIE", required=True)
    export = sub.add_parser("export-unanswered", help="eksport pytań bez odpowiedzi do CSV")
    export.add_argument("--csv", dest="csv_out", nargs="?", const="-", default=None, metavar="PLIK",
                        help="zapisz CSV do PLIKU (bez nazwy: na standardowe wyjście)")
    export.add_argument("--od", dest="since", default=None, metavar="RRRR-MM-DD", help="tylko pytania od tej daty")
    stats = sub.add_parser("stats", help="statystyki: pytania dziennie, odsetek bez odpowiedzi, dokumenty")
    stats.add_argument("--json", action="store_true", help="wynik jako JSON")
    parser.set_defaults(func=run)


def _engine(args: argparse.Namespace) -> Any:
    from bot.config import load_settings
    from storage import init_db, make_engine

    settings = load_settings(**({"DATABASE_URL": args.database_url} if args.database_url else {}))
    engine = make_engine(settings.effective_database_url)
    init_db(engine)
    return engine


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """User text as a CSV cell that Excel/LibreOffice show as text, never run (OWASP CSV injection).

    Line breaks become spaces: the csv module leaves a lone CR unquoted, which splits the row."""
    if "\r" in text or "\n" in text:
        text = " ".join(text.splitlines()).strip()
    return "'" + text if text.startswith(_FORMULA_START) else text


def unanswered_csv(rows: Any, users: dict[int, str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["data", "program", "pytanie", "najbliższy_wpis", "pewność", "użytkownik"])
    for row in rows:
        writer.writerow([
            row.created_at.strftime("%Y-%m-%d %H:%M"),
            _cell(row.programme or ""),
            _cell(row.question),
            _cell(row.best_entry or ""),
            f"{row.score:.2f}".replace(".", ",") if row.score is not None else "",
            (users or {}).get(row.user_id, "") if row.user_id is not None else "",
        ])
    return out.getvalue()


def _write_reason(exc: OSError) -> str:
    import errno

    return {
        errno.ENOENT: "katalog nie istnieje",
        errno.EACCES: "brak uprawnień",
        errno.EPERM: "brak uprawnień",
        errno.EISDIR: "to katalog",
        errno.ENOSPC: "brak miejsca na dysku",
        errno.EROFS: "system plików tylko do odczytu",
    }.get(exc.errno or 0, "błąd zapisu")


def run(args: argparse.Namespace) -> int:
    from storage import repo, session_scope

    if args.helpdesk_command == "export-unanswered":
        if args.csv_out is None:
            raise HelpdeskError("Podaj format eksportu: --csv [PLIK].")
        since = None
        if args.since:
            try:
                since = datetime.fromisoformat(args.since)
            except ValueError:
                raise HelpdeskError(f"Niepoprawna data „{args.since}” – użyj formatu RRRR-MM-DD.") from None
        with session_scope(_engine(args)) as db:
            rows = repo.unanswered(db, since=since)
            text = unanswered_csv(rows, repo.user_labels(db, (r.user_id for r in rows)))
        if args.csv_out == "-":
            sys.stdout.write(text)
        else:
            target = Path(args.csv_out)
            if target.is_dir():
                raise HelpdeskError(f"„{target}” to katalog – podaj nazwę pliku.")
            try:
                # BOM: Excel then opens Polish letters correctly.
                target.write_text("\ufeff" + text, encoding="utf-8")
            except OSError as exc:
                raise HelpdeskError(f"Nie mogę zapisać pliku „{target}”: {_write_reason(exc)}.") from None
            print(f"Zapisano {len(rows)} pytań do {target}", file=sys.stderr)
        return 0
    with session_scope(_engine(args)) as db:
        stats = repo.statistics(db)
    if args.json:
        print(json.dumps({
            "questions": stats.questions, "abstained": stats.abstained,
            "abstention_rate": round(stats.abstention_rate, 4),
            "days": [{"day": d.day.isoformat(), "questions": d.questions, "abstained": d.abstained}
                     for d in stats.days],
            "top_unanswered": [{"question": q, "count": c} for q, c in stats.top_unanswered],
            "documents_checked": stats.documents_checked, "reports": stats.reports,
            "items_checked": stats.items_checked, "ineligible_items": stats.ineligible_items,
            "ineligible_share": round(stats.ineligible_share, 4), "users": stats.users,
            "median_latency_ms": stats.median_latency_ms,
        }, ensure_ascii=False, indent=2))
        return 0
    from bot.dialogue.core import render_statistics
    from bot.dialogue.plain import render_plain

    print(render_plain(render_statistics(stats)))
    return 0
