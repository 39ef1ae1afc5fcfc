"""`grantbot extract FILE... [--json]`: read invoices, protocols and KSeF e-invoices.

One JSON value per file (JSON Lines for several files) in the contract shape of
`extractors.serialise.document_to_dict`: an object, or a list of objects when the file holds several
documents (two invoices, an invoice and its protocol); without --json a readable Polish summary. A file that cannot
be read gets a Polish reason on stderr (and `{"file", "error"}` on stdout with --json); the others are
still printed, and the exit code is 2 if any file failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="odczytaj fakturę, fakturę korygującą, protokół odbioru lub e-fakturę KSeF",
        description=(
            "Odczytuje faktury i protokoły odbioru: PDF z programu do fakturowania, skan lub zdjęcie "
            "(JPG, PNG, TIFF; OCR po polsku) oraz e-faktury KSeF (XML, FA(2) i FA(3))."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="PLIK", type=Path, help="pliki do odczytania")
    parser.add_argument("--json", action="store_true", help="wynik jako JSON (JSON Lines dla kilku plików)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractors.errors import ExtractionError
    from extractors.read import read_document
    from extractors.serialise import file_summary, file_to_json

    as_json: bool = args.json
    failed = False
    progress = _progress if sys.stderr.isatty() and not as_json else None
    for index, path in enumerate(args.files):
        name = str(path)
        try:
            doc = read_document(path, progress=progress)
        except ExtractionError as exc:
            failed = True
            _report_error(name, str(exc), as_json)
            continue
        except Exception as exc:  # never a traceback for a user's file; the type helps a bug report
            failed = True
            _report_error(name, f"Nie udało się odczytać pliku (błąd wewnętrzny: {type(exc).__name__}).", as_json)
            continue
        if progress:
            print("\r\033[K", end="", file=sys.stderr)
        if as_json:
            out = file_to_json(doc)
            for one in out if isinstance(out, list) else [out]:
                one["file"] = name
            print(json.dumps(out, ensure_ascii=False), flush=True)
        else:
            if index:
                print()
            print(file_summary(doc).replace(doc.file, name), flush=True)
    return 2 if failed else 0


def _progress(page: int, total: int) -> None:
    print(f"\rCzytam stronę {page}/{total}…", end="", file=sys.stderr, flush=True)


def _report_error(name: str, message: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"file": name, "error": message}, ensure_ascii=False), flush=True)
    print(f"błąd: {name}: {message}", file=sys.stderr, flush=True)
