"""DEVELOPMENT families of the evaluation corpus: the parser may be tuned on these (never on `../blind`)."""

from tests.corpus.extract.families import batch_a, batch_b, batch_c
from tests.corpus.extract.registry import Family, collect

FAMILIES: dict[str, Family] = collect("dev", batch_a, batch_b, batch_c)
