"""Which part of a message asks for a computation of a given kind (knowledge/compute.py).

A multi-part message gives its numbers once ("grant 245 tys., umowa 3.07.2023 – ile na doradcę, do
kiedy diagnoza?"); each computation goes with the part that asks for it. Kept apart from compute.py so
the engine can ask without importing compute's patterns at start-up.

>>> asks_for("advisory", "ile na doradcę")
True
>>> asks_for("deadline", "ile na doradcę")
False
"""

from __future__ import annotations

import re

from knowledge.normalize import fold

_ASKS = {
    "advisory": re.compile(r"\bdoradz\w*|\bdoradc\w*|\bkonsult\w*|\bopis\w*\s+przedmiotu|\bopz\b"),
    "deadline": re.compile(
        r"\bdo\s+kiedy\b|\bkiedy\b|\btermin\w*|\bzdaz\w*|\bdiagnoz\w*|\bankiet\w*|\bile\s+(?:mamy\s+)?(?:czasu|dni)"
    ),
    "formula": re.compile(r"\bile\b|\bgrant\w*|\bkwot\w*|\bwylicz\w*|\bpolicz\w*|\boblicz\w*|\bwzor\w*"),
    "percent": re.compile(r"%|\bproc\w*|\bile\b"),
    "range": re.compile(r"\d|\btys\w*|\bmln\b|\bkwot\w*|\bgrant\w*|\bile\b"),
    "total": re.compile(r"\brazem\b|\blacznie\b|\bw\s+sumie\b|\bsum\w*"),
    "product": re.compile(r"\brazem\b|\blacznie\b|\bw\s+sumie\b|\balokac\w*|\bzmiesc\w*|\bwystarcz\w*"),
    "lookback": re.compile(r"\buzywan\w*|\bpoleasing\w*"),
    "remaining": re.compile(r"\bzosta\w*|\bpozosta\w*|\bjeszcze\s+(?:mamy|wydac)\b|\bdo\s+wydania\b"),
}


def asks_for(kind: str, text: str) -> bool:
    """The text asks for a computation of `kind` ("advisory", "deadline", "formula" …)."""
    pattern = _ASKS.get(kind)
    return pattern is not None and pattern.search(fold(text)) is not None
