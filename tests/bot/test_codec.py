"""The settlement set's documents survive the database: every golden document round-trips exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.codec import decode, encode
from extractors.models import Source
from extractors.parse import parse_text

GOLDEN = Path(__file__).resolve().parents[1] / "extractors" / "golden"
CASES = sorted(GOLDEN.glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_document_round_trips(path: Path) -> None:
    source = Source.OCR if path.stem.startswith("ocr_") else Source.PDF_TEXT
    document = parse_text(path.read_text(), file=path.name, source=source)
    text = encode(document)
    assert decode(text) == document
    assert encode(decode(text)) == text
