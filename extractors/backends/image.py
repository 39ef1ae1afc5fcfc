"""Image files (every format a phone, a scanner or a mail client produces) → upright greyscale pages.

JPEG, PNG, multi-page TIFF, WebP, HEIC/HEIF (`pillow-heif`), AVIF, BMP and GIF (first frame). The
format is known from the bytes (`extractors.sniff`), never from the name.

Pixel dimensions are checked from the header before any pixel is decoded, so a decompression bomb
(a few kilobytes that expand to gigapixels) is refused cheaply. Frames are decoded one at a time
(`iter_pages`, `load_page`): a 181 KB TIFF of 50 blank A4 pages held all 50 decoded frames at once
and peaked at 2.5 GB. Library warnings (corrupt EXIF, odd TIFF tags) are logged, never printed.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from extractors.errors import CorruptFile, ExtractionError, FileTooLarge, HostileFile, UnsupportedFile
from extractors.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

MIN_SIDE = 200  # pixels: below this a page cannot carry readable invoice text (icons, thumbnails)
# Formats whose later frames are animation or thumbnails, not further pages.
_FIRST_FRAME_ONLY = frozenset({"GIF", "WEBP", "HEIF", "AVIF", "PNG"})  # PNG: APNG animation frames


def is_available() -> bool:
    try:
        import PIL  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def register_formats() -> frozenset[str]:
    """Teach Pillow HEIC/HEIF (iPhone photos) through `pillow-heif`; AVIF and WebP are built into Pillow."""
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - a declared dependency; a broken install reads the rest
        log.warning("pillow-heif missing: HEIC photos cannot be read")
        return frozenset()
    pillow_heif.register_heif_opener()
    return frozenset({"HEIF"})


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """Capture library warnings (Pillow's "Corrupt EXIF data", TIFF tag notes) into the log.

    They would otherwise reach stderr (and, under pytest's `filterwarnings = error`, abort the read).
    Pillow's decompression-bomb warning stays an error: we refuse such images.
    """
    from PIL import Image as PILImage

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        yield
    for warning in caught:
        log.info("image library warning: %s", warning.message)


def _too_many_pixels(width: int, height: int, limits: Limits) -> FileTooLarge:
    return FileTooLarge(
        f"Obraz ma {width}×{height} pikseli ({width * height / 1e6:.0f} Mpx), więcej niż dopuszczalne "
        f"{limits.max_megapixels:.0f} Mpx. Zmniejsz rozdzielczość zdjęcia lub skanu (300 dpi wystarczy)."
    )


def _oversized(pixels: int, size: int, limits: Limits) -> FileTooLarge | HostileFile:
    # A real photo compresses to roughly 0.1-1 byte per pixel; a bomb to almost nothing.
    if pixels and size > pixels * 0.02:
        return FileTooLarge(
            f"Obraz ma {pixels / 1e6:.0f} Mpx, więcej niż dopuszczalne {limits.max_megapixels:.0f} Mpx. "
            "Zmniejsz rozdzielczość zdjęcia lub skanu (300 dpi wystarczy)."
        )
    return HostileFile(
        "Obraz deklaruje ogromne wymiary przy małym rozmiarze pliku (tzw. bomba dekompresyjna) i nie zostanie otwarty."
    )


def _open(data: bytes, limits: Limits) -> Image:
    """Open (header only) and check the declared size; no pixel is decoded here."""
    from PIL import Image as PILImage

    register_formats()
    img = PILImage.open(io.BytesIO(data))
    if img.width * img.height > limits.max_pixels:
        raise _oversized(img.width * img.height, len(data), limits)
    return img


def _frames(img: Image) -> int:
    if (img.format or "").upper() in _FIRST_FRAME_ONLY:
        return 1
    return int(getattr(img, "n_frames", 1))


@contextmanager
def _polish_errors(what: str, page: int | None = None) -> Iterator[None]:
    """Pillow's and the codecs' exceptions → one Polish sentence (never a class name)."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        yield
    except ExtractionError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        declared = re.search(r"\((\d+) pixels\)", str(exc))
        raise _oversized(int(declared.group(1)) if declared else 0, 0, DEFAULT_LIMITS) from exc
    except UnidentifiedImageError as exc:
        raise CorruptFile(f"Nie da się odczytać obrazu ({what}): plik jest uszkodzony lub niepełny.") from exc
    except MemoryError as exc:
        raise FileTooLarge("Obraz jest zbyt duży, by go odczytać. Zmniejsz rozdzielczość zdjęcia lub skanu.") from exc
    except Exception as exc:  # codecs raise OSError, ValueError, SyntaxError, EOFError, TypeError…
        log.info("image decoding failed: %r", exc)
        if page is not None and page > 0:
            raise CorruptFile(
                f"Strona {page + 1} pliku ({what}) jest uszkodzona i nie da się jej odczytać. Zeskanuj dokument "
                "ponownie albo prześlij każdą stronę osobno."
            ) from exc
        raise CorruptFile(f"Obraz ({what}) jest uszkodzony lub niepełny (np. przerwane przesyłanie).") from exc


def _what(img: Image | None) -> str:
    names = {
        "JPEG": "JPG",
        "MPO": "JPG",
        "TIFF": "TIFF",
        "PNG": "PNG",
        "WEBP": "WebP",
        "HEIF": "HEIC",
        "AVIF": "AVIF",
        "BMP": "BMP",
        "DIB": "BMP",
        "GIF": "GIF",
    }
    return names.get((img.format or "").upper(), "obraz") if img is not None else "obraz"


def count_pages(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> int:
    """How many pages the file holds (TIFF frames; 1 for everything else), checked against the limit."""
    with quiet_libraries(), _polish_errors("obraz"):
        img = _open(data, limits)
        with _polish_errors(_what(img)):
            frames = _frames(img)
    if frames > limits.max_pages:
        raise FileTooLarge(f"Plik ma {frames} stron, a limit to {limits.max_pages}. Podziel go na mniejsze części.")
    return frames


def _decode_frame(img: Image, index: int, limits: Limits) -> Image:
    from PIL import Image as PILImage
    from PIL import ImageOps

    img.seek(index)
    if img.width * img.height > limits.max_pixels:
        raise _too_many_pixels(img.width, img.height, limits)
    if min(img.size) < MIN_SIDE:
        raise UnsupportedFile(
            f"Obraz ma tylko {img.width}×{img.height} pikseli: za mało, by odczytać tekst. "
            "Prześlij skan (300 dpi) lub zdjęcie całej strony."
        )
    if img.mode in ("1", "L", "RGB") and index > 0:
        frame = img.convert("L")  # decodes this frame only
    else:
        frame = ImageOps.exif_transpose(img) if index == 0 else img.copy()
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        # Transparent areas are paper, not ink.
        frame = frame.convert("RGBA")
        white = PILImage.new("RGBA", frame.size, (255, 255, 255, 255))
        frame = PILImage.alpha_composite(white, frame)
    elif frame.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # 16-bit greyscale scans: scale to 8 bits instead of clipping to white.
        frame = frame.convert("I").point(lambda v: v * (1 / 256))
    return frame.convert("L")


def load_page(data: bytes, index: int, *, limits: Limits = DEFAULT_LIMITS) -> Image:
    """Decode one page (a TIFF frame; 0 for any single-image format) as greyscale, upright by EXIF."""
    with quiet_libraries(), _polish_errors("obraz", index):
        img = _open(data, limits)
        with _polish_errors(_what(img), index):
            return _decode_frame(img, index, limits)


def iter_pages(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Image]:
    """Pages one at a time: only the page being read is held decoded."""
    for index in range(count_pages(data, limits=limits)):
        yield load_page(data, index, limits=limits)


def load_pages(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> list[Image]:
    """Every page at once (small files, tests); `read` uses `load_page` so that memory stays bounded."""
    return list(iter_pages(data, limits=limits))
