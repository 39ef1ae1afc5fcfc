"""Protocol line -> invoice line matching, precomputed and vectorised.

Every name is cleaned once; the whole protocol-lines x invoice-lines score matrix is computed in
one `rapidfuzz.process.cdist` call (C, all cores the caller allows), then each protocol line picks
its best candidate among the lines of the invoices it names. Same scores as scoring pair by pair
with `fuzz.token_set_ratio`, without re-cleaning both names for each pair.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from checks.models import ItemVerdict
from extractors.models import Protocol

MATCH_THRESHOLD = 70.0
CATEGORY_BONUS = 10.0
VALUE_BONUS = 5.0


def name_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^\w]+", " ", text).strip()


def similarity(a: str, b: str) -> float:
    """The pairwise score the matrix reproduces (kept for tests and one-off comparisons)."""
    return float(fuzz.token_set_ratio(name_key(a), name_key(b)))


@dataclass(frozen=True, slots=True)
class Match:
    """A protocol line and the invoice line it was matched to (None: no line scored enough)."""

    protocol: str  # file
    protocol_number: str | None
    position: int  # 1-based line of the protocol
    name: str
    qty: Decimal | None
    item: ItemVerdict | None
    score: float  # 0..100 (+ bonuses for the same category or the same value)

    @property
    def matched(self) -> bool:
        return self.item is not None


def match_protocols(
    protocols: Sequence[Protocol],
    items: Sequence[ItemVerdict],
    candidates: Mapping[str, Sequence[int]],
    protocol_categories: Mapping[tuple[str, int], str],
) -> list[Match]:
    """Each protocol line's best invoice line among `candidates[protocol.file]` (indexes into `items`)."""
    rows = [(p, n, pitem) for p in protocols for n, pitem in enumerate(p.items, start=1)]
    if not rows:
        return []
    out: list[Match] = []
    if not items:
        return [Match(p.file, p.number, n, pi.name, pi.qty, None, 0.0) for p, n, pi in rows]
    # Each name cleaned once, not once per pair.
    protocol_keys = [name_key(pi.name) for _, _, pi in rows]
    item_keys = [name_key(i.name) for i in items]
    item_categories = np.array([i.category for i in items], dtype=object)
    item_nets = [i.net_value for i in items]
    by_protocol: dict[str, list[int]] = {}
    for r, (protocol, _, _) in enumerate(rows):
        by_protocol.setdefault(protocol.file, []).append(r)
    chosen: dict[int, Match] = {}
    for file, row_indexes in by_protocol.items():
        cols = np.asarray(candidates.get(file, ()), dtype=np.int64)
        if cols.size == 0:
            for r in row_indexes:
                protocol, position, pitem = rows[r]
                chosen[r] = Match(protocol.file, protocol.number, position, pitem.name, pitem.qty, None, 0.0)
            continue
        # One matrix per protocol against the lines it may cover (the invoices it names, or all).
        queries = [protocol_keys[r] for r in row_indexes]
        choices = [item_keys[c] for c in cols]
        scores = process.cdist(queries, choices, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1)
        cats = item_categories[cols]
        for k, r in enumerate(row_indexes):
            protocol, position, pitem = rows[r]
            row = scores[k].astype(np.float64)
            category = protocol_categories.get((protocol.file, position))
            if category and category != "unknown":
                # Same catalogue category ("Firewall Fortinet 60F" vs "Urządzenie UTM FG-60F"): a match
                # unless another line of the same kind is closer by name.
                row = np.where(cats == category, np.maximum(row, MATCH_THRESHOLD) + CATEGORY_BONUS, row)
            value = getattr(pitem, "net", None)
            if value is not None:
                row = row + np.array([VALUE_BONUS if item_nets[c] == value else 0.0 for c in cols])
            best = int(np.argmax(row))
            score = float(row[best])
            tied = np.flatnonzero(row == score)
            if tied.size > 1:
                # Ties on the main score ("EDR 12 m-cy" vs "EDR 12 m-cy – rozszerzenie": both 100 by token
                # set) go to the closer whole name, then to the earlier invoice line.
                closeness = [fuzz.ratio(queries[k], choices[int(t)]) for t in tied]
                best = int(tied[int(np.argmax(closeness))])
            item = items[int(cols[best])] if score >= MATCH_THRESHOLD else None
            chosen[r] = Match(protocol.file, protocol.number, position, pitem.name, pitem.qty, item, round(score, 1))
    _pair_leftovers(chosen, rows, by_protocol, candidates, items, protocol_keys, item_keys)
    out.extend(chosen[r] for r in range(len(rows)))
    return out


def _pair_leftovers(
    chosen: dict[int, Match],
    rows: Sequence[tuple[Protocol, int, Any]],
    by_protocol: Mapping[str, list[int]],
    candidates: Mapping[str, Sequence[int]],
    items: Sequence[ItemVerdict],
    protocol_keys: Sequence[str],
    item_keys: Sequence[str],
) -> None:
    """One protocol line and one invoice line left over, sharing a word ("Szkolenie stacjonarne –
    2 grupy" and "Szkolenie stacjonarne „Bezpieczna poczta…”"): the same service, described twice."""
    taken = {id(m.item) for m in chosen.values() if m.item is not None}
    for file, row_indexes in by_protocol.items():
        open_rows = [r for r in row_indexes if chosen[r].item is None]
        free = [c for c in candidates.get(file, ()) if id(items[c]) not in taken]
        if len(open_rows) != 1 or len(free) != 1:
            continue
        r, c = open_rows[0], free[0]
        shared = {w for w in protocol_keys[r].split() if len(w) >= 5} & set(item_keys[c].split())
        if not shared:
            continue
        protocol, position, pitem = rows[r]
        chosen[r] = Match(protocol.file, protocol.number, position, pitem.name, pitem.qty, items[c], MATCH_THRESHOLD)
        taken.add(id(items[c]))


__all__ = ["MATCH_THRESHOLD", "Match", "match_protocols", "name_key", "similarity"]
