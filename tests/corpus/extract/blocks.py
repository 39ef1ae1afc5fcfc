"""Blocks many layouts share (VAT summary per rate, payment lines, signatures), each with knobs for style."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from tests.corpus.extract.kit import (
    Col,
    Doc,
    Item,
    Pdf,
    TableStyle,
    date_fmt,
    money,
    qty_fmt,
    rate_label,
    table,
    words_pln,
)


def vat_summary(
    pdf: Pdf,
    x: float,
    y: float,
    doc: Doc,
    ms: str,
    st: TableStyle,
    *,
    titles: tuple[str, str, str, str] = ("Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"),
    widths: tuple[float, float, float, float] = (22, 28, 24, 28),
    total_label: str = "Razem",
    items: Sequence[Item] | None = None,
    total_first: bool = False,
) -> float:
    cols = [
        Col(titles[0], widths[0], "c"),
        Col(titles[1], widths[1], "r"),
        Col(titles[2], widths[2], "r"),
        Col(titles[3], widths[3], "r"),
    ]
    summ = doc.rate_summary(items)
    rows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in summ]
    net, vat, gross = doc.totals(items)
    total = [total_label, money(net, ms), money(vat, ms), money(gross, ms)]
    rows = [total, *rows] if total_first else [*rows, total]
    return table(pdf, x, y, cols, rows, st)


def due_date(doc: Doc) -> str:
    return date_fmt(doc.issue_date + timedelta(days=doc.due_days))


def slownie(doc: Doc) -> str:
    return words_pln(doc.totals()[2], doc.currency or "PLN")


def signatures(
    pdf: Pdf,
    y: float,
    left: str = "Osoba upoważniona do odbioru",
    right: str = "Osoba upoważniona do wystawienia",
    size: float = 7,
) -> float:
    y = max(y + 18, y)
    pdf.hline(20, 85, y, 0.3)
    pdf.hline(pdf.w - 85, pdf.w - 20, y, 0.3)
    pdf.text(52, y + 3.5, left, size, "Sans", "c")
    pdf.text(pdf.w - 52, y + 3.5, right, size, "Sans", "c")
    return y + 8


def item_row(it: Item, k: int, ms: str, *, what: Sequence[str]) -> list[str]:
    """Cells for a line in the order of `what` (lp, name, qty, unit, price, net, rate, vat, gross, pkwiu, cn, gtu)."""
    cell = {
        "lp": f"{k}",
        "lp.": f"{k}.",
        "name": it.name,
        "qty": qty_fmt(it.qty, ms),
        "unit": it.unit,
        "price": money(it.unit_price or 0, ms),
        "net": money(it.net or 0, ms),
        "rate": rate_label(it.vat_rate),
        "rate_n": rate_label(it.vat_rate, "n"),
        "vat": money(it.vat or 0, ms),
        "gross": money(it.gross or 0, ms),
        "pkwiu": it.codes[0],
        "cn": it.codes[1],
        "gtu": it.codes[2],
        "qtyunit": f"{qty_fmt(it.qty, ms)} {it.unit}",
    }
    return [cell[w] for w in what]
