"""Benchmark: the settlement pre-screen on a generated set of text PDFs.

Builds the test corpus (8 invoices incl. a 44-line multi-page one and a correction, 3 protocols),
then measures, each as the median of several runs: reading all files, the checks alone
(`run_checks`: classification of every line, all rules) and the whole `grantbot check --json`
command as a user runs it (Python start-up included). Writes bench/results/check.json.

    .venv/bin/python bench/check.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _median_ms(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from checks import CheckContext, run_checks
    from extractors.read import read_document
    from tests.fixtures.pdfgen import build_corpus

    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(f.path for f in build_corpus(Path(tmp), scans=False))
        documents = [read_document(p) for p in files]
        lines = sum(len(getattr(d, "items", ())) for d in documents)
        context = CheckContext.build("cs")
        run_checks(documents, context)  # warm the catalogue and classifier caches once

        read_ms = _median_ms(lambda: [read_document(p) for p in files], args.runs)
        checks_ms = _median_ms(lambda: run_checks(documents, context), args.runs)
        cli = [sys.executable, "-m", "bot.cli", "check", *map(str, files), "--program", "cs", "--json"]

        def run_cli() -> None:
            subprocess.run(cli, check=True, capture_output=True, cwd=ROOT)

        cli_ms = _median_ms(run_cli, args.runs)

    result = {
        "files": len(files),
        "lines": lines,
        "runs": args.runs,
        "read_all_ms_median": round(read_ms, 1),
        "run_checks_ms_median": round(checks_ms, 1),
        "run_checks_lines_per_second": round(lines / (checks_ms / 1000), 1),
        "cli_ms_median": round(cli_ms, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(f"grantbot check: {len(files)} text PDFs, {lines} lines, median of {args.runs} runs")
    print(f"  reading all files      {read_ms:8.1f} ms")
    print(f"  run_checks (pure core) {checks_ms:8.1f} ms  ({result['run_checks_lines_per_second']} lines/s)")
    print(f"  whole CLI (--json)     {cli_ms:8.1f} ms")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "check.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
