"""KSeF XML and text invoices saved in UTF-16/UTF-32 ("Unicode" in Notepad, some ERP exports) are read
like their UTF-8 originals: the BOM (or the UTF-16 shape of "<?xml") decides, not the NUL bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.models import Invoice, Source
from extractors.read import read_bytes, read_document
from extractors.sniff import FileType, sniff
from tests.fixtures import ksef, pdfgen

# (id, encoding that writes the bytes, BOM written by hand or None when the codec writes its own)
ENCODINGS = [
    ("utf-16-bom", "utf-16", None),  # Python's utf-16 writes the native (LE) BOM, as Notepad does
    ("utf-16le-bom", "utf-16-le", b"\xff\xfe"),
    ("utf-16be-bom", "utf-16-be", b"\xfe\xff"),
    ("utf-16le-no-bom", "utf-16-le", b""),
    ("utf-16be-no-bom", "utf-16-be", b""),
    ("utf-32le-bom", "utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32be-bom", "utf-32-be", b"\x00\x00\xfe\xff"),
]


def encode(text: str, codec: str, bom: bytes | None) -> bytes:
    return text.encode(codec) if bom is None else bom + text.encode(codec)


@pytest.fixture(scope="module")
def ksef_text() -> str:
    return ksef.render(ksef.CASES["fa3_plain"]).decode("utf-8")


@pytest.mark.parametrize(("codec", "bom"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
@pytest.mark.parametrize("declared", ["declared-utf-8", "declared-utf-16", "no-declaration"])
def test_ksef_in_a_unicode_encoding_is_read(ksef_text: str, codec: str, bom: bytes | None, declared: str) -> None:
    text = ksef_text
    head, sep, rest = text.partition("?>")
    assert sep and head.startswith("<?xml")
    if declared == "declared-utf-16":
        text = head.replace("UTF-8", "UTF-16").replace("utf-8", "UTF-16") + sep + rest
    elif declared == "no-declaration":
        text = rest.lstrip()
    data = encode(text, codec, bom)
    assert sniff(data[:4096]) == FileType.XML
    doc = read_bytes(data, name="ksef.xml")
    golden = ksef.expected(ksef.CASES["fa3_plain"])
    assert doc.source == Source.KSEF_XML
    assert isinstance(doc, Invoice)
    assert (doc.number, doc.seller.nip, str(doc.gross_total)) == (
        golden["number"],
        golden["seller_nip"],
        golden["gross_total"],
    )


@pytest.mark.parametrize(
    ("codec", "bom"),
    [e[1:] for e in ENCODINGS if "bom" in e[0] and "no-bom" not in e[0]],
    ids=[e[0] for e in ENCODINGS if "bom" in e[0] and "no-bom" not in e[0]],
)
def test_text_invoice_saved_as_unicode_is_read(tmp_path: Path, codec: str, bom: bytes | None) -> None:
    from extractors.backends import pdf_text

    f = next(f for f in pdfgen.shared_corpus(scans=False) if f.path.stem == "fv_classic")
    text = pdf_text.extract_pages(f.path.read_bytes())[0] or ""
    path = tmp_path / "faktura.txt"
    path.write_bytes(encode(text, codec, bom))
    assert sniff(path.read_bytes()[:4096]) == FileType.TEXT
    doc = read_document(path)
    assert doc.source == Source.TEXT
    assert isinstance(doc, Invoice)
    assert (doc.number, doc.seller.name, str(doc.gross_total)) == (
        f.golden["number"],
        f.golden["seller_name"],
        f.golden["gross_total"],
    )


def test_utf16_text_without_bom_is_recognised() -> None:
    data = "Faktura VAT nr FV/1/2026\nSprzedawca: Żółć Sp. z o.o.\nNabywca: Gmina Łódź\n".encode("utf-16-le")
    assert sniff(data) == FileType.TEXT


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(b"\xff\xfe" + bytes(range(256)) * 4, id="utf16-bom-then-binary"),
        pytest.param(b"\x00\x00\xfe\xff" + b"\x00\x00\xd8\x00" * 200, id="utf32-bom-then-invalid"),
    ],
)
def test_a_bom_alone_does_not_make_binary_text(head: bytes) -> None:
    assert sniff(head) == FileType.UNKNOWN
