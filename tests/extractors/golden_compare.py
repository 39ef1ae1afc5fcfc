"""The CLI contract's view of a document, for comparing parser output with hand-checked golden JSON."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from extractors.models import Invoice, Protocol


def _s(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value)
    return str(value) if not hasattr(value, "isoformat") else value.isoformat()


def as_contract(doc: Invoice | Protocol) -> dict[str, Any]:
    if isinstance(doc, Protocol):
        return {
            "kind": doc.kind.value,
            "number": doc.number,
            "date": _s(doc.date),
            "issue_date": _s(doc.date),
            "seller_nip": doc.seller.nip,
            "buyer_nip": doc.buyer.nip,
            "seller_name": doc.seller.name,
            "buyer_name": doc.buyer.name,
            "items": [
                {"name": i.name, "qty": _s(i.qty), "unit": i.unit, "serial_numbers": list(i.serial_numbers)}
                for i in doc.items
            ],
            "references": list(doc.references),
            "signatures_filled": doc.signatures_filled,
            "warnings": sorted({w.code for w in doc.warnings}),
        }
    items = []
    for i in doc.items:
        row = {
            "name": i.name,
            "qty": _s(i.qty),
            "unit": i.unit,
            "unit_net": _s(i.unit_net),
            "net": _s(i.net),
            "vat_rate": i.vat_rate,
            "vat": _s(i.vat),
            "gross": _s(i.gross),
        }
        if i.before_correction:
            row["before_correction"] = True
        items.append(row)
    out = {
        "kind": doc.kind.value,
        "number": doc.number,
        "issue_date": _s(doc.issue_date),
        "sale_date": _s(doc.sale_date),
        "seller_nip": doc.seller.nip,
        "buyer_nip": doc.buyer.nip,
        "seller_name": doc.seller.name,
        "buyer_name": doc.buyer.name,
        "currency": doc.currency,
        "net_total": _s(doc.net_total),
        "vat_total": _s(doc.vat_total),
        "gross_total": _s(doc.gross_total),
        "items": items,
        "warnings": sorted({w.code for w in doc.warnings}),
    }
    if doc.corrected_number is not None:
        out["corrected_number"] = doc.corrected_number
    if doc.recipient is not None:
        out["recipient_name"] = doc.recipient.name
    return out


def differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """Field-by-field differences; keys absent from the golden file are not compared."""
    out = []
    for key, want in expected.items():
        got = actual.get(key)
        if key == "items":
            got = got or []
            if len(want) != len(got):
                out.append(f"items: {len(got)} parsed, {len(want)} expected")
            for n, (w, g) in enumerate(zip(want, got, strict=False)):
                for field, value in w.items():
                    if g.get(field) != value:
                        out.append(f"items[{n}].{field}: {g.get(field)!r} != {value!r}")
        elif key == "warnings":
            if sorted(want) != sorted(got):
                out.append(f"warnings: {got!r} != {want!r}")
        elif got != want:
            out.append(f"{key}: {got!r} != {want!r}")
    return out
