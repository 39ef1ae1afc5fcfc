"""Benchmark: registry lookups by code and by name over all 2 873 units, and full grant results.

Prints lookups per second and latency percentiles; writes bench/results/grant.json.
Run: .venv/bin/python bench/grant.py
"""

from __future__ import annotations

import json
import random
import statistics
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn, items):  # type: ignore[no-untyped-def]
    latencies = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def main() -> None:
    start = time.perf_counter()
    from grants import GrantInputs, compute
    from knowledge.programmes import programmes
    from knowledge.registry import load_registry

    registry = load_registry()
    startup_ms = (time.perf_counter() - start) * 1000
    units = list(registry)
    rng = random.Random(2026)

    codes = [u.code for u in units]
    names = [u.name for u in units]
    # Realistic name queries: exact, without diacritics, with a level word, with one typo.
    from knowledge.registry import fold

    def typo(text: str) -> str:
        if len(text) < 5:
            return text
        i = rng.randrange(1, len(text) - 1)
        return text[:i] + text[i + 1 :]

    varied = []
    for unit in units:
        kind = rng.choice(["exact", "folded", "level", "typo"])
        if kind == "exact":
            varied.append(unit.name)
        elif kind == "folded":
            varied.append(fold(unit.name))
        elif kind == "level":
            varied.append(("powiat " if unit.level.value == "powiat" else "gmina ") + unit.name)
        else:
            varied.append(typo(unit.name))

    code_lat = timed(registry.lookup_code, codes)
    name_lat = timed(registry.search, names)
    varied_lat = timed(registry.search, varied)
    found = sum(
        1
        for unit, query in zip(units, varied, strict=True)
        if unit.code in {c.unit.code for c in registry.search(query)}
        or (unit.level.value == "powiat" and unit.is_city_with_powiat_rights)
    )
    progs = list(programmes().values())
    grant_lat = timed(lambda u: [compute(u, p, GrantInputs(g=Decimal("1873.91"))) for p in progs], units)

    def row(label: str, lat: list[float]) -> dict[str, float]:
        return {
            "n": len(lat),
            "per_second": round(len(lat) / (sum(lat) / 1000), 1),
            "p50_ms": round(statistics.median(lat), 3),
            "p95_ms": round(percentile(lat, 0.95), 3),
            "max_ms": round(max(lat), 3),
        }

    results = {
        "startup_ms": round(startup_ms, 1),
        "code_lookup": row("code", code_lat),
        "name_search_exact": row("name", name_lat),
        "name_search_varied": row("varied", varied_lat),
        "varied_recall": round(found / len(units), 4),
        "grant_all_programmes": row("grant", grant_lat),
    }
    print(f"registry start-up: {results['startup_ms']} ms ({len(units)} units)")
    for key in ("code_lookup", "name_search_exact", "name_search_varied", "grant_all_programmes"):
        r = results[key]
        print(
            f"{key:22s} {r['per_second']:>10.1f}/s  p50 {r['p50_ms']:.3f} ms  p95 {r['p95_ms']:.3f} ms  "
            f"max {r['max_ms']:.3f} ms  (n={r['n']})"
        )
    print(f"varied name queries finding the unit among candidates: {results['varied_recall']:.2%}")
    target = results["name_search_varied"]["p95_ms"] < 5
    print(f"target name search p95 < 5 ms: {'OK' if target else 'MISSED'}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "grant.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
