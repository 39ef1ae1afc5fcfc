"""Phone photos of a printed invoice through the whole pipeline with the real tesseract.

Each photo is made here: an invoice rendered by reportlab, rasterised by pdfium, then turned, laid in
perspective on a darker desk, blurred or saved in a phone's format. The helpers are shared with
`bench/photo.py`.
"""

from __future__ import annotations

import functools
import io
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from extractors.errors import UnreadablePhoto
from extractors.models import Invoice
from extractors.read import read_bytes, read_pages
from tests.fixtures import pdfgen

pytestmark = pytest.mark.ocr

SPEC = pdfgen.invoice_specs()[0]  # fv_classic: a table with rules, three items
NUMBER = SPEC.number
GROSS = pdfgen.totals(SPEC.items)[2]


@functools.cache
def page_image(dpi: int = 200) -> Any:
    """The invoice's first page as a clean greyscale scan (PIL image), rendered once per process."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "fv.pdf"
        pdfgen.render_invoice(SPEC, pdf)
        return pdfgen.rasterise(pdf, dpi)[0]


def on_desk(page: Any, *, tilt: float = 8.0, seed: int = 1, desk: int = 70, light: bool = True) -> Any:
    """The page photographed from an angle: corners moved by up to `tilt`°, on a darker desk, lit unevenly."""
    import cv2
    import numpy as np

    rnd = random.Random(seed)
    src = np.asarray(page.convert("L"))
    h, w = src.shape
    out_w, out_h = int(w * 1.45), int(h * 1.35)
    off_x, off_y = (out_w - w) / 2, (out_h - h) / 2
    shift = np.tan(np.radians(tilt)) * min(w, h) / 2

    def jitter() -> float:
        return rnd.uniform(0.3, 1.0) * shift

    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    moved = np.float32(
        [
            [off_x + jitter(), off_y + jitter() * 0.5],
            [off_x + w - jitter() * 0.6, off_y - jitter() * 0.3],
            [off_x + w + jitter() * 0.4, off_y + h - jitter() * 0.2],
            [off_x - jitter() * 0.3, off_y + h + jitter() * 0.2],
        ]
    )
    matrix = cv2.getPerspectiveTransform(corners, moved)
    desk_img = np.full((out_h, out_w), desk, np.uint8)
    noise = np.random.default_rng(seed).normal(0, 8, (out_h, out_w))
    desk_img = np.clip(desk_img + noise, 0, 255).astype(np.uint8)
    photo = cv2.warpPerspective(src, matrix, (out_w, out_h), dst=desk_img, borderMode=cv2.BORDER_TRANSPARENT)
    if light:
        # A lamp to the upper left: paper in the far corner about 35 % darker.
        yy, xx = np.mgrid[0:out_h, 0:out_w]
        falloff = 1.0 - 0.35 * (xx / out_w + yy / out_h) / 2
        photo = np.clip(photo * falloff, 0, 255).astype(np.uint8)
    from PIL import Image

    return Image.fromarray(photo)


def blurred(img: Any, sigma: float) -> Any:
    from PIL import ImageFilter

    return img.filter(ImageFilter.GaussianBlur(sigma))


def motion_blurred(img: Any, length: int) -> Any:
    import cv2
    import numpy as np
    from PIL import Image

    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0 / length
    return Image.fromarray(cv2.filter2D(np.asarray(img), -1, kernel))


def encode(img: Any, fmt: str, **kwargs: Any) -> bytes:
    from extractors.backends.image import register_formats

    register_formats()
    buf = io.BytesIO()
    if fmt in ("JPEG", "WEBP", "HEIF", "AVIF"):
        kwargs.setdefault("quality", 85)
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def assert_invoice(data: bytes, name: str) -> Invoice:
    doc = read_bytes(data, name=name)
    assert isinstance(doc, Invoice)
    assert doc.number == NUMBER
    assert doc.gross_total == GROSS
    return doc


# --- tests -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_photo_turned_without_exif_is_read_upright(turn: int) -> None:
    img = page_image().rotate(-turn, expand=True)  # turned clockwise, as a phone held sideways
    assert_invoice(encode(img, "JPEG"), f"obrocona-{turn}.jpg")


@pytest.mark.parametrize("seed", [1, 2])
def test_photo_of_a_sheet_on_a_desk_is_dewarped_and_read(seed: int) -> None:
    photo = on_desk(page_image(), tilt=5 + 4 * seed, seed=seed)
    assert_invoice(encode(photo, "JPEG"), "biurko.jpg")


def test_mild_blur_still_reads() -> None:
    assert_invoice(encode(blurred(page_image(), 1.5), "JPEG"), "lekko-nieostre.jpg")


def test_strong_blur_asks_for_a_retake_in_polish() -> None:
    with pytest.raises(UnreadablePhoto) as exc:
        read_bytes(encode(blurred(page_image(), 5.0), "JPEG"), name="nieostre.jpg")
    assert "Zdjęcie jest nieostre – zrób je ponownie" in str(exc.value)


def test_strong_motion_blur_asks_for_a_retake() -> None:
    with pytest.raises(UnreadablePhoto, match="nieostre"):
        read_bytes(encode(motion_blurred(page_image(), 31), "JPEG"), name="poruszone.jpg")


def test_page_result_carries_word_confidences_and_notes(tmp_path: Path) -> None:
    from extractors.backends import ocr

    result = ocr.ocr_image(page_image().rotate(-90, expand=True), timeout=60, workdir=tmp_path, tag="p")
    assert result.rotated in (90, 270) or "obrócono" in " ".join(result.notes)
    assert any(n.startswith("obrócono o") for n in result.notes)
    assert result.boxes and all(w.confidence is not None for w in result.boxes)
    assert any(w.text == NUMBER for w in result.boxes)
    assert all(0 <= (w.confidence or 0) <= 100 for w in result.boxes)
    assert result.quality is not None and result.quality.reason is None
    assert Decimal(str(GROSS))  # the expected total is a real amount


def test_photo_sheet_found_on_a_desk_but_not_on_a_scan() -> None:
    import numpy as np
    from PIL import ImageDraw

    from extractors import photo

    assert photo.find_sheet(np.asarray(on_desk(page_image(), tilt=10, seed=4))) is not None
    assert photo.find_sheet(np.asarray(page_image())) is None
    letterhead = page_image().copy()
    ImageDraw.Draw(letterhead).rectangle((0, 0, letterhead.width, 260), fill=90)  # a dark band across the top
    assert photo.find_sheet(np.asarray(letterhead)) is None


def test_photo_dewarp_makes_the_sheet_a_rectangle_at_the_ocr_width() -> None:
    import numpy as np

    from extractors import photo
    from extractors.backends.ocr import TARGET_WIDTH

    gray = np.asarray(on_desk(page_image(), tilt=12, seed=5, light=False))
    quad = photo.find_sheet(gray)
    assert quad is not None
    flat = photo.dewarp(gray, quad, short_side=TARGET_WIDTH)
    assert min(flat.shape) == TARGET_WIDTH
    assert 1.3 < flat.shape[0] / flat.shape[1] < 1.5  # A4 is 1.414
    assert float(flat[5:40, 5:40].mean()) > 180  # the corner is paper, not desk


def shadowed(page: Any, strength: float = 0.45) -> Any:
    """Light falling off across the page, no desk in the frame: a bright and a dark half of one sheet."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(page.convert("L"), dtype=np.float32)
    h, w = arr.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    factor = 1.0 - strength * (0.3 * xx / w + 0.7 * yy / h)
    return Image.fromarray(np.clip(arr * factor, 0, 255).astype(np.uint8))


def test_photo_uneven_light_is_not_taken_for_a_desk_and_is_read() -> None:
    import numpy as np

    from extractors import photo

    img = shadowed(page_image())
    assert photo.find_sheet(np.asarray(img)) is None
    assert_invoice(encode(img, "JPEG"), "cien.jpg")


def test_a_white_sheet_on_a_light_desk_is_found_by_its_outline_and_read() -> None:
    """Paper (255, a little shaded) on a desk only ~15 grey levels darker: Otsu cannot split them."""
    import numpy as np
    from PIL import ImageEnhance

    from extractors import photo

    # the page's white lowered to the desk's brightness band: the outline is the only clue
    page = ImageEnhance.Brightness(page_image()).enhance(0.93)
    img = on_desk(page, tilt=9, seed=6, desk=222, light=False)
    quad = photo.find_sheet(np.asarray(img))
    assert quad is not None
    width, height = photo.sheet_size(quad)
    page_w, page_h = page_image().size
    assert abs(width / height - page_w / page_h) < 0.08  # the whole sheet, not a part of it
    assert_invoice(encode(img, "JPEG"), "na_bialym_biurku.jpg")
    # a scan filling the frame still has no outline inside it
    assert photo.find_sheet(np.asarray(page.convert("L"))) is None


def side_by_side(pages: list[Any], *, desk: int = 60, seed: int = 3) -> Any:
    """Several sheets lying side by side on a dark desk, each slightly turned, in one photo."""
    import cv2
    import numpy as np
    from PIL import Image

    rnd = random.Random(seed)
    grays = [np.asarray(p.convert("L")) for p in pages]
    h = max(g.shape[0] for g in grays)
    gap, border = 40, 120
    out_w = sum(g.shape[1] for g in grays) + gap * (len(grays) - 1) + 2 * border
    out_h = h + 2 * border
    photo = np.clip(np.random.default_rng(seed).normal(desk, 6, (out_h, out_w)), 0, 255).astype(np.uint8)
    x = border
    for g in grays:
        gh, gw = g.shape
        matrix = cv2.getRotationMatrix2D((gw / 2, gh / 2), rnd.uniform(-1.5, 1.5), 1.0)
        matrix[:, 2] += (x, border)
        cv2.warpAffine(g, matrix, (out_w, out_h), dst=photo, borderMode=cv2.BORDER_TRANSPARENT)
        x += gw + gap
    return Image.fromarray(photo)


def test_pages_photographed_side_by_side_are_read_one_by_one() -> None:
    import tempfile

    second = pdfgen.invoice_specs()[1]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "fv2.pdf"
        pdfgen.render_invoice(second, pdf)
        other = pdfgen.rasterise(pdf, 200)[0]
    data = encode(side_by_side([page_image(), other]), "JPEG")
    doc = read_bytes(data, name="dwie_kartki.jpg")
    assert isinstance(doc, Invoice)
    assert (doc.number, doc.gross_total) == (NUMBER, GROSS)
    assert [(o.number, o.gross_total) for o in doc.others] == [(second.number, pdfgen.totals(second.items)[2])]
    pages = read_pages(data, name="dwie_kartki.jpg")
    assert len(pages.pages) == 2 and "zdjęcie pokazuje 2 strony obok siebie" in pages.notes[0]


def test_one_sheet_with_a_dark_band_across_is_not_split() -> None:
    import numpy as np
    from PIL import Image

    from extractors import photo

    page = np.asarray(page_image().convert("L")).copy()
    band = page.shape[0] // 2
    page[band : band + 60] = 40  # a dark bar across the whole sheet
    assert photo.split_sheets(on_desk(Image.fromarray(page), light=False)) == []


def hard_shadow(page: Any, darker: float = 0.55) -> Any:
    """A phone's shadow with a sharp, slanted edge across the lower part of a sheet filling the frame."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(page.convert("L"), dtype=np.float32)
    h, w = arr.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shadow = yy > (0.3 * h + 0.17 * h * xx / w)
    return Image.fromarray(np.clip(np.where(shadow, arr * darker, arr), 0, 255).astype(np.uint8))


def test_a_hard_shadow_across_the_page_is_no_sheet_on_a_desk() -> None:
    """The lit part is bounded by the frame and the shadow's slanted edge: not a rectangle seen at an
    angle, so nothing is 'dewarped' (it took the lit part for the sheet and skewed the page by 13°)."""
    import numpy as np

    from extractors import photo

    img = hard_shadow(page_image())
    assert photo.find_sheet(np.asarray(img)) is None
    pages = read_pages(encode(img, "JPEG"), name="cien.jpg")
    assert photo.NOTE_PERSPECTIVE not in pages.notes
    assert_invoice(encode(img, "JPEG"), "cien.jpg")
