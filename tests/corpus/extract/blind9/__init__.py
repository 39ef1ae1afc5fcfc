"""BLIND-9 families of the evaluation corpus: a FRESH batch, written after `../blind8` had been used for tuning.

THE PARSER ENGINEER MUST NEVER OPEN THIS FOLDER (nor list, grep or print its files, misses or per-family
figures while tuning). It is measured ONCE, at the end of a session:
`python -m tests.corpus.extract.score --part blind9` (totals only); `blind9a` / `blind9b` are its alternate halves.
Its layouts are described only here.
"""

from tests.corpus.extract.blind9 import families_blind9
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("blind9", families_blind9)
