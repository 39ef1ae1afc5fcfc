"""Resource limits for reading user files, checked before any heavy work (rendering, OCR).

A frozen context object passed down from the edge (the CLI, the bot), never a global setting.
"""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
    def max_pixels(self) -> int:
        return int(self.max_megapixels * 1_000_000)


DEFAULT_LIMITS = Limits()
