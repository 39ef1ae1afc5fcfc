"""Documents → the CLI/JSON contract: money as decimal strings ("1234.56"), dates ISO, NIPs 10 digits.

Shared by `grantbot extract`, the checks' reports and the bot; the shape is the acceptance contract.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from extractors.models import Document, Invoice, LineItem, Protocol, documents_in
from extractors.parse.confidence import FIELD_PL
from knowledge.money import num

CENT = Decimal("0.01")
_NO_MONEY: dict[str, None] = {"unit_net": None, "net": None, "vat_rate": None, "vat": None, "gross": None}


def money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(CENT):f}"


def quantity(value: Decimal | None) -> str | None:
    """'2', '2.5', '0.125': no exponent, no trailing zeros."""
    if value is None:
        return None
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _item(item: LineItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": item.name,
        "qty": quantity(item.qty),
        "unit": item.unit,
        "unit_net": money(item.unit_net),
        "net": money(item.net),
        "vat_rate": item.vat_rate,
        "vat": money(item.vat),
        "gross": money(item.gross),
    }
    if item.unit_gross is not None:
        out["unit_gross"] = money(item.unit_gross)
    if item.before_correction:
        out["before_correction"] = True
    if item.serial_numbers:
        out["serial_numbers"] = list(item.serial_numbers)
    return out


def _confidence(doc: Document) -> dict[str, Any]:
    """Per-field confidence 0..1 and the fields that failed their cross-checks.

    Documents read by the text parser carry their verdict; a KSeF e-invoice (structured data) is
    assessed here from its own values.
    """
    confidence, uncertain = doc.confidence, doc.uncertain
    if not confidence:
        from extractors.parse.confidence import as_fields, assess_invoice, assess_protocol

        verdict = assess_protocol(doc) if isinstance(doc, Protocol) else assess_invoice(doc)
        confidence, uncertain = as_fields(verdict)
    return {"confidence": dict(confidence), "uncertain": list(uncertain)}


def file_to_json(doc: Document) -> dict[str, Any] | list[dict[str, Any]]:
    """`grantbot extract FILE --json`: one object, or a list when the file holds several documents."""
    docs = documents_in(doc)
    if len(docs) == 1:
        return document_to_dict(doc)
    return [document_to_dict(d) for d in docs]


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The contract dict for one document (warnings as Polish messages, codes alongside)."""
    warnings = {
        "warnings": [w.message for w in doc.warnings],
        "warning_codes": [w.code for w in doc.warnings],
        **_confidence(doc),
    }
    if isinstance(doc, Protocol):
        iso = doc.date.isoformat() if doc.date else None
        return {
            "file": doc.file,
            "kind": doc.kind.value,
            "number": doc.number,
            "date": iso,
            "issue_date": iso,  # the contract's common date field, so every kind has one
            "sale_date": None,
            "seller_nip": doc.seller.nip,
            "buyer_nip": doc.buyer.nip,
            "seller_name": doc.seller.name,
            "buyer_name": doc.buyer.name,
            # A protocol states no money; the keys stay (null) so a reader of the contract never
            # has to ask which kind it holds before reading a field.
            "currency": None,
            "net_total": None,
            "vat_total": None,
            "gross_total": None,
            "references": list(doc.references),
            "signatures_filled": doc.signatures_filled,
            "items": [
                {
                    "name": i.name,
                    "qty": quantity(i.qty),
                    "unit": i.unit,
                    **_NO_MONEY,
                    "serial_numbers": list(i.serial_numbers),
                }
                for i in doc.items
            ],
            **warnings,
            "source": doc.source.value,
            "pages": doc.pages,
        }
    assert isinstance(doc, Invoice)
    out: dict[str, Any] = {
        "file": doc.file,
        "kind": doc.kind.value,
        "number": doc.number,
        "issue_date": doc.issue_date.isoformat() if doc.issue_date else None,
        "sale_date": doc.sale_date.isoformat() if doc.sale_date else None,
        "seller_nip": doc.seller.nip,
        "buyer_nip": doc.buyer.nip,
        "seller_name": doc.seller.name,
        "buyer_name": doc.buyer.name,
        # a currency is said of amounts: a document read without any has none (PLN would be a guess)
        "currency": doc.currency if doc.states_money else None,
        "net_total": money(doc.net_total),
        "vat_total": money(doc.vat_total),
        "gross_total": money(doc.gross_total),
        "items": [_item(i) for i in doc.items],
        **warnings,
        "source": doc.source.value,
        "pages": doc.pages,
    }
    if doc.recipient is not None:
        out["recipient_name"] = doc.recipient.name
        out["recipient_nip"] = doc.recipient.nip
    if doc.buyer_is_jst is not None:
        out["buyer_is_jst"] = doc.buyer_is_jst
    if doc.invoice_type is not None:
        out["invoice_type"] = doc.invoice_type
    if doc.vat_summary:
        out["vat_summary"] = [
            {"rate": v.rate, "net": money(v.net), "vat": money(v.vat), "gross": money(v.gross)} for v in doc.vat_summary
        ]
    if doc.corrected_number is not None or doc.kind.value == "correction":
        out["corrected_number"] = doc.corrected_number
        out["corrected_issue_date"] = doc.corrected_issue_date.isoformat() if doc.corrected_issue_date else None
        out["correction_reason"] = doc.correction_reason
    return out


# --- the readable Polish summary (CLI without --json, bot replies) -------------------------------

_FIELD_PL = FIELD_PL  # one list of the fields' Polish names (parse.confidence)
_SOURCES = {"pdf_text": "tekst PDF", "ocr": "OCR skanu/zdjęcia", "ksef_xml": "e-faktura KSeF", "text": "plik tekstowy"}
_KINDS = {
    "invoice": "Faktura",
    "correction": "Faktura korygująca",
    "protocol": "Protokół odbioru",
    "unknown": "Dokument nierozpoznany",
}


def pl_money(value: Decimal | None) -> str:
    """'12 345,67' as Polish documents print it; '—' when the document did not say."""
    return "—" if value is None else num(value)


def _pl_qty(value: Decimal | None) -> str:
    return (quantity(value) or "?").replace(".", ",")


def _party(label: str, name: str | None, nip: str | None) -> str:
    return f"  {label}: {name or '(nie odczytano)'}" + (f", NIP {nip}" if nip else ", NIP nie odczytano")


def _rate(rate: str | None) -> str:
    return "?" if rate is None else f"{rate}%" if rate.isdigit() else rate


def file_summary(doc: Document) -> str:
    """The readable summary of every document read from one file."""
    return "\n\n".join(document_summary(d) for d in documents_in(doc))


def document_summary(doc: Document) -> str:
    """A few lines in Polish for a person: what the document is, who, what, how much, what is odd."""
    head = f"{doc.file} — {_KINDS[doc.kind.value]}"
    if doc.number:
        head += f" nr {doc.number}"
    head += f" ({_SOURCES[doc.source.value]}, stron: {doc.pages})"
    lines = [head]
    if isinstance(doc, Protocol):
        lines.append(f"  Data: {doc.date.strftime('%d.%m.%Y') if doc.date else '(nie odczytano)'}")
        lines.append(_party("Przekazujący", doc.seller.name, doc.seller.nip))
        lines.append(_party("Odbierający", doc.buyer.name, doc.buyer.nip))
        if doc.references:
            lines.append(f"  Dotyczy: {', '.join(doc.references)}")
        lines.append(f"  Pozycje ({len(doc.items)}):")
        for k, pitem in enumerate(doc.items, 1):
            serials = f", nr seryjne: {', '.join(pitem.serial_numbers)}" if pitem.serial_numbers else ""
            lines.append(f"    {k}. {pitem.name} — {_pl_qty(pitem.qty)} {pitem.unit or ''}".rstrip() + serials)
        signed = {True: "tak", False: "nie (puste linie podpisu)", None: "nie ustalono"}[doc.signatures_filled]
        lines.append(f"  Podpisy: {signed}")
    else:
        assert isinstance(doc, Invoice)
        issue = doc.issue_date.strftime("%d.%m.%Y") if doc.issue_date else "(nie odczytano)"
        sale = doc.sale_date.strftime("%d.%m.%Y") if doc.sale_date else "(nie odczytano)"
        lines.append(f"  Data wystawienia: {issue}, data sprzedaży: {sale}")
        if doc.corrected_number:
            lines.append(f"  Koryguje fakturę nr {doc.corrected_number}")
        lines.append(_party("Sprzedawca", doc.seller.name, doc.seller.nip))
        lines.append(_party("Nabywca", doc.buyer.name, doc.buyer.nip))
        if doc.recipient:
            lines.append(_party("Odbiorca", doc.recipient.name, doc.recipient.nip))
        lines.append(f"  Pozycje ({len(doc.items)}):")
        for k, item in enumerate(doc.items, 1):
            before = " [przed korektą]" if item.before_correction else ""
            price = f" × {pl_money(item.unit_net)}" if item.unit_net is not None else ""
            lines.append(
                f"    {k}. {item.name}{before} — {_pl_qty(item.qty)} {item.unit or ''}{price}; "
                f"netto {pl_money(item.net)}, VAT {_rate(item.vat_rate)} {pl_money(item.vat)}, "
                f"brutto {pl_money(item.gross)}"
            )
        cur = doc.currency
        lines.append(
            f"  Razem: netto {pl_money(doc.net_total)} {cur}, VAT {pl_money(doc.vat_total)} {cur}, "
            f"brutto {pl_money(doc.gross_total)} {cur}"
        )
    if doc.uncertain:
        lines.append("  Do sprawdzenia ręcznie: " + ", ".join(_FIELD_PL.get(f, f) for f in doc.uncertain))
    if doc.warnings:
        lines.append("  Uwagi:")
        lines.extend(f"    ! {w.message}" for w in doc.warnings)
    return "\n".join(lines)
