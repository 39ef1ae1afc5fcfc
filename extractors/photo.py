"""Phone photos of paper → a flat, level, evenly lit page for OCR (OpenCV), and a quality gate.

    find_sheet(gray)         the sheet's four corners on a darker desk, or None (a scan fills the frame)
    dewarp(gray, quad, ...)  four-corner perspective correction to a rectangle
    flatten(gray)            illumination flattening: background by dilation + blur, then division
    sideways(bw)             text runs vertically: the page lies on its side (90° or 270°)
    skew_angle(bw)           residual tilt up to ±20° by the projection profile
    measure(gray, ...)       blur (variance of the Laplacian at ink edges), contrast, resolution → `Quality`

Images are numpy arrays (uint8, greyscale). Orientation 0/180 is left to tesseract (OSD, then trials
by confidence) in `backends.ocr`. Notes for the user ("wyprostowano perspektywę") are Polish.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Gray = NDArray[Any]  # 2-D uint8; OpenCV's stubs type results loosely, so the dtype is not pinned

RETAKE_BLUR = "Zdjęcie jest nieostre – zrób je ponownie, z bliska, przy dobrym świetle, bez lampy błyskowej."
RETAKE_DARK = (
    "Zdjęcie jest za ciemne albo ma za mały kontrast – zrób je ponownie przy dobrym świetle, "
    "bez lampy błyskowej, tak by kartka była jasna, a tekst wyraźny."
)
RETAKE_SMALL = (
    "Kartka zajmuje na zdjęciu za mało pikseli ({side} px), by odczytać tekst – zrób zdjęcie "
    "ponownie, z bliska, tak by kartka wypełniała kadr."
)

NOTE_PERSPECTIVE = "wyprostowano perspektywę (zdjęcie kartki na biurku)"
NOTE_SHARPENED = "wyostrzono nieostre zdjęcie"

# Sharpness = variance of the Laplacian's weaker second derivative (x or y) at text edges, with the
# page at the OCR width and the contrast normalised to 0-255. Measured on a rendered invoice at
# 200 dpi (bench/photo.py): sharp 17 000, a dewarped desk photo 6 400, Gaussian blur σ=1 px 1 700,
# σ=1.5 470, σ=2 180 (all read correctly), σ=2.5 75 and σ=3 40 (nothing read); horizontal motion blur
# of 9 px 465 (partly read), 15 px 210 and 31 px 60 (nothing read). Below HARD the page is refused
# without OCR; below SOFT it is read, and if no text comes out the user is asked for a retake
# instead of being told there is no document.
SHARPNESS_HARD = 45.0
SHARPNESS_SOFT = 300.0
# Below this a page is sharpened before thresholding (unsharp mask). Clean renders and scans measure
# 10 000-17 000, the corpus's Gaussian-blurred pages (σ 1-1.6 px at 300 dpi) 1 000-3 700. On the dev
# corpus (small-print families, Gaussian blur) field accuracy went from 45.8 % to 88.8 %.
SHARPEN_BELOW = 6000.0
MIN_CONTRAST = 40.0  # grey levels between paper and ink after flattening
MIN_SHEET_SIDE = 700  # pixels of the sheet's shorter side in the photo: ~60 dpi for A4, the least tesseract reads


@dataclass(frozen=True, slots=True)
class Quality:
    sharpness: float
    contrast: float
    short_side: int  # pixels of the page's shorter side as photographed (before scaling)
    reason: str | None = None  # Polish retake request when the page cannot be read reliably
    refuse: bool = False  # so bad that OCR is not even tried


def _cv2() -> ModuleType:
    import cv2

    cv2.setNumThreads(1)  # OCR pages run in parallel already; OpenCV's own pool would oversubscribe 2 cores
    return cv2


# --- the sheet -----------------------------------------------------------------------------------


def _order(quad: NDArray[np.float32]) -> NDArray[np.float32]:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    s = quad.sum(axis=1)
    d = np.diff(quad, axis=1).ravel()
    return np.array([quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]], dtype=np.float32)


def find_sheet(gray: Gray) -> NDArray[np.float32] | None:
    """Four corners (full-resolution pixels) of a light sheet on a darker background, or None.

    None when the page fills the frame (a scan, a close-up), when nothing stands out from the
    background, or when the brightest region is too small to be the document.
    """
    import numpy as np

    cv2 = _cv2()
    h, w = gray.shape
    scale = 640 / max(h, w)
    small = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    # Closing removes dark features under 31 px (5 % of the frame): text, table rules and grey table
    # headers, leaving paper vs desk. A desk shows more than that around a photographed sheet.
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (31, 31))
    closed = cv2.GaussianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), (5, 5), 0)
    _, mask = cv2.threshold(closed, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(contour)
    total = small.shape[0] * small.shape[1]
    if not 0.15 * total <= area <= 0.93 * total:
        return _outlined_sheet(closed, scale)
    # A desk surrounds the sheet: most of the frame's edge is background. On a scan the paper runs to
    # the edge, and a grey table header or a dark letterhead must not be cut off as "background".
    edge = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if float((edge == 0).mean()) < 0.5:
        return _outlined_sheet(closed, scale)
    paper = float(closed[mask > 0].mean())
    desk = float(closed[mask == 0].mean())
    if paper - desk < 30:
        return _outlined_sheet(closed, scale)  # a white sheet on a light desk: only its outline shows
    if not _sharp_edge(closed, contour, paper - desk):
        return None  # a lit patch of one page, not a sheet on a desk
    hull = cv2.convexHull(contour)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(quad) != 4:
        quad = cv2.boxPoints(cv2.minAreaRect(hull))
    corners = _order(quad.reshape(4, 2).astype(np.float32) / scale)
    # The lit part of a page under a hard shadow is bounded by the frame and the shadow's slanted edge:
    # no rectangle seen at a moderate angle, so no sheet to straighten.
    return corners if _plausible_page(corners) else None


SIDE_BY_SIDE_SHARE = (0.08, 0.6)  # of the frame, each of several sheets lying side by side
SIDE_BY_SIDE_SIMILAR = 0.5  # each sheet at least this share of the largest one's area
SIDE_BY_SIDE_OVERLAP = 0.2  # sheets side by side share at most this share of their width


def find_sheets(gray: Gray) -> list[tuple[tuple[int, int, int, int], NDArray[Any]]]:
    """Boxes (x0, y0, x1, y1, full-resolution pixels) and corners of two or more sheets photographed
    side by side on a darker desk, left to right; [] for one sheet, a scan or anything unsure.

    Each box keeps a margin of desk around its sheet, so the single-sheet path (find_sheet, dewarp)
    reads every crop as it reads a photo of one page.
    """
    import numpy as np

    cv2 = _cv2()
    h, w = gray.shape
    scale = 640 / max(h, w)
    small = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    # No closing here: the strip of desk between two sheets can be a few pixels wide and must stay
    # open (print inside a sheet only makes holes, which the outer contours ignore). An erosion cuts
    # the thin bright bridges JPEG noise leaves across the strip.
    closed = cv2.GaussianBlur(small, (3, 3), 0)
    _, mask = cv2.threshold(closed, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.erode(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    edge = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if float((edge == 0).mean()) < 0.5:
        return []  # paper runs to the frame's edge: a scan or a close-up
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    total = small.shape[0] * small.shape[1]
    sheets = [
        c for c in contours if SIDE_BY_SIDE_SHARE[0] * total <= cv2.contourArea(c) <= SIDE_BY_SIDE_SHARE[1] * total
    ]
    if len(sheets) < 2:
        return []
    largest = max(cv2.contourArea(c) for c in sheets)
    sheets = [c for c in sheets if cv2.contourArea(c) >= SIDE_BY_SIDE_SIMILAR * largest]
    if len(sheets) < 2 or float(closed[mask > 0].mean()) - float(closed[mask == 0].mean()) < 30:
        return []
    boxes = []
    for contour in sheets:
        hull = cv2.convexHull(contour)
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(quad) != 4 or not _plausible_page(_order(quad.reshape(4, 2).astype(np.float32))):
            return []  # one of them is no clean sheet: better one page read well than a guess
        if not _sharp_edge(closed, contour, float(closed[mask > 0].mean()) - float(closed[mask == 0].mean())):
            return []
        x, y, bw, bh = cv2.boundingRect(contour)
        margin = round(0.03 * max(small.shape))
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(small.shape[1], x + bw + margin), min(small.shape[0], y + bh + margin)
        box = (round(x0 / scale), round(y0 / scale), min(w, round(x1 / scale)), min(h, round(y1 / scale)))
        boxes.append((box, (quad.reshape(4, 2) / scale).astype(np.int32)))
    boxes.sort(key=lambda b: b[0][0])
    for (left, _), (right, _) in itertools.pairwise(boxes):
        overlap = min(left[2], right[2]) - max(left[0], right[0])
        if overlap > SIDE_BY_SIDE_OVERLAP * min(left[2] - left[0], right[2] - right[0]):
            return []  # one above the other: a page split by a dark band, not pages lying side by side
    return boxes


def split_sheets(img: Any) -> list[Any]:
    """One image per sheet of a photo of several pages lying side by side (left to right), each with
    only its own sheet on the desk (the neighbour's edge painted over with the desk's shade), so the
    one-sheet path finds and straightens it; [] when the photo shows one sheet."""
    import numpy as np
    from PIL import Image as PILImage

    cv2 = _cv2()
    # The search runs at 640 px anyway: a box-reduced grey copy first, no full-size colour copy for one sheet.
    small = img.reduce(max(1, max(img.size) // 640)).convert("L")
    if not find_sheets(np.asarray(small)):
        return []
    rgb = np.asarray(img.convert("RGB"))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    found = find_sheets(gray)
    if not found:
        return []
    inside = np.zeros(gray.shape, np.uint8)
    for _, quad in found:
        cv2.fillConvexPoly(inside, quad, 255)
    desk = np.median(rgb[inside == 0], axis=0).astype(np.uint8)
    out = []
    for (x0, y0, x1, y1), quad in found:
        own = np.zeros(gray.shape, np.uint8)
        cv2.fillConvexPoly(own, quad, 255)
        crop = rgb[y0:y1, x0:x1].copy()
        crop[own[y0:y1, x0:x1] == 0] = desk
        out.append(PILImage.fromarray(crop))
    return out


EDGE_SHARPNESS = 0.1  # paper edge: ~0.32 of the paper-desk step per pixel; a light falloff: ~0.02
# A sheet found by its outline alone (white paper on a light desk): how much of the frame it covers,
# how far every corner stays from the frame's border, and how much of its perimeter is a drawn edge.
OUTLINE_AREA = (0.4, 0.93)
OUTLINE_MARGIN = 0.015
OUTLINE_COVERED = 0.7


OPPOSITE_SIDES = 0.75  # a sheet seen in perspective: the shorter of two opposite sides is at least this share


def _plausible_page(quad: NDArray[np.float32]) -> bool:
    """Opposite sides of similar length: a rectangle seen at a moderate angle, not a triangle-like cut."""
    import numpy as np

    tl, tr, br, bl = quad
    pairs = ((np.linalg.norm(tr - tl), np.linalg.norm(br - bl)), (np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    return all(min(a, b) >= OPPOSITE_SIDES * max(a, b) for a, b in pairs)


def _outlined_sheet(closed: Gray, scale: float) -> NDArray[np.float32] | None:
    """The sheet as the largest four-cornered outline inside the frame, when paper and desk are
    almost equally bright (a white sheet on a white desk: Otsu cannot split them, the edge shows).

    With text removed by the closing, a scan or a close-up has no closed outline inside the frame;
    the outline must run along most of the quadrilateral and keep clear of the frame's border.
    """
    import numpy as np

    cv2 = _cv2()
    h, w = closed.shape
    edges = cv2.dilate(cv2.Canny(closed, 4, 12), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=lambda c: cv2.contourArea(cv2.convexHull(c))))
    if not OUTLINE_AREA[0] * h * w <= cv2.contourArea(hull) <= OUTLINE_AREA[1] * h * w:
        return None
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    margin_x, margin_y = OUTLINE_MARGIN * w, OUTLINE_MARGIN * h
    if any(x < margin_x or x > w - 1 - margin_x or y < margin_y or y > h - 1 - margin_y for x, y in quad):
        return None  # touches the frame: a page filling the photo, not a sheet lying on a desk
    if not _plausible_page(_order(quad.astype(np.float32))):
        return None  # an outline with a lost corner: warping by it would wreck the page
    outline = np.zeros_like(closed)
    cv2.polylines(outline, [quad.astype(np.int32)], True, 255, 1)
    on_outline = outline > 0
    if float((edges[on_outline] > 0).mean()) < OUTLINE_COVERED:
        return None
    return _order(quad.astype(np.float32) / scale)


def _sharp_edge(closed: Gray, contour: Gray, step: float) -> bool:
    """True when the outline is a sharp step (a paper edge), not a smooth falloff of light.

    Uneven light splits one page into a bright and a shadowed part that pass every other test; the
    gradient across the outline tells them apart. Points on the frame's edge do not count.
    """
    import numpy as np

    cv2 = _cv2()
    h, w = closed.shape
    points = contour.reshape(-1, 2)
    inner = points[(points[:, 0] > 3) & (points[:, 0] < w - 4) & (points[:, 1] > 3) & (points[:, 1] < h - 4)]
    if len(inner) < 50:
        return False
    gx = cv2.Sobel(closed, cv2.CV_32F, 1, 0, ksize=3) / 8
    gy = cv2.Sobel(closed, cv2.CV_32F, 0, 1, ksize=3) / 8
    magnitude = cv2.dilate(np.hypot(gx, gy), np.ones((5, 5), np.uint8))
    return float(np.median(magnitude[inner[:, 1], inner[:, 0]])) >= EDGE_SHARPNESS * step


def sheet_size(quad: NDArray[np.float32]) -> tuple[float, float]:
    """Width and height of the sheet in photo pixels (longer of each pair of opposite sides)."""
    import numpy as np

    tl, tr, br, bl = quad
    width = max(float(np.linalg.norm(tr - tl)), float(np.linalg.norm(br - bl)))
    height = max(float(np.linalg.norm(bl - tl)), float(np.linalg.norm(br - tr)))
    return width, height


def dewarp(gray: Gray, quad: NDArray[np.float32], *, short_side: int) -> Gray:
    """Map the sheet's four corners onto an upright rectangle whose shorter side is `short_side` px."""
    import numpy as np

    cv2 = _cv2()
    width, height = sheet_size(quad)
    factor = short_side / max(1.0, min(width, height))
    out_w, out_h = max(1, round(width * factor)), max(1, round(height * factor))
    target = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    return np.asarray(
        cv2.warpPerspective(
            gray,
            matrix,
            (out_w, out_h),
            flags=cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC,
            borderMode=cv2.BORDER_REPLICATE,
        )
    )


# --- light, tilt, orientation --------------------------------------------------------------------


def flatten(gray: Gray) -> Gray:
    """Divide out uneven light (shadows, a lamp to one side): paper → white, ink stays dark.

    The background is the brightest neighbourhood (dilation removes strokes thinner than ~100 px at
    page width 1860), blurred; dividing by it keeps ink dark even in a shadowed corner, where
    subtracting would fade it.
    """
    import numpy as np

    cv2 = _cv2()
    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // 16), max(1, h // 16)), interpolation=cv2.INTER_AREA)
    background = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    background = cv2.GaussianBlur(background, (0, 0), 2)
    background = cv2.resize(background, (w, h), interpolation=cv2.INTER_LINEAR)
    return np.asarray(cv2.divide(gray, cv2.max(background, 1), scale=255))


def _profile_sharpness(small: Gray, angle: float, *, columns: bool = False) -> float:
    import numpy as np

    cv2 = _cv2()
    h, w = small.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(small, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
    profile = turned.sum(axis=0 if columns else 1, dtype=np.float64)
    return float(np.square(np.diff(profile)).sum())


def _ink_small(bw: Gray, width: int = 500) -> Gray:
    import numpy as np

    cv2 = _cv2()
    scale = width / max(1, bw.shape[1])
    small = cv2.resize(bw, (width, max(1, round(bw.shape[0] * scale))), interpolation=cv2.INTER_AREA)
    return np.asarray(255 - small)  # ink bright, paper black: the border filled by rotation is "paper"


def sideways(bw: Gray) -> bool:
    """True when text lines run top to bottom: the column profile is much sharper than the row one."""
    small = _ink_small(bw)
    rows = max(_profile_sharpness(small, a) for a in (-2.0, 0.0, 2.0))
    cols = max(_profile_sharpness(small, a, columns=True) for a in (-2.0, 0.0, 2.0))
    return cols > 1.6 * rows


def skew_angle(bw: Gray, *, limit: float = 20.0) -> float:
    """Tilt in degrees (counter-clockwise positive, as cv2/PIL rotate) by the row projection profile."""
    small = _ink_small(bw)
    steps = int(limit)
    coarse = max((float(a) for a in range(-steps, steps + 1)), key=lambda a: _profile_sharpness(small, a))
    fine = max((coarse + k * 0.125 for k in range(-8, 9)), key=lambda a: _profile_sharpness(small, a))
    return round(fine, 2)


def rotate(gray: Gray, angle: float, *, fill: int = 255) -> Gray:
    """Rotate counter-clockwise by `angle` degrees, growing the canvas so no corner is cut."""
    import numpy as np

    cv2 = _cv2()
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return np.asarray(cv2.warpAffine(gray, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderValue=fill))


def quarter_turn(gray: Gray, degrees_clockwise: int) -> Gray:
    import numpy as np

    return np.ascontiguousarray(np.rot90(gray, k=-(degrees_clockwise // 90) % 4))


# --- quality gate --------------------------------------------------------------------------------


def measure(flat: Gray, bw: Gray, *, short_side: int) -> Quality:
    """Blur, contrast and resolution of a flattened page at the OCR width, with a verdict.

    `bw` is its binarised form (ink = 0) with table rules erased: measuring at text edges only makes
    the figure independent of how much of the page is text, and rules (sharp along their length
    even in a shaken photo) do not hide motion blur.
    """
    import numpy as np

    cv2 = _cv2()
    ink = bw < 128
    if ink.mean() < 0.0005:
        return Quality(0.0, 0.0, short_side)  # blank: nothing to judge, the blank-page rule decides
    paper = float(np.percentile(flat, 90))
    dark = float(np.percentile(flat[ink], 10))
    contrast = paper - dark
    near_ink = cv2.dilate(ink.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))) > 0
    # The Laplacian split into its two second derivatives: motion blur smears one direction only,
    # and the weaker one decides whether the text can be read.
    second = np.array([[1.0, -2.0, 1.0]], np.float32)
    across = cv2.filter2D(flat, cv2.CV_32F, second)[near_ink].var()
    down = cv2.filter2D(flat, cv2.CV_32F, second.T)[near_ink].var()
    scale = 255.0 / max(contrast, 1.0)
    sharpness = 2.0 * float(min(across, down)) * scale * scale
    if short_side < MIN_SHEET_SIDE:
        return Quality(sharpness, contrast, short_side, RETAKE_SMALL.format(side=short_side), refuse=False)
    if contrast < MIN_CONTRAST:
        return Quality(sharpness, contrast, short_side, RETAKE_DARK, refuse=False)
    if sharpness < SHARPNESS_HARD:
        return Quality(sharpness, contrast, short_side, RETAKE_BLUR, refuse=True)
    if sharpness < SHARPNESS_SOFT:
        return Quality(sharpness, contrast, short_side, RETAKE_BLUR)
    return Quality(sharpness, contrast, short_side)
