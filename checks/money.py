"""Money at every level: line VAT and gross completed from the invoice's per-rate VAT summary,
and per-document reconciliation of the lines with the document's own totals.

Many invoices print lines net only and VAT once per rate ("Razem wg stawek"); gross-priced
invoices print lines gross only. The rate's VAT is then allocated over its lines in proportion
to their net (largest remainder, so the lines add up to the printed rate VAT to the grosz), and
the rounding is recorded so the report can show it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from extractors.models import Invoice, LineItem, VatSummary

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def rate_key(rate: str | None) -> str:
    """'23 %', '23%', '0,23' and '23' are the same rate; 'zw', 'np', 'oo' stay words."""
    text = (rate or "").strip().lower().replace("%", "").replace(" ", "")
    if text in ("0,23", "0.23"):
        return "23"
    if text.endswith((".0", ",0")):
        text = text[:-2]
    return text


def _pct(rate: str | None) -> Decimal | None:
    key = rate_key(rate)
    if key.isdigit():
        return Decimal(key)
    if key in ("zw", "np", "oo", "np.", "zw."):
        return Decimal(0)
    return None


@dataclass(frozen=True, slots=True)
class Completed:
    """A line with its amounts completed; `note` (Polish) says how, `rounding` what was adjusted."""

    item: LineItem
    note: str | None = None
    rounding: Decimal = ZERO


def _allocate(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split `total` over `weights` to the grosz, the remainders going to the largest fractions."""
    whole = sum(weights, Decimal(0))
    if not weights:
        return []
    if whole == 0:
        return [total] + [ZERO] * (len(weights) - 1)
    cents = int((total / CENT).to_integral_value(rounding=ROUND_HALF_UP))
    raw = [Decimal(cents) * w / whole for w in weights]
    floors = [int(r.to_integral_value(rounding="ROUND_FLOOR")) for r in raw]
    left = cents - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - floors[i], weights[i]), reverse=True)
    for i in order[: max(left, 0)]:
        floors[i] += 1
    return [Decimal(c) * CENT for c in floors]


def complete_lines(invoice: Invoice, items: Sequence[LineItem]) -> list[Completed]:
    """The lines with net, VAT and gross each known where the document lets us know them.

    Lines that print all three are left as printed. Lines missing VAT/gross (net-priced) or net/VAT
    (gross-priced) get the rate's VAT from the summary, allocated by net (or gross); without a
    summary row for the rate, VAT is computed from the rate per line.
    """
    summary: dict[str, VatSummary] = {}
    for row in invoice.vat_summary:
        summary.setdefault(rate_key(row.rate), row)
    by_rate: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        if item.vat is None or (item.gross is None) or (item.net is None):
            by_rate.setdefault(rate_key(item.vat_rate), []).append(index)
    out = [Completed(item) for item in items]
    for key, indexes in by_rate.items():
        pct = _pct(key)
        summary_row = summary.get(key)
        # Only lines of this rate missing an amount are allocated; the rest keep their printed VAT.
        complete_vat = sum(
            (it.vat or ZERO for i, it in enumerate(items) if rate_key(it.vat_rate) == key and i not in indexes),
            Decimal(0),
        )
        lines = [items[i] for i in indexes]
        net_priced = all(it.net is not None for it in lines)
        gross_priced = all(it.gross is not None for it in lines)
        if not net_priced and not gross_priced:
            continue
        weights = [(it.net if net_priced else it.gross) or ZERO for it in lines]
        divisor = Decimal(100) if net_priced else (100 + pct if pct is not None else None)
        # What each line's VAT would be computed on its own: the allocation's rounding is measured against it.
        per_line = [q2(w * pct / divisor) for w in weights] if pct is not None and divisor else None
        if summary_row is not None and summary_row.vat is not None:
            vats = _allocate(summary_row.vat - complete_vat, weights)
            note = "VAT z podsumowania według stawek, rozdzielony proporcjonalnie do kwot pozycji"
        elif per_line is not None:
            vats, note = per_line, "VAT policzony ze stawki"
        else:
            continue
        for pos, (i, vat, it) in enumerate(zip(indexes, vats, lines, strict=True)):
            rounding = vat - per_line[pos] if per_line is not None else ZERO
            v = it.vat if it.vat is not None else vat
            if net_priced:
                new = replace(it, vat=v, gross=(it.net or ZERO) + v if it.gross is None else it.gross)
            else:
                new = replace(it, vat=v, net=(it.gross or ZERO) - v if it.net is None else it.net)
            out[i] = Completed(new, note, rounding)
    return out


@dataclass(frozen=True, slots=True)
class DocumentTotals:
    """One document's lines against its own printed totals."""

    file: str
    number: str | None
    lines_net: Decimal
    lines_vat: Decimal
    lines_gross: Decimal
    printed_net: Decimal | None
    printed_vat: Decimal | None
    printed_gross: Decimal | None
    rounding: Decimal = ZERO  # VAT moved between lines to match the per-rate summary
    uncertain: tuple[str, ...] = ()  # printed totals the extractor marks uncertain

    @property
    def reconciled(self) -> bool | None:
        """True when every printed total equals the lines' sum; None when nothing is printed."""
        pairs = [
            (self.lines_net, self.printed_net),
            (self.lines_vat, self.printed_vat),
            (self.lines_gross, self.printed_gross),
        ]
        known = [(a, b) for a, b in pairs if b is not None]
        if not known:
            return None
        return all(a == b for a, b in known)

    @property
    def difference_gross(self) -> Decimal | None:
        return None if self.printed_gross is None else self.lines_gross - self.printed_gross


def sum_lines(items: Iterable[LineItem]) -> tuple[Decimal, Decimal, Decimal]:
    net = vat = gross = Decimal(0)
    for it in items:
        net += it.net or ZERO
        vat += it.vat or ZERO
        gross += it.gross if it.gross is not None else (it.net or ZERO) + (it.vat or ZERO)
    return net, vat, gross


def document_totals(invoice: Invoice) -> DocumentTotals:
    """The invoice's lines (a correction: after minus before, as it prints its totals) vs its totals."""
    after = [c.item for c in complete_lines(invoice, invoice.effective_items)]
    before_items = [it for it in invoice.items if it.before_correction]
    net, vat, gross = sum_lines(after)
    rounding = sum((c.rounding for c in complete_lines(invoice, invoice.effective_items)), ZERO)
    if before_items:
        bn, bv, bg = sum_lines(c.item for c in complete_lines(invoice, before_items))
        net, vat, gross = net - bn, vat - bv, gross - bg
    from checks.links import uncertain

    shaky = tuple(f for f in ("net_total", "vat_total", "gross_total", "items") if uncertain(invoice, f))
    return DocumentTotals(
        invoice.file,
        invoice.number,
        net,
        vat,
        gross,
        invoice.net_total,
        invoice.vat_total,
        invoice.gross_total,
        rounding,
        shaky,
    )


__all__ = ["Completed", "DocumentTotals", "complete_lines", "document_totals", "q2", "rate_key"]
