"""Bytes → text backends: tiny modules behind a registry, each with `is_available()`.

    pdf_text  pdfplumber words with positions → layout-preserving text per page
    ocr       tesseract `pol` (pytesseract) over rendered or photographed pages (`extractors.photo` pipeline)
    image     JPG / PNG / TIFF / WebP / HEIC / AVIF / BMP / GIF → upright greyscale pages for `ocr`

Every backend returns `PagesText`: one string per page, lines laid out so that table columns stay
separated by two or more spaces (the parser splits rows on that), and the `Source` it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from extractors.backends.layout import Word
from extractors.models import Source

Progress = Callable[[int, int], None]
"""`progress(page, total)`, called as each OCR page starts, e.g. for "Czytam stronę 2/5…".

It runs in an OCR worker thread: an asyncio caller should hand it over with
`loop.call_soon_threadsafe`. Text PDFs and KSeF XML are read at once and do not call it.
"""

PAGE_BREAK = "\n\f\n"


@dataclass(frozen=True, slots=True)
class PagesText:
    pages: tuple[str, ...]
    source: Source
    # OCR only (empty for text PDFs): each page's words with boxes and tesseract confidence, and what
    # the photo pipeline did, in Polish ("obrócono o 90°", "wyprostowano perspektywę").
    words: tuple[tuple[Word, ...], ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return PAGE_BREAK.join(self.pages)


def registry() -> dict[str, ModuleType]:
    from extractors.backends import image, ocr, pdf_text

    return {"pdf_text": pdf_text, "ocr": ocr, "image": image}


def available() -> dict[str, bool]:
    """Which backends can run here (the OCR one needs the tesseract binary with Polish data)."""
    return {name: module.is_available() for name, module in registry().items()}
