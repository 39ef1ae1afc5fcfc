"""Root of every user-facing error in grantbot.

    GrantbotError                 str(exc) is a complete Polish sentence for the user
     ├── knowledge.teryt.TerytError, knowledge.registry.UnitNotFound …
     ├── grants.GrantError …
     ├── extractors.ExtractionError …
     └── checks.CheckError …

Each package subclasses it once and keeps its own tree; the faces catch `GrantbotError` only.
"""

import errno


class GrantbotError(Exception):
    """A problem the user can act on; the message is Polish and safe to show."""


# -- operating-system errors in Polish (the OS's strerror is English) ---------------------------

_OS_REASONS = {
    errno.ENOENT: "plik lub katalog nie istnieje",
    errno.EACCES: "brak uprawnień",
    errno.EPERM: "brak uprawnień",
    errno.EISDIR: "to jest katalog, a nie plik",
    errno.ENOTDIR: "część ścieżki jest plikiem, a nie katalogiem",
    errno.EEXIST: "w tym miejscu już jest plik",
    errno.EROFS: "system plików jest tylko do odczytu",
    errno.ENOSPC: "brak miejsca na dysku",
    errno.EDQUOT: "brak miejsca na dysku",
    errno.ENAMETOOLONG: "za długa nazwa pliku lub ścieżka",
    errno.ELOOP: "dowiązanie symboliczne prowadzi w pętlę",
    errno.EIO: "błąd dysku (uszkodzony nośnik lub przerwane połączenie z dyskiem sieciowym)",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, as a Polish phrase to put after a colon or in parentheses.

    >>> os_reason(PermissionError(errno.EACCES, "Permission denied"))
    'brak uprawnień'
    >>> os_reason(OSError(errno.ENOSPC, "No space left on device"))
    'brak miejsca na dysku'
    >>> os_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    'błąd systemu plików (EXDEV)'
    """
    code = exc.errno or 0
    return _OS_REASONS.get(code) or f"błąd systemu plików ({errno.errorcode.get(code, 'nieznany')})"
