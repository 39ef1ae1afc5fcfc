"""Turn families x rungs into files on disk (a cache keyed by the corpus source) and their expected values."""

from __future__ import annotations

import hashlib
import importlib
import os
import random
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from tests.corpus.extract.ladder import RUNGS, rasterize, to_pdf
from tests.corpus.extract.registry import Family, Sample

HERE = Path(__file__).resolve().parent
TEXT = "pdf_text"
TWO_TEXT = "two_in_one_text"
TWO_SCAN = "two_in_one_scan"
ALL_RUNGS = (TEXT, *RUNGS, TWO_TEXT, TWO_SCAN)
SOURCE = {TEXT: "text PDF", TWO_TEXT: "two in one PDF", TWO_SCAN: "two in one PDF"} | {
    k: r.source for k, r in RUNGS.items()
}


@dataclass(frozen=True, slots=True)
class Case:
    family: Family
    rung: str
    partner: Family | None = None  # second document of a "two in one" file

    @property
    def file_stem(self) -> str:
        tail = f"+{self.partner.name}" if self.partner is not None else ""
        return f"{self.family.part}-{self.family.name}{tail}-{self.rung}"

    @property
    def source(self) -> str:
        return SOURCE[self.rung]


def families(part: str) -> dict[str, Family]:
    if part == "dev":
        from tests.corpus.extract.families import FAMILIES

        return FAMILIES
    if part in BLIND_PARTS:
        found: dict[str, Family] = importlib.import_module(f"tests.corpus.extract.{part}").FAMILIES
        return found
    if part[:-1] in SPLIT_BATCHES and part[-1] in "ab":
        # A fresh batch split in two by alternate family names (sorted), decided before either half was
        # measured: 'a' is measured once and then tuned on, 'b' stays frozen until the end of the session.
        whole = families(part[:-1])
        return {n: whole[n] for n in _half(sorted(whole), part[-1])}
    raise ValueError(part)


# Fresh batches split in two halves ('a' tuned on, 'b' frozen): alternate family names, sorted.
SPLIT_BATCHES = (
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
)
# The blind parts in the order they were written (each in its own package `tests.corpus.extract.<part>`): a later
# part shares no family name or layout with an earlier one.
BLIND_PARTS = ("blind", "blind2", *SPLIT_BATCHES)
# Every part a score can be asked for: dev, each blind part, and both halves of each split batch.
ALL_PARTS = ("dev", *(p + half for p in BLIND_PARTS for half in ("", "a", "b") if not half or p in SPLIT_BATCHES))


def _half(names: list[str], half: str) -> list[str]:
    return names[0::2] if half == "a" else names[1::2]


def _partner_pool(fam: Family) -> list[Family]:
    """The families a "two in one" file may pair `fam` with: its own half for a split batch, so that a file of
    the tuned half never carries a document of the frozen one (blind7's files did, until this rule)."""
    whole = families(fam.part)
    if fam.part not in SPLIT_BATCHES:
        return list(whole.values())
    names = sorted(whole)
    same = _half(names, "a" if names.index(fam.name) % 2 == 0 else "b")
    return [whole[n] for n in same]


def corpus_hash(seed: int) -> str:
    h = hashlib.sha256(str(seed).encode())
    for p in sorted(HERE.rglob("*.py")):
        if p.name != "score.py":
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_dir(seed: int) -> Path:
    base = Path(os.environ.get("GRANTBOT_CORPUS_DIR") or Path(tempfile.gettempdir()) / "grantbot-corpus")
    d = base / corpus_hash(seed)
    d.mkdir(parents=True, exist_ok=True)
    return d


def plan(fams: Sequence[Family], rungs: Iterable[str] | None = None, *, quick: bool = False) -> list[Case]:
    """All (family, rung) pairs; `quick` keeps text PDF + clean scan + one rotating rung per family."""
    cases: list[Case] = []
    wanted = list(rungs) if rungs else list(ALL_RUNGS)
    # multi-page-only rungs stay out of the quick rotation (most documents have one page; the rotation of the
    # older parts stays as it was measured)
    others = [r for r in ALL_RUNGS if r not in (TEXT, "clean_png") and not (r in RUNGS and RUNGS[r].multi_page_only)]
    for i, fam in enumerate(fams):
        part = _partner_pool(fam)  # the partner never depends on a --family filter
        partner = part[(part.index(fam) + 1) % len(part)] if len(part) > 1 else None
        chosen = [TEXT, "clean_png", others[i % len(others)]] if quick else wanted
        for rung in chosen:
            if rung not in wanted:
                continue
            if rung in (TWO_TEXT, TWO_SCAN) and partner is None:
                continue
            cases.append(Case(fam, rung, partner if rung in (TWO_TEXT, TWO_SCAN) else None))
    return cases


@cache
def sample(fam: Family, seed: int) -> Sample:
    return fam.build(seed)


def expected(case: Case, seed: int) -> list[dict[str, Any]]:
    docs = list(sample(case.family, seed).docs)
    if case.partner is not None:
        docs += list(sample(case.partner, seed + 1).docs)
    return [d.expected() for d in docs]


@lru_cache(maxsize=3)  # 300 dpi RGB pages are ~26 MB each: keep only the current family and its partner
def rasterize_cached(fam: Family, seed: int) -> tuple[Any, ...]:
    return tuple(rasterize(sample(fam, seed).pdf))


def applicable(case: Case, seed: int) -> bool:
    rung = RUNGS.get(case.rung)
    if rung is None:
        return True
    if rung.multi_page_only:
        return page_count(sample(case.family, seed).pdf) > 1
    if rung.pixel:
        return True
    return page_count(sample(case.family, seed).pdf) == 1


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def materialise(case: Case, seed: int, out: Path) -> Path:
    """Write the case's file (once; the cache is keyed by the corpus source) and return its path."""
    for ext in ("pdf", "png", "jpg", "webp", "heic", "avif", "bmp", "gif"):
        p = out / f"{case.file_stem}.{ext}"
        if p.exists() and p.stat().st_size:
            return p
    rng = random.Random(f"{case.file_stem}:{seed}")
    smp = sample(case.family, seed)
    if case.rung == TEXT:
        data, ext = smp.pdf, "pdf"
    elif case.rung == TWO_TEXT:
        assert case.partner is not None
        data, ext = _concat_pdf(smp.pdf, sample(case.partner, seed + 1).pdf), "pdf"
    elif case.rung == TWO_SCAN:
        assert case.partner is not None
        pages = list(rasterize_cached(case.family, seed)) + list(rasterize_cached(case.partner, seed + 1))
        data, ext = to_pdf(pages), "pdf"
    else:
        data, ext = RUNGS[case.rung].write(list(rasterize_cached(case.family, seed)), rng)
    path = out / f"{case.file_stem}.{ext}"
    tmp = path.with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _concat_pdf(a: bytes, b: bytes) -> bytes:
    import io

    first, second = pdfium.PdfDocument(a), pdfium.PdfDocument(b)
    try:
        first.import_pages(second)
        buf = io.BytesIO()
        first.save(buf)
        return buf.getvalue()
    finally:
        second.close()
        first.close()
