"""`grantbot check FILE... --program X`: pre-screen settlement documents before filing them.

Reads every file (an unreadable one becomes a finding, not a crash), builds the context from the
options, runs the checks and prints the report: a text report or `--json`; and writes any of `--csv OUT`,
`--xlsx OUT`, `--pdf OUT`, `--settlement-xlsx OUT`, `--html OUT` (several in one run).
Exit code 2 when no file could be read.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import json
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from bot.cli import programme_code
from knowledge.errors import os_reason

MAX_AMOUNT = Decimal(10) ** 9
HELP = "wstępna kontrola faktur i protokołów przed wnioskiem rozliczającym"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help=HELP,
        description=(
            "Sprawdza faktury (PDF, skan, XML z KSeF) i protokoły odbioru: kwalifikowalność pozycji, "
            "daty, NIP-y, duplikaty, zgodność faktur z protokołami i progi programu. Każda uwaga ma "
            "podstawę w dokumentach programu."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="PLIK", help="faktury i protokoły odbioru")
    parser.add_argument("--program", required=True, type=programme_code, metavar="PROGRAM", help="cg, cp lub cs")
    parser.add_argument("--teryt", metavar="KOD", help="kod TERYT (lub nazwa) jednostki – limit grantu")
    parser.add_argument(
        "--project-end", metavar="DATA", help="koniec realizacji projektu z umowy (RRRR-MM-DD lub DD.MM.RRRR)"
    )
    parser.add_argument(
        "--grant",
        "--grant-amount",
        dest="grant_amount",
        metavar="KWOTA",
        help="kwota przyznanego grantu (limit usług doradczych)",
    )
    parser.add_argument("--vat-recoverable", choices=("tak", "nie"), help="czy JST może odzyskać VAT od tych wydatków")
    parser.add_argument("--json", action="store_true", help="raport w JSON na standardowe wyjście")
    parser.add_argument(
        "--csv", metavar="PLIK", help="zapisz pozycje faktur z wierszem sum do CSV (średnik, przecinek dziesiętny)"
    )
    parser.add_argument(
        "--xlsx", metavar="PLIK", help="zapisz arkusz XLSX: pozycje, zestawienie do wniosku, kategorie, uwagi"
    )
    parser.add_argument("--pdf", metavar="PLIK", help="zapisz raport do druku i podpisu (PDF, A4)")
    parser.add_argument(
        "--settlement-xlsx",
        metavar="PLIK",
        help="zapisz samo zestawienie faktur do wniosku rozliczającego (XLSX)",
    )
    parser.add_argument("--html", metavar="PLIK", help="zapisz raport do wydruku (HTML)")
    parser.set_defaults(func=run)


def parse_cli_date(text: str) -> date:
    """YYYY-MM-DD or DD.MM.YYYY (also with / or -)."""
    from checks.context import CheckError

    raw = text.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", raw):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    raise CheckError(f"Nieprawidłowa data „{text}”: podaj RRRR-MM-DD albo DD.MM.RRRR (np. 2025-06-30).")


def parse_amount(text: str) -> Decimal:
    from checks.context import CheckError

    cleaned = re.sub(r"[\s\u00a0]|zł|pln", "", text.strip(), flags=re.IGNORECASE).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal(-1)
    # No grant comes near a billion złoty; the bound also keeps quantize() within Decimal's precision.
    if not value.is_finite() or value <= 0 or value >= MAX_AMOUNT:
        raise CheckError(f"Nieprawidłowa kwota „{text}”: podaj liczbę złotych, np. 850000 albo 850 000,00.")
    return value.quantize(Decimal("0.01"))


def write_error_reason(exc: OSError, target: Path) -> str:
    """Why a report could not be written, in Polish (the OS's strerror is English)."""
    parent = str(target.parent) if str(target.parent) not in ("", ".") else "."
    if exc.errno == errno.ENOENT:
        return f"katalog „{parent}” nie istnieje"
    if exc.errno == errno.EISDIR or target.is_dir():
        return "to jest katalog – podaj nazwę pliku, np. raport.csv"
    if exc.errno == errno.ENOTDIR:
        blocker = next((p for p in (target, *target.parents) if p.exists() and not p.is_dir()), target.parent)
        return f"„{blocker}” nie jest katalogiem"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "brak uprawnień do zapisu w tym miejscu"
    return os_reason(exc)


def read_error_reason(exc: OSError) -> str:
    """Why an input file could not be read, in Polish."""
    return os_reason(exc) + "."


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_all(paths: list[str]) -> tuple[list[Any], list[Any], dict[str, str]]:
    """(documents, unreadable, file hashes); never raises for a bad file."""
    from dataclasses import replace

    from checks.models import UnreadableFile
    from extractors.errors import ExtractionError
    from extractors.read import read_document

    documents: list[Any] = []
    unreadable: list[UnreadableFile] = []
    hashes: dict[str, str] = {}
    # Names are shown to the user; when two files share a name, both are shown by the path given.
    counts = Counter(Path(arg).name for arg in paths)
    for arg in paths:
        path = Path(arg)
        label = path.name if counts[path.name] == 1 else arg
        try:
            exists = path.exists()
            dangling = not exists and path.is_symlink()
        except OSError as exc:  # ENAMETOOLONG and friends are raised, not answered False
            shown = label if len(label) <= 80 else label[:77] + "…"
            unreadable.append(UnreadableFile(shown, read_error_reason(exc)))
            continue
        if dangling:
            why = "to dowiązanie symboliczne, które prowadzi w pętlę albo do pliku, którego nie ma."
            unreadable.append(UnreadableFile(label, why))
            continue
        if not exists:
            unreadable.append(UnreadableFile(label, "plik nie istnieje."))
            continue
        if path.is_dir():
            unreadable.append(UnreadableFile(label, "to katalog, a nie plik."))
            continue
        try:
            document = read_document(path)
            digest = _sha256(path)
        except ExtractionError as exc:
            unreadable.append(UnreadableFile(label, str(exc)))
            continue
        except OSError as exc:
            unreadable.append(UnreadableFile(label, read_error_reason(exc)))
            continue
        except Exception as exc:  # a reader bug must not cost the user the other files' report
            unreadable.append(UnreadableFile(label, f"nieoczekiwany błąd odczytu ({type(exc).__name__})."))
            continue
        # A file may hold several documents (an invoice and its protocol): each is checked on its own,
        # named "plik.pdf [2]" after the first; only the first carries the file's hash.
        for k, part in enumerate(_documents_in(document)):
            name = label if k == 0 else f"{label} [{k + 1}]"
            documents.append(replace(part, file=name, **({"others": ()} if hasattr(part, "others") else {})))
        hashes[label] = digest
    return documents, unreadable, hashes


def _documents_in(document: Any) -> list[Any]:
    """The document and the further documents read from the same file."""
    from extractors.models import documents_in

    return list(documents_in(document))


def build_context(args: argparse.Namespace) -> Any:
    from checks.context import CheckContext
    from knowledge.programmes import get_programme

    programme = get_programme(args.program)
    project_end = parse_cli_date(args.project_end) if args.project_end else None
    grant_amount = parse_amount(args.grant_amount) if args.grant_amount else None
    vat = {"tak": True, "nie": False}.get(args.vat_recoverable) if args.vat_recoverable else None
    unit = max_grant = ineligible = ineligible_citation = None
    if args.teryt:
        from grants import GrantStatus, compute
        from knowledge.registry import load_registry

        unit = load_registry().resolve(args.teryt)
        result = compute(unit, programme)
        if result.status is GrantStatus.NOT_ELIGIBLE:
            ineligible = " ".join(result.steps) or None
            ineligible_citation = result.citations[0] if result.citations else None
        elif result.status is GrantStatus.EXACT:
            max_grant = result.amount
            # The formula amount is what the unit is awarded: the base of the advisory cap.
            grant_amount = grant_amount or result.amount
        else:
            max_grant = result.max
    return CheckContext.build(
        programme,
        unit=unit,
        max_grant=max_grant,
        project_end=project_end,
        vat_recoverable=vat,
        grant_amount=grant_amount,
        unit_ineligible=ineligible,
        unit_ineligible_citation=ineligible_citation,
    )


def run(args: argparse.Namespace) -> int:
    from checks import render
    from checks.runner import run_checks

    context = build_context(args)  # bad options fail before any slow reading
    documents, unreadable, hashes = read_all(args.files)
    try:
        report = run_checks(documents, context, file_hashes=hashes, unreadable=unreadable)
    except Exception as exc:  # a bug in a rule: say so in Polish rather than dump a traceback
        from bot.cli import fail

        return fail(f"wewnętrzny błąd kontroli ({type(exc).__name__}); zgłoś go autorom.", as_json=args.json, code=1)
    code = 0 if documents else 2
    if not documents:
        print("błąd: nie udało się odczytać żadnego z podanych plików.", file=sys.stderr)
    outputs = _outputs(args, report, render)
    if not outputs and not args.json:
        print(render.text_report(report))
        return code
    for target, data in outputs:
        if target == "-" and not args.json:
            if isinstance(data, bytes):
                sys.stdout.buffer.write(data)
            else:
                sys.stdout.write(data)
            return code
    for target, data in outputs:
        try:
            if isinstance(data, bytes):
                Path(target).write_bytes(data)
            else:
                # BOM: Excel then opens the Polish CSV as UTF-8.
                Path(target).write_text(data, encoding="utf-8-sig" if target == args.csv else "utf-8", newline="")
        except OSError as exc:
            from checks.context import CheckError

            reason = write_error_reason(exc, Path(target))
            raise CheckError(f"Nie mogę zapisać raportu do „{target}”: {reason}.") from None
    if args.json:
        print(json.dumps(render.to_dict(report), ensure_ascii=False, indent=2))
        return code
    print(render.summary(report))
    for target, _ in outputs:
        print(f"\nZapisano raport: {target}" if len(outputs) == 1 else f"Zapisano: {target}")
    return code


def _outputs(args: argparse.Namespace, report: Any, render: Any) -> list[tuple[str, str | bytes]]:
    """(target, content) of every file asked for; several may be written by one run."""
    out: list[tuple[str, str | bytes]] = []
    if args.csv:
        out.append((args.csv, render.to_csv(report)))
    if args.xlsx:
        out.append((args.xlsx, render.to_xlsx(report)))
    if args.settlement_xlsx:
        out.append((args.settlement_xlsx, render.settlement_xlsx(report)))
    if args.pdf:
        out.append((args.pdf, render.report_pdf(report)))
    if args.html:
        out.append((args.html, render.to_html(report, generated=date.today())))
    return out
