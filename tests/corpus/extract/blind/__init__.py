"""BLIND families of the evaluation corpus.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor print its files, misses or per-family figures while
tuning). It is measured once, at the end: `python -m tests.corpus.extract.score --part blind`.
"""

from tests.corpus.extract.blind import families_blind
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind", families_blind)
