"""The pystempel stemmer, kept for `bench/faq.py --stemmers` comparisons only.

pystempel (an 11 MB table) is in the `bench` extra, not in the product's dependencies: importing
this module registers the "stempel" stemmer with `knowledge.normalize.make_stemmer`.
"""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.normalize import fold, register_stemmer


class StempelStemmer:
    """pystempel with the polimorf table (algorithmic stemmer trained on PoliMorf)."""

    name = "stempel"

    def __init__(self) -> None:
        from pystempel import Stemmer as _Stempel  # loads an 11 MB table: seconds

        self._stemmer = _Stempel.polimorf()
        self._cache: dict[str, str] = {}

    def stem(self, token: str) -> str:
        hit = self._cache.get(token)
        if hit is None:
            stem = self._stemmer(token) if token.isalpha() else None
            hit = self._cache[token] = fold(stem or token)
        return hit

    def learn(self, tokens: Iterable[str]) -> None:
        return None


register_stemmer("stempel", StempelStemmer)
