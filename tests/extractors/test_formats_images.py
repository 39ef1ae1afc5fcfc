"""Every image format a phone or a mail client produces is read (issue 9): 0 refusals of a readable format.

The type comes from the bytes, so each file is also given a misleading name.
"""

from __future__ import annotations

import io

import pytest

from extractors.errors import CorruptFile
from extractors.models import Source
from extractors.read import read_bytes
from extractors.sniff import IMAGE_TYPES, FileType, sniff
from tests.extractors.test_photo_pipeline import assert_invoice, encode, on_desk, page_image

FORMATS = {
    "JPEG": FileType.JPEG,
    "PNG": FileType.PNG,
    "TIFF": FileType.TIFF,
    "WEBP": FileType.WEBP,
    "HEIF": FileType.HEIC,
    "AVIF": FileType.AVIF,
    "BMP": FileType.BMP,
    "GIF": FileType.GIF,
}


@pytest.mark.parametrize(("fmt", "kind"), FORMATS.items(), ids=list(FORMATS))
def test_formats_sniffed_from_the_bytes(fmt: str, kind: FileType) -> None:
    from PIL import Image

    data = encode(Image.new("RGB", (320, 240), "white"), fmt)
    assert sniff(data[:4096]) == kind
    assert kind in IMAGE_TYPES


@pytest.mark.ocr
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_formats_invoice_photo_is_read_in_every_format(fmt: str) -> None:
    img = page_image()
    if fmt in ("HEIF", "AVIF", "WEBP", "JPEG"):
        img = img.convert("RGB")  # phones store colour
    doc = assert_invoice(encode(img, fmt), name="faktura.pdf")
    assert doc.source == Source.OCR


@pytest.mark.ocr
def test_formats_heic_photo_of_a_sheet_on_a_desk() -> None:
    assert_invoice(encode(on_desk(page_image(), tilt=7, seed=3).convert("RGB"), "HEIF"), name="IMG_0412.HEIC")


@pytest.mark.ocr
def test_formats_animated_gif_gives_its_first_frame() -> None:
    from PIL import Image

    first = page_image().convert("P")
    buf = io.BytesIO()
    first.save(buf, "GIF", save_all=True, append_images=[Image.new("P", first.size, 0)], duration=500)
    assert_invoice(buf.getvalue(), name="skan.gif")


@pytest.mark.ocr
def test_formats_pdf_of_page_images_is_read_by_ocr() -> None:
    buf = io.BytesIO()
    page_image().convert("RGB").save(buf, "PDF", resolution=200)
    doc = assert_invoice(buf.getvalue(), name="skan-z-telefonu.pdf")
    assert doc.source == Source.OCR


@pytest.mark.parametrize("fmt", ["HEIF", "AVIF", "WEBP"])
def test_formats_damaged_file_names_its_real_type(fmt: str) -> None:
    from PIL import Image

    data = encode(Image.new("RGB", (640, 480), "white"), fmt)
    with pytest.raises(CorruptFile) as exc:
        read_bytes(data[: len(data) // 2] + b"\x00" * 64, name="zdjecie.jpg")
    message = str(exc.value)
    assert "uszkodzony" in message
    assert {"HEIF": "HEIC", "AVIF": "AVIF", "WEBP": "WebP"}[fmt] in message


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x00\x00\x00\x1cftypheic\x00\x00\x00\x00mif1heic", FileType.HEIC),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", FileType.HEIC),  # generic major brand
        (b"\x00\x00\x00\x20ftypavif\x00\x00\x00\x00avifmif1miafMA1B", FileType.AVIF),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1avif", FileType.AVIF),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", FileType.UNKNOWN),  # an MP4 video
    ],
    ids=["heic", "mif1-heic", "avif", "mif1-avif", "mp4"],
)
def test_formats_heif_family_by_brand(head: bytes, kind: FileType) -> None:
    assert sniff(head + b"\x00" * 64) == kind
