"""Image files → upright greyscale pages: EXIF orientation, TIFF frames, transparency, limits."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from extractors.backends import image
from extractors.errors import CorruptFile, FileTooLarge, UnsupportedFile
from extractors.limits import Limits


def _encode(img: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def test_phone_photo_is_turned_by_its_exif_orientation() -> None:
    stored = Image.new("L", (400, 300), 255)  # sensor pixels: landscape
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    [page] = image.load_pages(_encode(stored, "JPEG", exif=exif))
    assert page.size == (300, 400)


def test_multi_page_tiff_gives_every_page() -> None:
    frames = [Image.new("L", (200, 280), shade) for shade in (250, 200, 150)]
    data = _encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    pages = image.load_pages(data)
    assert [p.getpixel((5, 5)) for p in pages] == [250, 200, 150]
    assert all(p.mode == "L" for p in pages)


def test_tiff_with_more_pages_than_the_limit_is_refused() -> None:
    frames = [Image.new("L", (50, 50), 255) for _ in range(4)]
    data = _encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(FileTooLarge, match="4 stron"):
        image.load_pages(data, limits=Limits(max_pages=3))


def test_transparent_png_background_becomes_paper_white() -> None:
    img = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    img.paste((0, 0, 0, 255), (10, 10, 20, 20))
    [page] = image.load_pages(_encode(img, "PNG"))
    assert page.getpixel((50, 50)) == 255 and page.getpixel((15, 15)) == 0


def test_cut_off_jpeg_is_corrupt() -> None:
    data = _encode(Image.effect_noise((300, 300), 50), "JPEG")
    with pytest.raises(CorruptFile, match="uszkodzony"):
        image.load_pages(data[: len(data) // 3])


def test_a_callers_pixel_limit_does_not_leak_into_pillow() -> None:
    before = Image.MAX_IMAGE_PIXELS
    with pytest.raises(FileTooLarge):
        image.load_pages(_encode(Image.effect_noise((3000, 3000), 40), "JPEG"), limits=Limits(max_megapixels=5))
    assert before == Image.MAX_IMAGE_PIXELS


def test_thumbnail_is_refused_as_unreadable() -> None:
    with pytest.raises(UnsupportedFile, match="za mało"):
        image.load_pages(_encode(Image.new("L", (120, 90), 255), "PNG"))


def test_a_narrow_strip_is_not_blown_up_beyond_a_few_page_widths() -> None:
    from extractors.backends import ocr

    assert ocr.normalise_size(Image.new("L", (9000, 250), 255)).size == (9000, 250)  # already long
    grown = ocr.normalise_size(Image.new("L", (300, 3000), 255))
    assert grown.height == 3 * ocr.TARGET_WIDTH and grown.width < ocr.TARGET_WIDTH
    page = ocr.normalise_size(Image.new("L", (1240, 1754), 255))  # A4 at 150 dpi → 225 dpi
    assert page.width == ocr.TARGET_WIDTH
