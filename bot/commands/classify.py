"""`grantbot classify`: is an invoice item eligible in a programme, and why.

grantbot classify "Laptop Dell Latitude 5540" --program cs
grantbot classify "Firewall FortiGate 60F" --program cs --json
grantbot classify --batch pozycje.txt --program cg --json     (one JSON line per input line)
grantbot classify --batch - --program cp --json < pozycje.txt
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.cli import programme_code
from bot.commands.batch import read_lines
from knowledge.errors import GrantbotError

MAX_LINE = 2000

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
    for number, line in read_lines(args.batch, what="jedna pozycja faktury", max_line=MAX_LINE):
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
