"""Text PDFs (from invoicing software) → layout-preserving text per page, with pdfplumber.

A page whose text layer is missing or unusable (a scan, or fonts without a Unicode map that come out
as "(cid:12)") is reported as `None`, so the caller OCRs just that page.
"""

from __future__ import annotations

import io
import re

from extractors.backends.layout import Word, words_to_text

# A page with fewer real characters than this carries no usable text layer (a scan may still hold
# a stray page number or a producer stamp as text).
MIN_CHARS = 25
_CID = re.compile(r"\(cid:\d+\)")


def is_available() -> bool:
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        return False
    return True


def usable(text: str) -> bool:
    """True when the text layer reads as text (enough letters, not a font's glyph ids)."""
    letters = sum(ch.isalnum() for ch in text)
    if letters < MIN_CHARS:
        return False
    cid = len(_CID.findall(text))
    odd = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\t\f"))
    return cid * 6 < letters and odd * 20 < letters


def extract_pages(data: bytes) -> list[str | None]:
    """Layout text for each page, or None for a page that needs OCR."""
    import pdfplumber

    pages: list[str | None] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            raw = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5,
                                     y_tolerance=3, extra_attrs=["size"])
            words = [Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
                     for w in raw]
            # Cells that overflow into each other (no gap) are still glued; pdfplumber's gap rule is
            # relative to x_tolerance, so keep it tight and let `words_to_text` join phrases.
            origin = min((w.x0 for w in words), default=0.0)
            text = words_to_text(words, origin=origin)
            pages.append(text if usable(text) else None)
            page.close()  # pdfplumber caches layout objects per page; free them on long PDFs
    return pages
