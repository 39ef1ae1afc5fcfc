"""read_document on every generated text-PDF layout, KSeF XML and plain text, against golden dicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.models import DocumentKind, Invoice, Protocol, Source
from extractors.read import read_bytes, read_document
from extractors.serialise import document_to_dict
from tests.fixtures import ksef, pdfgen

LAYOUTS = [s.name for s in pdfgen.invoice_specs()] + [s.name for s in pdfgen.protocol_specs()]


@pytest.fixture(scope="module")
def corpus() -> dict[str, pdfgen.CorpusFile]:
    return {f.path.stem: f for f in pdfgen.shared_corpus(scans=False)}


@pytest.mark.parametrize("name", LAYOUTS)
def test_text_pdf_matches_golden(corpus: dict[str, pdfgen.CorpusFile], name: str) -> None:
    f = corpus[name]
    doc = read_document(f.path)
    got = document_to_dict(doc)
    wrong = {
        field: (got.get(field), f.golden.get(field))
        for field, (ok, total) in pdfgen.compare_fields(f.golden, got).items()
        if ok < total
    }
    assert not wrong, wrong
    assert doc.source == Source.PDF_TEXT
    assert doc.pages == f.pages
    assert got["file"] == f.path.name


def test_correction_carries_before_rows_and_negative_difference(corpus: dict[str, pdfgen.CorpusFile]) -> None:
    doc = read_document(corpus["fv_correction"].path)
    assert isinstance(doc, Invoice)
    assert doc.kind == DocumentKind.CORRECTION
    assert doc.corrected_number == "FV/2026/03/014"
    assert len(doc.items) == 6 and len(doc.effective_items) == 3
    assert doc.gross_total is not None and doc.gross_total < 0


def test_protocol_refers_to_its_invoice(corpus: dict[str, pdfgen.CorpusFile]) -> None:
    doc = read_document(corpus["po_serials"].path)
    assert isinstance(doc, Protocol)
    assert doc.references == ("FV/2026/03/014",)
    assert doc.items[1].serial_numbers == ("AS2301123456", "AS2301123457")


@pytest.mark.parametrize("case", sorted(ksef.CASES))
def test_ksef_xml_is_routed_to_the_ksef_parser(tmp_path: Path, case: str) -> None:
    # Named .pdf on purpose: the bytes decide, not the extension.
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(ksef.render(ksef.CASES[case]))
    doc = read_document(path)
    golden = ksef.expected(ksef.CASES[case])
    assert doc.source == Source.KSEF_XML
    got = document_to_dict(doc)
    assert all(ok == total for ok, total in pdfgen.compare_fields(golden, got).values())


def test_plain_text_export_is_parsed_as_text(corpus: dict[str, pdfgen.CorpusFile]) -> None:
    from extractors.backends import pdf_text

    f = corpus["fv_classic"]
    text = pdf_text.extract_pages(f.path.read_bytes())[0] or ""
    doc = read_bytes(text.encode("cp1250"), name="faktura.txt")  # a Windows program's export
    assert doc.source == Source.TEXT
    assert isinstance(doc, Invoice)
    assert (doc.number, doc.seller.nip, str(doc.gross_total)) == (
        f.golden["number"],
        f.golden["seller_nip"],
        f.golden["gross_total"],
    )


def test_progress_is_not_called_for_text_pdfs(corpus: dict[str, pdfgen.CorpusFile]) -> None:
    calls: list[tuple[int, int]] = []
    read_document(corpus["fv_classic"].path, progress=lambda page, total: calls.append((page, total)))
    assert calls == []
