"""`grantbot classify`: is an invoice item eligible in a programme, and why.

grantbot classify "Laptop Dell Latitude 5540" --program cs
grantbot classify "Firewall FortiGate 60F" --program cs --json
grantbot classify --batch pozycje.txt --program cg --json     (one JSON line per input line)
grantbot classify --batch - --program cp --json < pozycje.txt
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.cli import programme_code
from knowledge.errors import GrantbotError

MAX_BATCH_BYTES = 20 * 1024 * 1024  # a settlement has hundreds of lines, not millions
MAX_LINE = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]+")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"\x7fELF")

_VERDICT_PL = {"eligible": "KWALIFIKOWALNY", "ineligible": "NIEKWALIFIKOWALNY", "review": "DO WERYFIKACJI"}


class ClassifyInputError(GrantbotError):
    pass


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="kwalifikowalność pozycji faktury w programie (kategoria, werdykt, podstawa)",
        description="Ocena pozycji faktury: kategoria z katalogu, werdykt (eligible/ineligible/review), "
        "uzasadnienie i podstawa w dokumentach programu.",
    )
    parser.add_argument("text", nargs="?", help='opis pozycji, np. "Laptop Dell Latitude 5540"')
    parser.add_argument(
        "--program",
        "-p",
        required=True,
        type=programme_code,
        metavar="{cs,cg,cp}",
        help="program: cs (Cyberbezpieczny Samorząd), cg (Cyfrowa Gmina), cp (Cyfrowy Powiat)",
    )
    parser.add_argument("--batch", metavar="PLIK", help="plik z pozycjami, po jednej w wierszu ('-' = stdin)")
    parser.add_argument("--json", action="store_true", help="wynik w JSON (w trybie --batch: JSON Lines)")
    parser.set_defaults(func=run)



def _as_dict(result: Any) -> dict[str, Any]:
    return {
        "text": result.text,
        "category": result.category,
        "category_label": result.category_label,
        "verdict": result.verdict.value,
        "reason": result.reason,
        "citation": str(result.citation) if result.citation else None,
        "confidence": result.confidence,
        "is_service": result.is_service,
        "programme": result.programme,
        "matched": result.matched,
    }


def _human(result: Any) -> str:
    label = result.category_label or "nie rozpoznano"
    lines = [
        f"{result.text}",
        f"  werdykt: {_VERDICT_PL[result.verdict.value]} ({result.programme.upper()}) · kategoria: {label}"
        f" · pewność {result.confidence:.2f}",
        f"  uzasadnienie: {result.reason}",
    ]
    if result.matched:
        lines.append(f"  rozpoznano po: „{result.matched}”")
    if result.citation:
        lines.append(f"  podstawa: {result.citation.human()}")
    return "\n".join(lines)


def _read_bytes(source: str) -> bytes:
    limit = f"limit {MAX_BATCH_BYTES // 1024 // 1024} MB"
    if source == "-":
        raw = sys.stdin.buffer.read(MAX_BATCH_BYTES + 1)
        if len(raw) > MAX_BATCH_BYTES:
            raise ClassifyInputError(f"Dane wejściowe są za duże ({limit}).")
        return raw
    from bot.commands.check import read_error_reason

    path = Path(source)
    try:
        if path.is_dir():
            raise ClassifyInputError(f"„{source}” to katalog, a nie plik z pozycjami.")
        if not path.exists():
            raise ClassifyInputError(f"Nie znaleziono pliku „{source}”.")
        if not path.is_file():  # a FIFO or a device would block or never end
            raise ClassifyInputError(f"„{source}” nie jest zwykłym plikiem – podaj plik tekstowy z pozycjami.")
        if path.stat().st_size > MAX_BATCH_BYTES:
            raise ClassifyInputError(f"Plik „{source}” jest za duży ({limit}).")
        return path.read_bytes()
    except OSError as exc:
        raise ClassifyInputError(f"Nie można odczytać pliku „{source}”: {read_error_reason(exc)}") from exc


def _read_lines(source: str) -> Iterator[tuple[int, str]]:
    """(input line number, text) of every non-blank line."""
    raw = _read_bytes(source)
    name = "Dane wejściowe nie są" if source == "-" else f"Plik „{source}” nie jest"
    head = raw[:8192]
    # A binary file has NULs all over (or a known signature); a stray NUL in a text export should not
    # cost the other lines.
    if head.count(b"\x00") > 2 or head.startswith(_BINARY_MAGIC):
        raise ClassifyInputError(f"{name} tekstem (oczekiwano jednej pozycji w wierszu).")
    raw = raw.replace(b"\x00", b"")
    try:
        data = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        data = raw.decode("cp1250", errors="replace")  # Windows exports from Polish accounting software
    for number, line in enumerate(data.splitlines(), start=1):
        line = _CONTROL.sub(" ", line).strip()
        if line:
            yield number, line[:MAX_LINE]


def run(args: argparse.Namespace) -> int:
    from checks.classifier import classify

    programme = args.program.lower()
    if args.batch is None and not (args.text and args.text.strip()):
        raise ClassifyInputError("Podaj opis pozycji w cudzysłowie albo plik z pozycjami: --batch PLIK (lub '-').")
    if args.batch is not None and args.text:
        raise ClassifyInputError("Podaj albo jedną pozycję, albo --batch PLIK – nie oba naraz.")

    if args.batch is None:
        result = classify(args.text[:MAX_LINE], programme)
        if args.json:
            print(json.dumps(_as_dict(result), ensure_ascii=False))
        else:
            print(_human(result))
        return 0

    count = 0
    for number, line in _read_lines(args.batch):
        result = classify(line, programme)
        count += 1
        if args.json:
            # blank lines are skipped, so "line" keeps results aligned with the input
            print(json.dumps({**_as_dict(result), "line": number}, ensure_ascii=False))
        else:
            print(_human(result))
    if count == 0:
        raise ClassifyInputError("Brak pozycji do oceny – plik jest pusty.")
    return 0
