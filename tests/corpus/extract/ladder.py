"""The degradation ladder: what happens to a page between the vendor's PDF and the bot.

Each rung takes the 300 dpi page images of a document and writes one file. All are deterministic
(seeded) and kept mild enough that a person still reads every field. Pillow + numpy only.

Rungs that make a single image of a multi-page document would drop pages, so for those documents
the pixel rungs are packed into an image-only PDF and the format-only rungs are skipped.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

DPI = 300


def rasterize(pdf: bytes, dpi: int = DPI) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, grayscale=False).to_pil().convert("RGB") for page in doc]
    finally:
        doc.close()


def to_pdf(pages: Sequence[Image.Image], dpi: int = DPI) -> bytes:
    buf = io.BytesIO()
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(buf, "PDF", resolution=dpi, save_all=True, append_images=rest)
    return buf.getvalue()


def _save(img: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _png(img: Image.Image) -> bytes:
    return _save(img, "PNG", dpi=(DPI, DPI), optimize=False, compress_level=3)


def _jpeg(img: Image.Image, quality: int = 88) -> bytes:
    return _save(img.convert("RGB"), "JPEG", quality=quality, dpi=(DPI, DPI))


# ---- pixel operations (page -> page) -------------------------------------------------------------


def skew(img: Image.Image, rng: random.Random) -> Image.Image:
    angle = rng.choice((-1, 1)) * rng.uniform(2.0, 4.0)
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))


def perspective(img: Image.Image, rng: random.Random) -> Image.Image:
    """Phone held at 5-12 degrees above a darker desk: page with margins, keystone, slight rotation, JPEG-like."""
    w, h = img.size
    tilt = rng.uniform(0.05, 0.12) * rng.choice((-1, 1))  # ~5-12 deg of keystone
    margin = int(0.08 * w)
    cw, ch = w + 2 * margin, h + 2 * margin
    desk_rgb = (rng.randint(70, 110), rng.randint(60, 95), rng.randint(45, 80))
    canvas = Image.new("RGB", (cw, ch), desk_rgb)
    noise = np.asarray(canvas, dtype=np.int16) + np.random.default_rng(rng.randint(0, 2**31)).integers(
        -12, 12, (ch, cw, 1), dtype=np.int16
    )
    canvas = Image.fromarray(np.clip(noise, 0, 255).astype(np.uint8))
    canvas.paste(img, (margin, margin))
    # page corners in the source canvas
    src = [(margin, margin), (margin + w, margin), (margin + w, margin + h), (margin, margin + h)]
    shrink = abs(tilt) * w * 0.5
    jitter = lambda: rng.uniform(-0.01, 0.01) * w  # noqa: E731
    if tilt > 0:  # top edge further away: narrower at the top
        dst = [
            (margin + shrink + jitter(), margin + jitter()),
            (margin + w - shrink + jitter(), margin + jitter()),
            (margin + w + jitter(), margin + h + jitter()),
            (margin + jitter(), margin + h + jitter()),
        ]
    else:
        dst = [
            (margin + jitter(), margin + jitter()),
            (margin + w + jitter(), margin + jitter()),
            (margin + w - shrink + jitter(), margin + h + jitter()),
            (margin + shrink + jitter(), margin + h + jitter()),
        ]
    coeffs = _perspective_coeffs(dst, src)
    warped = canvas.transform(
        (cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=desk_rgb
    )
    warped = warped.rotate(rng.uniform(-2, 2), resample=Image.Resampling.BICUBIC, fillcolor=desk_rgb)
    return light(warped, rng, strength=0.25)


def _perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """Coefficients mapping output (dst) points back to input (src) points, as PIL expects."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for pt in src for c in pt], dtype=float)
    return [float(v) for v in np.linalg.solve(a, b)]


def _keystone(img: Image.Image, rng: random.Random, tilt: float, fill: tuple[int, int, int]) -> Image.Image:
    """Keystone of a phone held above the sheet: one edge (top or bottom) shorter by `tilt` of the width."""
    w, h = img.size
    shrink = abs(tilt) * w * 0.5
    jit = lambda: rng.uniform(-0.008, 0.008) * w  # noqa: E731
    if tilt > 0:
        dst = [(shrink + jit(), jit()), (w - shrink + jit(), jit()), (w + jit(), h + jit()), (jit(), h + jit())]
    else:
        dst = [(jit(), jit()), (w + jit(), jit()), (w - shrink + jit(), h + jit()), (shrink + jit(), h + jit())]
    src = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    coeffs = _perspective_coeffs(dst, src)
    return img.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=fill)


def _desk(size: tuple[int, int], rgb: tuple[int, int, int], rng: random.Random, grain: int) -> Image.Image:
    w, h = size
    base = np.empty((h, w, 3), dtype=np.int16)
    base[...] = rgb
    noise = np.random.default_rng(rng.randint(0, 2**31)).integers(-grain, grain + 1, (h, w, 1), dtype=np.int16)
    return Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))


def white_desk(img: Image.Image, rng: random.Random) -> Image.Image:
    """Phone photo of the sheet on a WHITE/light desk: the page edge barely shows, a warm cast, keystone.

    The page is not separable from the desk by contrast alone (desk 230-248 against paper ~251), the
    photo is taken from slightly off-centre (keystone 4-9 %, 1-3 degrees of rotation), the phone's
    auto-exposure greys the whole frame and a soft shadow falls over part of the page.
    """
    w, h = img.size
    margin = int(rng.uniform(0.07, 0.12) * w)
    desk_rgb = (rng.randint(238, 248), rng.randint(236, 246), rng.randint(230, 240))
    canvas = _desk((w + 2 * margin, h + 2 * margin), desk_rgb, rng, 5)
    paper = np.asarray(img, dtype=np.float32) * 0.985  # paper slightly off-white under room light
    canvas.paste(Image.fromarray(paper.astype(np.uint8)), (margin, margin))
    tilt = rng.uniform(0.04, 0.09) * rng.choice((-1, 1))
    out = _keystone(canvas, rng, tilt, desk_rgb)
    out = out.rotate(rng.uniform(1.0, 3.0) * rng.choice((-1, 1)), resample=Image.Resampling.BICUBIC, fillcolor=desk_rgb)
    out = light(out, rng, strength=0.18)
    arr = np.asarray(out, dtype=np.float32)
    cast = np.array([1.0, 0.985, 0.955], dtype=np.float32)  # warm indoor light
    arr = 28 + arr * cast * 0.86  # auto-exposure: blacks lifted, whites greyed (lower contrast overall)
    small = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return small.resize((round(small.width * 0.8), round(small.height * 0.8)), Image.Resampling.LANCZOS)


def curved(img: Image.Image, rng: random.Random) -> Image.Image:
    """A page that does not lie flat (cylindrical warp), photographed at a slight angle on a desk.

    The sheet is bent around a vertical axis, either bulging in the middle (folded in two and opened) or
    with one edge lifted (taken from a binder): text lines bow, the lifted part is magnified and shaded.
    The paper does not stretch: the horizontal positions follow the arc length of the curve.
    """
    w, h = img.size
    margin = int(0.09 * w)
    desk_rgb = (rng.randint(95, 140), rng.randint(90, 125), rng.randint(80, 110))
    canvas = _desk((w + 2 * margin, h + 2 * margin), desk_rgb, rng, 10)
    canvas.paste(img, (margin, margin))
    cw, ch = canvas.size
    s = np.linspace(-margin, w + margin, 2000)  # source x, relative to the page's left edge
    u = np.clip(s / w, 0.0, 1.0)
    amp = rng.uniform(0.05, 0.08) * w
    lifted = u if rng.random() < 0.5 else 1.0 - u
    # bulge in the middle (folded in two and opened) or one edge lifted (taken from a binder)
    z = amp * np.sin(np.pi * u) if rng.random() < 0.5 else amp * lifted**2
    slope = np.gradient(z, s)
    ground = np.concatenate(([0.0], np.cumsum(np.sqrt(np.clip(1 - slope[1:] ** 2, 0.2, 1)) * np.diff(s))))
    dist = 2.5 * w  # camera height
    mag = dist / (dist - z)
    cx, cy = cw / 2, ch / 2
    xo = cx + (ground - ground[len(ground) // 2] + (s[len(s) // 2] + margin - cx)) * mag
    order = np.argsort(xo)
    xo_sorted, s_sorted, mag_sorted = xo[order], s[order], mag[order]
    nx, ny = 96, 12
    data = []
    gx = np.linspace(0, cw, nx + 1)
    gy = np.linspace(0, ch, ny + 1)
    src_x = np.interp(gx, xo_sorted, s_sorted) + margin
    m_at = np.interp(gx, xo_sorted, mag_sorted)
    for i in range(nx):
        for j in range(ny):
            x0, x1, y0, y1 = gx[i], gx[i + 1], gy[j], gy[j + 1]
            sy = lambda yy, k: cy + (yy - cy) / m_at[k]  # noqa: E731
            quad = (src_x[i], sy(y0, i), src_x[i], sy(y1, i), src_x[i + 1], sy(y1, i + 1), src_x[i + 1], sy(y0, i + 1))
            data.append(((round(x0), round(y0), round(x1), round(y1)), tuple(float(v) for v in quad)))
    warped = canvas.transform((cw, ch), Image.Transform.MESH, data, Image.Resampling.BICUBIC, fillcolor=desk_rgb)
    shade = 1.0 - 0.22 * np.clip(np.interp(np.arange(cw), xo_sorted, slope[order]), -1, 1) * rng.choice((-1, 1))
    arr = np.asarray(warped, dtype=np.float32) * np.clip(shade, 0.7, 1.0)[None, :, None]
    warped = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = _keystone(warped, rng, rng.uniform(0.03, 0.06) * rng.choice((-1, 1)), desk_rgb)
    out = out.rotate(rng.uniform(-2, 2), resample=Image.Resampling.BICUBIC, fillcolor=desk_rgb)
    return light(out, rng, strength=0.2)


def two_page_spread(pages: Sequence[Image.Image], rng: random.Random) -> Image.Image:
    """One phone photo of a two- or three-page document laid out side by side on a desk.

    Users often photograph all the pages at once instead of one by one: each sheet lies a little askew,
    the phone is held far enough to get them all, so each page gets ~180 dpi; keystone and uneven light.
    """
    scale = 0.6
    sheets = [p.resize((round(p.width * scale), round(p.height * scale)), Image.Resampling.LANCZOS) for p in pages[:3]]
    w = max(s.width for s in sheets)
    h = max(s.height for s in sheets)
    gap, margin = int(0.04 * w), int(0.1 * w)
    desk_rgb = (rng.randint(60, 105), rng.randint(55, 90), rng.randint(45, 75))
    canvas = _desk((len(sheets) * w + (len(sheets) - 1) * gap + 2 * margin, h + 2 * margin), desk_rgb, rng, 10)
    x = margin
    for sheet in sheets:
        rgba = sheet.convert("RGBA").rotate(
            rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0)
        )
        canvas.paste(rgba, (x - (rgba.width - sheet.width) // 2, margin - (rgba.height - sheet.height) // 2), rgba)
        x += w + gap
    out = _keystone(canvas, rng, rng.uniform(0.03, 0.06) * rng.choice((-1, 1)), desk_rgb)
    out = out.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor=desk_rgb)
    return light(out, rng, strength=0.2)


def gaussian_blur(img: Image.Image, rng: random.Random) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.6)))


def motion_blur(img: Image.Image, rng: random.Random) -> Image.Image:
    """A mild hand shake: average of a few shifted copies along a random direction (~5 px at 300 dpi)."""
    arr = np.asarray(img, dtype=np.float32)
    length = rng.randint(4, 6)
    angle = rng.uniform(0, np.pi)
    acc = np.zeros_like(arr)
    for k in range(length):
        t = k - (length - 1) / 2
        dx, dy = round(t * np.cos(angle)), round(t * np.sin(angle))
        acc += np.roll(arr, (dy, dx), axis=(0, 1))
    return Image.fromarray(np.clip(acc / length, 0, 255).astype(np.uint8))


def light(img: Image.Image, rng: random.Random, strength: float = 0.35) -> Image.Image:
    """Uneven light: a gradient across the page and a soft shadow band (e.g. a hand or a phone)."""
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = np.cos(ang) * xx / w + np.sin(ang) * yy / h
    grad = (grad - grad.min()) / max(float(np.ptp(grad)), 1e-6)
    factor = 1.0 - strength * grad
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    r = rng.uniform(0.25, 0.45) * max(w, h)
    shadow = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
    factor *= 1.0 - 0.18 * shadow
    out = arr * factor[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def scanner_noise(img: Image.Image, rng: random.Random) -> Image.Image:
    arr = np.asarray(img, dtype=np.int16)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, arr.shape[:2])[..., None]
    return Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8))


def downscale(img: Image.Image, dpi: int) -> Image.Image:
    w, h = img.size
    return img.resize((round(w * dpi / DPI), round(h * dpi / DPI)), Image.Resampling.LANCZOS)


# ---- rungs -------------------------------------------------------------------------------------

Writer = Callable[[list[Image.Image], random.Random], tuple[bytes, str]]


@dataclass(frozen=True, slots=True)
class Rung:
    name: str
    source: str  # the "source kind" group the scorer reports by
    write: Writer
    single_image: bool  # only one page fits the format: multi-page docs use an image-only PDF or skip
    pixel: bool = True  # False: a format change only (skipped for multi-page docs)
    multi_page_only: bool = False  # True: only for documents of several pages (skipped for one page)


def _per_page(op: Callable[[Image.Image, random.Random], Image.Image], fmt: str = "png") -> Writer:
    def write(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
        out = [op(p, rng) for p in pages]
        if len(out) > 1:
            return to_pdf(out), "pdf"
        return (_png(out[0]), "png") if fmt == "png" else (_jpeg(out[0]), "jpg")

    return write


def _rotate(deg: int) -> Writer:
    def write(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
        out = [scanner_noise(p.rotate(deg, expand=True), rng).convert("L") for p in pages]
        return (to_pdf(out), "pdf") if len(out) > 1 else (_png(out[0]), "png")

    return write


def _exif_jpeg(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
    """Phone photo stored sideways with EXIF Orientation=6 (viewer rotates 90° clockwise to display)."""
    upright = light(pages[0], rng, 0.2)
    stored = upright.rotate(90, expand=True)  # counter-clockwise: orientation 6 undoes it
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Samsung"
    exif[0x0110] = "SM-A546B"
    return _save(stored, "JPEG", quality=90, exif=exif.tobytes()), "jpg"


def _scan_pdf(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
    return to_pdf([scanner_noise(p, rng).convert("L") for p in pages]), "pdf"


def _fmt(fmt: str, ext: str, **kw: object) -> Writer:
    def write(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
        img = pages[0]  # a clean page: noise would only bloat the files, the format is what is tested
        if fmt == "GIF":
            img = img.convert("L").convert("P")
        if fmt == "BMP":  # 8-bit grey, as scanners save it: a 24-bit A4 BMP would only test the 20 MB limit
            img = img.convert("L")
        if fmt == "HEIF":
            import pillow_heif

            pillow_heif.register_heif_opener()
        return _save(img, fmt, **kw), ext

    return write


def _spread(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
    return _jpeg(two_page_spread(pages, rng)), "jpg"


def _jpeg_q50(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
    if len(pages) > 1:
        return to_pdf([Image.open(io.BytesIO(_jpeg(p, 50))) for p in pages]), "pdf"
    return _jpeg(scanner_noise(pages[0], rng), 50), "jpg"


def _dpi100(pages: list[Image.Image], rng: random.Random) -> tuple[bytes, str]:
    out = [downscale(p, 100) for p in pages]
    if len(out) > 1:
        return to_pdf(out, 100), "pdf"
    return _save(out[0], "PNG", dpi=(100, 100)), "png"


RUNGS: dict[str, Rung] = {
    r.name: r
    for r in (
        Rung("clean_png", "clean OCR", _per_page(lambda p, r: p), True),
        Rung("scan_pdf", "scanned PDF", _scan_pdf, False),
        Rung("rot90", "rotation", _rotate(90), True),
        Rung("rot180", "rotation", _rotate(180), True),
        Rung("rot270", "rotation", _rotate(270), True),
        Rung("exif_jpeg", "EXIF photo", _exif_jpeg, True, pixel=False),
        Rung("skew", "skew", _per_page(lambda p, r: scanner_noise(skew(p, r), r).convert("L")), True),
        Rung("perspective", "phone photo", _per_page(perspective, "jpg"), True),
        Rung("white_desk", "phone photo", _per_page(white_desk, "jpg"), True),
        Rung("curved", "phone photo", _per_page(curved, "jpg"), True),
        Rung("pages_side_by_side", "phone photo", _spread, True, multi_page_only=True),
        Rung("gauss_blur", "blur", _per_page(gaussian_blur), True),
        Rung("motion_blur", "blur", _per_page(motion_blur), True),
        Rung("uneven_light", "uneven light", _per_page(light, "jpg"), True),
        Rung("jpeg50", "JPEG q50", _jpeg_q50, True),
        Rung("dpi100", "100 dpi", _dpi100, True),
        Rung("webp", "format WebP", _fmt("WEBP", "webp", quality=85), True, pixel=False),
        Rung(
            "heic",
            "format HEIC",
            _fmt("HEIF", "heic", quality=85, enc_params={"preset": "ultrafast"}),
            True,
            pixel=False,
        ),
        Rung("avif", "format AVIF", _fmt("AVIF", "avif", quality=80, speed=8), True, pixel=False),
        Rung("bmp", "format BMP", _fmt("BMP", "bmp"), True, pixel=False),
        Rung("gif", "format GIF", _fmt("GIF", "gif"), True, pixel=False),
    )
}
