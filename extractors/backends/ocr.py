"""Scans and photos → text with tesseract (`pol`, through pytesseract), after the clean-up tesseract needs.

Per page (`prepare_page`, OpenCV in `extractors.photo`): a sheet photographed on a desk is found and
dewarped (four corners → rectangle) → greyscale at ~225 dpi → flatten uneven lighting (division by the
estimated background) → quality gate (blur, contrast, resolution) → light blur → binarise (Otsu) →
sideways text turned a quarter → deskew up to ±20° (projection profile) → erase table rules (they turn
into "|" and swallow digits next to them) → tesseract word boxes with confidences (`image_to_data`)
→ the same column-preserving layout as text PDFs. When a page reads badly, tesseract's orientation
detection (`image_to_osd`) decides whether it is upside down or sideways; when OSD cannot decide,
each quarter turn is tried and the one read with the best confidence is kept. Only then may the page
be called empty: a rotated page is never refused as "no text".

Tesseract runs with OMP_THREAD_LIMIT=1 (its OpenMP threads fight each other: about 3× slower on 2
cores) and pages run in parallel instead, one tesseract process per worker. The workers are
threads: each only waits on its tesseract child process, so nothing is gained by forking Python
processes and pickling 9-megapixel pages to them.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
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
from statistics import median
from typing import TYPE_CHECKING

from extractors.backends import Progress
from extractors.backends.layout import Word, words_to_text
from extractors.errors import CorruptFile, OcrTimeout
from extractors.limits import DEFAULT_LIMITS, Limits
from extractors.photo import Quality

if TYPE_CHECKING:
    from PIL.Image import Image

    from extractors.photo import Gray

log = logging.getLogger(__name__)

LANG = "pol"
# A word less than this share of the page's typical word height is a sliver, not print.
_SLIVER = 0.35
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
    skipped: str | None = None  # "blank", "noise" or "blurred": tesseract was not run on the page
    # Added for the parser and the user; the fields above keep their meaning.
    boxes: tuple[Word, ...] = ()  # every word with its box and tesseract confidence (0-100)
    notes: tuple[str, ...] = ()  # what the pipeline did, in Polish ("obrócono o 90°", "wyprostowano perspektywę")
    quality: Quality | None = None  # blur/contrast/resolution; `quality.reason` asks for a retake

    def uncertain(self, below: float = 60.0) -> tuple[Word, ...]:
        """Words read with less than `below` confidence: fields built from them need a human look."""
        return tuple(w for w in self.boxes if w.confidence is not None and w.confidence < below)


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
        img = img.resize(
            (round(img.width * factor), round(img.height * factor)),
            PILImage.Resampling.LANCZOS if factor < 1 else PILImage.Resampling.BICUBIC,
        )
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
        rules = ImageChops.lighter(
            rules, ImageChops.lighter(shifted(rules, 1, horizontal), shifted(rules, -1, horizontal))
        )
        return rules.resize(bw.size, PILImage.Resampling.NEAREST)

    return ImageChops.lighter(bw, ImageChops.lighter(mask(True), mask(False)))


@dataclass(frozen=True, slots=True)
class PreparedPage:
    page: Image  # binary, level, upright as far as the text profile tells, rules erased
    angle: float  # skew corrected, degrees
    turned: int  # 0 or 90: sideways text turned clockwise before OCR (OSD may still turn it further)
    notes: tuple[str, ...]
    quality: Quality


def _otsu(gray: Gray) -> Gray:
    import cv2
    import numpy as np

    return np.asarray(cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1])


def _dark_bands(bw: Gray, *, tallest: int = 160) -> list[tuple[int, int, int, int]]:
    """Solid dark rectangles, much wider than high, that an opening with a kernel larger than any
    stroke keeps: (x, y, w, h)."""
    import cv2
    import numpy as np

    dark = (bw < 128).astype(np.uint8)
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (25, 9)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=4)
    return [
        (int(x), int(y), int(w), int(h))
        for x, y, w, h, area in stats[1:count]
        if w >= 120 and 18 <= h <= tallest and w >= 3 * h and area >= 0.6 * w * h
    ]


def invert_dark_bands(bw: Gray) -> Gray:
    """White print on a dark band (a table header, a "PRZED KOREKTĄ" bar) turned into dark print on white.

    Tesseract reads dark text only: to it a reverse-video band is one black shape. A band is a solid
    dark rectangle, much wider than high, that an opening with a kernel larger than any stroke keeps;
    a QR code (square) or a dark desk around the page (taller than any band) is left alone.
    """
    import numpy as np

    out = bw
    for x, y, w, h in _dark_bands(bw):
        if out is bw:
            out = bw.copy()
        out[y : y + h, x : x + w] = 255 - out[y : y + h, x : x + w]
    return np.asarray(out)


def lighten_banners(gray: Gray) -> Gray:
    """A letterhead banner (white title and number on a dark strip up to an eighth of the page high)
    turned dark on light before the background is flattened: flattening takes so large a dark
    area for background and leaves its print unreadable."""
    import numpy as np

    bands = [b for b in _dark_bands(_otsu(gray), tallest=max(160, gray.shape[0] // 8)) if b[3] > 160]
    if not bands:
        return gray
    out = gray.copy()
    for x, y, w, h in bands:
        out[y : y + h, x : x + w] = 255 - out[y : y + h, x : x + w]
    return np.asarray(out)


def _binary(soft: Gray) -> Gray:
    return invert_dark_bands(_otsu(soft))


def prepare_page(img: Image) -> PreparedPage:
    """The page as tesseract wants it, with what was done to it and how good the photo is."""
    import cv2
    import numpy as np
    from PIL import Image as PILImage

    from extractors import photo

    gray = np.asarray(img.convert("L"))
    notes: list[str] = []
    quad = photo.find_sheet(gray)
    if quad is not None:
        short = round(min(photo.sheet_size(quad)))
        gray = photo.dewarp(gray, quad, short_side=TARGET_WIDTH)
        notes.append(photo.NOTE_PERSPECTIVE)
    else:
        short = min(gray.shape)
        gray = np.asarray(normalise_size(PILImage.fromarray(gray)))
    flat = photo.flatten(lighten_banners(gray))
    # A light blur before thresholding: sensor noise and JPEG blocks would otherwise become specks
    # glued to glyphs ("lic." read as "JiC."); 97.7 % vs 96.4 % field accuracy on the scan corpus.
    soft = cv2.GaussianBlur(flat, (0, 0), 0.7)
    bw = _binary(soft)
    turned = 0
    erased = erase_rules(PILImage.fromarray(bw))
    quality = photo.measure(flat, np.asarray(erased), short_side=short)
    if 0 < quality.sharpness < photo.SHARPEN_BELOW and not quality.refuse:
        # A soft page (mild blur, a shaken hand): an unsharp mask instead of the anti-speck blur keeps
        # small print from melting into blobs at the threshold. Sharp scans, noisy or not, skip it.
        soft = cv2.addWeighted(flat, 2.0, cv2.GaussianBlur(flat, (0, 0), 2.0), -1.0, 0)
        bw = _binary(soft)
        erased = erase_rules(PILImage.fromarray(bw))
        notes.append(photo.NOTE_SHARPENED)
    if photo.sideways(np.asarray(erased)):
        soft = photo.quarter_turn(soft, 90)
        bw = _binary(soft)
        turned = 90
    angle = photo.skew_angle(bw)
    if abs(angle) >= 0.2:
        soft = photo.rotate(soft, angle)
        bw = _binary(soft)
    if turned or abs(angle) >= 0.2:
        erased = erase_rules(PILImage.fromarray(bw))
    if abs(angle) >= 2:
        notes.append(f"wyprostowano przekrzywienie o {abs(angle):.0f}°")
    return PreparedPage(erased, angle, turned, tuple(notes), quality)


def prepare(img: Image) -> tuple[Image, float]:
    """The page as tesseract wants it: binary, level, without grid lines; returns (page, skew)."""
    prepared = prepare_page(img)
    return prepared.page, prepared.angle


# --- tesseract -----------------------------------------------------------------------------------


class TesseractFailed(RuntimeError):
    """tesseract exited with an error (an image it cannot segment, a broken install)."""


# Tesseract's OpenMP threads fight each other (about 3x slower on 2 cores); pages run in parallel
# instead. pytesseract starts tesseract with this process's environment, so the limit is set here.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

_TIMEOUT = "Tesseract process timeout"  # pytesseract's RuntimeError text when it kills tesseract


def _timed_out(timeout: float) -> OcrTimeout:
    return OcrTimeout(
        f"Odczyt strony trwał dłużej niż {timeout:.0f} s i został przerwany. "
        "Prześlij plik PDF z warstwą tekstową albo wyraźniejszy skan."
    )


def _run_tesseract(args: list[str], timeout: float) -> str:
    """Tesseract by hand, for the few calls pytesseract does not cover (kept for callers and benchmarks)."""
    exe = shutil.which("tesseract") or "tesseract"
    try:
        done = subprocess.run(
            [exe, *args], capture_output=True, timeout=timeout, env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise _timed_out(timeout) from exc
    if done.returncode != 0:
        raise TesseractFailed(done.stderr.decode("utf-8", "replace")[-500:])
    return done.stdout.decode("utf-8", "replace")


def image_data(path: Path, *, timeout: float, psm: int | None = None) -> dict[str, list[object]]:
    """pytesseract `image_to_data` as a dict of columns (level, left, top, width, height, conf, text…)."""
    import pytesseract

    try:
        data: dict[str, list[object]] = pytesseract.image_to_data(
            str(path),
            lang=LANG,
            config=f"--psm {psm or PSM} --dpi 225 -c preserve_interword_spaces=1",
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    except RuntimeError as exc:
        if str(exc) == _TIMEOUT:
            raise _timed_out(timeout) from exc
        raise TesseractFailed(str(exc)[-500:]) from exc  # TesseractError is a RuntimeError
    return data


def read_words(path: Path, *, timeout: float, psm: int | None = None) -> tuple[list[Word], float, int]:
    """Word boxes with confidences, mean confidence and the count of confident word-like tokens."""
    data = image_data(path, timeout=timeout, psm=psm)
    words: list[Word] = []
    for i, raw in enumerate(data["text"]):
        if data["level"][i] != 5 or not str(raw).strip():
            continue
        text = clean_token(str(raw))
        if not text:
            continue
        left, top = int(str(data["left"][i])), int(str(data["top"][i]))
        width, height = int(str(data["width"][i])), int(str(data["height"][i]))
        conf = float(str(data["conf"][i]))
        words.append(Word(text, left, left + width, top, top + height, confidence=conf))
    words = _without_slivers(words)
    confidences = [w.confidence or 0.0 for w in words]
    real = sum(is_word(w.text, w.confidence or 0.0) for w in words)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return words, mean, real


def _without_slivers(words: list[Word]) -> list[Word]:
    """Words a few pixels high ("EE", "RE" 3 px high between the words of a name printed beside a
    table: the edge of a shaded area taken for letters). Print is never that flat; a dash is, and stays."""
    if len(words) < 10:
        return words
    typical = median(w.height for w in words)
    return [w for w in words if w.height >= _SLIVER * typical or not any(ch.isalnum() for ch in w.text)]


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
    if token.endswith("]") and "[" not in token and token[:-1].replace(",", "").replace(".", "").isdigit():
        token = token[:-1]  # "1]", "3483647]": a cell's right border glued to a number
    if token.endswith(("|", "!", ";")) and len(token) > 1:
        token = token[:-1]
    return token


# Frequent misreadings with one right answer, fixed here because they are artefacts of OCR.
_FIXES = (
    # "$p. z 0.0.", "Komputer$erwis": a dollar sign inside a word or before "p." is an S
    # ("$ystemów": a word's capital S; a dollar sign never opens a lower-case word)
    (
        re.compile(
            r"(?<=[A-Za-zżźćńółęąśŻŹĆĄŚĘŁÓŃ])\$(?=[a-ząćęłńóśźż])|(?<![\w$])\$(?=p\.)|(?<![\w$])\$(?=[a-ząćęłńóśźż]{3})"
        ),
        "S",
    ),
    (re.compile(r"\b([Ss]p\.\s?z)\s?[0oO]\.\s?[0oO]\.", re.UNICODE), r"\1 o.o."),
    (re.compile(r"\bS\.\s?[Aa]\.(?=\s|$)"), "S.A."),
    # "Polska $.A.": the S of a joint-stock company's form read as a dollar sign
    (re.compile(r"(?<!\S)\$\.\s?A\.(?=[\s,]|$)"), "S.A."),
)


# A dash standing between two words, as wide as this many of the line's typical characters or more, is
# an en dash ("urzędu – finansowane"): tesseract reads both as "-", but a hyphen is half a character
# wide and an en dash three quarters or more (measured with DejaVu Sans and Serif, Liberation Sans and
# Serif; a monospaced en dash comes out as "—", which item names read as "–" too).
_EN_DASH_WIDTH = 0.65
# Below that and down to this width the two overlap (session 17, real tesseract on DejaVu and Liberation,
# regular and bold, 8–12 pt, clean, blurred and half-resolution pages): a bold en dash measures 0.61–0.65
# of a bold letter, a Liberation Serif hyphen up to 0.61. Such a dash stays "-" and is read as doubtful
# (its confidence lowered), so that a name printed with it is reported as uncertain, not silently wrong.
_DASH_DOUBT_WIDTH = 0.56
DOUBTFUL_DASH_CONFIDENCE = 30.0


# The same dash measured against the type's size (the height of the line's words with an ascender and no
# descender, about 0.75 em): tesseract's box of a hyphen is at most 0.42 of it, an en dash's at least 0.50
# (session 18, real tesseract on DejaVu Sans/Serif and Liberation Sans/Serif, regular and bold, 6–10 pt at
# 300 dpi; blurred, 100 dpi and photographed pages of the corpus read en dashes down to 0.42). It decides
# the band the letter widths leave open only above this.
_EN_DASH_EM = 0.47
_ASCENDER_WORD = re.compile(r"[A-Za-ząćęłńóśźżŁŚŻ0-9]+[,.]?")
_AMOUNT_TOKEN = re.compile(r"^-?\d[\d\s.]*,\d\d$")


def _em(line: Sequence[Word]) -> float | None:
    heights = [
        w.height
        for w in line
        if _ASCENDER_WORD.fullmatch(w.text)
        and re.search(r"[bdhklłtA-ZŁŚŻ0-9]", w.text)
        and not re.search(r"[gjpqyęą,]", w.text)
    ]
    return median(heights) if heights else None


def _between_words(left: Word, right: Word | None) -> bool:
    """A dash between two parts of a name ("laserowa – mono", "EAP653 – Wi-Fi", "XGS1930-28 – 24 × GbE"), not a
    minus before or after an amount."""
    if not (left.text[-1:].isalnum() or left.text[-1:] in '”")+'):
        return False
    if _AMOUNT_TOKEN.match(left.text) or (right is not None and _AMOUNT_TOKEN.match(right.text)):
        return False
    return right is None or right.text[:1].isalnum() or right.text[:1] in '(„"'


# A multiplication sign between a count and what it multiplies ("4 × 4 TB", "24 × GbE"): tesseract reads it as the
# letter x, and no measure of its box tells the two apart in DejaVu Sans (session 18: the sign's box sits on the
# baseline as the letter's does, within a pixel). Such an x is doubted, so that a name printed with it is reported
# as uncertain, not silently spelt with the other one.
DOUBTFUL_TIMES_CONFIDENCE = 30.0


def times_doubted(words: list[Word]) -> list[Word]:
    """Tesseract's lone "x" (or "×") right after a number and before a number or a word: low confidence."""
    if not any(w.text in ("x", "×") for w in words):
        return words
    typical = median(w.height for w in words)
    out = list(words)
    for k, word in enumerate(words):
        if word.text not in ("x", "×"):
            continue
        line = [w for w in words if w is not word and abs(w.middle - word.middle) < 0.6 * typical]
        left = max((w for w in line if w.x1 <= word.x0 + 1), key=lambda w: w.x1, default=None)
        right = min((w for w in line if w.x0 >= word.x1 - 1), key=lambda w: w.x0, default=None)
        if left is None or right is None or word.x0 - left.x1 > typical or right.x0 - word.x1 > typical:
            continue
        if left.text[-1:].isdigit() and right.text[:1].isalnum():
            low = min(word.confidence if word.confidence is not None else 100.0, DOUBTFUL_TIMES_CONFIDENCE)
            out[k] = dataclasses.replace(word, confidence=low)
    return out


def dashes_by_width(words: list[Word]) -> list[Word]:
    """Tesseract's "-" between two words turned into "–" when its box is as wide as an en dash, and
    doubted (low confidence) when its width lies where a hyphen and an en dash both fall."""
    if not any(w.text == "-" for w in words):
        return words
    typical = median(w.height for w in words)
    out = list(words)
    for k, word in enumerate(words):
        if word.text != "-":
            continue
        line = [w for w in words if w is not word and abs(w.middle - word.middle) < 0.6 * typical]
        left = max((w for w in line if w.x1 <= word.x0 + 1), key=lambda w: w.x1, default=None)
        right = min((w for w in line if w.x0 >= word.x1 - 1), key=lambda w: w.x0, default=None)
        # a dash ending its cell – the name goes on under it – has no word to its right, or one a column away
        if right is not None and right.x0 - word.x1 > 2 * typical:
            right = None
        if left is None or not _between_words(left, right):
            continue
        widths = [(w.x1 - w.x0) / len(w.text) for w in line if sum(ch.isalpha() for ch in w.text) >= 3]
        if not widths:
            continue
        width, em = word.x1 - word.x0, _em(line)
        # in the band, a dash as wide as an en dash measured by the type's size is one
        if width >= _EN_DASH_WIDTH * median(widths) or (
            width >= _DASH_DOUBT_WIDTH * median(widths) and em and width >= _EN_DASH_EM * em
        ):
            out[k] = dataclasses.replace(word, text="–")
        elif width >= _DASH_DOUBT_WIDTH * median(widths):
            low = min(word.confidence if word.confidence is not None else 100.0, DOUBTFUL_DASH_CONFIDENCE)
            out[k] = dataclasses.replace(word, confidence=low)
    return out


# A month in Roman numerals between separators ("9.II1.2026", "058/V1I/2026", "12.1V.2026"): tesseract reads
# some of its strokes as 1 or l. A segment of such strokes holding a Roman letter (I, V, X) and forming a
# month when each stroke is an I is that month; one of digits only ("9.11.2026") is rewritten only when
# the page writes its months so elsewhere (II is never read as XI, so "11" there is February).
_MONTHS_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_STROKES = re.compile(r"(?<=\d[./])(?=[1Il|VX]*[1l|])(?=[1Il|VX]*[IVX])[1Il|VX]{1,4}(?=[./]\d)")
_ROMAN_SEGMENT = re.compile(
    r"(?<=\d\.)(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?=\.\d{4})|(?<=\d/)(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?=/\d{4})"
)
_ARABIC_MONTH = re.compile(r"(?<![\d.])\d{1,2}[.\-/](?:0\d|10|12)[.\-/](?:19|20)\d\d(?!\d)|(?:19|20)\d\d-\d\d-\d\d")
_DIGIT_MONTH = re.compile(r"(?<![\d.])(\d{1,2}\.)(1{1,3})(\.(?:19|20)\d\d)(?!\d)")
_DIGIT_SEGMENT = re.compile(r"(?<=\d/)(1{1,3})(?=/(?:19|20)\d\d(?!\d))")


def roman_months(text: str) -> str:
    def strokes(m: re.Match[str]) -> str:
        roman = re.sub(r"[1l|]", "I", m.group(0))
        return roman if roman in _MONTHS_ROMAN else m.group(0)

    text = _STROKES.sub(strokes, text)
    if not _ROMAN_SEGMENT.search(text) or _ARABIC_MONTH.search(text):
        return text  # no month in Roman numerals, or months in digits too ("09.02.2026"): digits stay
    text = _DIGIT_MONTH.sub(lambda m: m.group(1) + "I" * len(m.group(2)) + m.group(3), text)
    return _DIGIT_SEGMENT.sub(lambda m: "I" * len(m.group(1)), text)


def fix_common(text: str) -> str:
    for pattern, replacement in _FIXES:
        text = pattern.sub(replacement, text)
    return roman_months(text)


def osd_rotation(path: Path, *, timeout: float) -> int | None:
    """Degrees (0/90/180/270) to turn the page clockwise by tesseract OSD; None when OSD cannot tell."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(
            str(path), config="--dpi 225", timeout=timeout, output_type=pytesseract.Output.DICT
        )
    except RuntimeError as exc:  # "Too few characters", "Invalid resolution": too little text to decide
        if str(exc) == _TIMEOUT:
            raise _timed_out(timeout) from exc
        return None
    try:
        rotate, confidence = int(osd["rotate"]), float(osd["orientation_conf"])
    except (KeyError, TypeError, ValueError):
        return None
    return rotate % 360 if confidence >= 1.5 else None


def orientation(path: Path, *, timeout: float) -> int:
    """Degrees (0/90/180/270) to turn the page clockwise, by tesseract OSD; 0 when unsure."""
    return osd_rotation(path, timeout=timeout) or 0


def _turn(page: Image, clockwise: int) -> Image:
    from PIL import Image as PILImage

    # OSD's "Rotate" is clockwise; PIL rotates counter-clockwise for positive angles.
    return page.rotate(-clockwise, expand=True, resample=PILImage.Resampling.NEAREST) if clockwise else page


def trial_rotation(page: Image, *, timeout: float, workdir: Path, tag: str) -> int:
    """OSD's fallback: read a half-size page at each quarter turn; keep the turn with the best confidence.

    Scored by the summed confidence of word-like tokens, so a turn that reads a few lucky digits
    does not beat one that reads words. 0 unless another turn is clearly better.
    """
    from PIL import Image as PILImage

    small = page.resize((max(1, page.width // 2), max(1, page.height // 2)), PILImage.Resampling.BOX)
    small = small.point(lambda v: 255 if v > 127 else 0)
    scores: dict[int, float] = {}
    for turn in (0, 90, 180, 270):
        path = workdir / f"{tag}-t{turn}.pgm"
        _turn(small, turn).save(path)
        try:
            data = image_data(path, timeout=timeout, psm=PSM)
        except TesseractFailed:
            scores[turn] = 0.0
            continue
        scores[turn] = _score(data)
    best = max(scores, key=lambda t: scores[t])
    return best if best and scores[best] > 1.3 * scores[0] + 50 else 0


_TURN_NOTES = {90: "obrócono o 90° w prawo", 180: "obrócono o 180°", 270: "obrócono o 90° w lewo"}
BAND = 200  # pixels of page height read to tell upright from upside down: about 5 lines of 10 pt text


def _score(data: dict[str, list[object]]) -> float:
    """Summed confidence of word-like tokens: a turn that reads a few lucky digits does not win."""
    total = 0.0
    for raw_conf, raw_text in zip(data["conf"], data["text"], strict=True):
        conf = float(str(raw_conf))
        if is_word(clean_token(str(raw_text)), conf):
            total += conf
    return total


def upside_down(page: Image, *, timeout: float, workdir: Path, tag: str) -> int:
    """180 when the page's densest band of text reads clearly better turned over, else 0.

    The band and its half-turn are stacked into one image and read by one tesseract process: the
    process start (loading the Polish model) costs as much as reading the band.
    """
    import numpy as np
    from PIL import Image as PILImage

    ink = (np.asarray(page) < 128).sum(axis=1).astype(np.int64)
    if len(ink) <= BAND:
        top = 0
    else:
        window = np.convolve(ink, np.ones(BAND, np.int64), mode="valid")
        top = int(window.argmax())
    band = page.crop((0, top, page.width, min(page.height, top + BAND)))
    gap = 60
    stacked = PILImage.new("L", (band.width, 2 * band.height + gap), 255)
    stacked.paste(band, (0, 0))
    stacked.paste(_turn(band, 180), (0, band.height + gap))
    path = workdir / f"{tag}-band.pgm"
    stacked.save(path)
    try:
        data = image_data(path, timeout=timeout, psm=PSM)
    except TesseractFailed:
        return 0
    scores = {0: 0.0, 180: 0.0}
    for raw_conf, raw_text, word_top in zip(data["conf"], data["text"], data["top"], strict=True):
        conf = float(str(raw_conf))
        if is_word(clean_token(str(raw_text)), conf):
            scores[0 if int(str(word_top)) < band.height + gap / 2 else 180] += conf
    return 180 if scores[180] > 1.3 * scores[0] + 50 else 0


# A line the block segmentation skipped: ink no word box covers, shaped like a line of print.
_GAP_PAD = 12  # white margin around a recovered region (tesseract needs some)
_MAX_DROPPED = 8


def dropped_regions(page: Image, words: Sequence[Word]) -> list[tuple[int, int, int, int]]:
    """Regions of print that tesseract's single-block pass left without a word (x, y, w, h).

    Page segmentation mode 6 treats the page as one block of uniform text: a line set in a much larger
    or a lighter type next to a smaller one (a big "FAKTURA VAT" title, a grey "nr F/47/11/2026" under
    it) can be dropped from the block as if it were a picture. Ink that no recognised word covers,
    joined into line-shaped pieces, is where such a line was. Rules, QR codes and specks are not
    line-shaped and are left out.
    """
    import cv2
    import numpy as np

    ink = np.asarray(page) < 128
    left = ink.copy()
    for w in words:
        left[max(0, int(w.top) - 3) : int(w.bottom) + 3, max(0, int(w.x0) - 3) : int(w.x1) + 3] = False
    if int(left.sum()) < 300:
        return []
    joined = cv2.dilate(left.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (31, 5)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    regions: list[tuple[int, int, int, int]] = []
    for x, y, w, h, _ in stats[1:count]:
        if not (14 <= h <= 110 and w >= 2 * h):
            continue
        dots = int(left[y : y + h, x : x + w].sum())
        if dots >= 300 and 0.08 <= dots / (w * h) <= 0.6:
            regions.append((int(x), int(y), int(w), int(h)))
    return sorted(regions, key=lambda r: r[2] * r[3], reverse=True)[:_MAX_DROPPED]


_GARBLED = 5.0  # tesseract's confidence of a word it merely guessed from a merged line
_MERGED = 40.0  # below this, a word as tall as two lines ("Eo" over a name and an address) is a guess


_GUESSED = 30.0  # below this, a word whose box is far wider than its letters ("Foo" over "Data wystawienia") is a guess


def _garbled(word: Word, typical: float) -> bool:
    confidence = word.confidence or 0.0
    tall = word.bottom - word.top > 1.8 * typical
    # a short reading over a long box: tesseract matched a few glyphs to a whole phrase of small or light type
    wide = word.x1 - word.x0 > 1.6 * typical * max(1, len(word.text))
    return (confidence < _GARBLED or (confidence < _MERGED and tall) or (confidence < _GUESSED and wide)) and any(
        ch.isalpha() for ch in word.text
    )


def _typical_height(words: Sequence[Word]) -> float:
    return median(w.bottom - w.top for w in words) if words else 0.0


def _overlaps(a: Word, b: Word) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def without_replaced(words: list[Word], recovered: list[Word]) -> list[Word]:
    """The page's words without the garbled ones a recovered word now stands on."""
    typical = _typical_height(words)
    return [w for w in words if not (_garbled(w, typical) and any(_overlaps(w, r) for r in recovered))]


def recover_dropped(
    page: Image, words: list[Word], *, timeout: float, workdir: Path, tag: str
) -> tuple[list[Word], int]:
    """Words of the lines the full-page pass dropped, read again from those regions alone.

    The regions are stacked on one white strip and read in a single tesseract call; each word found
    goes back to its place on the page. Only confident, word-like readings are kept: a signature or a
    logo read as letters would otherwise become text. Returns the words and the count of word-like ones.
    """
    from PIL import Image as PilImage

    # Words tesseract read with no confidence at all are not print it recognised: a line of the left
    # column whose baseline sits between two lines of the right one is merged with its neighbour and
    # comes out as "a  Jeletechniczne" (confidence 0). Their ink is read again like a dropped line.
    typical = _typical_height(words)
    regions = dropped_regions(page, [w for w in words if not _garbled(w, typical)])
    if not regions:
        return [], 0
    crops = [page.crop((x - _GAP_PAD, y - _GAP_PAD, x + w + _GAP_PAD, y + h + _GAP_PAD)) for x, y, w, h in regions]
    width = max(c.width for c in crops) + 2 * _GAP_PAD
    strip = PilImage.new("L", (width, sum(c.height + _GAP_PAD for c in crops) + _GAP_PAD), 255)
    bands: list[tuple[int, int, int, int]] = []  # strip top, strip bottom, page dx, page dy
    top = _GAP_PAD
    for (x, y, _, _), crop in zip(regions, crops, strict=True):
        strip.paste(crop, (_GAP_PAD, top))
        bands.append((top, top + crop.height, x - 2 * _GAP_PAD, y - _GAP_PAD - top))
        top += crop.height + _GAP_PAD
    path = workdir / f"{tag}-dropped.pgm"
    strip.save(path)
    try:
        found, _, _ = read_words(path, timeout=timeout)
    except TesseractFailed:
        return [], 0
    out: list[Word] = []
    kept = [w for w in found if _recovered_word(w) and _band_of(bands, w) is not None]
    for word in found:
        band = _band_of(bands, word)
        if band is None or (word not in kept and not _short_word_of_a_line(word, kept, band)):
            continue
        _, _, dx, dy = band
        placed = Word(word.text, word.x0 + dx, word.x1 + dx, word.top + dy, word.bottom + dy, word.confidence)
        if word not in kept and any(_overlaps(placed, w) for w in words):
            continue  # the rest of a word the page's pass read ("PROMIS" → "IS")
        out.append(placed)
    return out, sum(is_word(w.text, w.confidence or 0) for w in out)


def _band_of(bands: list[tuple[int, int, int, int]], word: Word) -> tuple[int, int, int, int] | None:
    return next((b for b in bands if b[0] <= word.middle < b[1]), None)


def _recovered_word(word: Word) -> bool:
    """A confident, word-like reading: a signature's loops read as "zy" (short letter groups) are not."""
    alnum = sum(ch.isalnum() for ch in word.text)
    return (word.confidence or 0) >= 65 and (alnum >= 3 or any(ch.isdigit() for ch in word.text))


_SHORT_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{1,2}|[a-ząćęłńóśźż]{1,2}\.?")


def _short_word_of_a_line(word: Word, kept: list[Word], band: tuple[int, int, int, int]) -> bool:
    """A short word read confidently on the line of kept words of its region ("FAKTURA FS 669/2026": the
    series "FS" between the title and the number). Dropping it would cut the number's series silently."""
    if (word.confidence or 0) < 80 or not _SHORT_WORD.fullmatch(word.text):
        return False
    height = word.bottom - word.top
    return any(
        _band_of_kept(k, band) and abs(k.middle - word.middle) < 0.5 * height and abs(k.height - height) < 0.4 * height
        for k in kept
    )


def _band_of_kept(word: Word, band: tuple[int, int, int, int]) -> bool:
    return band[0] <= word.middle < band[1]


def ocr_image(img: Image, *, timeout: float, workdir: Path, tag: str) -> PageResult:
    """OCR one page image (already upright by EXIF if it came from a camera)."""
    prepared = prepare_page(img)
    page, angle, quality = prepared.page, prepared.angle, prepared.quality
    notes = list(prepared.notes)
    ink = ink_ratio(page)
    if ink < BLANK_INK or ink > NOISE_INK:
        # Tesseract would find nothing on an empty page, and spends up to a minute on noise
        # (every speck a candidate glyph) only to invent a few "amounts".
        return PageResult(
            "", 0.0, angle, 0, skipped="blank" if ink < BLANK_INK else "noise", notes=tuple(notes), quality=quality
        )
    if quality.refuse:
        # Too blurred to read reliably: a guess would put wrong amounts into a settlement.
        return PageResult("", 0.0, angle, 0, skipped="blurred", notes=tuple(notes), quality=quality)
    path = workdir / f"{tag}.pgm"  # uncompressed: tesseract reads it without decoding cost
    page.save(path)
    settled = 0
    if prepared.turned:
        # Lines ran top to bottom and were turned a quarter clockwise; whether that left the page
        # upright or upside down is decided on its densest band of text (0.35 CPU-s) rather than by OSD
        # (0.65 CPU-s on a full page) or a wasted full read.
        settled = upside_down(page, timeout=timeout, workdir=workdir, tag=tag)
        if settled:
            page = _turn(page, settled)
            page.save(path)
    try:
        words, confidence, real = read_words(path, timeout=timeout)
    except TesseractFailed as exc:
        raise CorruptFile(
            "Nie udało się odczytać tekstu ze strony (OCR odrzucił obraz). Prześlij wyraźniejszy skan lub PDF."
        ) from exc
    rotated = 0
    if confidence < MIN_CONFIDENCE or len(words) < 10:
        turn = osd_rotation(path, timeout=timeout)
        if turn is None:
            turn = trial_rotation(page, timeout=timeout, workdir=workdir, tag=tag)
        if turn:
            turned = _turn(page, turn)
            turned.save(path)
            try:
                again = read_words(path, timeout=timeout)
            except TesseractFailed:
                again = ([], 0.0, 0)
            if again[2] > real or (again[2] == real and again[1] > confidence):
                words, confidence, real = again
                rotated = turn
    if words:
        recovered, more = recover_dropped(
            _turn(page, rotated) if rotated else page, words, timeout=timeout, workdir=workdir, tag=tag
        )
        words, real = without_replaced(words, recovered) + recovered, real + more
    total = (prepared.turned + settled + rotated) % 360
    if total:
        notes.insert(0, _TURN_NOTES[total])
    words = times_doubted(dashes_by_width(words))
    origin = min((w.x0 for w in words), default=0.0)
    text = fix_common(words_to_text(words, origin=origin, space_ratio=0.8))
    return PageResult(
        text, confidence, angle, total, words=real, boxes=tuple(words), notes=tuple(notes), quality=quality
    )


def ocr_images(
    images: Sequence[Image],
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    first: int = 1,
    total: int | None = None,
    deadline: float | None = None,
) -> list[PageResult]:
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
            try:
                page = doc[i]
                images.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
                page.close()
            except pdfium.PdfiumError as exc:
                raise CorruptFile(
                    f"Strona {i + 1} pliku PDF jest uszkodzona i nie da się jej wyświetlić. Pobierz plik ponownie "
                    "z systemu, w którym został wystawiony, albo wydrukuj go do PDF jeszcze raz."
                ) from exc
        return images
    finally:
        doc.close()
