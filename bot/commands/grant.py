"""`grantbot grant <TERYT|nazwa> [--program cg|cp|cs] [--g WARTOŚĆ] [--json]`."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation

from bot.cli import programme_code
from knowledge.errors import GrantbotError


class BadValue(GrantbotError):
    pass


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "grant",
        help="maksymalna kwota grantu dla JST (kod TERYT lub nazwa)",
        description="Maksymalna kwota grantu w CG, CP i CS, z obliczeniem krok po kroku.",
    )
    parser.add_argument("unit", nargs="+", help="kod TERYT (2, 4, 6 lub 7 cyfr) albo nazwa JST")
    parser.add_argument(
        "--program", type=programme_code, metavar="cg|cp|cs", help="tylko ten program (domyślnie wszystkie trzy)"
    )
    parser.add_argument("--g", help="wskaźnik G gminy na 2021 r. (zł na mieszkańca), np. 1873,91")
    parser.add_argument("--json", action="store_true", help="wynik jako JSON")
    parser.set_defaults(func=run)


def parse_g(raw: str | None) -> Decimal | None:
    if raw is None:
        return None
    from grants.importer import check_index, parse_decimal

    try:
        value = parse_decimal(raw)
    except InvalidOperation:
        raise BadValue(f"Wskaźnik G „{raw[:40]}” nie jest liczbą (np. 1873,91).") from None
    return check_index("G", value)


def run(args: argparse.Namespace) -> int:
    from bot.config import load_settings
    from grants.render import candidate_dict, render_candidates, render_result, result_dict, unit_dict
    from services.engine import open_engine
    from services.grants import GrantService

    query = " ".join(args.unit)
    g = parse_g(args.g)
    service = GrantService(open_engine(load_settings(), create=False))
    lookup = service.lookup(query, [args.program] if args.program else None, g)
    if args.json:
        payload = {
            "query": query,
            "unit": unit_dict(lookup.unit) if lookup.unit else None,
            "candidates": [candidate_dict(c) for c in lookup.candidates],
            "results": [result_dict(r) for r in lookup.results],
            "notes": list(lookup.notes),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if lookup.ambiguous:
        print(render_candidates(query, lookup.candidates))
        return 0
    assert lookup.unit is not None
    from grants.calculator import people

    description = lookup.unit.describe()
    print(description[:1].upper() + description[1:])
    if lookup.unit.population_2020:
        print(f"Ludność (GUS, 31.12.2020): {people(lookup.unit.population_2020)}")
    for note in lookup.notes:
        print(f"Uwaga: {note}")
    for result in lookup.results:
        print()
        print(render_result(result))
    return 0
