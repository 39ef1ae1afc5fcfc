"""BLIND-6 families of the evaluation corpus: a FRESH batch, written after `../blind5` had been used for tuning.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor list, grep or print its files, misses or per-family
figures while tuning). It is measured ONCE, at the end of a session:
`python -m tests.corpus.extract.score --part blind6` (totals only). Its layouts are described only here.
"""

from tests.corpus.extract.blind6 import families_blind6
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind6", families_blind6)
