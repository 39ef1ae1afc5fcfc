"""Every failure of a reading job as a Polish sentence with a reason, never an English class name.

Extractors raise `GrantbotError` (already Polish) for what they foresee; whatever escapes them
(PdfiumError, PIL errors, TypeError from a parser meeting a malformed object, zlib errors…) is
mapped here at the job boundary, by the library it came from and its message.
"""

from __future__ import annotations

import signal

from knowledge.errors import GrantbotError

GENERIC = (
    "Nie udało się odczytać pliku: jego wewnętrzna struktura jest uszkodzona lub nietypowa. "
    "Zapisz go ponownie (np. „Drukuj do PDF”) albo wyślij inny plik."
)
MEMORY = (
    "Odczytanie pliku wymagałoby więcej pamięci, niż pozwala limit serwera ({limit} MB) – plik jest "
    "zbyt duży lub nietypowo zbudowany (np. bardzo wielka strona albo obraz). Wyślij mniejszy plik "
    "lub lepszy skan."
)
TIMEOUT = (
    "Przetwarzanie pliku trwało dłużej niż {seconds} s i zostało przerwane. Wyślij mniejszy plik "
    "albo lepszy skan (lub plik PDF z warstwą tekstową)."
)
KILLED = (
    "Przetwarzanie pliku zostało przerwane przez system ({why}). Spróbuj ponownie za chwilę albo wyślij mniejszy plik."
)
LOST = "Przetwarzanie pliku zostało przerwane, bo proces czytający pliki zakończył się awaryjnie. Wyślij plik ponownie."
QUEUE_FULL = (
    "Kolejka plików do odczytania jest teraz zbyt długa – plik nie został odczytany w ciągu {seconds} s. "
    "Wyślij go ponownie za kilka minut."
)
QUEUE_DOWN = "Kolejka zadań jest chwilowo niedostępna ({why}), więc nie odczytam pliku. Spróbuj ponownie za chwilę."
SHUTDOWN = "Bot właśnie się wyłącza – wyślij plik ponownie za chwilę."

OCR_FAILED = "Rozpoznawanie tekstu (OCR) na tym pliku nie powiodło się – obraz jest nieczytelny lub uszkodzony."

# (module prefix or class name, words in the message, reason); first match wins.
_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("PdfiumError", ("password",), "Plik PDF jest zabezpieczony hasłem. Wyślij wersję bez hasła."),
    ("PdfiumError", ("page",), "Plik PDF ma uszkodzoną stronę lub drzewo stron, więc nie da się go odczytać."),
    (
        "PdfiumError",
        ("format", "file", "load"),
        "Plik PDF jest uszkodzony (nieprawidłowa struktura dokumentu lub drzewa stron) i nie da się go otworzyć.",
    ),
    ("PdfiumError", (), "Plik PDF jest uszkodzony i nie da się go wyrenderować."),
    ("DecompressionBombError", (), "Obraz ma zbyt wiele pikseli, by go bezpiecznie odczytać. Wyślij mniejszy skan."),
    ("UnidentifiedImageError", (), "Nie rozpoznano formatu obrazu – plik jest uszkodzony albo to nie jest zdjęcie."),
    ("PIL", ("truncated", "ended", "eof"), "Obraz jest ucięty (niekompletny plik). Wyślij go ponownie."),
    (
        "PIL",
        ("tiff", "frame", "strip", "tile"),
        "Nie da się odczytać strony (ramki) obrazu TIFF – plik jest uszkodzony.",
    ),
    ("PIL", ("decoder", "decode", "broken", "data stream"), "Dane obrazu są uszkodzone i nie da się ich zdekodować."),
    ("PIL", (), "Obraz jest uszkodzony albo ma nieobsługiwany wariant formatu."),
    ("error", ("decompress", "inflat", "zlib"), "Skompresowane dane w pliku są uszkodzone."),
    ("ParseError", (), "Plik XML jest uszkodzony (niepoprawna składnia)."),
    ("ExpatError", (), "Plik XML jest uszkodzony (niepoprawna składnia)."),
    ("DefusedXmlException", (), "Plik XML zawiera niedozwolone konstrukcje (np. encje) i został odrzucony."),
    ("pdfminer", (), "Plik PDF ma uszkodzoną strukturę tekstu i nie da się go odczytać."),
    ("pdfplumber", (), "Plik PDF ma uszkodzoną strukturę tekstu i nie da się go odczytać."),
    ("pytesseract", (), OCR_FAILED),
    ("TesseractError", (), OCR_FAILED),
    ("RecursionError", (), "Plik ma zbyt głęboko zagnieżdżoną strukturę (możliwy złośliwy plik) i został odrzucony."),
    ("UnicodeError", (), "Plik zawiera niepoprawnie zakodowany tekst, którego nie da się odczytać."),
    ("OSError", ("no space",), "Na serwerze zabrakło miejsca na dysku, by odczytać plik. Spróbuj później."),
)


def _names(exc: BaseException) -> list[str]:
    names: list[str] = []
    for cls in type(exc).__mro__:
        names += [cls.__name__, cls.__module__ or ""]
    return names


def polish_reason(exc: BaseException, *, memory_limit_mb: int | None = None) -> str:
    """A Polish sentence for the user explaining why the file could not be read."""
    if isinstance(exc, GrantbotError):
        if isinstance(exc.__cause__, MemoryError) and memory_limit_mb:
            # The reader's own "too large" came from hitting the worker's limit: say which limit.
            return MEMORY.format(limit=memory_limit_mb)
        return str(exc)
    if isinstance(exc, MemoryError):
        return MEMORY.format(limit=memory_limit_mb or "?")
    names = _names(exc)
    text = str(exc).casefold()
    for key, words, reason in _RULES:
        matched = any(n == key or n.startswith(key + ".") for n in names)
        if matched and (not words or any(w in text for w in words)):
            return reason
    # A causing exception may carry the library (e.g. a TypeError raised while handling a PdfiumError).
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        inner = polish_reason(cause, memory_limit_mb=memory_limit_mb)
        if inner != GENERIC:
            return inner
    return GENERIC


def killed_reason(returncode: int, *, memory_limit_mb: int | None) -> str:
    """The child ended without a word (negative return code: killed by a signal)."""
    if returncode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS):
        # SIGKILL: the kernel's OOM killer; SIGSEGV/SIGABRT: a C library hitting RLIMIT_AS.
        return MEMORY.format(limit=memory_limit_mb or "?")
    why = f"sygnał {-returncode}" if returncode < 0 else f"kod wyjścia {returncode}"
    return KILLED.format(why=why)
