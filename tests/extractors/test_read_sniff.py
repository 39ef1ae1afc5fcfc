"""The real type of a file from its bytes, whatever its name says."""

from __future__ import annotations

import pytest

from extractors.sniff import DESCRIPTIONS, FileType, sniff

CASES = [
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", FileType.PDF),
    ("pdf-after-junk", b"\r\n\x00garbage from a mail gateway\n%PDF-1.4\n", FileType.PDF),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileType.PNG),
    ("jpeg", b"\xff\xd8\xff\xe1\x00\x18Exif", FileType.JPEG),
    ("tiff-le", b"II*\x00\x08\x00\x00\x00", FileType.TIFF),
    ("tiff-be", b"MM\x00*\x00\x00\x00\x08", FileType.TIFF),
    ("ksef-xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<Faktura xmlns="http://crd.gov.pl/wzor/">', FileType.XML),
    ("xml-bom", "\ufeff<?xml version='1.0'?><Faktura/>".encode(), FileType.XML),
    ("docx-zip", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", FileType.ZIP),
    ("old-doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", FileType.OLE),
    ("windows-exe", b"MZ\x90\x00\x03\x00\x00\x00", FileType.EXE),
    ("linux-elf", b"\x7fELF\x02\x01\x01", FileType.EXE),
    ("gif", b"GIF89a\x01\x00", FileType.GIF),
    ("heic", b"\x00\x00\x00\x18ftypheic\x00\x00", FileType.HEIC),
    ("bmp", b"BM\x36\x10\x0e\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00\x80\x02", FileType.BMP),
    ("text-starting-with-bm", b"BMW Polska Sp. z o.o.\nFaktura VAT nr 12/2026\n", FileType.TEXT),
    ("utf16le-bom-xml", "\ufeff<?xml version='1.0'?><Faktura/>".encode("utf-16-le"), FileType.XML),
    ("utf16be-xml-no-bom", "<?xml version='1.0'?><Faktura/>".encode("utf-16-be"), FileType.XML),
    ("utf32le-bom-text", "\ufeffFaktura VAT nr 1/2026 Gmina Łódź".encode("utf-32-le"), FileType.TEXT),
    ("text-utf8", "Faktura VAT nr FV/1/2026\nSprzedawca: Żółć Sp. z o.o.".encode(), FileType.TEXT),
    ("text-cp1250", "Faktura nr 1/2026 Nabywca: Gmina Łódź".encode("cp1250"), FileType.TEXT),
    ("binary-noise", bytes(range(256)) * 4, FileType.UNKNOWN),
]


@pytest.mark.parametrize(("head", "expected"), [(h, e) for _, h, e in CASES], ids=[c[0] for c in CASES])
def test_sniff(head: bytes, expected: FileType) -> None:
    assert sniff(head) == expected


def test_utf8_cut_in_the_middle_of_a_character_is_still_text() -> None:
    head = ("Nabywca: Gmina Wiśniowa " * 50).encode()[:1023]
    assert sniff(head) == FileType.TEXT


def test_every_unsupported_type_has_a_polish_description() -> None:
    supported = {FileType.PDF, FileType.PNG, FileType.JPEG, FileType.TIFF, FileType.XML, FileType.TEXT}
    assert set(DESCRIPTIONS) == set(FileType) - supported
