"""BLIND-3 families of the evaluation corpus: a FRESH batch, written after `../blind2` had been used.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor list, grep or print its files, misses or per-family
figures while tuning). It is measured ONCE, at the end of a session:
`python -m tests.corpus.extract.score --part blind3` (totals only).
"""

from tests.corpus.extract.blind3 import families_blind3
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind3", families_blind3)
