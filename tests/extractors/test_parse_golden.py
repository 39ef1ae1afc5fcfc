"""Every golden text file parses to its hand-checked JSON (the CLI contract's keys)."""

import json
from pathlib import Path

import pytest

from extractors.models import Source
from extractors.parse import parse_text
from tests.extractors.golden_compare import as_contract, differences

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.txt"))


def test_corpus_is_varied() -> None:
    names = [p.stem for p in CASES]
    assert len(names) >= 14
    assert sum(n.startswith("ocr_") for n in names) >= 4
    assert sum("protocol" in n for n in names) >= 3
    kinds = {json.loads(p.with_suffix(".json").read_text())["kind"] for p in CASES}
    assert kinds == {"invoice", "correction", "protocol", "unknown"}


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text())
    source = Source.OCR if path.stem.startswith("ocr_") else Source.PDF_TEXT
    doc = parse_text(path.read_text(), file=path.name, source=source)
    assert differences(expected, as_contract(doc)) == []
    assert doc.file == path.name and doc.source == source
