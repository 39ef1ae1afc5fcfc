"""Resource limits for reading user files, checked before any heavy work (rendering, OCR).

A frozen context object passed down from the edge (the CLI, the bot), never a global setting.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from extractors.errors import HostileFile

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 20 * MB
    max_pages: int = 50
    max_megapixels: float = 50.0  # per image or rendered page; decompression bombs exceed it
    ocr_seconds_per_page: float = 60.0
    # The whole document: 50 real pages take about 35 s on 2 cores; beyond this the upload holds
    # both cores for nothing a person would wait for.
    ocr_seconds_per_document: float = 180.0
    ocr_workers: int = 2  # tesseract processes in parallel (one per core on the 2-core target)
    ocr_dpi: int = 225  # rendering for OCR; see backends.ocr.TARGET_WIDTH
    max_inflated_stream: int = 64 * MB  # one non-image PDF stream after Flate decoding
    max_inflated_total: int = 256 * MB  # all of them together

    @property
    def max_pixels(self) -> int:
        return int(self.max_megapixels * 1_000_000)


DEFAULT_LIMITS = Limits()


# --- PDF decompression bombs ---------------------------------------------------------------------

# A content stream, a font or an object stream that inflates beyond this is not an invoice: a 1 MB
# PDF inflating to 1 GiB of drawing operators peaked at 2.08 GB in pdfium. Images are bounded by
# their declared pixels (max_megapixels) instead, since a 300 dpi scan page inflates to ~26 MB.

_OBJ_STREAM = re.compile(rb"\bobj\b(.{0,4096}?)\bstream\r?\n", re.DOTALL)
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FLATE = re.compile(rb"/FlateDecode\b|/Fl\b")
_WIDTH = re.compile(rb"/Width\s+(\d+)")
_HEIGHT = re.compile(rb"/Height\s+(\d+)")
_CHUNK = 64 * 1024


def _inflated_size(data: bytes, start: int, limit: int) -> int:
    """Bytes a Flate stream starting at `start` inflates to, counted in 1 MB steps and stopped past `limit`.

    Nothing is kept: memory stays at one chunk of output whatever the stream holds.
    """
    inflater = zlib.decompressobj()
    total = 0
    pos = start
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                chunk = inflater.unconsumed_tail
            else:
                chunk = data[pos : pos + _CHUNK]
                pos += _CHUNK
                if not chunk:
                    break
            total += len(inflater.decompress(chunk, MB))
            if total > limit:
                return total
    except zlib.error:
        pass  # not Flate after all, damaged or encrypted: pdfium decides about those
    return total


def check_pdf_streams(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a PDF whose streams would inflate beyond the limits, before pdfium parses any of them.

    Raw scan of `obj … stream` headers (streams are never inside object streams, so none is missed);
    images are checked by their declared size, everything else by inflating and counting.
    """
    total = 0
    for match in _OBJ_STREAM.finditer(data):
        header = match.group(1)
        if _IMAGE.search(header):
            width, height = _WIDTH.search(header), _HEIGHT.search(header)
            if width and height and int(width.group(1)) * int(height.group(1)) > limits.max_pixels:
                raise HostileFile(
                    f"Plik PDF zawiera obraz o wymiarach {int(width.group(1))}×{int(height.group(1))} pikseli, "
                    f"więcej niż dopuszczalne {limits.max_megapixels:.0f} Mpx. Zeskanuj dokument w niższej "
                    "rozdzielczości (300 dpi wystarczy)."
                )
            continue
        if not _FLATE.search(header):
            continue
        size = _inflated_size(data, match.end(), limits.max_inflated_stream)
        total += size
        if size > limits.max_inflated_stream or total > limits.max_inflated_total:
            raise HostileFile(
                "Plik PDF zawiera skompresowaną treść, która po rozpakowaniu zajęłaby ponad "
                f"{max(size, total) // MB} MB (dopuszczalne {limits.max_inflated_stream // MB} MB na strumień). "
                "Tak nie wygląda faktura ani protokół; plik nie zostanie otwarty. Wydrukuj dokument do PDF "
                "ponownie albo prześlij skan."
            )
