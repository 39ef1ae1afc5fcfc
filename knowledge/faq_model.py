"""Character n-gram similarity between a question and the entries' questions and paraphrases.

A second view of the question next to BM25 over lemmas: TF-IDF over `char_wb` n-grams (the
scheme of scikit-learn's TfidfVectorizer(analyzer="char_wb"), sublinear tf, smoothed idf, L2 norm)
on folded content words, cosine to every stored phrase, best phrase per entry. It is robust where
lemmas are not: typos the repair misses, compounds and prefixes ("cyberataku" / "atak"), unknown
inflections of brand names, and words glued or split ("e-usługi" / "eusługi").

Pure Python over an inverted index: n-grams present in too many phrases are dropped (they carry
no topic and dominate the cost), so a query touches a few thousand postings (~1–3 ms). The index
is part of the engine, which is pickled in the cache directory by content hash (see
`faq_engine.engine_cache_key`), so it is built once per change of the knowledge base.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

NGRAM_RANGE = (3, 5)
MAX_DF = 0.15  # an n-gram in more than this share of phrases is noise


def char_wb_ngrams(text: str, low: int = NGRAM_RANGE[0], high: int = NGRAM_RANGE[1]) -> Counter[str]:
    """n-grams inside word boundaries, each word padded with one space on both sides."""
    grams: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                break
            for i in range(len(padded) - n + 1):
                grams[padded[i : i + n]] += 1
    return grams


@dataclass(slots=True)
class CharNgramIndex:
    """Cosine similarity of TF-IDF char n-gram vectors, phrase by phrase."""

    owners: list[int]
    idf: dict[str, float] = field(default_factory=dict)
    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)

    @classmethod
    def build(cls, texts: Sequence[str], owners: Sequence[int]) -> CharNgramIndex:
        """`texts` already folded and stripped of stop words; `owners[k]` is text k's entry index."""
        grams = [char_wb_ngrams(t) for t in texts]
        n = len(texts)
        df: Counter[str] = Counter()
        for g in grams:
            df.update(g.keys())
        limit = max(2, int(MAX_DF * n))
        index = cls(list(owners))
        index.idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items() if d <= limit}
        for k, g in enumerate(grams):
            vector = index._weights(g)
            for term, weight in vector.items():
                index.postings.setdefault(term, []).append((k, weight))
        return index

    def _weights(self, grams: Counter[str]) -> dict[str, float]:
        vector = {t: (1 + math.log(tf)) * self.idf[t] for t, tf in grams.items() if t in self.idf}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    def similarities(self, text: str) -> dict[int, float]:
        """Best cosine per owner (entry index) for a folded content text; owners with none omitted."""
        query = self._weights(char_wb_ngrams(text))
        sims: dict[int, float] = {}
        for term, weight in query.items():
            for k, w in self.postings.get(term, ()):
                sims[k] = sims.get(k, 0.0) + weight * w
        best: dict[int, float] = {}
        owners = self.owners
        for k, value in sims.items():
            owner = owners[k]
            if value > best.get(owner, 0.0):
                best[owner] = value
        return best
