"""Generate the part-2 (fresh) settlement sets: PDFs plus expected.yaml per set."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..sets.generate import write_set
from .specs import build_sets

DEFAULT_OUT = Path(__file__).resolve().parents[3] / "build" / "settlement_sets2"


def generate(out_dir: Path = DEFAULT_OUT, names: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_set(st, out_dir) for st in build_sets() if not names or st.name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the part-2 settlement sets.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args(argv)
    for folder in generate(args.out, args.names or None):
        print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
