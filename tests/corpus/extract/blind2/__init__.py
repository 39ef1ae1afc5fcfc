"""BLIND-2 families of the evaluation corpus: a FRESH batch, written after `../blind` had been used.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor print its files, misses or per-family figures while
tuning). It is measured once, at the end of the session: `python -m tests.corpus.extract.score --part blind2`.
"""

from tests.corpus.extract.blind2 import families_blind2
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind2", families_blind2)
