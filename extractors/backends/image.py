"""Image files (JPG, PNG, multi-page TIFF; scans and phone photos) → upright greyscale pages.

Pixel dimensions are checked from the header before any pixel is decoded, so a decompression bomb
(a few kilobytes that expand to gigapixels) is refused cheaply; Pillow's own guard is set to the
same limit as a second line of defence.
"""

from __future__ import annotations

import io
import re
import warnings
from typing import TYPE_CHECKING

from extractors.errors import CorruptFile, FileTooLarge, HostileFile, UnsupportedFile
from extractors.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from PIL.Image import Image


MIN_SIDE = 200  # pixels: below this a page cannot carry readable invoice text (icons, thumbnails)


def is_available() -> bool:
    try:
        import PIL  # noqa: F401
    except ImportError:
        return False
    return True


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
        "Obraz deklaruje ogromne wymiary przy małym rozmiarze pliku (tzw. bomba dekompresyjna) "
        "i nie zostanie otwarty."
    )


def load_pages(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> list[Image]:
    """Decode every frame (TIFF pages) as greyscale, turned upright by its EXIF orientation."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    # Pillow's own guard (MAX_IMAGE_PIXELS) is process-wide: changing it per call races with other
    # threads and leaks between callers, so it stays at its default and our limit is checked here,
    # on the header, before any pixel is decoded.
    try:
        with warnings.catch_warnings():
            # Between MAX_IMAGE_PIXELS and twice it Pillow only warns; we refuse instead.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            img = PILImage.open(io.BytesIO(data))
            if img.width * img.height > limits.max_pixels:
                raise _oversized(img.width * img.height, len(data), limits)
            frames = getattr(img, "n_frames", 1)
            if frames > limits.max_pages:
                raise FileTooLarge(
                    f"Plik ma {frames} stron, a limit to {limits.max_pages}. Podziel go na mniejsze części."
                )
            pages: list[Image] = []
            for index in range(frames):
                img.seek(index)
                if img.width * img.height > limits.max_pixels:
                    raise _too_many_pixels(img.width, img.height, limits)
                if min(img.size) < MIN_SIDE:
                    raise UnsupportedFile(
                        f"Obraz ma tylko {img.width}×{img.height} pikseli: za mało, by odczytać tekst. "
                        "Prześlij skan (300 dpi) lub zdjęcie całej strony."
                    )
                frame = ImageOps.exif_transpose(img) if index == 0 else img.copy()
                if frame.mode in ("RGBA", "LA", "P"):
                    # Transparent areas are paper, not ink.
                    frame = frame.convert("RGBA")
                    white = PILImage.new("RGBA", frame.size, (255, 255, 255, 255))
                    frame = PILImage.alpha_composite(white, frame)
                pages.append(frame.convert("L"))
            return pages
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        declared = re.search(r"\((\d+) pixels\)", str(exc))
        raise _oversized(int(declared.group(1)) if declared else 0, len(data), limits) from exc
    except UnidentifiedImageError as exc:
        raise CorruptFile("Nie da się odczytać obrazu: plik jest uszkodzony lub niepełny.") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        # Truncated JPEG/PNG data surfaces as OSError ("image file is truncated") on load.
        raise CorruptFile("Obraz jest uszkodzony lub niepełny (np. przerwane przesyłanie).") from exc
