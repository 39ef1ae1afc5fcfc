"""Classifier quality and speed on the labelled dev set.

    .venv/bin/python bench/classify.py [--errors] [--repeat 5]

Prints per programme: verdict accuracy, the two error kinds separately (ineligible passed as
eligible — must be zero; eligible flagged ineligible), other disagreements, review rate, category
accuracy, and items per second (median of --repeat passes over the whole set, after one warm-up
pass; the cold first pass is reported too). Writes bench/results/classify.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checks.classifier import classify  # noqa: E402

DEVSET = ROOT / "tests" / "data" / "classify_devset.tsv"
# Written after the catalogue and first measured blind (figures in the file header and the README).
HOLDOUT = ROOT / "tests" / "data" / "classify_holdout.tsv"
RESULTS = ROOT / "bench" / "results" / "classify.json"
PROGRAMMES = ("cs", "cg", "cp")


def load_devset(path: Path = DEVSET) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def evaluate(rows: list[dict[str, str]], programme: str) -> dict[str, object]:
    confusion: Counter[tuple[str, str]] = Counter()
    category_hits = 0
    errors: list[dict[str, str]] = []
    for row in rows:
        result = classify(row["text"], programme)
        expected, got = row[programme], result.verdict.value
        confusion[(expected, got)] += 1
        if (result.category or "-") == row["category"]:
            category_hits += 1
        if expected != got:
            errors.append({"text": row["text"], "expected": expected, "got": got, "category": str(result.category)})
    total = len(rows)
    correct = sum(n for (e, g), n in confusion.items() if e == g)
    return {
        "items": total,
        "accuracy": round(correct / total, 4),
        "ineligible_as_eligible": confusion[("ineligible", "eligible")],
        "eligible_as_ineligible": confusion[("eligible", "ineligible")],
        "review_as_eligible": confusion[("review", "eligible")],
        "other_disagreements": total
        - correct
        - confusion[("ineligible", "eligible")]
        - confusion[("eligible", "ineligible")]
        - confusion[("review", "eligible")],
        "review_rate": round(sum(n for (_, g), n in confusion.items() if g == "review") / total, 4),
        "expected_review_rate": round(sum(n for (e, _), n in confusion.items() if e == "review") / total, 4),
        "category_accuracy": round(category_hits / total, 4),
        "errors": errors,
    }


def speed(rows: list[dict[str, str]], repeat: int) -> dict[str, float]:
    """Items per second: wall clock and CPU time (the machine is shared; CPU time is steadier)."""
    texts = [row["text"] for row in rows]
    start = time.perf_counter()
    for text in texts:
        classify(text, "cs")
    cold = len(texts) / (time.perf_counter() - start)
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for programme in PROGRAMMES:
            for text in texts:
                classify(text, programme)
        n = len(texts) * len(PROGRAMMES)
        wall.append(n / (time.perf_counter() - start))
        cpu.append(n / max(time.process_time() - start_cpu, 1e-9))
    return {
        "cold_items_per_s": round(cold),
        "median_items_per_s": round(statistics.median(wall)),
        "median_items_per_cpu_s": round(statistics.median(cpu)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    classify("rozgrzewka", "cs")  # catalogue load and index build
    load_seconds = time.perf_counter() - start
    rows = load_devset()
    figures = speed(rows, args.repeat)  # first: the cold pass must not be warmed by evaluate()
    report: dict[str, object] = {"catalogue_load_s": round(load_seconds, 3), "speed_items": len(rows), **figures}
    print(f"wczytanie katalogu {load_seconds * 1000:.0f} ms")
    for name, path in (("devset", DEVSET), ("holdout", HOLDOUT)):
        data = load_devset(path)
        print(f"{name}: {len(data)} pozycji ({path.name})")
        per_set: dict[str, object] = {"items": len(data)}
        for programme in PROGRAMMES:
            result = evaluate(data, programme)
            per_set[programme] = result
            print(
                f"  {programme.upper()}: trafność {result['accuracy']:.1%} | niekwalifikowalne jako kwalifikowalne: "
                f"{result['ineligible_as_eligible']} | kwalifikowalne jako niekwalifikowalne: "
                f"{result['eligible_as_ineligible']} | do weryfikacji jako kwalifikowalne: "
                f"{result['review_as_eligible']} | inne: {result['other_disagreements']} | odsetek review: "
                f"{result['review_rate']:.1%} (oczekiwany {result['expected_review_rate']:.1%}) | kategoria: "
                f"{result['category_accuracy']:.1%}"
            )
            if args.errors:
                for err in result["errors"]:  # type: ignore[attr-defined]
                    print(f"     [{err['expected']} → {err['got']}] {err['text']}  ({err['category']})")
        report[name] = per_set
    print(
        f"szybkość: {figures['median_items_per_s']} pozycji/s (mediana z {args.repeat} przebiegów; "
        f"{figures['median_items_per_cpu_s']} pozycji na sekundę CPU), "
        f"pierwszy przebieg bez pamięci podręcznej: {figures['cold_items_per_s']} pozycji/s"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"zapisano {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
