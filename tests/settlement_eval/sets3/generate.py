"""Generate the part-3 (fresh) settlement sets: PDFs plus expected.yaml per set.

    python -m tests.settlement_eval.sets3.generate [--out DIR] [names...]

Same expectation format as part 1 (`sets.generate.expected_yaml`); the part-3 layouts are drawn by
`sets3.render`. Deterministic: text PDFs with reportlab `invariant=1`, scans with seeded noise.
"""

from __future__ import annotations

import argparse
import shutil
import zlib
from pathlib import Path

import yaml

from ..sets.generate import expected_yaml
from ..sets.model import SettlementSet
from ..sets.render import rasterise
from .render import render_invoice3, render_protocol3
from .specs import build_sets

DEFAULT_OUT = Path(__file__).resolve().parents[3] / "build" / "settlement_sets3"


def write_set(st: SettlementSet, out_dir: Path) -> Path:
    folder = out_dir / st.name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for inv in st.invoices:
        path = folder / inv.file
        render_invoice3(inv, path)
        if inv.scanned:
            rasterise(path, zlib.crc32(f"{st.name}/{inv.file}".encode()))
    for pr in st.protocols:
        path = folder / pr.file
        render_protocol3(pr, path)
        if pr.scanned:
            rasterise(path, zlib.crc32(f"{st.name}/{pr.file}".encode()))
    with (folder / "expected.yaml").open("w", encoding="utf-8") as fh:
        yaml.safe_dump(expected_yaml(st), fh, allow_unicode=True, sort_keys=False, width=110)
    return folder


def generate(out_dir: Path = DEFAULT_OUT, names: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_set(st, out_dir) for st in build_sets() if not names or st.name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the part-3 settlement sets.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args(argv)
    for folder in generate(args.out, args.names or None):
        print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
