"""Regular expressions compiled on their first use.

The FAQ modules hold ~190 module-level patterns; a typical question uses about two thirds of them, and
compiling all at import was the largest part of the engine's start-up in a cold `grantbot ask` (docs/faq.md,
Speed). `lazy` returns an object that behaves as the compiled pattern and compiles it when first asked.

>>> WORD = lazy(r"\\bgrant\\w*")
>>> WORD.search("ile wynosi grant?").group()
'grant'
"""

from __future__ import annotations

import re
from typing import Any, cast


class _LazyPattern:
    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled

    def __getattr__(self, name: str) -> Any:
        # only names a pattern has reach here (search, finditer, sub, pattern, …): the slots are set in __init__
        return getattr(self._pattern(), name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (lazy, (self._source, self._flags))


def lazy(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A pattern compiled when first used; typed as the compiled pattern it stands for."""
    return cast("re.Pattern[str]", _LazyPattern(source, int(flags)))
