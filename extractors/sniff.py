"""The real type of a file from its first bytes, never from its name.

Users rename files ("faktura.pdf" that is a .docx, a phone photo saved as .pdf); we trust magic
numbers and handle the file by what it is, or refuse it with a Polish message naming what it is.
"""

from __future__ import annotations

from enum import StrEnum


class FileType(StrEnum):
    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    XML = "xml"
    TEXT = "text"
    # Recognised but unsupported, so the message can say what the file really is.
    ZIP = "zip"  # also .docx, .xlsx, .odt
    OLE = "ole"  # old .doc/.xls
    EXE = "exe"
    GIF = "gif"
    WEBP = "webp"
    HEIC = "heic"
    AVIF = "avif"
    BMP = "bmp"
    UNKNOWN = "unknown"


# What to call each type beyond PDF/PNG/JPEG/TIFF/XML/text in a message (refused or damaged).
DESCRIPTIONS: dict[FileType, str] = {
    FileType.ZIP: "archiwum ZIP lub dokument Office (np. .docx, .xlsx)",
    FileType.OLE: "dokument starego formatu Microsoft Office (.doc, .xls)",
    FileType.EXE: "program (plik wykonywalny)",
    FileType.GIF: "obraz GIF",
    FileType.WEBP: "obraz WebP",
    FileType.HEIC: "zdjęcie HEIC z iPhone'a",
    FileType.AVIF: "obraz AVIF",
    FileType.BMP: "obraz BMP",
    FileType.UNKNOWN: "plik nieznanego typu",
}

# Everything a phone, a scanner or a mail client produces; GIF and animated WebP give their first frame.
IMAGE_TYPES = frozenset(
    {
        FileType.PNG,
        FileType.JPEG,
        FileType.TIFF,
        FileType.GIF,
        FileType.WEBP,
        FileType.HEIC,
        FileType.AVIF,
        FileType.BMP,
    }
)
# Kept for callers of the old interface: no image format is refused any more (issue 9).
CONVERTIBLE_IMAGES: frozenset[FileType] = frozenset()

# ISO base media (HEIF family) brands: the major brand at bytes 8-12, compatible brands after it.
_AVIF_BRANDS = (b"avif", b"avis")
_HEIF_BRANDS = (
    b"heic",
    b"heix",
    b"hevc",
    b"hevx",
    b"heim",
    b"heis",
    b"hevm",
    b"hevs",
    b"mif1",
    b"msf1",
    b"mif2",
    b"miaf",
)


# BMP's DIB header sizes (BITMAPCOREHEADER … BITMAPV5HEADER): "BM" alone could start a text file.
_BMP_HEADERS = frozenset(size.to_bytes(4, "little") for size in (12, 16, 40, 52, 56, 64, 108, 124))

# Longest first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# "<?" in each wide encoding, as XML 1.0 Appendix F detects an XML document without a BOM.
_XML_STARTS = (
    (b"<\x00\x00\x00?\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<\x00\x00\x00?", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)


def sniff(head: bytes) -> FileType:
    """Classify by the first bytes (give at least 1 KiB; PDFs may carry junk before `%PDF`).

    >>> sniff(b"%PDF-1.7\\n...")
    <FileType.PDF: 'pdf'>
    >>> sniff(b"PK\\x03\\x04rest")
    <FileType.ZIP: 'zip'>
    >>> sniff("Faktura nr 1/2026".encode())
    <FileType.TEXT: 'text'>
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return FileType.JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return FileType.TIFF
    # Acrobat accepts `%PDF` anywhere in the first 1024 bytes; so do we.
    if b"%PDF-" in head[:1024]:
        return FileType.PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return FileType.ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return FileType.OLE
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return FileType.EXE
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileType.GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return FileType.WEBP
    if head[4:8] == b"ftyp":
        kind = _heif_family(head)
        if kind is not None:
            return kind
    text = _as_text(head)
    if text is None:
        if head.startswith(b"BM") and head[6:10] == b"\x00\x00\x00\x00" and head[14:18] in _BMP_HEADERS:
            return FileType.BMP
        return FileType.UNKNOWN
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<?xml") or (stripped.startswith("<") and "Faktura" in stripped[:2000]):
        return FileType.XML
    return FileType.TEXT


def _heif_family(head: bytes) -> FileType | None:
    """AVIF or HEIC from an ISO-BMFF `ftyp` box; a generic `mif1` major brand defers to the compatible list."""
    size = int.from_bytes(head[:4], "big")
    brands = [head[8:12]] + [head[i : i + 4] for i in range(16, min(max(size, 16), len(head), 64), 4)]
    if any(brand in _AVIF_BRANDS for brand in brands):
        return FileType.AVIF
    if any(brand in _HEIF_BRANDS for brand in brands):
        return FileType.HEIC
    return None  # MP4/MOV video and the like


def unicode_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) for UTF-16/UTF-32 data, else None (UTF-8, cp1250 or binary).

    Windows Notepad's "Unicode" and some ERP exports write UTF-16 with a BOM; a KSeF file may come
    as UTF-16 without one. Their ASCII letters carry NUL bytes, so this runs before any NUL test.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    for start, codec in _XML_STARTS:
        if data.startswith(start):
            return codec, 0
    # UTF-16 text without a BOM: mostly-ASCII text has NUL in every other byte and nowhere else.
    pairs = len(data) // 2
    if pairs >= 8:
        odd = sum(1 for b in data[1 : 2 * pairs : 2] if b == 0)
        even = sum(1 for b in data[0 : 2 * pairs : 2] if b == 0)
        if odd >= 0.7 * pairs and even <= 0.02 * pairs:
            return "utf-16-le", 0
        if even >= 0.7 * pairs and odd <= 0.02 * pairs:
            return "utf-16-be", 0
    return None


def _printable(text: str) -> bool:
    return sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text) >= 0.95 * len(text)


def _as_text(head: bytes) -> str | None:
    """Decode a head that looks like text (UTF-16/32, UTF-8, or legacy Polish cp1250), else None."""
    wide = unicode_encoding(head)
    if wide is not None:
        codec, bom = wide
        unit = 4 if codec.startswith("utf-32") else 2
        body = head[bom:]
        body = body[: len(body) - len(body) % unit]
        try:
            text = body.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start < len(body) - 4:
                return None  # invalid in the middle: binary after a lucky BOM
            text = body[: exc.start].decode(codec)  # a surrogate pair cut at the end of the head
        return text if text and _printable(text) else None
    if not head or b"\x00" in head:
        return None
    for encoding in ("utf-8", "cp1250"):
        try:
            # The head may end in the middle of a multi-byte character.
            text = head.decode(encoding, errors="strict" if encoding == "cp1250" else "ignore")
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" and len(text.encode()) < len(head) - 4:
            continue
        if _printable(text):
            return text
    return None
