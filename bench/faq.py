"""FAQ engine benchmark: the dev set (tests/data/faq_devset.yaml) and the blind v2 sets.

Per set: top-1 accuracy, confident-wrong count (an answer from a wrong entry), abstention
precision/recall, latency p50/p95 in process; then start-up (fresh process, engine restored from
the disk cache) and a cold `grantbot ask` call. Writes bench/results/faq.json.

    .venv/bin/python bench/faq.py                # dev set, default stemmer
    .venv/bin/python bench/faq.py --blind 1      # also blind v2 set 1 (the black-box scorer's figures)
    .venv/bin/python bench/faq.py --blind 1 --blind 2 --blind 3 --calibrate
                                                 # sets 1–3 together and the abstention threshold
                                                 # swept, chosen leave-one-set-out
    .venv/bin/python bench/faq.py --stemmers     # compare fold / prefix / stempel / morfeusz
    .venv/bin/python bench/faq.py --failures     # list the questions the engine gets wrong
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.faq_engine import FaqEngine  # noqa: E402
from knowledge.faq_loader import load_directory  # noqa: E402
from knowledge.normalize import DEFAULT_STEMMER, STEMMERS  # noqa: E402

DEVSET = ROOT / "tests" / "data" / "faq_devset.yaml"
RESULTS = ROOT / "bench" / "results" / "faq.json"

STARTUP_SNIPPET = """
import time
from pathlib import Path
t = time.perf_counter()
if {stemmer!r} == "stempel":
    import bench.stempel_stemmer  # registers it (pystempel: the bench extra)
from knowledge.faq_engine import FaqEngine
cache = {cache!r}
engine = FaqEngine.from_directory(stemmer={stemmer!r}, cache_dir=Path(cache) if cache else None)
engine.ask("ile wynosi grant")
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork+exec.
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - t, hwm.split()[1])
"""


@dataclass(frozen=True)
class DevQuestion:
    question: str
    expected: tuple[str, ...]  # entry ids; empty = abstain
    programme: str | None


def load_devset(path: Path = DEVSET) -> list[DevQuestion]:
    groups: dict[str, list[str]] = {}
    for entry in load_directory():
        if entry.group:
            groups.setdefault(entry.group, []).append(entry.id)
    out = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        raw = item["expect"]
        labels = [raw] if isinstance(raw, str) else list(raw)
        expected: list[str] = []
        for label in labels:
            if label == "abstain":
                continue
            if label.startswith("group:"):
                expected.extend(groups.get(label.removeprefix("group:"), []))
            else:
                expected.append(label)
        out.append(DevQuestion(item["q"], tuple(expected), item.get("programme")))
    return out


def evaluate(engine: FaqEngine, devset: list[DevQuestion]) -> dict[str, object]:
    correct = abstained = abstained_right = should_abstain = confident_wrong = undecided_right = 0
    latencies: list[float] = []
    failures: list[dict[str, object]] = []
    engine.ask("rozgrzewka")
    for q in devset:
        start = time.perf_counter()
        answer = engine.ask(q.question, q.programme)
        latencies.append((time.perf_counter() - start) * 1000)
        expect_abstain = not q.expected
        should_abstain += expect_abstain
        abstained += answer.abstained
        abstained_right += answer.abstained and expect_abstain
        undecided_right += answer.abstained and not expect_abstain and answer.entry_id in q.expected
        # An entry saying the documents leave the question open is shown and flagged as an
        # abstention: right when the label names that entry.
        ok = answer.abstained if expect_abstain else answer.entry_id in q.expected
        correct += ok
        confident_wrong += not ok and not answer.abstained
        if not ok:
            failures.append(
                {
                    "q": q.question,
                    "expected": list(q.expected) or "abstain",
                    "got": answer.entry_id or "abstain",
                    "score": answer.score,
                }
            )
    latencies.sort()
    return {
        "questions": len(devset),
        "top1_accuracy": correct / len(devset),
        "confident_wrong": confident_wrong,
        # precision counts an abstention right when abstaining was expected or the reply is the
        # labelled entry that says the documents leave the question open
        "abstention_precision": (abstained_right + undecided_right) / abstained if abstained else 1.0,
        "abstention_recall": abstained_right / should_abstain if should_abstain else 1.0,
        "latency_ms_p50": statistics.median(latencies),
        "latency_ms_p95": latencies[int(0.95 * (len(latencies) - 1))],
        "failures": failures,
    }


def startup(stemmer: str, cache: str | None = None, runs: int = 5) -> tuple[float, float]:
    """Median wall time of import + load + first answer in a fresh interpreter, and peak RSS (MB)."""
    times, rss = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_SNIPPET.format(stemmer=stemmer, cache=cache)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        times.append(float(out[0]))
        rss.append(int(out[1]) / 1024)
    return statistics.median(times), statistics.median(rss)


def cold_cli(runs: int = 7) -> tuple[float, float]:
    """Median wall and CPU time of `grantbot ask --json` in a fresh process, after one run fills the
    cache. CPU time is what the call costs on an idle machine; on a shared one wall time also counts
    the wait for a core. Bytecode is written as in an installed package (PYTHONDONTWRITEBYTECODE off).
    """
    walls, cpus = [], []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    with tempfile.TemporaryDirectory() as cache:
        env["XDG_CACHE_HOME"] = cache
        command = [sys.executable, "-m", "bot.cli", "ask", "ile wynosi grant w cyfrowej gminie", "--json"]
        for k in range(runs + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if k:  # the first run builds the cache
                walls.append(wall)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def blind_latency(engine: FaqEngine, set_number: int) -> tuple[float, float]:
    """In-process latency (ms, p50 and p95) of the CLI's answer path over one blind set's questions.

    Only timings are kept: the questions are never printed (set 2 must not be read).
    """
    from bot.commands.ask import answer_question
    from tests.data.faq_blind_v2.score import load_set

    questions, _labels = load_set(set_number)
    answer_question(engine, "rozgrzewka", None)
    times = []
    for item in questions:
        start = time.perf_counter()
        answer_question(engine, item["question"], None)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def blind(set_number: int) -> tuple[str, list[dict[str, object]]]:
    """The black-box scorer's report and verdicts for one blind v2 set."""
    with tempfile.TemporaryDirectory() as tmp:
        verdicts_file = Path(tmp) / "verdicts.json"
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.data.faq_blind_v2.score",
                "--set",
                str(set_number),
                "--json",
                str(verdicts_file),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
        )
        verdicts = json.loads(verdicts_file.read_text(encoding="utf-8"))["verdicts"] if verdicts_file.exists() else []
    return (out.stdout + out.stderr).strip(), verdicts


def abstention_figures(verdicts: list[dict[str, object]]) -> dict[str, float | int]:
    """Correct, confident-wrong and abstention precision/recall over verdicts of several sets."""
    unanswerable = [v for v in verdicts if "off-topic" in v["categories"]]  # type: ignore[operator]
    abstained = [v for v in verdicts if v["abstained"]]
    right = [v for v in abstained if "off-topic" in v["categories"]]  # type: ignore[operator]
    return {
        "questions": len(verdicts),
        "correct": sum(bool(v["correct"]) for v in verdicts),
        "confident_wrong": sum(v["outcome"] == "confident_wrong" for v in verdicts),
        "abstention_precision": len(right) / len(abstained) if abstained else 0.0,
        "abstention_recall": len(right) / len(unanswerable) if unanswerable else 0.0,
    }


def calibration(engine_entries: list, sets: list[int]) -> dict[str, object]:
    """The abstention threshold swept over the blind sets, with a leave-one-set-out choice.

    Every question is answered with abstention on low confidence switched off (the shape checks
    for unanswerable questions and undecided entries still abstain); a threshold t then turns
    every answer whose confidence is below t into an abstention. The threshold is chosen on all
    sets but one (most correct answers, a confident-wrong one costing two) and scored on the
    left-out set, so the figure is not fitted to the set it reports.
    """
    import knowledge.faq_engine as faq_engine
    from bot.commands.ask import answer_question
    from tests.data.faq_blind_v2.score import Reply, judge, load_set

    saved = faq_engine.ABSTAIN_BELOW, faq_engine.MARGIN_RATIO
    faq_engine.ABSTAIN_BELOW, faq_engine.MARGIN_RATIO = 0.0, 0.0
    try:
        engine = FaqEngine(engine_entries)
        rows: dict[int, list[tuple[float, bool, bool, bool]]] = {}
        for number in sets:
            questions, labels = load_set(number)
            rows[number] = []
            for item, label in zip(questions, labels, strict=True):
                answer = answer_question(engine, item["question"], None)
                verdict = judge(label, item["question"], Reply(answer.text, False, answer.entry_id))
                rows[number].append((answer.score, answer.abstained, label.answerable, verdict.correct))
    finally:
        faq_engine.ABSTAIN_BELOW, faq_engine.MARGIN_RATIO = saved

    def outcome(data: list[tuple[float, bool, bool, bool]], t: float) -> tuple[int, int]:
        correct = wrong = 0
        for score, abstained, answerable, right in data:
            refuse = abstained or score < t
            if not answerable:
                correct += refuse
                wrong += not refuse
            elif not refuse:
                correct += right
                wrong += not right
        return correct, wrong

    grid = [round(0.30 + 0.025 * k, 3) for k in range(13)]
    sweep = {str(t): {str(n): outcome(rows[n], t) for n in sets} for t in grid}
    held_out = {}
    for left in sets:
        train = [r for n in sets if n != left for r in rows[n]]
        best = max(grid, key=lambda t: (lambda c, w: c - 2 * w)(*outcome(train, t)))
        held_out[str(left)] = {"threshold": best, "correct_wrong": outcome(rows[left], best)}
    return {"sweep": sweep, "leave_one_out": held_out, "current": faq_engine.ABSTAIN_BELOW}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stemmers", action="store_true", help="compare all stemmers")
    parser.add_argument("--failures", action="store_true", help="print wrong answers")
    parser.add_argument(
        "--blind",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="also run the blind v2 scorer on set N (1, 2 or 3; all three are development material now)",
    )
    parser.add_argument("--calibrate", action="store_true", help="sweep the abstention threshold over the --blind sets")
    args = parser.parse_args()
    devset = load_devset()
    entries = load_directory()
    if args.stemmers:
        import bench.stempel_stemmer  # noqa: F401  (registers "stempel"; pystempel is in the bench extra)
    names = (*STEMMERS, "stempel") if args.stemmers else (DEFAULT_STEMMER,)
    results: dict[str, object] = {"entries": len(entries), "devset": len(devset), "stemmers": {}}
    print(
        f"FAQ: {len(entries)} wpisów, zbiór deweloperski: {len(devset)} pytań "
        f"({sum(not q.expected for q in devset)} do odmowy)"
    )
    for name in names:
        engine = FaqEngine(entries, stemmer=name)
        metrics = evaluate(engine, devset)
        start_s, rss_mb = startup(name)
        metrics["startup_s"] = start_s
        metrics["peak_rss_mb"] = rss_mb
        with tempfile.TemporaryDirectory() as cache:
            startup(name, cache, runs=1)  # fills the lemma cache
            metrics["startup_cached_s"], _ = startup(name, cache)
        results["stemmers"][name] = metrics  # type: ignore[index]
        print(
            f"{name:>9}: top-1 {metrics['top1_accuracy']:.1%}  pewne błędy {metrics['confident_wrong']}  "
            f"odmowy: precyzja {metrics['abstention_precision']:.1%} pełność {metrics['abstention_recall']:.1%}  "
            f"p50 {metrics['latency_ms_p50']:.1f} ms  p95 {metrics['latency_ms_p95']:.1f} ms  "
            f"start {start_s:.2f} s (z pamięcią podręczną {metrics['startup_cached_s']:.2f} s)  RSS {rss_mb:.0f} MB"
        )
        if args.failures:
            for f in metrics["failures"]:  # type: ignore[attr-defined]
                print(f"   ✗ {f['q']!r}: oczekiwano {f['expected']}, jest {f['got']} ({f['score']})")
    wall, cpu = cold_cli()
    results["cold_cli_wall_s"], results["cold_cli_cpu_s"] = wall, cpu
    print(
        f"zimne wywołanie grantbot ask (silnik z pamięci podręcznej): {wall:.3f} s zegarowo, {cpu:.3f} s CPU "
        f"(obciążenie maszyny: {os.getloadavg()[0]:.1f})"
    )
    all_verdicts: list[dict[str, object]] = []
    for number in args.blind:
        report, verdicts = blind(number)
        all_verdicts.extend(verdicts)
        p50, p95 = blind_latency(FaqEngine(entries), number)
        results[f"blind_v2_set{number}"] = {"report": report, "latency_ms_p50": p50, "latency_ms_p95": p95}
        head = report if args.failures else report.split("\n\nmisses")[0]
        print(
            f"--- zbiór ślepy v2 nr {number} ---\n{head}\nczas odpowiedzi (w procesie, z klasyfikatorem pozycji): "
            f"p50 {p50:.1f} ms  p95 {p95:.1f} ms"
        )
    if len(args.blind) > 1:
        together = abstention_figures(all_verdicts)
        results["blind_v2_together"] = together
        print(
            f"--- zbiory {', '.join(map(str, args.blind))} razem: {together['correct']}/{together['questions']} "
            f"poprawnych, pewne błędy {together['confident_wrong']}, odmowy: precyzja "
            f"{together['abstention_precision']:.1%} pełność {together['abstention_recall']:.1%}"
        )
    if args.calibrate and args.blind:
        cal = calibration(entries, args.blind)
        results["calibration"] = cal
        print(f"--- próg odmowy (obecnie {cal['current']}): poprawne / pewne błędy na zbiorach {args.blind}")
        for t, per_set in cal["sweep"].items():  # type: ignore[attr-defined]
            print(f"  {t:>6}: " + "  ".join(f"{n}: {c}/{w}" for n, (c, w) in per_set.items()))
        for left, pick in cal["leave_one_out"].items():  # type: ignore[attr-defined]
            c, w = pick["correct_wrong"]
            print(
                f"  bez zbioru {left}: próg {pick['threshold']} → na zbiorze {left}: {c} poprawnych, {w} pewnych błędów"
            )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wyniki: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
