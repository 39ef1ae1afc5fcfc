"""Benchmark of `grantbot extract` over the generated corpus: accuracy and speed.

    python bench/extract.py [--no-ocr] [--dump-ocr DIR] [--corpus none|text|quick|full] [--seeds 0,1]

Builds the corpus (tests/fixtures/pdfgen.py: text PDFs in every layout, their scans and photos;
tests/fixtures/ksef.py: KSeF FA(2)/FA(3) XML), reads every file through `read_document`, compares
each contract field with the golden dict and prints accuracy per field and per source, pages per
second for text PDFs and for OCR (median of runs), and peak memory. Writes bench/results/extract.json.

Field accuracy counts every scalar field of a document and every field of every line item (matched
by position; a missing or extra item counts each of its fields as wrong).

It also runs the independent corpus (`tests/corpus/extract`, DEV part only — never the blind part)
through its black-box scorer and prints its figures per source and per degradation and the count
of silent wrong values (present, wrong, not listed in "uncertain"): `--corpus text` (text PDFs and
two documents in one text PDF, seconds), `quick` (plus a clean scan and one degradation per family,
minutes), `full` (the whole ladder, slow), `none`. And the parser's speed on long invoices (2 000
and 8 000 rows: linear, not quadratic).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.errors import ExtractionError  # noqa: E402
from extractors.read import read_document  # noqa: E402
from extractors.serialise import document_to_dict  # noqa: E402
from tests.fixtures.pdfgen import compare_fields as compare  # noqa: E402


def corpus(tmp: Path, *, ocr: bool) -> list[tuple[Path, dict[str, Any], str, int]]:
    from tests.fixtures import ksef, pdfgen

    files = [(f.path, f.golden, f.source, f.pages) for f in pdfgen.build_corpus(tmp / "pdf", scans=ocr)]
    kdir = tmp / "ksef"
    kdir.mkdir()
    for name, case in ksef.CASES.items():
        path = kdir / f"{name}.xml"
        path.write_bytes(ksef.render(case))
        files.append((path, ksef.expected(case), "ksef_xml", 1))
    return files


def speed_batch(tmp: Path) -> tuple[Path, int]:
    """A 6-page scanned PDF (first pages of six invoices): what the OCR worker pool is for."""
    from PIL import Image

    from tests.fixtures import pdfgen

    pages = []
    for k, stem in enumerate(
        ("fv_classic", "fv_borderless", "fv_two_column", "fv_multirate", "fv_gross", "fv_correction")
    ):
        img = pdfgen.rasterise(tmp / "pdf" / f"{stem}.pdf", 300)[0]
        pages.append(pdfgen.degrade(img, angle=(-1) ** k * (1 + k / 2), seed=900 + k))
    out = tmp / "batch_scan.pdf"
    pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:])
    for p in pages:
        p.close() if isinstance(p, Image.Image) else None
    return out, len(pages)


def _tesseract_peak_mb(tmp: Path) -> float:
    """Peak RSS of one tesseract run on a prepared A4 page (GNU time's %M), 0 when unavailable."""
    import shutil
    import subprocess

    from extractors.backends import ocr
    from tests.fixtures import pdfgen

    time_bin = shutil.which("time") or "/usr/bin/time"
    if not Path(time_bin).exists():
        return 0.0
    page, _ = ocr.prepare(pdfgen.rasterise(tmp / "pdf" / "fv_classic.pdf", 225)[0])
    path = tmp / "page.pgm"
    page.save(path)
    done = subprocess.run(
        [time_bin, "-f", "%M", "tesseract", str(path), "-", "-l", ocr.LANG, "--psm", str(ocr.PSM), "tsv"],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=False,
    )
    try:
        return int(done.stderr.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return 0.0


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        read_document(path)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


CORPUS_RUNGS = {"text": ["--degradation", "pdf_text,two_in_one_text"], "quick": ["--quick"], "full": []}


def corpus_dev(mode: str, seeds: list[int]) -> dict[str, Any]:
    """The independent corpus's DEV part through its own scorer (a subprocess calling `grantbot`)."""
    import subprocess

    out: dict[str, Any] = {}
    for seed in seeds:
        with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
            cmd = [
                sys.executable,
                "-m",
                "tests.corpus.extract.score",
                "--part",
                "dev",
                "--seed",
                str(seed),
                "--json",
                tmp.name,
                *CORPUS_RUNGS[mode],
            ]
            done = subprocess.run(
                cmd, cwd=ROOT, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)}
            )
            if done.returncode != 0:
                print(f"  korpus (seed {seed}): błąd scorera: {done.stderr.strip()[-300:]}")
                continue
            rep = json.loads(Path(tmp.name).read_text(encoding="utf-8"))
        out[str(seed)] = {
            k: rep[k]
            for k in (
                "files",
                "seconds",
                "checks",
                "correct",
                "accuracy",
                "by_source",
                "by_rung",
                "by_field",
                "silent_wrong",
                "item_names_tolerant",
            )
        }
        print(
            f"\nKorpus niezależny (dev, {mode}, seed {seed}): {rep['files']} plików, "
            f"dokładność {100 * rep['accuracy']:.1f}% ({rep['correct']}/{rep['checks']}), "
            f"ciche błędne wartości: {rep['silent_wrong']}"
        )
        for title, key in (("według źródła", "by_source"), ("według degradacji", "by_rung")):
            print(f"  {title}:")
            for name, (ok, n) in rep[key].items():
                print(f"    {name:28} {100 * ok / max(1, n):6.1f}% ({ok}/{n})")
    return out


def rows_speed() -> dict[str, float]:
    """Seconds to parse a text invoice of 2 000 and 8 000 rows (the line parser must stay linear)."""
    from extractors.models import Source
    from extractors.parse import parse_text

    head = (
        "FAKTURA VAT nr FV/1/2026\nData wystawienia: 02.03.2026\n"
        "Sprzedawca: ABC Sp. z o.o., NIP 526-000-12-46\nNabywca: Gmina Testowa, NIP 7740001454\n"
        "Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto\n"
    )
    out = {}
    for n in (2000, 8000):
        rows = "\n".join(f"{i}. Myszka optyczna model {i} 2 szt. 10,00 20,00 23% 4,60 24,60" for i in range(1, n + 1))
        tail = f"\nRazem {20 * n},00 {46 * n // 10},{46 * n % 10}0 {246 * n // 10},{246 * n % 10}0\n"
        t = time.perf_counter()
        doc = parse_text(head + rows + tail, file="long.pdf", source=Source.PDF_TEXT)
        out[f"rows_{n}_seconds"] = time.perf_counter() - t
        assert len(doc.items) == n
    print(
        f"\nParser: 2 000 wierszy w {out['rows_2000_seconds']:.2f} s, 8 000 wierszy w "
        f"{out['rows_8000_seconds']:.2f} s (×{out['rows_8000_seconds'] / out['rows_2000_seconds']:.1f} "
        "dla ×4 wierszy)"
    )
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-ocr", action="store_true", help="skip scans (text PDFs and KSeF only)")
    ap.add_argument(
        "--corpus",
        choices=("none", "text", "quick", "full"),
        default="text",
        help="the independent corpus's dev part: which rungs (default: text PDFs, fast)",
    )
    ap.add_argument("--seeds", default="0", help="corpus seeds, comma-separated (each seed varies the data)")
    ap.add_argument("--dump-ocr", type=Path, help="write the OCR text of every scan into this directory")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    per_source: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    per_doc: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="grantbot-bench-") as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        files = corpus(tmp, ocr=not args.no_ocr)
        print(f"Korpus: {len(files)} plików wygenerowanych w {time.perf_counter() - t0:.1f} s")
        ocr_seconds = 0.0
        ocr_pages = 0
        for path, golden, source, pages in files:
            t = time.perf_counter()
            try:
                doc = read_document(path)
                got: dict[str, Any] | None = document_to_dict(doc)
                error = None
            except ExtractionError as exc:
                got, error = None, str(exc)
            elapsed = time.perf_counter() - t
            if source == "ocr":
                ocr_seconds += elapsed
                ocr_pages += pages
            if args.dump_ocr and source == "ocr" and got is not None:
                from extractors.backends import PagesText, image, ocr

                data = path.read_bytes()
                imgs = (
                    ocr.render_pdf_pages(data, list(range(pages)), dpi=225)
                    if path.suffix == ".pdf"
                    else image.load_pages(data)
                )
                text = PagesText(tuple(r.text for r in ocr.ocr_images(imgs)), doc.source).text
                args.dump_ocr.mkdir(parents=True, exist_ok=True)
                stem = path.name.replace(".", "_")
                (args.dump_ocr / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
                (args.dump_ocr / f"{stem}.json").write_text(
                    json.dumps(golden, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
                )
            fields = compare(golden, got)
            wrong = sorted(f for f, (ok, total) in fields.items() if ok < total)
            for f, (ok, total) in fields.items():
                per_source[source][f][0] += ok
                per_source[source][f][1] += total
            if got is not None and got.get("source") != source:
                wrong.append(f"source={got.get('source')}")
            ok_all = sum(ok for ok, _ in fields.values())
            total_all = sum(total for _, total in fields.values())
            per_doc.append(
                {
                    "file": path.name,
                    "source": source,
                    "accuracy": ok_all / max(1, total_all),
                    "seconds": round(elapsed, 3),
                    "wrong": wrong,
                    "error": error,
                }
            )
            status = "OK " if not wrong and not error else "ERR" if error else "~  "
            print(
                f"  {status} {path.name:32} {source:8} {100 * ok_all / max(1, total_all):6.1f}%  "
                f"{elapsed:5.2f} s  {'; '.join(wrong)[:90] if wrong else ''}{error or ''}"
            )

        print("\nDokładność pól według źródła:")
        summary: dict[str, Any] = {}
        all_fields = sorted({f for src in per_source.values() for f in src})
        print(f"  {'pole':22}" + "".join(f"{s:>12}" for s in per_source))
        for f in all_fields:
            cells = []
            for src in per_source:
                ok, total = per_source[src].get(f, [0, 0])
                cells.append(f"{100 * ok / total:11.1f}%" if total else f"{'—':>12}")
            print(f"  {f:22}" + "".join(cells))
        for src, src_fields in per_source.items():
            ok = sum(v[0] for v in src_fields.values())
            total = sum(v[1] for v in src_fields.values())
            summary[src] = {
                "accuracy": ok / max(1, total),
                "fields": {f: v[0] / max(1, v[1]) for f, v in src_fields.items()},
                "checked": total,
            }
            print(f"  RAZEM {src:10} {100 * ok / max(1, total):6.2f}%  ({ok}/{total} pól)")

        # Speed: median over runs of whole-document reads.
        text_pdfs = [(p, n) for p, _, s, n in files if s == "pdf_text"]
        t = statistics.median(sum(timed(p, 1) for p, _ in text_pdfs) for _ in range(args.runs))
        text_pages = sum(n for _, n in text_pdfs)
        from extractors.backends import pdf_text

        blobs = [p.read_bytes() for p, _ in text_pdfs]
        bt_text = []
        for _ in range(args.runs):
            t1 = time.perf_counter()
            for blob in blobs:
                pdf_text.extract_pages(blob)
            bt_text.append(time.perf_counter() - t1)
        backend_t = statistics.median(bt_text)
        speed: dict[str, Any] = {
            "pdf_text_pages_per_s": text_pages / t,
            "pdf_text_pages": text_pages,
            "pdf_text_backend_pages_per_s": text_pages / backend_t,
        }
        print(
            f"\nTekst PDF: {text_pages} stron w {t:.2f} s → {text_pages / t:.1f} str./s z parsowaniem "
            f"(mediana z {args.runs}); sam odczyt tekstu: {text_pages / backend_t:.0f} str./s"
        )
        if not args.no_ocr:
            batch, n = speed_batch(tmp)
            runs = max(1, args.runs - 1)
            cpu0 = _cpu()
            bt = timed(batch, runs)
            cpu_per_page = (_cpu() - cpu0) / (runs * n)
            # CPU seconds (ours + tesseract's) per page: a figure other load on the machine cannot
            # inflate; two idle cores give at most 2 / cpu_per_page pages a second.
            speed.update(
                {
                    "ocr_pages_per_s": n / bt,
                    "ocr_batch_pages": n,
                    "ocr_cpu_seconds_per_page": cpu_per_page,
                    "ocr_pages_per_s_2_idle_cores": 2 / cpu_per_page,
                    "ocr_corpus_pages_per_s": ocr_pages / max(ocr_seconds, 1e-9),
                }
            )
            print(
                f"OCR: skan {n} stron w {bt:.2f} s → {n / bt:.2f} str./s (mediana z {runs}, 2 procesy "
                f"tesseract); CPU {cpu_per_page:.2f} s/str. → {2 / cpu_per_page:.2f} str./s na 2 wolnych "
                f"rdzeniach; cały korpus skanów {ocr_pages} str. w {ocr_seconds:.1f} s"
            )
            load = os.getloadavg()[0]
            speed["load_average_1min"] = load
            print(f"Obciążenie maszyny podczas pomiaru (load average 1 min): {load:.1f}, rdzeni: {os.cpu_count()}")
        self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # RUSAGE_CHILDREN would report the forked Python's size, not tesseract's: measure one run.
        tess_mb = _tesseract_peak_mb(tmp)
        print(
            f"Pamięć szczytowa: Python {self_mb:.0f} MB; jeden proces tesseract {tess_mb:.0f} MB "
            f"(OCR uruchamia 2 naraz)"
        )
        child_mb = tess_mb
        speed.update({"peak_rss_mb": self_mb, "peak_child_rss_mb": child_mb})
        speed.update(rows_speed())
    corpus_figures = {}
    if args.corpus != "none" and (ROOT / "tests" / "corpus" / "extract" / "score.py").exists():
        corpus_figures = corpus_dev(args.corpus, [int(s) for s in args.seeds.split(",") if s.strip()])

    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract.json").write_text(
        json.dumps(
            {"accuracy": summary, "speed": speed, "corpus_dev": corpus_figures, "documents": per_doc},
            ensure_ascii=False,
            indent=1,
        )
    )
    print(f"Zapisano {out / 'extract.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
