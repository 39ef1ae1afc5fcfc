"""BLIND-8 families of the evaluation corpus: a FRESH batch, written after `../blind7` had been used for tuning.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor list, grep or print its files, misses or per-family
figures while tuning). It is measured ONCE, at the end of a session:
`python -m tests.corpus.extract.score --part blind8` (totals only); the split halves `blind8a` / `blind8b`
(alternate sorted names) are decided before any measurement. Its layouts are described only here.
"""

from tests.corpus.extract.blind8 import families_blind8
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind8", families_blind8)
