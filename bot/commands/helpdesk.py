"""`grantbot helpdesk`: the operators' view of what the bot could not answer (issue 13).

grantbot helpdesk inbox [--json] [--status open|answered|closed|all] [--program cg|cp|cs]
grantbot helpdesk answer ID --text "…" [--promote] [--only-this] [--staff LOGIN]
grantbot helpdesk close ID
grantbot helpdesk drafts [--json] [--status draft|approved|rejected]
grantbot helpdesk approve ID | reject ID
grantbot helpdesk export-faq [OUT]                approved answers as YAML in the knowledge/faq format
grantbot helpdesk add-staff LOGIN                 a staff account for the web panel; prints a one-time password
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

from knowledge.errors import GrantbotError, os_reason


class HelpdeskError(GrantbotError):
    pass


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "helpdesk",
        help="pytania bez odpowiedzi i statystyki dla obsługi",
        description="Widok dla obsługi: pytania, na które bot nie odpowiedział, i statystyki.",
    )
    parser.add_argument("--database-url", default=None, help="baza danych (domyślnie z DATABASE_URL / DATA_DIR)")
    sub = parser.add_subparsers(dest="helpdesk_command", metavar="POLECENIE", required=True)
    export = sub.add_parser("export-unanswered", help="eksport pytań bez odpowiedzi do CSV")
    export.add_argument(
        "--csv",
        dest="csv_out",
        nargs="?",
        const="-",
        default=None,
        metavar="PLIK",
        help="zapisz CSV do PLIKU (bez nazwy: na standardowe wyjście)",
    )
    export.add_argument("--od", dest="since", default=None, metavar="RRRR-MM-DD", help="tylko pytania od tej daty")
    stats = sub.add_parser("stats", help="statystyki: pytania dziennie, odsetek bez odpowiedzi, dokumenty")
    stats.add_argument("--json", action="store_true", help="wynik jako JSON")
    inbox = sub.add_parser("inbox", help="skrzynka: pytania bez odpowiedzi, oceny 👎, prośby o konsultanta")
    inbox.add_argument("--json", action="store_true", help="wynik jako JSON (lista)")
    inbox.add_argument(
        "--status",
        default="open",
        choices=["open", "answered", "closed", "all"],
        help="które pytania (domyślnie otwarte)",
    )
    inbox.add_argument(
        "--program", dest="programme", choices=["cg", "cp", "cs"], default=None, help="tylko ten program"
    )
    answer = sub.add_parser("answer", help="odpowiedz na pytanie ze skrzynki (trafi do pytającego)")
    answer.add_argument("item_id", type=int, metavar="ID")
    answer.add_argument("--text", required=True, help="treść odpowiedzi")
    answer.add_argument("--promote", action="store_true", help="utwórz też szkic wpisu FAQ")
    answer.add_argument("--only-this", action="store_true", help="tylko to pytanie, nie całą grupę podobnych")
    answer.add_argument("--staff", default="cli", help="kto odpowiada (login)")
    answer.add_argument("--citation", default=None, help="podstawa (dokument, §/pkt) dla szkicu FAQ")
    close = sub.add_parser("close", help="zamknij pytanie bez odpowiedzi")
    close.add_argument("item_id", type=int, metavar="ID")
    drafts = sub.add_parser("drafts", help="szkice wpisów FAQ z odpowiedzi konsultantów")
    drafts.add_argument("--json", action="store_true", help="wynik jako JSON (lista)")
    drafts.add_argument("--status", choices=["draft", "approved", "rejected"], default=None)
    for name, helptext in (("approve", "zatwierdź szkic: bot zacznie nim odpowiadać"), ("reject", "odrzuć szkic")):
        decide = sub.add_parser(name, help=helptext)
        decide.add_argument("draft_id", type=int, metavar="ID")
        decide.add_argument("--staff", default="cli", help="kto decyduje (login)")
    export_faq = sub.add_parser("export-faq", help="zatwierdzone odpowiedzi jako YAML w formacie knowledge/faq/")
    export_faq.add_argument("out", nargs="?", default="-", metavar="PLIK")
    add_staff = sub.add_parser("add-staff", help="konto konsultanta do panelu www (wypisuje hasło jednorazowe)")
    add_staff.add_argument("login")
    parser.set_defaults(func=run)


def _engine(args: argparse.Namespace) -> Any:
    from bot.config import load_settings
    from storage import init_db, make_engine

    settings = load_settings(**({"DATABASE_URL": args.database_url} if args.database_url else {}))
    engine = make_engine(settings.effective_database_url)
    init_db(engine)
    return engine


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """User text as a CSV cell that Excel/LibreOffice show as text, never run (OWASP CSV injection).

    Line breaks become spaces: the csv module leaves a lone CR unquoted, which splits the row."""
    if "\r" in text or "\n" in text:
        text = " ".join(text.splitlines()).strip()
    return "'" + text if text.startswith(_FORMULA_START) else text


def unanswered_csv(
    rows: Any,
    users: dict[int, str] | None = None,
    inbox: dict[int, tuple[list[dict[str, str]], list[dict[str, Any]]]] | None = None,
) -> str:
    """Unanswered questions as CSV; `inbox` maps a question's id to its context turns and nearest entries."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(
        ["data", "program", "pytanie", "najbliższy_wpis", "pewność", "użytkownik", "kontekst", "najbliższe_wpisy"]
    )
    for row in rows:
        context, nearest = (inbox or {}).get(getattr(row, "id", None) or 0, ([], []))
        best_entry = row.best_entry or (nearest[0]["entry_id"] if nearest else "")
        score = row.score if row.best_entry else (nearest[0]["score"] if nearest else row.score)
        writer.writerow(
            [
                row.created_at.strftime("%Y-%m-%d %H:%M"),
                csv_cell(row.programme or ""),
                csv_cell(row.question),
                csv_cell(best_entry),
                f"{score:.2f}".replace(".", ",") if score is not None else "",
                (users or {}).get(row.user_id, "") if row.user_id is not None else "",
                csv_cell(" | ".join(f"{'U' if t['role'] == 'user' else 'B'}: {t['text']}" for t in context)),
                csv_cell(", ".join(f"{n['entry_id']} ({n['score']:.2f})" for n in nearest)),
            ]
        )
    return out.getvalue()


def faq_nearest() -> Any:
    """(question, programme) -> [(entry_id, score)]: the FAQ engine's nearest entries, for the inbox."""
    from bot.commands.ask import user_cache_dir
    from knowledge.faq_engine import FaqEngine
    from services.helpdesk import nearest_from

    return nearest_from(FaqEngine.from_directory(cache_dir=user_cache_dir()).rank)


def _print_inbox(views: list[Any]) -> None:
    if not views:
        print("Skrzynka jest pusta.")
        return
    for view in views:
        group = f", grupa {view.group_id} ({view.group_size} pyt.)" if view.group_size > 1 else ""
        print(
            f"[{view.id}] {view.asked_at[:16].replace('T', ' ')} {view.programme or '--'} {view.status}"
            f" ({view.origin}{group}) {view.user or ''}"
        )
        print(f"    „{view.question}”")
        for turn in view.context[-4:]:
            print(f"      {'>' if turn['role'] == 'user' else '<'} {turn['text'][:100]}")
        if view.nearest:
            print("    najbliższe wpisy: " + ", ".join(f"{n['entry_id']} ({n['score']:.2f})" for n in view.nearest))
        if view.answer:
            print(f"    odpowiedź: {view.answer[:200]}")


def _run_loop(args: argparse.Namespace) -> int | None:
    """The inbox → answer → draft → approval sub-commands; None for the older ones."""
    from services import helpdesk
    from storage import session_scope

    command = args.helpdesk_command
    if command not in {"inbox", "answer", "close", "drafts", "approve", "reject", "export-faq", "add-staff"}:
        return None
    with session_scope(_engine(args)) as db:
        if command == "inbox":
            helpdesk.sync_inbox(db, faq_nearest())
            views = helpdesk.inbox(db, status=args.status, programme=args.programme)
            if args.json:
                print(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=2))
            else:
                _print_inbox(views)
        elif command == "answer":
            helpdesk.sync_inbox(db, faq_nearest())
            reply = helpdesk.answer(db, args.item_id, args.text, staff=args.staff, whole_group=not args.only_this)
            note = ""
            if args.promote:
                draft = helpdesk.promote(db, reply.id or 0, citation=args.citation)
                note = f" Utworzono szkic FAQ nr {draft.id} (zatwierdź: grantbot helpdesk approve {draft.id})."
            print(f"Zapisano odpowiedź nr {reply.id}; trafi do pytających przy najbliższej okazji.{note}")
        elif command == "close":
            helpdesk.close_item(db, args.item_id)
            print(f"Zamknięto pytanie nr {args.item_id}.")
        elif command == "drafts":
            drafts = helpdesk.drafts(db, status=args.status)
            if args.json:
                print(json.dumps([d.to_json() for d in drafts], ensure_ascii=False, indent=2))
            elif not drafts:
                print("Brak szkiców.")
            for draft_view in drafts if not args.json else []:
                print(
                    f"[{draft_view.id}] {draft_view.status} {draft_view.programme or '--'} „{draft_view.question}”"
                    f"\n    {draft_view.answer[:200]}"
                )
        elif command in ("approve", "reject"):
            draft = helpdesk.decide(db, args.draft_id, approve=command == "approve", staff=args.staff)
            verdict = "zatwierdzony – bot odpowiada nim w ciągu minuty" if command == "approve" else "odrzucony"
            print(f"Szkic nr {draft.id}: {verdict}.")
        elif command == "export-faq":
            text = helpdesk.export_faq_yaml(db)
            if args.out == "-":
                sys.stdout.write(text)
            else:
                try:
                    Path(args.out).write_text(text, encoding="utf-8")
                except OSError as exc:
                    raise HelpdeskError(f"Nie mogę zapisać pliku „{args.out}”: {os_reason(exc)}.") from None
                print(f"Zapisano zatwierdzone odpowiedzi do {args.out}", file=sys.stderr)
        else:
            password = helpdesk.add_staff(db, args.login)
            print(f"Konto „{args.login.strip()}” gotowe. Hasło jednorazowe (przekaż je bezpiecznie): {password}")
    return 0


def run(args: argparse.Namespace) -> int:
    from storage import repo, session_scope

    done = _run_loop(args)
    if done is not None:
        return done
    if args.helpdesk_command == "export-unanswered":
        if args.csv_out is None:
            raise HelpdeskError("Podaj format eksportu: --csv [PLIK].")
        since = None
        if args.since:
            try:
                since = datetime.fromisoformat(args.since)
            except ValueError:
                raise HelpdeskError(f"Niepoprawna data „{args.since}” – użyj formatu RRRR-MM-DD.") from None
        from services import helpdesk

        with session_scope(_engine(args)) as db:
            rows = repo.unanswered(db, since=since)
            if rows:
                helpdesk.sync_inbox(db, faq_nearest())
            context = helpdesk.refused_context(db, [r.id for r in rows if r.id is not None])
            text = unanswered_csv(rows, repo.user_labels(db, (r.user_id for r in rows)), context)
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
                raise HelpdeskError(f"Nie mogę zapisać pliku „{target}”: {os_reason(exc)}.") from None
            print(f"Zapisano {len(rows)} pytań do {target}", file=sys.stderr)
        return 0
    with session_scope(_engine(args)) as db:
        stats = repo.statistics(db)
    if args.json:
        print(
            json.dumps(
                {
                    "questions": stats.questions,
                    "abstained": stats.abstained,
                    "abstention_rate": round(stats.abstention_rate, 4),
                    "days": [
                        {"day": d.day.isoformat(), "questions": d.questions, "abstained": d.abstained}
                        for d in stats.days
                    ],
                    "top_unanswered": [{"question": q, "count": c} for q, c in stats.top_unanswered],
                    "documents_checked": stats.documents_checked,
                    "reports": stats.reports,
                    "items_checked": stats.items_checked,
                    "ineligible_items": stats.ineligible_items,
                    "ineligible_share": round(stats.ineligible_share, 4),
                    "users": stats.users,
                    "median_latency_ms": stats.median_latency_ms,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    from bot.dialogue.core import render_statistics
    from bot.dialogue.plain import render_plain

    print(render_plain(render_statistics(stats)))
    return 0
