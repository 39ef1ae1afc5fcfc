"""Black-box scorer: generate the corpus, run `grantbot extract --json` on every file, compare field by field.

    python -m tests.corpus.extract.score --part dev --quick
    python -m tests.corpus.extract.score --family erp_mono --degradation clean_png,perspective --json out.json

Only the CLI contract is used (the JSON the command prints); nothing of the parser is imported.
A file holding several documents yields a JSON list; several files per call yield JSON Lines.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from tests.corpus.extract.build import (
    ALL_PARTS,
    ALL_RUNGS,
    Case,
    applicable,
    cache_dir,
    expected,
    families,
    materialise,
    plan,
)

HEADER = (
    "kind",
    "number",
    "issue_date",
    "sale_date",
    "seller_nip",
    "buyer_nip",
    "seller_name",
    "buyer_name",
    "currency",
    "net_total",
    "vat_total",
    "gross_total",
)
AMOUNTS = {"net_total", "vat_total", "gross_total"}
DATES = {"issue_date", "sale_date"}
NAMES = {"seller_name", "buyer_name"}
ITEM_FIELDS = ("name", "qty", "net", "gross")
NO_OUTPUT = "no output from grantbot (crash or timeout)"
READABLE = {"pdf", "png", "jpg", "webp", "heic", "avif", "bmp", "gif", "tif", "tiff"}


def norm_text(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u201e", '"').replace("\u201d", '"').replace("\u201c", '"')
    return " ".join(s.split()).casefold()


def norm_number(s: str) -> str:
    return "".join(s.split()).upper()


def as_decimal(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v).replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return None


def as_date(v: Any) -> str | None:
    if v is None:
        return None
    try:
        return date.fromisoformat(str(v)[:10]).isoformat()
    except ValueError:
        return str(v)


def similar(a: str, b: str) -> float:
    return SequenceMatcher(None, norm_text(a), norm_text(b)).ratio()


def same(fieldname: str, exp: Any, got: Any) -> bool:
    if exp is None:
        return got in (None, "", [])
    if got is None:
        return False
    if fieldname in AMOUNTS or fieldname in ("qty", "net", "gross"):
        return as_decimal(exp) == as_decimal(got)
    if fieldname in DATES:
        return as_date(exp) == as_date(got)
    if fieldname in NAMES or fieldname == "name":
        return norm_text(str(exp)) == norm_text(str(got))
    if fieldname == "number":
        return norm_number(str(exp)) == norm_number(str(got))
    if fieldname in ("seller_nip", "buyer_nip"):
        return "".join(c for c in str(got) if c.isdigit()) == exp and len(str(got).strip()) <= 13
    if fieldname == "currency":
        return str(exp).upper() == str(got).upper()
    return bool(exp == got)


@dataclass(slots=True)
class Check:
    file: str
    family: str
    rung: str
    source: str
    fmt: str
    field: str
    expected: Any
    got: Any
    ok: bool
    flagged: bool  # the product marked this field uncertain
    confidence: float | None = None  # the product's confidence for the field, when it gives one

    @property
    def silent_wrong(self) -> bool:
        return not self.ok and self.got not in (None, "", []) and not self.flagged


@dataclass(slots=True)
class Result:
    checks: list[Check] = field(default_factory=list)
    refusals: list[dict[str, str]] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    tolerant_names: list[bool] = field(default_factory=list)
    files: int = 0
    seconds: float = 0.0


def _match_items(
    exp: list[dict[str, Any]], got: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair expected lines with output lines: best name similarity, same before/after side, each used once."""
    free = list(range(len(got)))
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for e in exp:
        best, best_score = None, 0.5
        for j in free:
            g = got[j]
            if bool(g.get("before_correction")) != bool(e.get("before_correction")):
                continue
            sc = similar(e["name"], str(g.get("name") or ""))
            if sc > best_score:
                best, best_score = j, sc
        if best is not None:
            free.remove(best)
            pairs.append((e, got[best]))
        else:
            pairs.append((e, None))
    return pairs


def _pair_docs(
    exp: list[dict[str, Any]], got: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    if len(exp) == 1:
        return [(exp[0], got[0] if got else None)]
    free = list(range(len(got)))
    out: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for k, e in enumerate(exp):
        hit = next((j for j in free if norm_number(str(got[j].get("number") or "")) == norm_number(e["number"])), None)
        if hit is None and k < len(got) and k in free:
            hit = k
        if hit is not None:
            free.remove(hit)
        out.append((e, got[hit] if hit is not None else None))
    return out


def score_file(row: dict[str, Any], out: Any, res: Result) -> None:
    fmt = row["file"].rsplit(".", 1)[-1]
    base = dict(file=row["file"], family=row["family"], rung=row["rung"], source=row["source"], fmt=fmt)
    docs: list[dict[str, Any]]
    if isinstance(out, dict) and out.get("error") == NO_OUTPUT:
        res.crashes.append(row["file"])
        docs = []
    elif isinstance(out, dict) and "error" in out:
        if fmt in READABLE:
            res.refusals.append({"file": row["file"], "error": str(out["error"])})
        docs = []
    elif isinstance(out, list):
        docs = [d for d in out if isinstance(d, dict) and "error" not in d]
    elif isinstance(out, dict):
        docs = [out]
    else:
        docs = []
    for exp, got in _pair_docs(row["expected"], docs):
        got = got or {}
        flagged = set(got.get("uncertain") or [])
        conf = got.get("confidence") if isinstance(got.get("confidence"), dict) else {}
        for f in HEADER:
            if f not in exp:
                continue
            gv = got.get(f)
            res.checks.append(
                Check(
                    **base,
                    field=f,
                    expected=exp[f],
                    got=gv,
                    ok=same(f, exp[f], gv),
                    flagged=f in flagged,
                    confidence=_float(conf.get(f)),
                )
            )
        exp_items = exp.get("items", [])
        got_items = [i for i in (got.get("items") or []) if isinstance(i, dict)]
        item_flag = "items" in flagged
        res.checks.append(
            Check(
                **base,
                field="items.count",
                expected=len(exp_items),
                got=len(got_items) if got else None,
                ok=len(exp_items) == len(got_items),
                flagged=item_flag,
                confidence=_float(conf.get("items")),
            )
        )
        for e, g in _match_items(exp_items, got_items):
            for f in ITEM_FIELDS:
                if e.get(f) is None and f != "name":
                    continue  # the layout does not print it
                gv = g.get(f) if g else None
                res.checks.append(
                    Check(**base, field=f"items.{f}", expected=e[f], got=gv, ok=same(f, e[f], gv), flagged=item_flag)
                )
            res.tolerant_names.append(bool(g) and similar(e["name"], str(g.get("name") or "")) >= 0.9)


def _float(v: Any) -> float | None:
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def calibration(checks: Sequence[Check]) -> dict[str, Any]:
    """How the product's confidence relates to being right (header fields and the item count)."""
    rated = [c for c in checks if c.confidence is not None]
    right = [c.confidence for c in rated if c.ok]
    wrong = [c.confidence for c in rated if not c.ok]
    sure = [c for c in rated if (c.confidence or 0) >= 0.9]
    return {
        "rated": len(rated),
        "mean_confidence_right": sum(right) / len(right) if right else None,
        "mean_confidence_wrong": sum(wrong) / len(wrong) if wrong else None,
        "sure_090": len(sure),
        "sure_090_accuracy": sum(c.ok for c in sure) / len(sure) if sure else None,
    }


def run_cli(paths: Sequence[Path], timeout: int) -> dict[str, Any]:
    """One `grantbot extract --json` call for a batch; returns {file name: parsed JSON line}."""
    env = dict(os.environ)
    root = Path(__file__).resolve().parents[3]
    env["PYTHONPATH"] = f"{root}{os.pathsep}{env.get('PYTHONPATH', '')}"
    cmd = [sys.executable, "-m", "bot.cli", "extract", "--json", *map(str, paths)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=root, check=False)
        stdout = proc.stdout
    except subprocess.TimeoutExpired as exc:
        stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    out: dict[str, Any] = {}
    for line in stdout.splitlines():
        line = line.strip()
        if not line.startswith(("{", "[")):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        first = obj[0] if isinstance(obj, list) and obj else obj
        name = Path(str(first.get("file", ""))).name if isinstance(first, dict) else ""
        out[name] = obj
    for p in paths:
        out.setdefault(p.name, {"error": NO_OUTPUT})
    return out


def pct(ok: int, n: int) -> str:
    return f"{100 * ok / n:5.1f}% ({ok}/{n})" if n else "   n/a"


def report(res: Result) -> dict[str, Any]:
    def group(key: str) -> dict[str, tuple[int, int]]:
        acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c in res.checks:
            a = acc[getattr(c, key)]
            a[0] += c.ok
            a[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(acc.items())}

    ok = sum(c.ok for c in res.checks)
    silent = [c for c in res.checks if c.silent_wrong]
    return {
        "files": res.files,
        "seconds": round(res.seconds, 1),
        "checks": len(res.checks),
        "correct": ok,
        "accuracy": ok / len(res.checks) if res.checks else 0.0,
        "by_source": group("source"),
        "by_rung": group("rung"),
        "by_format": group("fmt"),
        "by_field": group("field"),
        "by_family": group("family"),
        "item_names_tolerant": [sum(res.tolerant_names), len(res.tolerant_names)],
        "refusals": res.refusals,
        "silent_wrong": len(silent),
        "silent_by_field": dict(Counter(c.field for c in silent).most_common()),
        "flagged": sum(c.flagged for c in res.checks),
        "calibration": calibration(res.checks),
        "flagged_wrong": sum(c.flagged and not c.ok for c in res.checks),
        "wrong_present": sum(not c.ok and c.got not in (None, "", []) for c in res.checks),
        "crashes": res.crashes,
        "misses": [
            {"file": c.file, "field": c.field, "expected": c.expected, "got": c.got, "flagged": c.flagged}
            for c in res.checks
            if not c.ok
        ],
    }


def print_report(rep: dict[str, Any], max_misses: int, *, details: bool = True) -> None:
    print(f"files: {rep['files']}, checks: {rep['checks']}, time: {rep['seconds']} s")
    print(f"ACCURACY overall: {pct(rep['correct'], rep['checks'])}")
    for title, key in (
        ("by source kind", "by_source"),
        ("by degradation", "by_rung"),
        ("by file format", "by_format"),
        ("by field", "by_field"),
        *((("by family", "by_family"),) if details else ()),
    ):
        print(f"\n{title}:")
        for k, (a, n) in rep[key].items():
            print(f"  {k:<28} {pct(a, n)}")
    t_ok, t_n = rep["item_names_tolerant"]
    print(f"\nitem names, tolerant (similarity >= 0.9): {pct(t_ok, t_n)}")
    print(f"refusals of a readable format: {len(rep['refusals'])}")
    for r in rep["refusals"][:max_misses] if details else ():
        print(f"  {r['file']}: {r['error'][:140]}")
    print(f"crashes or timeouts (no JSON for the file): {len(rep['crashes'])}")
    print(f"SILENT WRONG VALUES (present, wrong, not flagged uncertain): {rep['silent_wrong']}")
    print("  by field: " + ", ".join(f"{k} {v}" for k, v in rep["silent_by_field"].items()))
    print(
        f"flagged uncertain: {rep['flagged']} checks, of them wrong: {rep['flagged_wrong']}; "
        f"wrong values present: {rep['wrong_present']}"
    )
    cal = rep["calibration"]
    if cal["rated"]:
        fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
        print(
            f"confidence: {cal['rated']} rated fields; mean when right {fmt(cal['mean_confidence_right'])}, "
            f"when wrong {fmt(cal['mean_confidence_wrong'])}; fields at >= 0.9: {cal['sure_090']}, "
            f"of them right {fmt(cal['sure_090_accuracy'])}"
        )
    else:
        print('confidence: the output carries no "confidence" values yet')
    if not details:
        print("\n(blind part: per-family figures, files and misses are not shown; --details shows them)")
        return
    print(f"\nmisses ({len(rep['misses'])}):")
    for m in rep["misses"][:max_misses]:
        flag = " [flagged]" if m["flagged"] else ""
        print(f"  {m['file']}  {m['field']}: expected {m['expected']!r}, got {m['got']!r}{flag}")
    if len(rep["misses"]) > max_misses:
        print(f"  … {len(rep['misses']) - max_misses} more (use --json OUT for all)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m tests.corpus.extract.score",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--part", choices=ALL_PARTS, default="dev")
    ap.add_argument("--family", action="append", help="family name (repeatable, or comma-separated)")
    ap.add_argument("--degradation", action="append", help=f"rung name(s), of: {', '.join(ALL_RUNGS)}")
    ap.add_argument("--quick", action="store_true", help="text PDF + clean scan + one rotating rung per family")
    ap.add_argument("--limit", type=int, help="score at most N files")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=6, help="files per grantbot call")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per grantbot call")
    ap.add_argument("--json", dest="json_out", help="write the full report (with every miss) here")
    ap.add_argument("--max-misses", type=int, default=60)
    ap.add_argument("--list", action="store_true", help="list families and rungs, then exit")
    ap.add_argument("--details", action="store_true", help="blind parts: also show families, files and misses")
    args = ap.parse_args(argv)

    fams_all = families(args.part)
    if args.list:
        for f in fams_all.values() if args.part == "dev" or args.details else ():
            print(f"{f.name:<28} {f.about}")
        print("rungs:", ", ".join(ALL_RUNGS))
        return 0
    names = [n for v in (args.family or []) for n in v.split(",") if n]
    unknown = [n for n in names if n not in fams_all]
    if unknown:
        print(f"unknown family: {', '.join(unknown)}", file=sys.stderr)
        return 2
    fams = [fams_all[n] for n in names] if names else list(fams_all.values())
    rungs = [r for v in (args.degradation or []) for r in v.split(",") if r] or None
    bad = [r for r in rungs or [] if r not in ALL_RUNGS]
    if bad:
        print(f"unknown degradation: {', '.join(bad)}", file=sys.stderr)
        return 2
    cases: list[Case] = [c for c in plan(fams, rungs, quick=args.quick) if applicable(c, args.seed)]
    if args.limit:
        cases = cases[: args.limit]
    out_dir = cache_dir(args.seed)
    print(f"corpus: {args.part}, {len(fams)} families, {len(cases)} files, cache {out_dir}", file=sys.stderr)
    rows = []
    for c in cases:
        rows.append(
            {
                "file": materialise(c, args.seed, out_dir).name,
                "family": c.family.name,
                "rung": c.rung,
                "source": c.source,
                "expected": expected(c, args.seed),
            }
        )
    res = Result(files=len(rows))
    t0 = time.monotonic()
    for i in range(0, len(rows), args.batch):
        chunk = rows[i : i + args.batch]
        outs = run_cli([out_dir / r["file"] for r in chunk], args.timeout)
        for r in chunk:
            score_file(r, outs[r["file"]], res)
        print(f"  {min(i + args.batch, len(rows))}/{len(rows)} files", file=sys.stderr, flush=True)
    res.seconds = time.monotonic() - t0
    rep = report(res)
    details = args.part == "dev" or args.details
    print_report(rep, args.max_misses, details=details)
    if not details:  # the blind part's misses must not leak into a file the parser engineer reads
        for key in ("misses", "by_family", "refusals", "crashes"):
            rep[key] = len(rep[key])
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(rep, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
