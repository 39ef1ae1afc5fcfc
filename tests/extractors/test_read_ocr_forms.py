"""The totals strip survives the real tesseract (which spaces the words of a label apart and splits
"460 ,00"): the page drawn as an image in a monospace font and read end to end."""

from __future__ import annotations

import io
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

from extractors.models import Invoice
from extractors.read import read_bytes
from tests.extractors.test_parse_forms_and_strips import _STRIP

_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
_CHAR, _LEAD = 23, 60  # pixels per character and per line at 300 dpi, 9 pt


def _page(text: str) -> bytes:
    """The text at 300 dpi as a scanner would deliver it: 9 pt monospace on white."""
    font = ImageFont.truetype(_MONO, 38)
    lines = text.splitlines()
    width = max(len(line) for line in lines) * _CHAR + 200
    image = Image.new("L", (max(width, 2480), 200 + _LEAD * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((100, 100 + _LEAD * index), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def test_ocr_totals_strip_with_paid_and_remaining() -> None:
    doc = read_bytes(_page(_STRIP), name="strip.png")
    assert isinstance(doc, Invoice)
    assert doc.number == "FS/04/00112"
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("2000.00"),
        Decimal("460.00"),
        Decimal("2460.00"),
    )
