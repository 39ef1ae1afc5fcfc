"""File → `Invoice` / `Protocol`: the one entry point the CLI, the bot and the checks use.

    read_document(path)          a file on disk
    read_bytes(data, name=...)   an upload (Telegram document or photo)

The real type comes from the bytes (`sniff`), limits are checked before any heavy work, each backend
turns the file into text (or, for KSeF XML, straight into an `Invoice`), and the pure parser does
the rest. Every failure is an `ExtractionError` whose message tells the user what to do.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import math
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from extractors.backends import PagesText, Progress
from extractors.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    ExtractionError,
    FileTooLarge,
    ParseFailure,
    UnreadablePhoto,
    UnsupportedFile,
)
from extractors.limits import DEFAULT_LIMITS, Limits, check_pdf_streams
from extractors.models import Document, DocumentKind, Invoice, Source
from extractors.sniff import DESCRIPTIONS, IMAGE_TYPES, FileType, sniff, unicode_encoding

if TYPE_CHECKING:
    from PIL.Image import Image

    from extractors.backends.ocr import PageResult

log = logging.getLogger(__name__)
_T = TypeVar("_T")

SUPPORTED = "PDF, zdjęcie lub skan (JPG, PNG, HEIC, WebP, TIFF i in.) albo e-fakturę KSeF (XML)"


def read_document(path: Path, *, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None) -> Document:
    shown = _shown(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise ExtractionError(_os_reason(exc, path, shown)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnsupportedFile(f"„{shown}” to katalog, a nie plik. Podaj plik faktury lub protokołu.")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO would block the reader forever and a device has no end: never open them.
        raise UnsupportedFile(
            f"„{shown}” to nie jest zwykły plik (to np. potok lub urządzenie). Podaj plik faktury lub protokołu."
        )
    _check_size(info.st_size, limits)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(_os_reason(exc, path, shown)) from exc
    return read_bytes(data, name=path.name, limits=limits, progress=progress)


def _shown(path: Path) -> str:
    """The path as messages echo it: a 5000-character path would bury the reason."""
    text = str(path)
    return text if len(text) <= 120 else f"{text[:60]}…{text[-50:]}"


def _os_reason(exc: OSError, path: Path, shown: str) -> str:
    """A Polish sentence for an OS error (strerror is English and says little to an official)."""
    code = exc.errno
    if code == errno.ENOENT:
        if path.is_symlink():
            return f"„{shown}” to dowiązanie symboliczne wskazujące na nieistniejący plik."
        return f"Nie ma pliku „{shown}”."
    if code == errno.ENOTDIR:
        return f"Nie ma pliku „{shown}” (część ścieżki nie jest katalogiem)."
    if code == errno.ELOOP:
        return f"„{shown}” to dowiązanie symboliczne, które prowadzi w pętlę (wskazuje samo na siebie)."
    if code == errno.ENAMETOOLONG:
        return f"Ścieżka „{shown}” jest za długa ({len(str(path))} znaków). Skróć nazwę pliku lub katalogu."
    if code in (errno.EACCES, errno.EPERM):
        return f"Brak uprawnień do odczytu pliku „{shown}”."
    if code == errno.EISDIR:
        return f"„{shown}” to katalog, a nie plik. Podaj plik faktury lub protokołu."
    if code == errno.EIO:
        return (
            f"Nie udało się odczytać pliku „{shown}”: błąd odczytu z dysku (uszkodzony nośnik lub "
            "przerwane połączenie z dyskiem sieciowym). Skopiuj plik w inne miejsce i spróbuj ponownie."
        )
    name = errno.errorcode.get(code or 0, "nieznany")
    return f"Nie udało się odczytać pliku „{shown}”: błąd systemu plików ({name})."


def read_bytes(
    data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None
) -> Document:
    _check_size(len(data), limits)
    if not data.strip():
        raise EmptyFile("Plik jest pusty (0 bajtów lub same odstępy). Prześlij go ponownie.")
    kind = sniff(data[:4096])
    if kind == FileType.PDF:
        doc = _guarded(lambda: _read_pdf(data, name=name, limits=limits, progress=progress), name, kind)
    elif kind in IMAGE_TYPES:
        doc = _guarded(lambda: _read_image(data, name=name, kind=kind, limits=limits, progress=progress), name, kind)
    elif kind == FileType.XML:
        from extractors.ksef import parse_ksef

        return parse_ksef(_xml_as_utf8(data), file=name)
    elif kind == FileType.TEXT:
        doc = _parse(PagesText((_decode(data),), Source.TEXT), name=name)
    else:
        raise UnsupportedFile(
            f"Plik „{name}” to {DESCRIPTIONS[kind]}, a nie dokument, który umiem odczytać. Prześlij {SUPPORTED}."
        )
    _ensure_found(doc, name, kind)
    return doc


def _guarded(read: Callable[[], _T], name: str, kind: FileType) -> _T:
    """Last line of defence: a library exception never reaches the user as "PdfiumError" or "TypeError"."""
    try:
        return read()
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise FileTooLarge(
            f"Plik „{name}” jest zbyt duży, by go odczytać. Podziel go albo zmniejsz rozdzielczość skanu."
        ) from exc
    except Exception as exc:  # pdfium, Pillow, codecs and pdfminer raise a zoo of types
        log.warning("unexpected %s while reading %s: %r", kind, name, exc)
        what = "Plik PDF" if kind == FileType.PDF else "Obraz"
        raise CorruptFile(
            f"{what} „{name}” jest uszkodzony albo ma nietypową budowę i nie da się go odczytać. "
            "Zapisz go ponownie (np. „Drukuj do PDF” albo jako JPG) i prześlij jeszcze raz."
        ) from exc


def _check_size(size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise FileTooLarge(
            f"Plik ma {size / 1024 / 1024:.1f} MB, a limit to {limits.max_bytes / 1024 / 1024:.0f} MB. "
            "Zmniejsz rozdzielczość skanu albo podziel dokument."
        )
    if size == 0:
        raise EmptyFile("Plik jest pusty (0 bajtów). Prześlij go ponownie.")


def _decode(data: bytes) -> str:
    wide = unicode_encoding(data[:4096])
    if wide is not None:
        codec, bom = wide
        return data[bom:].decode(codec, errors="replace")
    for encoding in ("utf-8-sig", "cp1250"):  # cp1250: Polish Windows programs' plain-text exports
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*?\?>")
_ENCODING_ATTRIBUTE = re.compile(r"""\sencoding\s*=\s*(["'])[^"']*\1""")


def _xml_as_utf8(data: bytes) -> bytes:
    """UTF-16/32 XML → UTF-8 with a matching declaration.

    Expat refuses a UTF-16 BOM under a declaration that says UTF-8 (a common export slip), and
    knows nothing of UTF-32; transcoding here keeps the hardened parser on one encoding.
    """
    wide = unicode_encoding(data[:4096])
    if wide is None:
        return data
    codec, bom = wide
    try:
        text = data[bom:].decode(codec)
    except UnicodeDecodeError as exc:
        raise CorruptFile("Plik XML jest uszkodzony (niepoprawne kodowanie znaków).") from exc
    declaration = _XML_DECLARATION.match(text)
    if declaration:
        fixed = _ENCODING_ATTRIBUTE.sub("", declaration.group(0))
        text = fixed + text[declaration.end() :]
    return text.encode("utf-8")


# Tesseract word confidence below which a token is "weak": a field printed in it is reported as
# uncertain by the parser. Clean print reads at 90-96; misread digits and blurred words fall under 60.
WEAK_CONFIDENCE = 60.0
# A model code ("XUB2493HS-B5", "1TB") mixes letters and digits that OCR confuses (5/S, 0/O, 8/B, 1/I)
# and no dictionary corrects: such a token is weak below a higher confidence. Document numbers
# ("FV/278/2026") and NIPs are checked otherwise and keep the plain threshold.
WEAK_CODE_CONFIDENCE = 82.0
_CODE = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[^/\s]{3,}$")


# Inside an item name a misread letter changes the product silently ("Tabiet", "Łicencja" read at 66–69):
# a word is doubted there below a higher confidence; a code only when read very weakly ("2x96068" at 30 for
# "2x960GB"), since codes read at 50–80 are common and mostly right.
WEAK_NAME_WORD_CONFIDENCE = 70.0
WEAK_NAME_CODE_CONFIDENCE = 50.0


def _weak_in_name(text: str, confidence: float | None) -> bool:
    if confidence is None:
        return False
    word = text.strip(".,:;()")
    if len(word) >= 3 and sum(ch.isalpha() for ch in word) >= 0.6 * len(word):
        return confidence < WEAK_NAME_WORD_CONFIDENCE
    return confidence < WEAK_NAME_CODE_CONFIDENCE and bool(_CODE.match(word))


def _weak(text: str, confidence: float | None) -> bool:
    if confidence is None:
        return False
    return confidence < WEAK_CONFIDENCE or (confidence < WEAK_CODE_CONFIDENCE and bool(_CODE.match(text)))


def _parse(pages: PagesText, *, name: str) -> Document:
    from extractors.parse import parse_text

    weak = tuple(w.text for page in pages.words for w in page if _weak(w.text, w.confidence))
    in_names = tuple(w.text for page in pages.words for w in page if _weak_in_name(w.text, w.confidence))
    try:
        return parse_text(
            pages.text,
            file=name,
            source=pages.source,
            pages=len(pages.pages),
            weak_tokens=weak,
            weak_name_tokens=in_names,
        )
    except ExtractionError:
        raise
    except Exception as exc:  # a bug of ours must not be reported as a damaged file
        log.exception("parsing the text of %s failed", name)
        raise ParseFailure(
            f"Tekst pliku „{name}” został odczytany, ale jego analiza nie powiodła się z powodu błędu programu "
            "(plik jest w porządku, nie trzeba go wysyłać ponownie). Zgłoś to przez /kontakt – błąd został zapisany."
        ) from exc


def _ensure_found(doc: Document, name: str, container: FileType) -> None:
    """Refuse a readable file that holds nothing of an invoice or a protocol (a cat photo, a CV).

    Totals alone do not make a document: OCR of a texture or a stray table reads a row of "amounts",
    and a checker would count them. A number, a NIP or an item is required.
    """
    identified = bool(doc.number or doc.seller.nip or doc.buyer.nip or doc.items)
    if doc.kind != DocumentKind.UNKNOWN and (identified or doc.source != Source.OCR):
        return
    if doc.kind == DocumentKind.UNKNOWN and isinstance(doc, Invoice) and identified:
        return  # e.g. a pro forma: returned with a warning saying why it does not count
    hint = ""
    if doc.source == Source.OCR:
        hint = (
            " Skan może być nieczytelny: zeskanuj dokument ponownie (300 dpi) albo prześlij PDF z programu "
            "do fakturowania."
            if container == FileType.PDF
            else " Zdjęcie może być nieostre: zrób je w dobrym świetle, z góry."
        )
    raise UnsupportedFile(f"W pliku „{name}” nie znaleziono faktury ani protokołu odbioru.{hint}")


# --- OCR of several pages ------------------------------------------------------------------------

PROBE_PAGES = 4  # OCR'd first; when they hold no text at all, the remaining pages are not read
CHUNK_PAGES = 8  # pages rendered and held in memory at once after the probe (~5 MB each at 225 dpi)
MIN_WORDS = 5  # word-like tokens a document needs before its OCR text counts as text


def _ocr_pages(
    indexes: list[int],
    load: Callable[[list[int]], list[Image]],
    *,
    limits: Limits,
    progress: Progress | None,
    text_elsewhere: bool,
) -> tuple[dict[int, PageResult], int]:
    """OCR the given pages in chunks; returns results by page index and how many pages were read.

    A 50-page PDF of blank or unreadable pages would hold both cores for over a minute: when the
    first pages give no words (and no other page had a text layer) the rest are not read.
    """
    from extractors.backends import ocr

    deadline = time.monotonic() + limits.ocr_seconds_per_document
    results: dict[int, PageResult] = {}
    start = 0
    while start < len(indexes):
        chunk = indexes[start : start + (PROBE_PAGES if start == 0 else CHUNK_PAGES)]
        pages = ocr.ocr_images(
            load(chunk), limits=limits, progress=progress, first=start + 1, total=len(indexes), deadline=deadline
        )
        results.update(zip(chunk, pages, strict=True))
        start += len(chunk)
        if not text_elsewhere and sum(r.words for r in results.values()) < MIN_WORDS:
            break
    return results, start


def _raise_retake(results: dict[int, PageResult]) -> None:
    """No text came out and the photo pipeline judged a page too blurred, dark or small: ask for a retake."""
    for result in results.values():
        if result.quality is not None and result.quality.reason:
            raise UnreadablePhoto(result.quality.reason)


def _no_text(name: str, container: FileType, read: int, total: int) -> UnsupportedFile:
    if container == FileType.PDF:
        checked = f" Sprawdzono pierwsze strony ({read} z {total})." if read < total else ""
        return UnsupportedFile(
            f"W pliku PDF „{name}” nie ma warstwy tekstowej z treścią dokumentu, a na zeskanowanych "
            f"stronach nie widać tekstu dokumentu (strony są puste albo nieczytelne).{checked} Prześlij PDF "
            "z programu do fakturowania albo wyraźny skan (300 dpi)."
        )
    return UnsupportedFile(
        f"Na obrazie nie widać tekstu dokumentu (plik „{name}” jest pusty, zaszumiony albo nie przedstawia "
        "dokumentu). Prześlij zdjęcie lub skan faktury albo protokołu: cała strona, ostro, w dobrym świetle."
    )


# --- PDF -----------------------------------------------------------------------------------------


def _open_pdf(data: bytes, limits: Limits) -> list[tuple[float, float]]:
    """Preflight: inflation bombs (raw scan), then pdfium (fast, tolerant): encryption, damage, page count;
    page sizes in points."""
    import pypdfium2 as pdfium

    check_pdf_streams(data, limits)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile(
                "Plik PDF jest zaszyfrowany hasłem. Zapisz go bez hasła (np. „Drukuj do PDF”) i prześlij ponownie."
            ) from exc
        raise CorruptFile(
            "Plik PDF jest uszkodzony lub niepełny (np. przerwane pobieranie). Pobierz go ponownie z systemu, "
            "w którym został wystawiony."
        ) from exc
    try:
        count = len(doc)
        if count == 0:
            raise CorruptFile("Plik PDF nie zawiera żadnej strony albo jest uszkodzony.")
        if count > limits.max_pages:
            raise FileTooLarge(
                f"Dokument ma {count} stron, a limit to {limits.max_pages}. Prześlij samą fakturę lub protokół."
            )
        sizes = []
        for i in range(count):
            try:
                sizes.append(doc.get_page_size(i))
            except pdfium.PdfiumError as exc:
                raise CorruptFile(
                    f"Plik PDF jest uszkodzony: strony {i + 1} nie da się otworzyć (uszkodzone drzewo stron). "
                    "Pobierz go ponownie z systemu, w którym został wystawiony, albo wydrukuj do PDF jeszcze raz."
                ) from exc
        return sizes
    finally:
        doc.close()


def _read_pdf(data: bytes, *, name: str, limits: Limits, progress: Progress | None) -> Document:
    return _parse(_pdf_pages(data, name=name, limits=limits, progress=progress), name=name)


def _pdf_pages(data: bytes, *, name: str, limits: Limits, progress: Progress | None) -> PagesText:
    sizes = _open_pdf(data, limits)
    from extractors.backends import ocr, pdf_text

    try:
        texts = pdf_text.extract_pages(data)
    except Exception as exc:  # pdfminer raises a zoo of types (PSSyntaxError, PDFSyntaxError, KeyError…)
        if "password" in f"{type(exc).__name__} {exc}".lower() or "encrypt" in str(exc).lower():
            raise EncryptedFile(
                "Plik PDF jest zaszyfrowany hasłem. Zapisz go bez hasła (np. „Drukuj do PDF”) i prześlij ponownie."
            ) from exc
        raise CorruptFile("Plik PDF jest uszkodzony i nie da się odczytać jego tekstu.") from exc
    missing = [i for i, text in enumerate(texts) if text is None]
    if not missing:
        return PagesText(tuple(t or "" for t in texts), Source.PDF_TEXT)
    if not ocr.is_available():
        raise UnsupportedFile(
            "To skan bez warstwy tekstowej, a na tym serwerze brak OCR (tesseract z językiem polskim)."
        )

    def render(chunk: list[int]) -> list[Image]:
        images = []
        for i in chunk:
            width, height = sizes[i]
            # Never render beyond the megapixel limit, whatever the page size (posters, A0 drawings).
            fit = math.sqrt(limits.max_pixels / max(1.0, width * height)) * 72
            images.extend(ocr.render_pdf_pages(data, [i], dpi=int(min(limits.ocr_dpi, fit))))
        return images

    text_elsewhere = len(missing) < len(texts)
    results, read = _ocr_pages(missing, render, limits=limits, progress=progress, text_elsewhere=text_elsewhere)
    if not text_elsewhere and sum(r.words for r in results.values()) < MIN_WORDS:
        _raise_retake(results)
        raise _no_text(name, FileType.PDF, read, len(missing))
    pages = [text or (results[i].text if i in results else "") for i, text in enumerate(texts)]
    return _with_boxes(tuple(pages), results, len(texts))


# --- images --------------------------------------------------------------------------------------


def _read_image(
    data: bytes, *, name: str, kind: FileType = FileType.PNG, limits: Limits, progress: Progress | None
) -> Document:
    return _parse(_image_pages(data, name=name, kind=kind, limits=limits, progress=progress), name=name)


def _image_pages(data: bytes, *, name: str, kind: FileType, limits: Limits, progress: Progress | None) -> PagesText:
    from extractors.backends import image, ocr

    try:
        count = image.count_pages(data, limits=limits)
        first = image.load_page(data, 0, limits=limits)  # checks size and decoding before OCR is asked for
    except CorruptFile as exc:
        what = DESCRIPTIONS.get(kind, f"obraz {kind.value.upper()}")
        raise CorruptFile(
            f"Plik „{name}” to {what}, ale jest uszkodzony lub niepełny (np. przerwane "
            "przesyłanie) i nie da się go odczytać. Prześlij go ponownie."
        ) from exc
    if not ocr.is_available():
        raise UnsupportedFile("Na tym serwerze brak OCR (tesseract z językiem polskim), więc nie odczytam zdjęcia.")
    from extractors import photo

    # One photo of several pages lying side by side: each sheet is a page of its own.
    crops = photo.split_sheets(first) if count == 1 else []
    sheets = bool(crops)
    if sheets:
        count = len(crops)
    indexes = list(range(count))

    def load(chunk: list[int]) -> list[Image]:
        if sheets:
            return [crops[i] for i in chunk]
        # One chunk of frames decoded at a time (a multi-page TIFF is never held whole).
        return [first if i == 0 else image.load_page(data, i, limits=limits) for i in chunk]

    results, read = _ocr_pages(indexes, load, limits=limits, progress=progress, text_elsewhere=False)
    if sum(r.words for r in results.values()) < MIN_WORDS:
        _raise_retake(results)
        raise _no_text(name, kind, read, count)
    pages = _with_boxes(tuple(results[i].text if i in results else "" for i in indexes), results, count)
    if sheets:
        note = f"zdjęcie pokazuje {count} {'strony' if count < 5 else 'stron'} obok siebie – każdą odczytano osobno"
        pages = dataclasses.replace(pages, notes=(note, *pages.notes))
    return pages


def _with_boxes(pages: tuple[str, ...], results: dict[int, PageResult], count: int) -> PagesText:
    """OCR text with each page's word boxes (tesseract confidences) and what the photo pipeline did."""
    words = tuple(results[i].boxes if i in results else () for i in range(count))
    notes = tuple(
        f"strona {i + 1}: {note}" if count > 1 else note for i in sorted(results) for note in results[i].notes
    )
    return PagesText(pages, Source.OCR, words=words, notes=notes)


def read_pages(
    data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None
) -> PagesText:
    """A PDF or an image → text per page, before parsing, with OCR word boxes and pipeline notes.

    For the parser and the bot: `words[page]` holds every OCR word with its tesseract confidence
    (low-confidence tokens mark uncertain fields); `notes` says in Polish what was done to a photo
    ("obrócono o 90°", "wyprostowano perspektywę"). Same checks and errors as `read_bytes`.
    """
    _check_size(len(data), limits)
    if not data.strip():
        raise EmptyFile("Plik jest pusty (0 bajtów lub same odstępy). Prześlij go ponownie.")
    kind = sniff(data[:4096])
    if kind == FileType.PDF:
        return _guarded(lambda: _pdf_pages(data, name=name, limits=limits, progress=progress), name, kind)
    if kind in IMAGE_TYPES:
        return _guarded(lambda: _image_pages(data, name=name, kind=kind, limits=limits, progress=progress), name, kind)
    raise UnsupportedFile(f"Plik „{name}” to nie PDF ani obraz. Prześlij {SUPPORTED}.")
