"""Pictures and scans with no document text on them: refused with a fitting Polish reason, quickly,
and never turned into an "invoice" with totals read out of noise."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest

from extractors.backends import ocr
from extractors.errors import UnsupportedFile
from extractors.models import Source
from extractors.read import read_bytes
from tests.fixtures import pdfgen

pytestmark = pytest.mark.ocr

NO_TEXT_ON_IMAGE = "Na obrazie nie widać tekstu dokumentu"


def _noise(width: int = 2480, height: int = 3508, seed: int = 1):  # type: ignore[no-untyped-def]
    from PIL import Image

    rng = random.Random(seed)
    return Image.frombytes("1", (width, height), rng.randbytes(width * height // 8)).convert("L")


def _encoded(img, fmt: str, **options) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def _shapes(seed: int = 3):  # type: ignore[no-untyped-def]
    """A drawing without a letter on it: what a photo of a whiteboard sketch or a logo sheet gives."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("L", (1860, 2630), 235)
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rng.randrange(0, 1700), rng.randrange(0, 2450)
        w, h = rng.randrange(40, 220), rng.randrange(40, 220)
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x, y, x + w, y + h), outline=rng.randrange(0, 90), width=rng.randrange(3, 9))
    return img


def _pdf(tmp: Path, pages: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    path = tmp / "skan.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    for text in pages:
        if text:
            c.drawString(72, 60, text)
        c.showPage()
    c.save()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("fmt", "options"), [("PNG", {}), ("TIFF", {"compression": "group4"}), ("JPEG", {})], ids=["png", "tiff-g4", "jpeg"]
)
def test_random_noise_image_is_refused_without_reading_it(fmt: str, options: dict[str, str]) -> None:
    img = _noise()
    if fmt == "TIFF":
        img = img.convert("1")
    with pytest.raises(UnsupportedFile, match=NO_TEXT_ON_IMAGE):
        read_bytes(_encoded(img, fmt, **options), name="zdjecie.png")


def test_noise_page_never_reaches_tesseract(tmp_path: Path) -> None:
    result = ocr.ocr_image(_noise(1600, 2200), timeout=60, workdir=tmp_path, tag="n")
    assert result.skipped == "noise"
    assert (result.text, result.words) == ("", 0)


def test_blank_page_never_reaches_tesseract(tmp_path: Path) -> None:
    from PIL import Image

    result = ocr.ocr_image(Image.new("L", (1860, 2630), 250), timeout=60, workdir=tmp_path, tag="b")
    assert result.skipped == "blank"


def test_drawing_without_letters_is_refused() -> None:
    with pytest.raises(UnsupportedFile, match=NO_TEXT_ON_IMAGE):
        read_bytes(_encoded(_shapes(), "PNG"), name="rysunek.png")


def test_fifty_pages_without_text_stop_after_the_first_pages(tmp_path: Path) -> None:
    data = _pdf(tmp_path, [f"Strona {k + 1}" for k in range(50)])
    calls: list[tuple[int, int]] = []
    with pytest.raises(UnsupportedFile) as exc:
        read_bytes(data, name="skan.pdf", progress=lambda page, total: calls.append((page, total)))
    message = str(exc.value)
    assert "Zdjęcie" not in message and "skan.pdf" in message
    assert "nie widać tekstu" in message and "PDF" in message
    assert 1 <= len(calls) <= 8  # the first pages told enough; 42+ pages were never rendered


@pytest.mark.parametrize("pages", [[""], ["", ""]], ids=["one-blank-page", "two-blank-pages"])
def test_blank_pdf_gets_a_pdf_message(tmp_path: Path, pages: list[str]) -> None:
    with pytest.raises(UnsupportedFile) as exc:
        read_bytes(_pdf(tmp_path, pages), name="pusty.pdf")
    assert "Zdjęcie" not in str(exc.value) and "PDF" in str(exc.value)


def test_duplex_scan_with_blank_backs_is_read(tmp_path: Path) -> None:
    """A scanner in duplex mode adds an empty back page after each sheet."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    f = next(f for f in pdfgen.shared_corpus(scans=False) if f.path.stem == "fv_classic_short")
    scan = pdfgen.degrade(pdfgen.rasterise(f.path, 200)[0], angle=0.8, seed=11)
    path = tmp_path / "duplex.pdf"
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H), invariant=1)
    c.drawImage(ImageReader(scan), 0, 0, width=pdfgen.PAGE_W, height=pdfgen.PAGE_H)
    c.showPage()
    c.showPage()  # the empty back of the sheet
    c.save()
    doc = read_bytes(path.read_bytes(), name="duplex.pdf")
    assert doc.source == Source.OCR and doc.pages == 2
    assert doc.number == f.golden["number"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Podsumowanie\nRazem: 100,00 23,00 123,00\nDo zapłaty: 123,00 zł\n", id="totals-only"),
        pytest.param("Dokument\n23% 4,00 4,00 8,00\n", id="rate-row-only"),
    ],
)
def test_totals_alone_are_not_a_document(text: str) -> None:
    """What OCR makes of noise: a stray amount row. Without a number, a NIP or items it is not an invoice."""
    with pytest.raises(UnsupportedFile, match="nie znaleziono faktury"):
        read_bytes(text.encode(), name="x.txt")


def test_os_urandom_noise_as_in_the_qa_report() -> None:
    from PIL import Image

    img = Image.frombytes("1", (3000, 3000), os.urandom(3000 * 3000 // 8)).convert("L")
    with pytest.raises(UnsupportedFile, match=NO_TEXT_ON_IMAGE):
        read_bytes(_encoded(img, "PNG"), name="noise.png")


def test_document_ocr_budget_stops_a_long_read() -> None:
    from extractors.errors import OcrTimeout
    from extractors.limits import Limits

    f = next(f for f in pdfgen.shared_corpus(scans=False) if f.path.stem == "fv_classic_short")
    scan = _encoded(pdfgen.degrade(pdfgen.rasterise(f.path, 200)[0], angle=0.5, seed=5), "PNG")
    with pytest.raises(OcrTimeout, match="Odczyt dokumentu trwał dłużej niż 0 s"):
        read_bytes(scan, name="skan.png", limits=Limits(ocr_seconds_per_document=0.0))


def test_scanned_pdf_with_text_but_no_invoice_gets_a_scan_hint(tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdfgen.register_fonts()
    letter = tmp_path / "pismo.pdf"
    c = canvas.Canvas(str(letter), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H), invariant=1)
    c.setFont("DejaVuSans", 12)
    for k, line in enumerate(
        [
            "Szanowni Państwo,",
            "uprzejmie informujemy o zmianie godzin pracy urzędu.",
            "Od poniedziałku do piątku urząd jest czynny w godzinach od ósmej do szesnastej.",
            "Z poważaniem",
            "Sekretarz Gminy",
        ]
    ):
        c.drawString(72, 720 - 24 * k, line)
    c.showPage()
    c.save()
    scan = pdfgen.degrade(pdfgen.rasterise(letter, 200)[0], angle=0.6, seed=9)
    path = tmp_path / "skan.pdf"
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H), invariant=1)
    c.drawImage(ImageReader(scan), 0, 0, width=pdfgen.PAGE_W, height=pdfgen.PAGE_H)
    c.showPage()
    c.save()
    with pytest.raises(UnsupportedFile) as exc:
        read_bytes(path.read_bytes(), name="skan.pdf")
    assert "nie znaleziono faktury" in str(exc.value)
    assert "Skan może być nieczytelny" in str(exc.value) and "Zdjęcie" not in str(exc.value)
