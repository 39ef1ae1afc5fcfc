"""BLIND-12 families of the evaluation corpus: a FRESH batch, written after `../blind11` had been used for tuning.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor list, grep or print its files, misses or per-family
figures while tuning). It is measured ONCE, at the end of a session:
`python -m tests.corpus.extract.score --part blind12` (totals only; split parts `blind12a` / `blind12b`).
Its layouts are described only here.
"""

from tests.corpus.extract.blind12 import families_blind12
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind12", families_blind12)
