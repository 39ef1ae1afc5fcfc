"""Real documents for upload tests, generated with the shared corpus generator (tests/fixtures)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Corpus:
    invoice_pdf: Path
    protocol_pdf: Path
    ksef_xml: Path
    photo_jpg: Path
    corrupt_pdf: Path
    invoice_number: str
    protocol_number: str
    ksef_number: str


def build(directory: Path, *, photo: bool = True) -> Corpus:
    from tests.fixtures import ksef
    from tests.fixtures.pdfgen import (
        invoice_specs,
        make_scan,
        protocol_specs,
        register_fonts,
        render_invoice,
        render_protocol,
    )

    register_fonts()
    directory.mkdir(parents=True, exist_ok=True)
    invoice = invoice_specs()[0]
    protocol = protocol_specs()[0]
    render_invoice(invoice, directory / "faktura.pdf")
    render_protocol(protocol, directory / "protokol.pdf")
    short = next(spec for spec in invoice_specs() if spec.name == "fv_classic_short")
    render_invoice(short, directory / "short.pdf")
    if photo:
        make_scan(directory / "short.pdf", directory / "zdjecie.jpg", fmt="jpg", angle=0.4, seed=3, dpi=200)
    else:
        (directory / "zdjecie.jpg").write_bytes(b"")
    case = next(iter(ksef.CASES.values()))
    (directory / "e-faktura.xml").write_bytes(ksef.render(case))
    (directory / "uszkodzony.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    return Corpus(
        invoice_pdf=directory / "faktura.pdf",
        protocol_pdf=directory / "protokol.pdf",
        ksef_xml=directory / "e-faktura.xml",
        photo_jpg=directory / "zdjecie.jpg",
        corrupt_pdf=directory / "uszkodzony.pdf",
        invoice_number=invoice.number,
        protocol_number=protocol.number,
        ksef_number=ksef.expected(case)["number"],
    )
