"""Blind scorer of the settlement pre-screen: fresh item lines and generated settlement sets.

    python -m tests.settlement_eval.score [--items] [--items2] [--sets] [--part 1|2|3] [--json OUT] [-v]

Runs the product only as a black box (`grantbot classify --batch --json`, `grantbot check --json`) and
compares its answers with the expectations written from the programme documents. With neither
--items nor --sets it runs both. --items2 scores the small fresh set in items2/ instead (measured
once at the end of a session by the integrator; never run by default). --part 2 scores items3/ and
sets2/, --part 3 scores items4/ and sets3/: fresh parts, each measured once at the end of a session.
Misses are printed with the product's reason; -v prints every set.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ITEMS_DIR = HERE / "items"
ITEMS2_DIR = HERE / "items2"
ITEMS3_DIR = HERE / "items3"
ITEMS4_DIR = HERE / "items4"
# --part: 1 = the 2026-12-04 part (items/, sets/), 2 = the fresh part (items3/, sets2/),
# 3 = the second fresh part (items4/, sets3/)
PART = [1]
PROGRAMMES = ("cg", "cp", "cs")
CLEAR = ("eligible", "ineligible")


GRANTBOT: list[str] = []  # set by --grantbot; otherwise the venv's entry point


def grantbot_cmd() -> list[str]:
    if GRANTBOT:
        return GRANTBOT
    exe = Path(sys.executable).with_name("grantbot")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("grantbot")
    if found:
        return [found]
    raise SystemExit("Nie znaleziono polecenia grantbot (uruchom z venv projektu).")


def run_product(args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run(grantbot_cmd() + args, capture_output=True, text=True, env=env, cwd=REPO, timeout=900)
    if proc.returncode not in (0, 1, 2) or not proc.stdout.strip():
        raise RuntimeError(f"grantbot {' '.join(args[:3])}… exit {proc.returncode}: {proc.stderr.strip()[-400:]}")
    return proc.stdout


def pct(num: int, den: int) -> float:
    return round(100.0 * num / den, 1) if den else 0.0


# --- items ------------------------------------------------------------------------------------------------


def item_path(prog: str, part: int = 1) -> Path:
    """items/{prog}_fresh.tsv (part 1), items2/{prog}.tsv (part 2, `--items2`), items3/{prog}.tsv
    (part 3: the item lines of `--part 2`, written with sets2/) or items4/{prog}.tsv (part 4: the item
    lines of `--part 3`, written with sets3/)."""
    if part == 1:
        return ITEMS_DIR / f"{prog}_fresh.tsv"
    return {2: ITEMS2_DIR, 3: ITEMS3_DIR, 4: ITEMS4_DIR}[part] / f"{prog}.tsv"


def load_items(prog: str, part: int = 1) -> list[dict[str, str]]:
    with item_path(prog, part).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def score_items(verbose: bool, part: int = 1) -> dict[str, Any]:
    out: dict[str, Any] = {}
    label = {1: "items", 2: "items2", 3: "items3", 4: "items4"}[part]
    for prog in PROGRAMMES:
        rows = load_items(prog, part)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
            tmp.write("\n".join(r["line"] for r in rows) + "\n")
            batch = tmp.name
        try:
            answers = [
                json.loads(ln)
                for ln in run_product(["classify", "--program", prog, "--batch", batch, "--json"]).splitlines()
                if ln.strip()
            ]
        finally:
            os.unlink(batch)
        if len(answers) != len(rows):
            raise RuntimeError(f"{prog}: {len(rows)} lines sent, {len(answers)} answers")
        exact = inel_as_el = el_as_inel = review_on_clear = clear = 0
        misses = []
        for row, ans in zip(rows, answers, strict=True):
            exp, got = row["expected"], ans.get("verdict")
            if exp in CLEAR:
                clear += 1
                review_on_clear += got == "review"
            exact += got == exp
            inel_as_el += exp == "ineligible" and got == "eligible"
            el_as_inel += exp == "eligible" and got == "ineligible"
            if got != exp:
                misses.append(
                    {
                        "line": row["line"],
                        "expected": exp,
                        "got": got,
                        "category": ans.get("category"),
                        "reason": (ans.get("reason") or "")[:160],
                        "source": row["source"],
                    }
                )
        out[prog] = {
            "lines": len(rows),
            "exact": exact,
            "exact_rate": pct(exact, len(rows)),
            "ineligible_passed_as_eligible": inel_as_el,
            "eligible_called_ineligible": el_as_inel,
            "clear_cut_lines": clear,
            "review_on_clear_cut": review_on_clear,
            "review_rate_on_clear_cut": pct(review_on_clear, clear),
            "misses": misses,
        }
        s = out[prog]
        print(
            f"[{label} {prog}] exact {s['exact']}/{s['lines']} = {s['exact_rate']}% | ineligible passed as "
            f"eligible: {inel_as_el} | eligible called ineligible: {el_as_inel} | review on clear-cut: "
            f"{review_on_clear}/{clear} = {s['review_rate_on_clear_cut']}%"
        )
        order = {("ineligible", "eligible"): 0, ("eligible", "ineligible"): 1}
        for m in sorted(misses, key=lambda m: order.get((m["expected"], m["got"]), 2)):
            severe = " !!" if (m["expected"], m["got"]) == ("ineligible", "eligible") else ""
            if severe or verbose or m["expected"] in CLEAR:
                print(
                    f"  miss{severe}: {m['line']!r}: expected {m['expected']}, got {m['got']} "
                    f"({m['category']}) – {m['reason']}"
                )
    return out


# --- sets -------------------------------------------------------------------------------------------------


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    return re.sub(r"\s+", " ", text).strip()


def dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def verdict_ok(expected: str, got: str | None) -> bool:
    return expected == "any" or (got or "") in expected.split("|")


@dataclass
class SetScore:
    name: str
    clean: bool
    scanned: bool
    lines: int = 0
    lines_right: int = 0
    lines_missing: int = 0
    ineligible_expected: int = 0
    ineligible_caught: int = 0
    ineligible_passed: int = 0
    findings_expected: int = 0
    findings_raised: int = 0
    false_alarms: list[str] = field(default_factory=list)
    clean_warnings: int = 0
    totals_ok: bool = False
    fields_checked: int = 0
    fields_right: int = 0
    misses: list[str] = field(default_factory=list)
    error: str | None = None


def _match_items(
    expected: list[dict[str, Any]], items: list[dict[str, Any]], numbers: dict[str, str] | None = None
) -> list[dict[str, Any] | None]:
    """Pair each expected line with the product item of the same file whose name is most alike (used once).

    A line a correction changed is reported from the correction's file (its values are the corrected
    ones) with the corrected invoice's number: it is the same line of the invoice file (`numbers`:
    file → its invoice number).
    """
    numbers = numbers or {}
    used: set[int] = set()
    pairs: list[dict[str, Any] | None] = []
    for exp in expected:
        best, best_ratio = None, 0.0
        for idx, item in enumerate(items):
            same_file = item.get("document") in (None, exp["file"])
            corrected = item.get("corrected") and item.get("invoice") == numbers.get(exp["file"])
            if idx in used or not (same_file or corrected):
                continue
            ratio = SequenceMatcher(None, norm(exp["name"]), norm(item.get("name"))).ratio()
            if ratio > best_ratio:
                best, best_ratio = idx, ratio
        if best is not None and best_ratio >= 0.6:
            used.add(best)
            pairs.append(items[best])
        else:
            pairs.append(None)
    return pairs


def _finding_text(f: dict[str, Any]) -> str:
    return norm(f"{f.get('code', '')} {f.get('message', '')}")


def _check_documents(exp_docs: list[dict[str, Any]], got_docs: list[dict[str, Any]], sc: SetScore) -> None:
    by_file = {d.get("file"): d for d in got_docs}
    for exp in exp_docs:
        got = by_file.get(exp["file"])
        checks: list[tuple[str, Any, Any, tuple[Any, ...]]] = []
        if got is None:
            sc.misses.append(f"document {exp['file']}: not in the report")
            got = {}
        checks.append(("kind", exp["kind"], got.get("kind"), ()))
        checks.append(("number", norm(exp["number"]), norm(got.get("number")), ()))
        if exp["kind"] == "protocol":
            checks.append(("date", exp["date"], got.get("date"), ()))
        else:
            checks.append(("issue_date", exp["issue_date"], got.get("issue_date"), ()))
        checks.append(("seller_nip", exp["seller_nip"], (got.get("seller") or {}).get("nip"), ()))
        checks.append(("buyer_nip", exp["buyer_nip"], (got.get("buyer") or {}).get("nip"), ()))
        if exp["kind"] != "protocol":
            after = exp.get("after_correction") or {}
            for key in ("net_total", "vat_total", "gross_total"):
                alt = (dec(after[key]),) if key in after else ()
                checks.append((key, dec(exp[key]), dec(got.get(key)), alt))
        for name, want, have, alternatives in checks:
            sc.fields_checked += 1
            if have == want or (have is not None and have in alternatives):
                sc.fields_right += 1
            else:
                sc.misses.append(f"document {exp['file']}: {name} expected {want}, got {have}")


def score_one_set(folder: Path, verbose: bool) -> tuple[SetScore, dict[str, Any] | None]:
    exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    sc = SetScore(exp["name"], bool(exp["clean"]), bool(exp["scanned"]))
    files = [str(folder / d["file"]) for d in exp["documents"]]
    args = [
        "check",
        *files,
        "--program",
        exp["programme"],
        "--json",
        "--project-end",
        exp["project_end"],
        "--grant-amount",
        exp["grant_amount"],
        "--vat-recoverable",
        "tak" if exp["vat_recoverable"] else "nie",
    ]
    try:
        report = json.loads(run_product(args))
    except (RuntimeError, json.JSONDecodeError, subprocess.TimeoutExpired) as exc:
        sc.error = str(exc)[:300]
        sc.misses.append(f"product failed: {sc.error}")
        return sc, None
    items = report.get("items") or []
    findings = report.get("findings") or []
    # lines
    numbers = {d["file"]: d["number"] for d in exp["documents"] if d.get("number")}
    for line, item in zip(exp["lines"], _match_items(exp["lines"], items, numbers), strict=True):
        sc.lines += 1
        got = item.get("verdict") if item else None
        if item is None:
            sc.lines_missing += 1
        if line["verdict"] == "ineligible":
            sc.ineligible_expected += 1
            sc.ineligible_caught += got == "ineligible"
            sc.ineligible_passed += got == "eligible"
        if verdict_ok(line["verdict"], got):
            sc.lines_right += 1
        else:
            reason = (item or {}).get("reason") or "no matching item"
            sc.misses.append(f"line {line['name']!r}: expected {line['verdict']}, got {got} – {reason[:120]}")
    # findings
    serious = [f for f in findings if f.get("severity") in ("warning", "error")]
    for want in exp["findings"]:
        if not want.get("required", True):
            continue
        sc.findings_expected += 1
        keys = [norm(k) for k in want["keywords"]]
        if any(any(k in _finding_text(f) for k in keys) for f in findings):
            sc.findings_raised += 1
        else:
            sc.misses.append(f"finding not raised: {want['kind']} ({want['description']})")
    all_keys = [norm(k) for want in exp["findings"] for k in want["keywords"]]
    for f in serious:
        if sc.clean:
            sc.clean_warnings += 1
        if sc.clean or not any(k in _finding_text(f) for k in all_keys):
            sc.false_alarms.append(f"{f.get('severity')} {f.get('code')}: {(f.get('message') or '')[:140]}")
    # totals
    totals = report.get("totals") or {}
    want_net, want_gross = dec(exp["totals"]["eligible_net"]), dec(exp["totals"]["eligible_gross"])
    have_net, have_gross = dec(totals.get("eligible_net")), dec(totals.get("eligible_gross"))
    sc.totals_ok = want_net == have_net and want_gross == have_gross
    if not sc.totals_ok:
        sc.misses.append(f"totals: eligible net/gross expected {want_net}/{want_gross}, got {have_net}/{have_gross}")
    _check_documents(exp["documents"], report.get("documents") or [], sc)
    return sc, report


def score_sets(build: Path, regenerate: bool, verbose: bool) -> dict[str, Any]:
    if regenerate:
        if PART[0] == 2:
            from .sets2.generate import generate
        elif PART[0] == 3:
            from .sets3.generate import generate
        else:
            from .sets.generate import generate

        generate(build)
    folders = sorted(p for p in build.iterdir() if (p / "expected.yaml").exists())
    scores: list[SetScore] = []
    for folder in folders:
        sc, _ = score_one_set(folder, verbose)
        scores.append(sc)
        flag = "clean " if sc.clean else ""
        flag += "scan " if sc.scanned else ""
        status = "ok" if not sc.misses and not sc.false_alarms else "MISS"
        print(
            f"[set {sc.name}] {flag}{status}: lines {sc.lines_right}/{sc.lines}, findings "
            f"{sc.findings_raised}/{sc.findings_expected}, false alarms {len(sc.false_alarms)}, totals "
            f"{'ok' if sc.totals_ok else 'off'}, fields {sc.fields_right}/{sc.fields_checked}"
        )
        if sc.misses or sc.false_alarms or verbose:
            for miss in sc.misses:
                print(f"  miss: {miss}")
            for alarm in sc.false_alarms:
                print(f"  false alarm: {alarm}")

    def total(attr: str, subset: list[SetScore] | None = None) -> int:
        return sum(getattr(s, attr) for s in (scores if subset is None else subset))

    text = [s for s in scores if not s.scanned]
    scan = [s for s in scores if s.scanned]
    summary = {
        "sets": len(scores),
        "product_failures": sum(s.error is not None for s in scores),
        "lines_right": total("lines_right"),
        "lines": total("lines"),
        "lines_missing": total("lines_missing"),
        "ineligible_caught": total("ineligible_caught"),
        "ineligible_expected": total("ineligible_expected"),
        "ineligible_passed_as_eligible": total("ineligible_passed"),
        "expected_findings_raised": total("findings_raised"),
        "expected_findings": total("findings_expected"),
        "false_alarms": sum(len(s.false_alarms) for s in scores),
        "clean_sets": sum(s.clean for s in scores),
        "clean_sets_quiet": sum(s.clean and s.clean_warnings == 0 for s in scores),
        "warnings_on_clean_controls": total("clean_warnings"),
        "totals_reconciled": sum(s.totals_ok for s in scores),
        "fields_right_text": total("fields_right", text),
        "fields_checked_text": total("fields_checked", text),
        "fields_right_scanned": total("fields_right", scan),
        "fields_checked_scanned": total("fields_checked", scan),
    }
    s = summary
    print(f"[sets] {s['sets']} sets ({s['product_failures']} product failures)")
    print(f"[sets] line verdicts right: {s['lines_right']}/{s['lines']} ({s['lines_missing']} lines not found)")
    print(
        f"[sets] ineligible lines caught: {s['ineligible_caught']}/{s['ineligible_expected']}; "
        f"passed as eligible: {s['ineligible_passed_as_eligible']}"
    )
    print(
        f"[sets] expected findings raised: {s['expected_findings_raised']}/{s['expected_findings']}; "
        f"false alarms: {s['false_alarms']}"
    )
    print(
        f"[sets] clean controls quiet: {s['clean_sets_quiet']}/{s['clean_sets']}; warnings/errors on clean "
        f"controls: {s['warnings_on_clean_controls']}"
    )
    print(f"[sets] totals reconciled to the grosz: {s['totals_reconciled']}/{s['sets']}")
    print(
        f"[sets] document fields right: text {s['fields_right_text']}/{s['fields_checked_text']} "
        f"({pct(s['fields_right_text'], s['fields_checked_text'])}%), scanned {s['fields_right_scanned']}/"
        f"{s['fields_checked_scanned']} ({pct(s['fields_right_scanned'], s['fields_checked_scanned'])}%)"
    )
    summary["per_set"] = [s.__dict__ for s in scores]
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Blind scorer of the settlement pre-screen.")
    parser.add_argument("--items", action="store_true", help="score the fresh item lines")
    parser.add_argument(
        "--items2", action="store_true", help="score the small fresh set items2/ (integrator only, end of session)"
    )
    parser.add_argument("--sets", action="store_true", help="score the generated settlement sets")
    parser.add_argument("--build", type=Path, default=None, help="folder of generated sets (default: regenerate)")
    parser.add_argument("--json", type=Path, default=None, help="write all figures and misses to this file")
    parser.add_argument("--grantbot", default=None, help="command to run instead of the venv's grantbot")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--part",
        type=int,
        choices=(1, 2, 3),
        default=1,
        help="2 = fresh items3/ and sets2/, 3 = fresh items4/ and sets3/ (each once, at the end of a session)",
    )
    args = parser.parse_args(argv)
    PART[0] = args.part
    if args.grantbot:
        GRANTBOT[:] = args.grantbot.split()
    both = not args.items and not args.sets and not args.items2
    result: dict[str, Any] = {}
    if args.items or both:
        result["items"] = score_items(args.verbose, part={1: 1, 2: 3, 3: 4}[args.part])
    if args.items2:
        result["items2"] = score_items(args.verbose, part=2)
    if args.sets or both:
        if args.build is None:
            with tempfile.TemporaryDirectory(prefix="settlement_eval_") as tmp:
                result["sets"] = score_sets(Path(tmp), True, args.verbose)
        else:
            result["sets"] = score_sets(args.build, not args.build.exists(), args.verbose)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
