"""The reading rules of a foreign supplier's and a shop's invoice survive the real tesseract: the page is
drawn as an image in a monospace font (columns where the text puts them) and read end to end."""

import io
from decimal import Decimal

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.models import Invoice
from extractors.read import read_bytes
from tests.extractors.test_parse_foreign_supplier import _INVOICE as FOREIGN
from tests.extractors.test_parse_receipt_invoice import _INVOICE as RECEIPT

_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _page(text: str) -> bytes:
    """The text at 300 dpi as a scanner would deliver it: 9 pt monospace on white."""
    font = ImageFont.truetype(_MONO, 38)
    lines = text.splitlines()
    width = max(len(line) for line in lines) * 23 + 200
    image = Image.new("L", (max(width, 2480), 140 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((100, 100 + 60 * index), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


@pytest.fixture(scope="module")
def foreign() -> Invoice:
    doc = read_bytes(_page(FOREIGN), name="cloudworks.png")
    assert isinstance(doc, Invoice)
    return doc


@pytest.fixture(scope="module")
def receipt() -> Invoice:
    doc = read_bytes(_page(RECEIPT), name="budmarket.png")
    assert isinstance(doc, Invoice)
    return doc


def test_ocr_foreign_supplier(foreign: Invoice) -> None:
    assert foreign.currency == "EUR"
    assert foreign.buyer.nip == "7751001452"
    # tesseract reads the spaced dash as an em dash; the name keeps its dash
    assert [(i.name, i.net) for i in foreign.items] == [
        ("Backup storage 10 TB – January", Decimal("2491.00")),
        ("Endpoint protection seats", Decimal("1290.00")),
    ]
    assert foreign.gross_total == Decimal("3781.00")
    assert foreign.net_total == Decimal("3781.00") or "net_total" in foreign.uncertain


def test_ocr_receipt_invoice(receipt: Invoice) -> None:
    assert [(i.vat_rate, i.gross) for i in receipt.items] == [
        ("23", Decimal("73.80")),
        ("23", Decimal("259.98")),
        ("8", Decimal("126.00")),
    ]
    assert (receipt.net_total, receipt.gross_total) == (Decimal("388.04"), Decimal("459.78"))
