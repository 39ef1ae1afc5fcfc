"""Scans and photos → text with tesseract (`pol`), after the clean-up tesseract needs.

Per page: greyscale at ~225 dpi → flatten uneven lighting → light blur → deskew (projection
profile) → binarise (Otsu) → erase table rules (they turn into "|" and swallow digits next to them) → tesseract
word boxes → the same column-preserving layout as text PDFs. When a page reads badly, tesseract's
orientation detection (OSD, `--psm 0`) decides whether it is upside down or sideways and the page is
read again; upright pages (nearly all) skip that second pass.

Tesseract runs with OMP_THREAD_LIMIT=1 (its OpenMP threads fight each other: about 3× slower on 2
cores) and pages run in parallel instead, one tesseract process per worker. The workers are
threads: each only waits on its tesseract child process, so nothing is gained by forking Python
processes and pickling 9-megapixel pages to them.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.backends import Progress
from extractors.backends.layout import Word, words_to_text
from extractors.errors import CorruptFile, OcrTimeout
from extractors.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from PIL.Image import Image

LANG = "pol"
TARGET_WIDTH = 1860  # an A4 page at 225 dpi: half the tesseract time of 300 dpi, same accuracy on 8-11 pt print
# Page segmentation for the text pass: 6 ("one uniform block") keeps lone digits such as the Lp.
# column that mode 3 drops as noise, and costs less; lines are rebuilt from word boxes anyway.
PSM = 6
MIN_CONFIDENCE = 55.0  # mean word confidence below which a page may be rotated: try OSD


@cache
def is_available() -> bool:
    """tesseract on PATH with the Polish model (Debian: tesseract-ocr-pol)."""
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANG in (out.stdout + out.stderr).split()


# Share of black pixels on the prepared page. Printed pages measure 1-6 % (dense tables up to ~10 %);
# a page with only "Strona 3" about 0.03 %; random noise or a texture about 30 %.
BLANK_INK = 0.0005  # below: nothing worth reading (a single short line at most) — tesseract is skipped
NOISE_INK = 0.22  # above: not print on paper (noise, a photo of a carpet) — tesseract is skipped
# A word as a document has them: letters with a vowel, read with some confidence. Noise read by
# tesseract gives short, consonant-only or low-confidence tokens.
WORD_CONFIDENCE = 70.0
_WORD = re.compile(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{3,}")
_VOWEL = re.compile(r"[aeiouyąęóAEIOUYĄĘÓ]")


@dataclass(frozen=True, slots=True)
class PageResult:
    text: str
    confidence: float  # mean word confidence, 0–100
    angle: float  # degrees of skew corrected
    rotated: int  # 0, 90, 180, 270 turned by OSD
    words: int = 0  # word-like tokens read with confidence: how much document text the page holds
    skipped: str | None = None  # "blank" or "noise": tesseract was not run on the page


def is_word(token: str, confidence: float) -> bool:
    core = token.strip(".,:;!?()[]\"'„”«»-–/%")
    return confidence >= WORD_CONFIDENCE and bool(_WORD.fullmatch(core)) and bool(_VOWEL.search(core))


def ink_ratio(bw: Image) -> float:
    """Share of black pixels in a binary page."""
    histogram = bw.histogram()
    return sum(histogram[:128]) / max(1, bw.width * bw.height)


# --- image clean-up ------------------------------------------------------------------------------


def normalise_size(img: Image) -> Image:
    """Scale so the page's shorter side is about an A4 width at 300 dpi."""
    from PIL import Image as PILImage

    short = min(img.size)
    if short > TARGET_WIDTH * 1.15 or short < TARGET_WIDTH * 0.85:  # 150 dpi scans are upscaled
        # Never blow a strip (a receipt, a 40×3000 crop) up beyond a few page widths.
        factor = min(TARGET_WIDTH / short, max(1.0, 3 * TARGET_WIDTH / max(img.size)))
        img = img.resize((round(img.width * factor), round(img.height * factor)),
                         PILImage.Resampling.LANCZOS if factor < 1 else PILImage.Resampling.BICUBIC)
    return img


def flatten(gray: Image) -> Image:
    """Divide out uneven light (phone photos, scanner shadows): paper → white, ink stays dark."""
    from PIL import Image as PILImage
    from PIL import ImageChops, ImageFilter, ImageOps

    small = gray.resize((max(1, gray.width // 16), max(1, gray.height // 16)), PILImage.Resampling.BOX)
    # The brightest neighbourhood is the paper; text strokes are thinner than the 5-cell window.
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    background = background.resize(gray.size, PILImage.Resampling.BILINEAR)
    return ImageOps.invert(ImageChops.subtract(background, gray))


def otsu_threshold(histogram: Sequence[int]) -> int:
    total = sum(histogram)
    weighted_all = sum(i * h for i, h in enumerate(histogram))
    below = weighted_below = 0
    best, threshold = -1.0, 128
    for t, count in enumerate(histogram):
        below += count
        if below == 0:
            continue
        above = total - below
        if above == 0:
            break
        weighted_below += t * count
        mean_below = weighted_below / below
        mean_above = (weighted_all - weighted_below) / above
        between = below * above * (mean_below - mean_above) ** 2
        if between > best:
            best, threshold = between, t
    return threshold


def binarise(gray: Image) -> Image:
    threshold = otsu_threshold(gray.histogram())
    return gray.point(lambda v: 255 if v > threshold else 0)


def skew_angle(bw: Image, *, limit: float = 6.0) -> float:
    """Skew in degrees by the projection profile: text rows are sharpest when level."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    scale = 500 / max(1, bw.width)
    small = ImageOps.invert(bw.resize((500, max(1, round(bw.height * scale))), PILImage.Resampling.BOX))

    def sharpness(angle: float) -> float:
        turned = small.rotate(angle, resample=PILImage.Resampling.BILINEAR, fillcolor=0)
        rows = turned.resize((1, turned.height), PILImage.Resampling.BOX).tobytes()  # one byte per row (L)
        return float(sum((a - b) ** 2 for a, b in itertools.pairwise(rows)))

    best = max((k * 0.75 for k in range(int(-limit / 0.75), int(limit / 0.75) + 1)), key=sharpness)
    fine = max((best + k * 0.125 for k in range(-4, 5)), key=sharpness)
    return round(fine, 2)


def erase_rules(bw: Image, *, run: int = 90, thickness: int = 5) -> Image:
    """Whiten long, thin horizontal and vertical lines (table grids) but not text.

    A rule is dark along `run` pixels and at most `thickness` pixels across; a line of bold text can
    be as dark along the row but is far thicker, so it is kept.
    """
    from PIL import Image as PILImage
    from PIL import ImageChops

    def shifted(img: Image, d: int, horizontal: bool) -> Image:
        return ImageChops.offset(img, 0, d) if horizontal else ImageChops.offset(img, d, 0)

    def mask(horizontal: bool) -> Image:
        # Horizontal runs are longer: the top bars of capitals ("PROTECT", "TT") line up for ~100 px.
        along = 2 * run if horizontal else run
        size = (max(1, bw.width // along), bw.height) if horizontal else (bw.width, max(1, bw.height // along))
        # Averaging `run` pixels along the line: only a solid rule (or dense bold text) stays dark.
        dark = bw.resize(size, PILImage.Resampling.BOX).point(lambda v: 255 if v < 45 else 0)
        # Dark `thickness` pixels to both sides as well → a thick band (text), not a rule.
        thick = ImageChops.darker(shifted(dark, thickness, horizontal), shifted(dark, -thickness, horizontal))
        thick = ImageChops.darker(thick, dark)
        grown = thick
        for d in range(1, thickness + 1):
            grown = ImageChops.lighter(grown, shifted(thick, d, horizontal))
            grown = ImageChops.lighter(grown, shifted(thick, -d, horizontal))
        rules = ImageChops.subtract(dark, grown)
        # A rule runs on: keep only cells with a dark neighbour along the line (a run of capitals'
        # top bars rarely fills two cells), then extend each run by one cell, since a rule's two
        # end cells are only partly dark.
        ahead, behind = shifted(rules, 1, not horizontal), shifted(rules, -1, not horizontal)
        rules = ImageChops.darker(rules, ImageChops.lighter(ahead, behind))
        ahead, behind = shifted(rules, 1, not horizontal), shifted(rules, -1, not horizontal)
        rules = ImageChops.lighter(rules, ImageChops.lighter(ahead, behind))
        # Grow by a pixel across the line: ragged edges would otherwise read as "|" or "_".
        rules = ImageChops.lighter(rules, ImageChops.lighter(shifted(rules, 1, horizontal),
                                                             shifted(rules, -1, horizontal)))
        return rules.resize(bw.size, PILImage.Resampling.NEAREST)

    return ImageChops.lighter(bw, ImageChops.lighter(mask(True), mask(False)))


def prepare(img: Image) -> tuple[Image, float]:
    """The page as tesseract wants it: binary, level, without grid lines; returns (page, skew)."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    gray = normalise_size(img.convert("L"))
    # A light blur before thresholding: sensor noise and JPEG blocks would otherwise become specks
    # glued to glyphs ("lic." read as "JiC."); 97.7 % vs 96.4 % field accuracy on the scan corpus.
    flat = flatten(gray).filter(ImageFilter.GaussianBlur(0.7))
    angle = skew_angle(binarise(flat))
    if abs(angle) >= 0.2:
        flat = flat.rotate(angle, resample=PILImage.Resampling.BILINEAR, expand=True, fillcolor=255)
    return erase_rules(binarise(flat)), angle


# --- tesseract -----------------------------------------------------------------------------------


class TesseractFailed(RuntimeError):
    """tesseract exited with an error (an image it cannot segment, a broken install)."""


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _run_tesseract(args: list[str], timeout: float) -> str:
    exe = shutil.which("tesseract") or "tesseract"
    try:
        done = subprocess.run([exe, *args], capture_output=True, timeout=timeout, env=_env(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrTimeout(
            f"Odczyt strony trwał dłużej niż {timeout:.0f} s i został przerwany. "
            "Prześlij plik PDF z warstwą tekstową albo wyraźniejszy skan."
        ) from exc
    if done.returncode != 0:
        raise TesseractFailed(done.stderr.decode("utf-8", "replace")[-500:])
    return done.stdout.decode("utf-8", "replace")


def read_words(path: Path, *, timeout: float, psm: int | None = None) -> tuple[list[Word], float, int]:
    """Word boxes, mean confidence and the count of confident word-like tokens (tesseract TSV)."""
    tsv = _run_tesseract([str(path), "-", "-l", LANG, "--psm", str(psm or PSM), "--dpi", "225",
                          "-c", "preserve_interword_spaces=1", "tsv"], timeout)
    words: list[Word] = []
    confidences: list[float] = []
    real = 0
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        conf = float(cols[10])
        text = clean_token(cols[11])
        if not text:
            continue
        words.append(Word(text, left, left + width, top, top + height))
        confidences.append(conf)
        real += is_word(text, conf)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return words, mean, real


_IDENTIFIER_FIXES = str.maketrans("ÓóĄĘŚŻ", "OoAESZ")
_AMOUNT_DOT = re.compile(r"^-?\d[\d\s.]*,\d\d[.:;]$")
_RULE_CHARS = "|!¦[]{}_;:'\"`~,.«»•·©°"


def clean_token(token: str) -> str:
    """Drop leftovers of table rules: lone "|", "!", "_" and brackets glued to a word's edge."""
    token = token.strip()
    if not any(ch.isalnum() for ch in token):
        # A lone dash or percent sign can mean something; bar-like specks never do.
        return "" if all(ch in _RULE_CHARS for ch in token) else token
    token = token.strip("|¦_")
    if token[:1] in "\"'„“" and token[1:2].isdigit():
        token = token[1:]  # a speck before a row number reads as a quote
    if any(ch.isdigit() for ch in token) and ("/" in token or "-" in token):
        # Document numbers and NIPs carry no Polish letters; "KÓR/2026" is "KOR/2026" with a speck.
        token = token.translate(_IDENTIFIER_FIXES)
    if _AMOUNT_DOT.match(token):
        token = token[:-1]  # "1 234,56." – the dot is a speck left of an erased rule
    if token.startswith("[") and "]" not in token:
        token = token[1:]
    if token.endswith(("|", "!", ";")) and len(token) > 1:
        token = token[:-1]
    return token


# Frequent misreadings with one right answer, fixed here because they are artefacts of OCR.
_FIXES = (
    (re.compile(r"\b([Ss]p\.\s?z)\s?[0oO]\.\s?[0oO]\.", re.UNICODE), r"\1 o.o."),
    (re.compile(r"\bS\.\s?[Aa]\.(?=\s|$)"), "S.A."),
)


def fix_common(text: str) -> str:
    for pattern, replacement in _FIXES:
        text = pattern.sub(replacement, text)
    return text


def orientation(path: Path, *, timeout: float) -> int:
    """Degrees (0/90/180/270) to turn the page clockwise, by tesseract OSD; 0 when unsure."""
    try:
        out = _run_tesseract([str(path), "-", "--psm", "0", "-l", "osd", "--dpi", "225"], timeout)
    except TesseractFailed:
        return 0  # too little text to decide: leave the page as it is
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    try:
        rotate = int(fields.get("Rotate", "0").strip())
        confidence = float(fields.get("Orientation confidence", "0").strip())
    except ValueError:
        return 0
    return rotate if confidence >= 1.5 else 0


def ocr_image(img: Image, *, timeout: float, workdir: Path, tag: str) -> PageResult:
    """OCR one page image (already upright by EXIF if it came from a camera)."""
    from PIL import Image as PILImage

    page, angle = prepare(img)
    ink = ink_ratio(page)
    if ink < BLANK_INK or ink > NOISE_INK:
        # Tesseract would find nothing on an empty page, and spends up to a minute on noise
        # (every speck a candidate glyph) only to invent a few "amounts".
        return PageResult("", 0.0, angle, 0, skipped="blank" if ink < BLANK_INK else "noise")
    path = workdir / f"{tag}.pgm"  # uncompressed: tesseract reads it without decoding cost
    page.save(path)
    try:
        words, confidence, real = read_words(path, timeout=timeout)
    except TesseractFailed as exc:
        raise CorruptFile(
            "Nie udało się odczytać tekstu ze strony (OCR odrzucił obraz). Prześlij wyraźniejszy skan lub PDF."
        ) from exc
    rotated = 0
    if confidence < MIN_CONFIDENCE or len(words) < 10:
        turn = orientation(path, timeout=timeout)
        if turn:
            # OSD's "Rotate" is clockwise; PIL rotates counter-clockwise for positive angles.
            page = page.rotate(-turn, expand=True, resample=PILImage.Resampling.NEAREST)
            page.save(path)
            words, confidence, real = read_words(path, timeout=timeout)
            rotated = turn
    origin = min((w.x0 for w in words), default=0.0)
    text = fix_common(words_to_text(words, origin=origin, space_ratio=0.8))
    return PageResult(text, confidence, angle, rotated, words=real)


def ocr_images(images: Sequence[Image], *, limits: Limits = DEFAULT_LIMITS,
               progress: Progress | None = None, first: int = 1, total: int | None = None,
               deadline: float | None = None) -> list[PageResult]:
    """OCR pages in parallel (at most `limits.ocr_workers` tesseract processes), in page order.

    `first` and `total` number the pages for `progress` when a document is read in several calls;
    `deadline` (time.monotonic) bounds the whole document: a page not started by then is not read.
    """
    count = len(images)
    total = count if total is None else total
    with tempfile.TemporaryDirectory(prefix="grantbot-ocr-") as tmp:
        workdir = Path(tmp)

        def one(index: int) -> PageResult:
            timeout = limits.ocr_seconds_per_page
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise OcrTimeout(
                        f"Odczyt dokumentu trwał dłużej niż {limits.ocr_seconds_per_document:.0f} s i został "
                        "przerwany. Prześlij plik PDF z warstwą tekstową albo same strony faktury lub protokołu."
                    )
                timeout = min(timeout, max(1.0, left))
            if progress:
                progress(first + index, total)
            return ocr_image(images[index], timeout=timeout, workdir=workdir, tag=f"p{first + index}")

        workers = max(1, min(limits.ocr_workers, count))
        if workers == 1:
            return [one(i) for i in range(count)]
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
            return list(pool.map(one, range(count)))


def render_pdf_pages(data: bytes, indexes: Sequence[int], *, dpi: int) -> list[Image]:
    """Render chosen PDF pages to greyscale images (for scans inside PDFs)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        images = []
        for i in indexes:
            page = doc[i]
            images.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            page.close()
        return images
    finally:
        doc.close()
