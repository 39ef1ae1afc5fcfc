"""BLIND families of the evaluation corpus. The parser engineer must never open this folder."""

from tests.corpus.extract.registry import Family

FAMILIES: dict[str, Family] = {}
