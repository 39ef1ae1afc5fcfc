"""Benchmark: the settlement pre-screen on a generated set of text PDFs, then its growth.

1. The test corpus (8 invoices incl. a 44-line multi-page one and a correction, 3 protocols),
   each as the median of several runs: reading all files, the checks alone (`run_checks`:
   classification of every line, all rules) and the whole `grantbot check --json` command as a
   user runs it (Python start-up included).
2. Growth from 1 to 50 documents (invoices of 20 lines, one protocol each: 1 000 lines at 50), the
   documents already read: `run_checks`, and the PDF and XLSX renderers. Target: under 3 s at 50.
3. Protocol matching at 50 documents when no protocol names its invoice (every protocol line
   against every invoice line): the former pair-by-pair scoring (both names re-cleaned per pair)
   against the precomputed `rapidfuzz.process.cdist` matrix, with a check that the chosen lines agree.

Writes bench/results/check.json.

    .venv/bin/python bench/check.py [--runs 7] [--skip-cli]
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
from dataclasses import replace
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
    parser.add_argument("--skip-cli", action="store_true", help="skip part 1 (the PDF corpus and the CLI)")
    args = parser.parse_args()
    result: dict[str, object] = {"python": platform.python_version(), "machine": platform.machine()}
    if not args.skip_cli:
        result.update(corpus(args.runs))
    result["quality"] = quality()
    result["growth"] = growth(max(1, args.runs // 2))
    result["matching"] = matching()
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "check.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def corpus(runs: int) -> dict[str, object]:

    from checks import CheckContext, run_checks
    from extractors.read import read_document
    from tests.fixtures.pdfgen import build_corpus

    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(f.path for f in build_corpus(Path(tmp), scans=False))
        documents = [read_document(p) for p in files]
        lines = sum(len(getattr(d, "items", ())) for d in documents)
        context = CheckContext.build("cs")
        run_checks(documents, context)  # warm the catalogue and classifier caches once

        read_ms = _median_ms(lambda: [read_document(p) for p in files], runs)
        checks_ms = _median_ms(lambda: run_checks(documents, context), runs)
        cli = [sys.executable, "-m", "bot.cli", "check", *map(str, files), "--program", "cs", "--json"]

        def run_cli() -> None:
            subprocess.run(cli, check=True, capture_output=True, cwd=ROOT)

        cli_ms = _median_ms(run_cli, runs)

    result = {
        "files": len(files),
        "lines": lines,
        "runs": runs,
        "read_all_ms_median": round(read_ms, 1),
        "run_checks_ms_median": round(checks_ms, 1),
        "run_checks_lines_per_second": round(lines / (checks_ms / 1000), 1),
        "cli_ms_median": round(cli_ms, 1),
    }
    print(f"grantbot check: {len(files)} text PDFs, {lines} lines, median of {runs} runs")
    print(f"  reading all files      {read_ms:8.1f} ms")
    print(f"  run_checks (pure core) {checks_ms:8.1f} ms  ({result['run_checks_lines_per_second']} lines/s)")
    print(f"  whole CLI (--json)     {cli_ms:8.1f} ms")
    return result


def quality() -> dict[str, object]:
    """The generated settlement sets, scored as a finance officer would (tests/checks/settlement_sets.py)."""
    from decimal import Decimal

    from checks import CheckContext, ItemStatus, Severity, run_checks
    from checks.export import line_rows, line_totals
    from checks.money import document_totals
    from extractors.models import DocumentKind
    from tests.checks.settlement_sets import settlement_sets

    sets = settlement_sets()
    caught = ineligible = false_alarms = expected = raised = clean_warnings = clean = reconciled = 0
    for s in sets:
        ctx = CheckContext.build(s.programme, project_end=s.project_end, vat_recoverable=s.vat_recoverable)
        report = run_checks(s.documents, ctx, file_hashes=s.hashes)
        for item in report.items:
            if item.name in s.ineligible:
                ineligible += 1
                caught += item.verdict is ItemStatus.INELIGIBLE
            elif item.verdict is not ItemStatus.ELIGIBLE:
                false_alarms += 1
        false_alarms += sum(1 for f in report.findings if f.severity is not Severity.INFO and f.code not in s.expected)
        expected += len(s.expected)
        raised += len(s.expected & set(report.codes()))
        if s.clean:
            clean += 1
            clean_warnings += len(report.by_severity(Severity.WARNING)) + len(report.by_severity(Severity.ERROR))
        joined = {link.document.file for link in report.links}
        left_out = {d.document.file for d in report.duplicates}
        net = sum(
            (
                d.net_total or Decimal(0)
                for d in report.invoices
                if d.file not in left_out and (d.kind is not DocumentKind.CORRECTION or d.file in joined)
            ),
            Decimal(0),
        )
        sums = line_totals(line_rows(report))
        ok = all(document_totals(d).reconciled is not False for d in report.invoices)
        reconciled += ok and report.totals.total_net == net == sums["net"]
    print(f"\nquality on {len(sets)} generated settlement sets ({clean} clean controls):")
    print(f"  ineligible lines caught      {caught}/{ineligible}")
    print(f"  false alarms                 {false_alarms}")
    print(f"  expected findings raised     {raised}/{expected}")
    print(f"  warnings on clean controls   {clean_warnings}")
    print(f"  sets reconciled to the grosz {reconciled}/{len(sets)}")
    return {
        "sets": len(sets),
        "ineligible_caught": caught,
        "ineligible": ineligible,
        "false_alarms": false_alarms,
        "expected_findings": expected,
        "raised": raised,
        "clean_controls": clean,
        "warnings_on_clean": clean_warnings,
        "reconciled": reconciled,
    }


def growth(runs: int) -> list[dict[str, object]]:
    from checks import CheckContext, run_checks
    from checks.export import to_xlsx
    from checks.pdf import report_pdf
    from checks.render import to_dict
    from tests.checks.settlement_sets import big_set

    context = CheckContext.build("cs", vat_recoverable=False)
    print(f"\ngrowth (documents already read; median of {runs} runs): invoices of 20 lines + one protocol each")
    print(f"  {'invoices':>8} {'lines':>6} {'check+JSON':>11} {'PDF':>9} {'XLSX':>9} {'all':>9}")
    rows = []
    base = None
    for n in (1, 5, 10, 25, 50):
        documents = big_set(n)
        lines = sum(len(getattr(d, "items", ())) for d in documents if d.kind.value == "invoice")
        run_checks(documents, context)  # warm caches (catalogue, classifier)
        report = run_checks(documents, context)
        checks_ms = _median_ms(
            lambda docs=documents: json.dumps(to_dict(run_checks(docs, context)), ensure_ascii=False), runs
        )
        pdf_ms = _median_ms(lambda r=report: report_pdf(r), max(1, runs // 2))
        xlsx_ms = _median_ms(lambda r=report: to_xlsx(r), max(1, runs // 2))
        total = checks_ms + pdf_ms + xlsx_ms
        base = base or checks_ms
        rows.append(
            {
                "invoices": n,
                "lines": lines,
                "check_json_ms": round(checks_ms, 1),
                "pdf_ms": round(pdf_ms, 1),
                "xlsx_ms": round(xlsx_ms, 1),
                "with_files_ms": round(total, 1),
            }
        )
        print(
            f"  {n:>8} {lines:>6} {checks_ms:>8.1f} ms {pdf_ms:>6.1f} ms {xlsx_ms:>6.1f} ms {total:>6.1f} ms"
            f"  (check x{checks_ms / base:.1f})"
        )
    last = rows[-1]
    verdict = "OK" if last["check_json_ms"] < 3000 else "PONAD CEL"  # type: ignore[operator]
    print(
        f"  at 50 invoices / {last['lines']} lines: check + JSON {last['check_json_ms']} ms beyond reading "
        f"(target < 3000 ms: {verdict}); with --pdf and --xlsx {last['with_files_ms']} ms"
    )
    return rows


def matching() -> dict[str, object]:
    import re
    import unicodedata

    from rapidfuzz import fuzz

    from checks import CheckContext, run_checks
    from checks.matching import match_protocols
    from extractors.models import Protocol
    from tests.checks.settlement_sets import big_set

    documents = [d if not isinstance(d, Protocol) else replace(d, references=()) for d in big_set(50)]
    report = run_checks(documents, CheckContext.build("cs", vat_recoverable=False))
    protocols = [d for d in documents if isinstance(d, Protocol)]
    items = report.items
    everything = {p.file: list(range(len(items))) for p in protocols}

    def old_key(text: str) -> str:  # the former per-pair cleaning, as it was
        text = unicodedata.normalize("NFKC", text).casefold()
        return re.sub(r"[^\w]+", " ", re.sub(r"\s+", " ", text).strip()).strip()

    def pairwise() -> list[tuple[int | None, float]]:
        chosen: list[tuple[int | None, float]] = []
        for p in protocols:
            for pitem in p.items:
                best, best_score = None, 0.0
                for k, item in enumerate(items):
                    score = float(fuzz.token_set_ratio(old_key(pitem.name), old_key(item.name)))
                    if score > best_score:
                        best, best_score = k, score
                chosen.append((best if best_score >= 70 else None, best_score))
        return chosen

    pairs = sum(len(p.items) for p in protocols) * len(items)
    start = time.perf_counter()
    old = pairwise()
    old_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    new = match_protocols(protocols, items, everything, {})
    new_ms = (time.perf_counter() - start) * 1000
    # The same scores: each protocol line's best score is equal both ways (ties may pick another
    # equally scored line: the new matcher prefers the closer whole name).
    same_score = sum(1 for (_, old_score), m in zip(old, new, strict=True) if round(old_score, 1) == m.score)
    same_line = sum(
        1
        for (a, _), m in zip(old, new, strict=True)
        if (a is None and m.item is None) or (a is not None and m.item is items[a])
    )
    print(f"\nmatching, 50 protocols naming no invoice: {pairs} pairs")
    print(f"  pair by pair (names re-cleaned per pair) {old_ms:8.1f} ms")
    print(f"  precomputed + rapidfuzz cdist            {new_ms:8.1f} ms  (x{old_ms / new_ms:.1f} faster)")
    print(f"  same best score: {same_score}/{len(new)}; same line: {same_line}/{len(new)} (ties: closer whole name)")
    return {
        "pairs": pairs,
        "pairwise_ms": round(old_ms, 1),
        "cdist_ms": round(new_ms, 1),
        "speedup": round(old_ms / new_ms, 1),
        "same_score": same_score,
        "same_line": same_line,
        "protocol_lines": len(new),
    }


if __name__ == "__main__":
    sys.exit(main())
