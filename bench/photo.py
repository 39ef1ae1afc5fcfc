"""Benchmark of the photo pipeline and the resource bounds (issues 9, 14, 15).

    python bench/photo.py [--runs N] [--skip-bombs] [--compare-subprocess]

Prints, for a rendered invoice page (tests/extractors/test_photo_pipeline.py makes the images):
  * CPU-seconds per page (this process + its tesseract children) for a clean scan, a phone photo on a
    desk (perspective, uneven light), a page turned 90° and a mildly blurred photo, split into the
    photo pipeline (OpenCV) and the whole page (pipeline + tesseract);
  * whether each was read right (invoice number and total);
  * with --compare-subprocess, the cost of pytesseract against the hand-written subprocess call it
    replaced (same page, same tesseract arguments);
  * peak memory (VmHWM of a fresh subprocess) for a 50-page blank TIFF and a PDF whose content stream
    inflates to 1 GiB.
Writes bench/results/photo.json.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.backends import ocr  # noqa: E402
from extractors.errors import ExtractionError  # noqa: E402
from extractors.limits import MB  # noqa: E402
from extractors.read import read_bytes  # noqa: E402
from tests.extractors.test_limits_bombs import PEAK_SCRIPT, blank_tiff, inflating_pdf  # noqa: E402
from tests.extractors.test_photo_pipeline import (  # noqa: E402
    GROSS,
    NUMBER,
    blurred,
    encode,
    on_desk,
    page_image,
)


def cpu() -> float:
    """CPU seconds of this process and of its finished children (tesseract)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure_page(name: str, img: Any, runs: int) -> dict[str, Any]:
    data = encode(img.convert("RGB"), "JPEG")
    pipeline, whole = [], []
    outcome = ""
    for _ in range(runs):
        start = cpu()
        ocr.prepare_page(img)
        pipeline.append(cpu() - start)
        start = cpu()
        try:
            doc = read_bytes(data, name=f"{name}.jpg")
            ok = getattr(doc, "number", None) == NUMBER and getattr(doc, "gross_total", None) == GROSS
            outcome = "read right" if ok else f"read wrong ({getattr(doc, 'number', None)}, {doc.gross_total})"  # type: ignore[union-attr]
        except ExtractionError as exc:
            outcome = f"refused: {exc}"
        whole.append(cpu() - start)
    return {
        "case": name,
        "pipeline_cpu_s": statistics.median(pipeline),
        "page_cpu_s": statistics.median(whole),
        "outcome": outcome,
    }


def compare_subprocess(runs: int) -> dict[str, float]:
    """pytesseract vs the former hand-written `subprocess.run(["tesseract", …, "tsv"])`, same page and arguments."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.pgm"
        ocr.prepare_page(page_image()).page.save(path)
        args = [
            str(path),
            "-",
            "-l",
            ocr.LANG,
            "--psm",
            str(ocr.PSM),
            "--dpi",
            "225",
            "-c",
            "preserve_interword_spaces=1",
            "tsv",
        ]
        hand, lib = [], []
        for _ in range(runs):
            start = cpu()
            ocr._run_tesseract(args, 60)
            hand.append(cpu() - start)
            start = cpu()
            ocr.image_data(path, timeout=60)
            lib.append(cpu() - start)
    return {"subprocess_cpu_s": statistics.median(hand), "pytesseract_cpu_s": statistics.median(lib)}


def peak(path: Path, pythonpath: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        cwd=pythonpath,
        env={"PYTHONPATH": str(pythonpath), "PATH": os.environ.get("PATH", "")},
        timeout=1800,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if not lines:
        return {"peak_mb": None, "outcome": f"crashed (exit {done.returncode}): {done.stderr[-200:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-bombs", action="store_true")
    ap.add_argument("--compare-subprocess", action="store_true")
    ap.add_argument("--before", type=Path, help="also measure the bombs with another checkout (e.g. /work/main)")
    args = ap.parse_args()

    base = page_image()
    cases = {
        "clean scan": base,
        "photo on a desk": on_desk(base, tilt=9, seed=1),
        "turned 90° (no EXIF)": base.rotate(-90, expand=True),
        "photo, mild blur σ=1.5": blurred(on_desk(base, tilt=6, seed=2), 1.5),
        "strong blur σ=5 (retake)": blurred(base, 5.0),
    }
    report: dict[str, Any] = {"pages": []}
    print(f"{'case':<28} {'pipeline CPU-s':>15} {'page CPU-s':>11}  outcome")
    for name, img in cases.items():
        row = measure_page(name, img, args.runs)
        report["pages"].append(row)
        print(f"{name:<28} {row['pipeline_cpu_s']:>15.2f} {row['page_cpu_s']:>11.2f}  {row['outcome'][:70]}")

    if args.compare_subprocess:
        cmp = compare_subprocess(args.runs)
        report["pytesseract_vs_subprocess"] = cmp
        print(
            f"\ntesseract word boxes, one page: subprocess {cmp['subprocess_cpu_s']:.2f} CPU-s, "
            f"pytesseract {cmp['pytesseract_cpu_s']:.2f} CPU-s"
        )

    if not args.skip_bombs:
        with tempfile.TemporaryDirectory() as tmp:
            tiff = Path(tmp) / "blank-50.tif"
            tiff.write_bytes(blank_tiff())
            pdf = Path(tmp) / "inflate-1g.pdf"
            pdf.write_bytes(inflating_pdf(1024 * MB))
            print(f"\n{'bomb':<34} {'size':>8} {'peak MB':>8}  outcome")
            report["bombs"] = []
            checkouts = [("", ROOT)] + ([(" (before)", args.before)] if args.before else [])
            for label, path in (("50-page blank TIFF", tiff), ("PDF inflating to 1 GiB", pdf)):
                for suffix, checkout in checkouts:
                    start = time.monotonic()
                    result = peak(path, checkout)
                    row = {
                        "bomb": label + suffix,
                        "bytes": path.stat().st_size,
                        **result,
                        "seconds": round(time.monotonic() - start, 1),
                    }
                    report["bombs"].append(row)
                    mb = f"{result['peak_mb']:.0f}" if result.get("peak_mb") is not None else "-"
                    print(
                        f"{label + suffix:<34} {path.stat().st_size / 1024:>6.0f}KB {mb:>8}  "
                        f"{str(result['outcome'])[:80]}"
                    )

    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "photo.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
