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
    UNKNOWN = "unknown"


# What to call each unsupported type in a message.
DESCRIPTIONS: dict[FileType, str] = {
    FileType.ZIP: "archiwum ZIP lub dokument Office (np. .docx, .xlsx)",
    FileType.OLE: "dokument starego formatu Microsoft Office (.doc, .xls)",
    FileType.EXE: "program (plik wykonywalny)",
    FileType.GIF: "obraz GIF",
    FileType.WEBP: "obraz WebP",
    FileType.HEIC: "zdjęcie HEIC z iPhone'a",
    FileType.UNKNOWN: "plik nieznanego typu",
}

IMAGE_TYPES = frozenset({FileType.PNG, FileType.JPEG, FileType.TIFF})


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
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim"):
        return FileType.HEIC
    text = _as_text(head)
    if text is None:
        return FileType.UNKNOWN
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<?xml") or (stripped.startswith("<") and "Faktura" in stripped[:2000]):
        return FileType.XML
    return FileType.TEXT


def _as_text(head: bytes) -> str | None:
    """Decode a head that looks like text (UTF-8, or legacy Polish cp1250), else None."""
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
        printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
        if printable >= 0.95 * len(text):
            return text
    return None
