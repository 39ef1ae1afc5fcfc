"""Text layer of generated PDFs → layout text; scans and glyph-id fonts are flagged for OCR."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.backends import pdf_text
from tests.fixtures import pdfgen

LAYOUTS = [s.name for s in pdfgen.invoice_specs()] + [s.name for s in pdfgen.protocol_specs()]


@pytest.fixture(scope="module")
def corpus() -> dict[str, pdfgen.CorpusFile]:
    return {f.path.stem: f for f in pdfgen.shared_corpus(scans=False)}


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_keeps_the_key_strings_and_columns(corpus: dict[str, pdfgen.CorpusFile], name: str) -> None:
    f = corpus[name]
    pages = pdf_text.extract_pages(f.path.read_bytes())
    assert len(pages) == f.pages
    assert all(p is not None for p in pages)
    text = "\n".join(p or "" for p in pages)
    assert f.golden["number"] in text
    assert f.golden["buyer_name"] in text
    nip = f.golden["seller_nip"]
    assert re.search(rf"{nip[:3]}-?{nip[3:6]}-?{nip[6:8]}-?{nip[8:]}", text)
    # Table rows: an item's name and its quantity are in different columns (2+ spaces apart).
    first = f.golden["items"][0]
    row = next(line for line in text.splitlines() if first["name"][:20] in line)
    assert re.search(r"\S {2,}\S", row)


def test_multipage_invoice_keeps_page_order(corpus: dict[str, pdfgen.CorpusFile]) -> None:
    pages = pdf_text.extract_pages(corpus["fv_multipage"].path.read_bytes())
    assert [bool(re.search(rf"strona {k}\b", p or "")) for k, p in enumerate(pages, 1)] == [True] * len(pages)
    assert "Do przeniesienia" in (pages[0] or "") and "Z przeniesienia" in (pages[1] or "")


def test_pdfium_and_pdfplumber_read_the_same_words(corpus: dict[str, pdfgen.CorpusFile]) -> None:
    data = corpus["fv_multirate"].path.read_bytes()
    fast = (pdf_text.extract_pages(data)[0] or "").split()
    slow = (pdf_text.extract_pages_pdfplumber(data)[0] or "").split()
    assert fast == slow


def test_image_only_pdf_has_no_usable_text(tmp_path: Path, corpus: dict[str, pdfgen.CorpusFile]) -> None:
    scan = tmp_path / "scan.pdf"
    pdfgen.make_scan(corpus["fv_classic_short"].path, scan, fmt="pdf", angle=0.0, seed=1, dpi=100)
    assert pdf_text.extract_pages(scan.read_bytes()) == [None]


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("Faktura VAT nr FV/1/2026 Sprzedawca NetSecure Sp. z o.o.", True),
        ("(cid:12)(cid:7)(cid:33)(cid:40) " * 20 + "Faktura", False),
        ("  3  ", False),
        ("\ufffd\ufffd\ufffd" * 30 + "Faktura nr 1", False),
        ("\ue021\ue034\ue011 " * 40 + "Faktura VAT nr 1/2026 Sprzedawca Nabywca", False),
    ],
    ids=["real-text", "glyph-ids", "page-number-only", "replacement-chars", "private-use-glyphs"],
)
def test_usable_text_layer(text: str, usable: bool) -> None:
    assert pdf_text.usable(text) is usable
