"""Which documents belong together: a correction and the invoice it corrects, a duplicate upload
and the invoice it repeats.

By number first. When a number is missing, or the extractor marks it uncertain, by the other
facts the documents share: seller NIP, buyer, dates and amounts (a correction's "before" rows are
the original's rows). Every link carries its confidence and the facts it rests on, so the report
can show why two documents were joined; a correction joined to nothing is never added as a new
purchase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from checks.money import complete_lines, sum_lines
from extractors.models import Document, DocumentKind, Invoice
from knowledge.normalize import simplify

LINK_MIN = 0.6  # below this no link is made
LINK_SURE = 0.8  # below this a made link is reported as uncertain


def norm_number(number: str | None) -> str:
    # "FV 1/2024" and "FV/1/2024" are the same number; "FV/1/12" and "FV/11/2" are not.
    return re.sub(r"[\s./\-_\\]+", "/", (number or "").strip().upper())


def uncertain(doc: object, field: str) -> bool:
    """True when the extractor marks `field` uncertain: named in `uncertain` (field names as in the JSON:
    "number", "corrected_number", "net_total", "items", …), or its `confidence` (a mapping or pairs
    (field, 0..1)) below 0.8. Documents without these attributes are trusted as read."""
    marked = getattr(doc, "uncertain", None)
    if marked:
        try:
            if field in marked:
                return True
        except TypeError:
            pass
    confidence = getattr(doc, "confidence", None)
    if confidence and not isinstance(confidence, Mapping):
        try:
            confidence = dict(confidence)
        except (TypeError, ValueError):
            confidence = None
    if isinstance(confidence, Mapping):
        value = confidence.get(field)
        if isinstance(value, int | float) and value < LINK_SURE:
            return True
    return False


def nip_digits(raw: str | None) -> str:
    return re.sub(r"\D", "", raw or "")[-10:]


def _fold(text: str | None) -> str:
    return simplify(text or "", keep_diacritics=True, punctuation=False)


def same_party(a_nip: str | None, b_nip: str | None, a_name: str | None, b_name: str | None) -> bool | None:
    """True/False when the documents let us tell, None when neither NIPs nor names were read."""
    a, b = nip_digits(a_nip), nip_digits(b_nip)
    if a and b:
        return a == b
    if a_name and b_name:
        return fuzz.token_set_ratio(_fold(a_name), _fold(b_name)) >= 85
    return None


@dataclass(frozen=True, slots=True)
class Link:
    """`document` joined to `target`: how sure (0..1) and on which facts (Polish words)."""

    document: Invoice
    target: Invoice
    confidence: float
    basis: tuple[str, ...]

    @property
    def by_number(self) -> bool:
        return "numer faktury" in self.basis

    @property
    def sure(self) -> bool:
        return self.confidence >= LINK_SURE

    def describe(self) -> str:
        return f"{', '.join(self.basis)}; pewność {round(self.confidence * 100)} %"


def _rows_match(correction: Invoice, original: Invoice) -> float:
    """Share of the correction's "before" rows found on the original with the same net."""
    rows = [it for it in correction.items if it.before_correction]
    if not rows:
        return 0.0
    originals = list(original.effective_items)
    hit = 0
    for row in rows:
        for it in originals:
            if it.net == row.net and fuzz.token_set_ratio(_fold(it.name), _fold(row.name)) >= 85:
                hit += 1
                break
    return hit / len(rows)


def _before_totals(correction: Invoice) -> tuple[object, object, object] | None:
    rows = [it for it in correction.items if it.before_correction]
    if not rows:
        return None
    return sum_lines(c.item for c in complete_lines(correction, rows))


def correction_link(correction: Invoice, invoices: Iterable[Invoice]) -> Link | None:
    """The uploaded invoice `correction` corrects, or None when none fits well enough."""
    candidates = [inv for inv in invoices if inv.kind is not DocumentKind.CORRECTION and inv is not correction]
    scored = [s for inv in candidates if (s := _link_score(correction, inv)) is not None]
    if not scored:
        return None
    scored.sort(key=lambda s: s[0], reverse=True)
    best = scored[0]
    if best[0] < LINK_MIN:
        return None
    if len(scored) > 1 and scored[1][0] >= best[0] - 0.05 and best[0] < 1.0:
        return None  # two invoices fit as well: joining either would be a guess
    return Link(correction, best[2], best[0], best[1])


def _link_score(correction: Invoice, inv: Invoice) -> tuple[float, tuple[str, ...], Invoice] | None:
    """How well `inv` fits as the invoice `correction` corrects, with the evidence; None: it cannot be."""
    wanted = norm_number(correction.corrected_number)
    number_shaky = not wanted or uncertain(correction, "corrected_number")
    seller = same_party(inv.seller.nip, correction.seller.nip, inv.seller.name, correction.seller.name)
    if seller is False:
        return None  # another seller's invoice is never the corrected one
    have = norm_number(inv.number)
    if wanted and have == wanted and not number_shaky and not uncertain(inv, "number"):
        return 1.0, ("numer faktury",) + (("NIP sprzedawcy",) if seller else ()), inv
    score, basis = 0.0, list[str]()
    if wanted and have:
        ratio = fuzz.ratio(wanted, have)
        if ratio < 85:
            return None  # a clearly different number: another invoice of the same seller
        score, basis = (0.5, ["numer faktury (odczyt niepewny)"]) if ratio == 100 else (0.25, ["numer faktury podobny"])
    if seller:
        score, basis = score + 0.2, [*basis, "NIP sprzedawcy"]
    buyer = same_party(inv.buyer.nip, correction.buyer.nip, inv.buyer.name, correction.buyer.name)
    if buyer is False:
        return None
    if buyer:
        score, basis = score + 0.1, [*basis, "nabywca"]
    dated = _date_evidence(correction, inv)
    if dated is None:
        return None
    score += dated
    if dated:
        basis.append("data faktury")
    rows = _rows_match(correction, inv)
    before = _before_totals(correction)
    if before is not None and inv.net_total is not None and before[0] == inv.net_total:
        score, basis = score + 0.3, [*basis, "kwoty sprzed korekty"]
    elif rows:
        score, basis = score + 0.3 * rows, [*basis, "pozycje sprzed korekty"]
    return min(score, 0.95), tuple(basis), inv


def _date_evidence(correction: Invoice, inv: Invoice) -> float | None:
    """0.25 when the corrected invoice's date is printed and matches, 0 when it tells nothing, None
    when the dates rule the invoice out (a correction is never older than what it corrects)."""
    day = inv.issue_date
    if day and correction.issue_date and correction.issue_date < day:
        return None
    if day and correction.corrected_issue_date:
        return 0.25 if correction.corrected_issue_date == day else None
    return 0.0


def link_corrections(invoices: Sequence[Invoice]) -> dict[str, Link | None]:
    """Every correction's link (None: not joined), by the correction's file."""
    return {inv.file: correction_link(inv, invoices) for inv in invoices if inv.kind is DocumentKind.CORRECTION}


@dataclass(frozen=True, slots=True)
class Duplicate:
    document: Document  # the later upload, left out of every other check
    first: Document  # the one kept
    same_file: bool  # identical bytes, not only the same seller and number
    confidence: float = 1.0
    basis: tuple[str, ...] = ()


def _same_content(a: Invoice, b: Invoice) -> tuple[float, tuple[str, ...]]:
    """How surely two invoices without a trusted number are the same one."""
    basis: list[str] = []
    score = 0.0
    seller = same_party(a.seller.nip, b.seller.nip, a.seller.name, b.seller.name)
    if seller is not True:
        return 0.0, ()
    basis.append("NIP sprzedawcy")
    score += 0.2
    buyer = same_party(a.buyer.nip, b.buyer.nip, a.buyer.name, b.buyer.name)
    if buyer is False:
        return 0.0, ()
    if buyer:
        score, basis = score + 0.1, [*basis, "nabywca"]
    if a.issue_date is None or a.issue_date != b.issue_date:
        return 0.0, ()
    score, basis = score + 0.25, [*basis, "data wystawienia"]
    if a.gross_total is None or a.gross_total != b.gross_total:
        return 0.0, ()
    score, basis = score + 0.25, [*basis, "kwota brutto"]
    names_a = sorted((_fold(i.name), i.net) for i in a.effective_items)
    names_b = sorted((_fold(i.name), i.net) for i in b.effective_items)
    if (
        names_a
        and len(names_a) == len(names_b)
        and all(x[1] == y[1] and fuzz.ratio(x[0], y[0]) >= 85 for x, y in zip(names_a, names_b, strict=True))
    ):
        score, basis = score + 0.15, [*basis, "pozycje"]
    elif names_a and names_b:
        return 0.0, ()
    return min(score, 0.95), tuple(basis)


def find_duplicates(documents: Sequence[Document], file_hashes: Mapping[str, str]) -> tuple[Duplicate, ...]:
    """Later uploads of a document already seen: same bytes; same seller and number; or, when a
    number is missing or uncertain, the same seller, buyer, date, amount and lines."""
    by_hash: dict[str, Document] = {}
    by_key: dict[tuple[str, str], Invoice] = {}
    kept: list[Invoice] = []
    found: list[Duplicate] = []
    for doc in documents:
        digest = file_hashes.get(doc.file)
        if digest is not None and digest in by_hash:
            found.append(Duplicate(doc, by_hash[digest], same_file=True))
            continue
        if digest is not None:
            by_hash[digest] = doc
        if not isinstance(doc, Invoice):
            continue
        trusted = bool(doc.number) and not uncertain(doc, "number")
        if trusted:
            seller = nip_digits(doc.seller.nip) or _fold(doc.seller.name)
            key = (seller, norm_number(doc.number))
            if key in by_key:
                found.append(Duplicate(doc, by_key[key], same_file=False, basis=("numer faktury", "sprzedawca")))
                continue
            by_key[key] = doc
        match = None
        for other in kept:
            if other.kind is not doc.kind:
                continue
            if (
                trusted
                and other.number
                and not uncertain(other, "number")
                and norm_number(other.number) != norm_number(doc.number)
            ):
                continue  # two different numbers read clearly: two invoices
            score, basis = _same_content(other, doc)
            if score >= LINK_MIN and (match is None or score > match[0]):
                match = (score, basis, other)
        if match is not None:
            found.append(Duplicate(doc, match[2], same_file=False, confidence=match[0], basis=match[1]))
            continue
        kept.append(doc)
    return tuple(found)


__all__ = [
    "LINK_MIN",
    "LINK_SURE",
    "Duplicate",
    "Link",
    "correction_link",
    "find_duplicates",
    "link_corrections",
    "norm_number",
    "same_party",
    "uncertain",
]
