"""Bad files get a specific Polish message (an ExtractionError), never a traceback."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from extractors.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    ExtractionError,
    FileTooLarge,
    HostileFile,
    UnsupportedFile,
)
from extractors.limits import Limits
from extractors.read import read_bytes, read_document
from tests.fixtures import pdfgen


@pytest.fixture(scope="module")
def invoice_pdf() -> bytes:
    return next(f for f in pdfgen.shared_corpus(scans=False) if f.path.stem == "fv_classic").path.read_bytes()


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int = 60_000, height: int = 60_000) -> bytes:
    """A few hundred bytes declaring 3.6 gigapixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 10_000, 9)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def many_pages_pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for k in range(pages):
        c.drawString(72, 720, f"Strona {k + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>Faktura VAT nr 1/2026</w:document>")
    return buf.getvalue()


def encrypted_pdf(tmp: Path) -> bytes:
    spec = pdfgen.invoice_specs()[0]
    path = tmp / "enc.pdf"
    pdfgen.render_invoice(spec, path, encrypt="tajne-haslo")
    return path.read_bytes()


CASES = [
    ("empty", lambda tmp, pdf: b"", EmptyFile, "pusty"),
    ("whitespace-only", lambda tmp, pdf: b" \n\r\n\t ", EmptyFile, "pusty"),
    ("encrypted-pdf", lambda tmp, pdf: encrypted_pdf(tmp), EncryptedFile, "zaszyfrowany hasłem"),
    ("truncated-pdf", lambda tmp, pdf: pdf[: len(pdf) // 2], CorruptFile, "uszkodzony"),
    ("pdf-header-only", lambda tmp, pdf: b"%PDF-1.4\n%%EOF\n", CorruptFile, "uszkodzony"),
    ("docx-renamed-pdf", lambda tmp, pdf: docx_bytes(), UnsupportedFile, "ZIP lub dokument Office"),
    ("exe-renamed-pdf", lambda tmp, pdf: b"MZ\x90\x00" + bytes(2000), UnsupportedFile, "program"),
    ("51-pages", lambda tmp, pdf: many_pages_pdf(51), FileTooLarge, "51 stron"),
    ("png-bomb", lambda tmp, pdf: bomb_png(), HostileFile, "bomba dekompresyjna"),
    ("truncated-png", lambda tmp, pdf: bomb_png(800, 600)[:60], CorruptFile, "uszkodzony"),
    (
        "nonsense-text",
        lambda tmp, pdf: b"Lorem ipsum dolor sit amet.\nAla ma kota.\n",
        UnsupportedFile,
        "nie znaleziono faktury",
    ),
    ("binary-noise", lambda tmp, pdf: bytes(range(256)) * 8, UnsupportedFile, "nieznanego typu"),
]


@pytest.mark.parametrize(("make", "error", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_file_gets_a_specific_polish_message(tmp_path: Path, invoice_pdf: bytes, make, error, phrase) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "faktura.pdf"
    path.write_bytes(make(tmp_path, invoice_pdf))
    with pytest.raises(error) as exc:
        read_document(path)
    assert phrase in str(exc.value)


def test_file_over_the_byte_limit_is_refused_before_reading(tmp_path: Path, invoice_pdf: bytes) -> None:
    path = tmp_path / "duza.pdf"
    path.write_bytes(invoice_pdf)
    with pytest.raises(FileTooLarge, match=r"MB, a limit to \d+ MB"):
        read_document(path, limits=Limits(max_bytes=len(invoice_pdf) - 1))


def test_page_limit_is_configurable() -> None:
    with pytest.raises(FileTooLarge, match="3 stron, a limit to 2"):
        read_bytes(many_pages_pdf(3), name="x.pdf", limits=Limits(max_pages=2))


def test_large_real_image_is_too_large_not_a_bomb() -> None:
    from PIL import Image

    # 9 Mpx of noise compresses badly, like a real photo: over a 5 Mpx limit it is "too large".
    img = Image.effect_noise((3000, 3000), 40)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    with pytest.raises(FileTooLarge, match="Mpx"):
        read_bytes(buf.getvalue(), name="zdjecie.jpg", limits=Limits(max_megapixels=5))


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_missing_file_or_directory(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nie-ma.pdf" if kind == "missing" else tmp_path
    with pytest.raises(ExtractionError):
        read_document(path)


def _image_bytes(fmt: str) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (640, 480), "white").save(buf, fmt)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["BMP", "GIF", "WEBP"])
def test_every_image_format_is_read_not_refused_for_its_format(fmt: str) -> None:
    # Issue 9: BMP, GIF and WebP are read like JPG; a blank one is refused for having no text.
    with pytest.raises(UnsupportedFile) as exc:
        read_bytes(_image_bytes(fmt), name="faktura.pdf")
    assert "nie widać tekstu dokumentu" in str(exc.value)
    assert "zapisz go jako PNG lub JPG" not in str(exc.value)


def test_hostile_ksef_xml_with_entity_expansion_is_refused() -> None:
    billion_laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b'<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">&lol2;</Faktura>'
    )
    with pytest.raises(ExtractionError):
        read_bytes(billion_laughs, name="ksef.xml")


def test_a_program_error_in_the_analysis_is_not_reported_as_a_damaged_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: the parser raises; the user is told it is our error and the file is fine."""
    import extractors.parse

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("look-behind requires fixed-width pattern")

    monkeypatch.setattr(extractors.parse, "parse_text", broken)
    from extractors.errors import ParseFailure
    from extractors.read import read_bytes

    with pytest.raises(ParseFailure) as caught:
        read_bytes(b"FAKTURA VAT nr 1/2026\nRazem 100,00", name="f.txt")
    message = str(caught.value)
    assert "błędu programu" in message and "uszkodzony" not in message and "ValueError" not in message
